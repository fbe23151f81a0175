"""Printing documents: `pdf` draws a report document (`core.coordination.report_document`)
page by page with Qt's text layout and painter on QPdfWriter; `docx` writes the same document
as a Word file with python-docx. Shared by the GUI and the CLI; imports `core`, QtGui and
python-docx only, never `gui`.
"""
