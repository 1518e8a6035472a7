"""The app as a process: SIGINT/SIGTERM close it as File › Quit does; failures reach stderr.

Qt's event loop does not let Python run its signal handlers while it waits, so a
signal also writes a byte to a pipe (``signal.set_wakeup_fd``; a socket pair on Windows,
which wants one) that a ``QSocketNotifier`` watches: Python wakes, runs the handler, and the handler
closes every window (a modal dialog too) and quits. Everything is already on
disk; closing the window closes the document cleanly (its lock and -wal go).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication


class QuitOnSignals(QObject):
    """Installed once per process, for the app's lifetime."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        #: Whether a signal arrived (possibly before the event loop started).
        self.received = False
        self._read, self._write, self._take = _wakeup_ends()
        signal.set_wakeup_fd(self._write, warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._quit)

    def _drain(self) -> None:
        try:
            while self._take():
                pass
        except OSError:
            pass  # nothing more to read; Python runs the pending handler next

    def _quit(self, _signum: int, _frame: object) -> None:
        # The handler may run in the middle of any Python code (opening a file, say):
        # closing from here would re-enter it. Close from the event loop instead; a
        # signal before the loop runs is seen by ``received`` (see ``run_app``).
        self.received = True
        QTimer.singleShot(0, self._close_all)

    def _close_all(self) -> None:
        self.app.closeAllWindows()  # the main window's close is File › Quit's
        self.app.quit()


def _wakeup_ends() -> tuple[int, int, Callable[[], bytes]]:
    """A non-blocking pipe: its read and write descriptors, and a read of what is waiting.
    Windows wants a socket for ``set_wakeup_fd``: a socket pair there (``socket`` is not
    loaded at start elsewhere)."""
    if os.name == "nt":  # pragma: no cover - Windows builds only
        import socket

        pair = socket.socketpair()
        for sock in pair:
            sock.setblocking(False)
        _KEEP.extend(pair)  # open as long as the descriptors are used
        return pair[0].fileno(), pair[1].fileno(), lambda: pair[0].recv(64)
    read, write = os.pipe()
    for fd in (read, write):
        os.set_blocking(fd, False)
    return read, write, lambda: os.read(read, 64)


#: Windows: the socket pair behind the wake-up descriptors, kept with the process.
_KEEP: list[object] = []


def report_to_terminal(message: str) -> None:
    """One line on stderr (when started from a terminal), as the headless commands do."""
    if sys.stderr is not None:
        print(f"workshop: {message}", file=sys.stderr, flush=True)
