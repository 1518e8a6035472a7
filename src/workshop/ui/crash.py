"""Unexpected exceptions: log them, tell the facilitator calmly, and keep the app running.

PySide6 hands an exception raised in a slot or an overridden Qt method to ``sys.excepthook``
and then carries on with the event loop. :func:`install_excepthook` puts a
:class:`CrashHandler` there: it writes the traceback to the log and shows a dialog that says
what happened, where the log is, and that the workshop file is safe (every change was
committed to disk when it was made, so there is nothing unsaved to lose).

The dialog is a plain function ``show(report)``, injectable so tests can record the call;
it and its report (:mod:`workshop.ui.crash_dialog`) load only when something goes wrong.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from workshop.ui.crash_dialog import CrashReport

log = logging.getLogger("workshop.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def show_crash_dialog(report: CrashReport) -> None:
    """The real dialog (:func:`workshop.ui.crash_dialog.show_crash_dialog`)."""
    from workshop.ui.crash_dialog import show_crash_dialog as show

    show(report)


class CrashHandler:
    """A ``sys.excepthook`` that logs, reports once at a time, and never raises itself."""

    def __init__(
        self,
        log_path: Path | None,
        show: Callable[[CrashReport], None] = show_crash_dialog,
    ) -> None:
        self.log_path = log_path
        self.show = show
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        from PySide6.QtCore import QThread

        from workshop.ui.crash_dialog import CrashReport

        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        text = str(exc).strip()
        report = CrashReport(
            message=f"{exc_type.__name__}: {text}" if text else exc_type.__name__,
            log_path=self.log_path,
            details=details,
        )
        app = QApplication.instance()
        if app is not None and not QThread.isMainThread():
            # Widgets live on the GUI thread only: show the dialog there.
            QTimer.singleShot(0, app, lambda: self._report(report))
            return
        self._report(report)

    def _report(self, report: CrashReport) -> None:
        # An error raised while the dialog is up (say, in a paint event behind it) is only
        # logged: one dialog at a time, never a cascade of them.
        if self._showing:
            return
        self._showing = True
        try:
            self.show(report)
        except Exception:  # the last line of defence must not raise
            log.exception("Could not show the crash dialog")
            sys.stderr.write(report.details)
        finally:
            self._showing = False


def install_excepthook(
    log_path: Path | None, show: Callable[[CrashReport], None] = show_crash_dialog
) -> CrashHandler:
    handler = CrashHandler(log_path, show)
    sys.excepthook = handler
    return handler
