"""Reports as PDF, printed by Qt's own text engine (QTextDocument on QPdfWriter): no
browser, no network, fonts from the system. Used by the desktop app and by
``trial-monitor report --format pdf``, which needs no display (offscreen platform)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from ..core.atomic import write_private_atomically

RESOLUTION_DPI = 300


def ensure_gui_application() -> None:
    """Qt's text layout needs an application object; a command line run has none, and may
    have no display either. A QApplication (not a bare QGuiApplication), so that anything
    later in the same process that shows a widget still can."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Kept on the module so it lives as long as the process.
        global _APP  # noqa: PLW0603 (one per process, by Qt's rules)
        _APP = QApplication([])


_APP: QApplication | None = None


def pdf_bytes(html: str, title: str) -> bytes:
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Trial Monitor")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def write_pdf(html: str, title: str, target: Path) -> None:
    """The report as a PDF at ``target``, written privately and atomically."""
    write_private_atomically(target, pdf_bytes(html, title))
