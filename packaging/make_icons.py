"""Render resources/icons/workshop.svg to the PNG sizes desktops need.

    .venv/bin/python packaging/make_icons.py

Writes resources/icons/workshop-<N>.png for N in SIZES, with Qt's own SVG renderer (the one
the app uses), so no other tool is needed. Run it again after editing the SVG and commit
the PNGs. Windows (.ico) and macOS (.icns) icons are made from workshop-256.png by
PyInstaller at build time (see docs/packaging.md).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main(folder: Path = ICONS) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = folder / "workshop.svg"
    for size in SIZES:
        target = folder / f"workshop-{size}.png"
        if not render(svg, size).save(str(target), "PNG"):
            raise SystemExit(f"make_icons: could not write {target}")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
