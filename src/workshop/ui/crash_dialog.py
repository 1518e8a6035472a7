"""The crash dialog and its report: loaded when something has gone wrong, never at start.

:mod:`workshop.ui.crash` installs the hook; this module is what the hook shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


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
