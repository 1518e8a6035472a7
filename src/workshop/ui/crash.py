"""Unexpected exceptions: log them, tell the facilitator calmly, and keep the app running.

PySide6 hands an exception raised in a slot or an overridden Qt method to ``sys.excepthook``
and then carries on with the event loop. :func:`install_excepthook` puts a
:class:`CrashHandler` there: it writes the traceback to the log and shows a dialog that says
what happened, where the log is, and that the workshop file is safe (every change was
committed to disk when it was made, so there is nothing unsaved to lose).

The dialog is a plain function ``show(report)``, injectable so tests can record the call.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger("workshop.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


@dataclass(frozen=True)
class CrashReport:
    #: One line: the kind of error and its message, e.g. "KeyError: 'title'".
    message: str
    #: Where the traceback was written (None when no log file could be opened).
    log_path: Path | None
    #: The full traceback, for the dialog's "Show Details…".
    details: str


def crash_text(report: CrashReport) -> str:
    """The dialog's main text (plain text, kept short)."""
    where = (
        QCoreApplication.translate("CrashReport", "The details are in the log file:")
        + f"\n{report.log_path}"
        if report.log_path is not None
        else QCoreApplication.translate(
            "CrashReport", "The details could not be written to a log file; they are shown below."
        )
    )
    problem = QCoreApplication.translate(
        "CrashReport", "Workshop ran into an unexpected problem and did not finish what you asked."
    )
    safe = QCoreApplication.translate(
        "CrashReport",
        "Your workshop file is safe: every change was saved to disk the moment you made it, "
        "so nothing has been lost. You can carry on working; if something looks wrong, "
        "close the file and open it again.",
    )
    return f"{problem}\n\n{report.message}\n\n{safe}\n\n{where}"


def show_crash_dialog(report: CrashReport) -> None:
    """The real dialog: a warning box with the traceback under "Show Details…"."""
    # Imported here: a dialog nobody may ever see is no part of the app's start-up.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QApplication.activeWindow())
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CrashReport", "Workshop: unexpected problem"))
    box.setText(crash_text(report))
    box.setDetailedText(report.details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    open_folder = None
    if report.log_path is not None:
        open_folder = box.addButton(
            QCoreApplication.translate("CrashReport", "Open Log Folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
    box.exec()
    folder = report.log_path.parent if report.log_path is not None else None
    if open_folder is not None and folder is not None and box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


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
