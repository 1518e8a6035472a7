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

#: A window that is not painted by then (started minimised, on another workspace) does not
#: hold the work back any longer.
AT_THE_LATEST_MS = 3000


class AfterFirstPaint(QObject):
    """Calls ``then`` once: just after ``window`` was first painted, or after
    ``at_the_latest_ms`` if it was not. Watches only that window's own events, and stops
    watching once it has called."""

    def __init__(
        self,
        window: QWidget,
        then: Callable[[], None],
        at_the_latest_ms: int = AT_THE_LATEST_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(at_the_latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()
