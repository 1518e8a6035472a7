"""The main window's first size fits the screen it opens on; a saved place that no
screen shows any more (a projector unplugged, a smaller laptop) is brought back.

On a 1366 × 768 laptop the old fixed first size (1400 × 900) put the run dock's
buttons and the status bar off screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: The size the window prefers when the screen has room for it.
PREFERRED = QSize(1400, 900)
#: Room left for the window's title bar and frame (not part of its geometry).
FRAME = QSize(16, 40)


def first_size(available: QRect) -> QSize:
    """The preferred size, made smaller to fit ``available`` (a screen's free area)."""
    return QSize(
        min(PREFERRED.width(), available.width() - FRAME.width()),
        min(PREFERRED.height(), available.height() - FRAME.height()),
    )


def _available(point: QPoint) -> QRect | None:
    screen = QGuiApplication.screenAt(point)
    return screen.availableGeometry() if screen is not None else None


def place_first(window: QWidget) -> None:
    """Size ``window`` to fit the primary screen's free area and centre it there."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(PREFERRED)
        return
    available = screen.availableGeometry()
    size = first_size(available).expandedTo(window.minimumSize())
    window.resize(size)
    centre = available.center()
    top = max(available.top(), centre.y() - size.height() // 2)
    window.move(centre.x() - size.width() // 2, top)


def clamp_to_screens(window: QWidget) -> None:
    """Keep a restored window on a screen that exists and no larger than its free area."""
    geometry = window.geometry()
    available = _available(geometry.topLeft()) or _available(geometry.center())
    if available is None:
        primary = QGuiApplication.primaryScreen()
        if primary is None:
            return
        available = primary.availableGeometry()
    size = geometry.size().boundedTo(
        QSize(available.width() - FRAME.width(), available.height() - FRAME.height())
    )
    x = min(max(geometry.x(), available.left()), available.right() + 1 - size.width())
    y = min(max(geometry.y(), available.top()), available.bottom() + 1 - size.height())
    if size != geometry.size():
        window.resize(size)
    if QPoint(x, y) != geometry.topLeft():
        window.move(x, y)
