"""Run what the first picture does not need once the main window has been painted.

The start-up pays only for what the facilitator sees (``docs/decisions/0023-start-up.md``);
work that no pixel of the first window depends on (the garbage collector's passes over
the objects the start created) waits for the window's first paint, then runs in the next
turn of the event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``then`` once, just after ``window`` was first painted; watches only that
    window's own events, and stops watching after its first paint."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False
