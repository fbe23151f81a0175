"""Printing documents: `pdf` draws a report document (`core.coordination.report_document`)
page by page with Qt's text layout and painter on QPdfWriter. Shared by the GUI and the CLI;
imports `core` and QtGui only, never `gui`.
"""
