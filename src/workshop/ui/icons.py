"""The application icon, on its own so that start-up does not load the About dialog's module."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from workshop.resources import icons_dir

ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application icon from resources/icons (every PNG size, the SVG as a fallback)."""
    icon = QIcon()
    folder = icons_dir()
    for size in ICON_SIZES:
        png = folder / f"workshop-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    if icon.isNull() and (folder / "workshop.svg").is_file():
        icon.addFile(str(folder / "workshop.svg"))
    return icon
