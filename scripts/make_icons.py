"""Render the app's icon files from resources/icons/trial-monitor.svg, with Qt's SVG renderer.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py

Writes, next to the SVG: trial-monitor.png (256 px, the window icon), trial-monitor.ico
(Windows: PNG images, 16-256 px) and trial-monitor.icns (macOS: PNG images, 16-1024 px); and
packaging/linux/icons/hicolor/NxN/apps/trial-monitor.png for the Linux packages. The outputs
are committed; rerun this after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "trial-monitor.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
HICOLOR_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_LARGE = 256  # an ICO entry states this size as 0
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
ICNS_RETINA_1024 = b"ic10"  # 512 pt @2x


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNGs (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= ICO_LARGE else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    elements = b""
    for size, kind in ICNS_TYPES.items():
        elements += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    big = pngs[1024]
    elements += ICNS_RETINA_1024 + struct.pack(">I", 8 + len(big)) + big
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # QImage/QPainter want a GUI application
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    wanted = {*HICOLOR_SIZES, *ICO_SIZES, *ICNS_TYPES, 1024}
    pngs = {size: render_png(renderer, size) for size in sorted(wanted)}
    written = {
        ICONS / "trial-monitor.png": pngs[256],
        ICONS / "trial-monitor.ico": ico_bytes({s: pngs[s] for s in ICO_SIZES}),
        ICONS / "trial-monitor.icns": icns_bytes(pngs),
    }
    for size in HICOLOR_SIZES:
        written[HICOLOR / f"{size}x{size}" / "apps" / "trial-monitor.png"] = pngs[size]
    for path, data in written.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"make_icons: {path.relative_to(ROOT)} ({len(data):,} bytes)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
