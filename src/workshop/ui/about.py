"""Help › About: what this is, its version and licence, and where the user's things live."""

from __future__ import annotations

import html
import platform
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

from workshop import __version__, paths
from workshop.ui.icons import app_icon

LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class AboutInfo:
    version: str
    licence: str
    data_dir: Path
    backups_dir: Path
    log_dir: Path
    runtime: str


def about_info(backups_dir: Path) -> AboutInfo:
    return AboutInfo(
        version=__version__,
        licence=LICENCE,
        data_dir=paths.data_dir(),
        backups_dir=backups_dir,
        log_dir=paths.log_dir(),
        runtime=(
            f"Python {platform.python_version()} · Qt {qVersion()} · "
            f"PySide6 {PySide6.__version__}"
        ),
    )


def _folder_link(path: Path) -> str:
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{html.escape(url)}">{html.escape(str(path))}</a>'


def about_html(info: AboutInfo) -> str:
    rows = (
        (QCoreApplication.translate("AboutDialog", "Your data"), info.data_dir),
        (QCoreApplication.translate("AboutDialog", "Backups"), info.backups_dir),
        (QCoreApplication.translate("AboutDialog", "Log files"), info.log_dir),
    )
    table = "".join(
        f"<tr><td style='padding-right:12px'><b>{html.escape(label)}</b></td>"
        f"<td>{_folder_link(path)}</td></tr>"
        for label, path in rows
    )
    about = QCoreApplication.translate(
        "AboutDialog",
        "Offline facilitation for in-person workshops: sticky notes, dot voting, "
        "purpose blending, a projector view and PDF handouts.",
    )
    files = QCoreApplication.translate(
        "AboutDialog",
        "Your workshop files stay where you save them; every change is written to the "
        "file as you make it.",
    )
    licence = QCoreApplication.translate(
        "AboutDialog",
        "Licence: {licence}. Workshop is free software: you may share "
        "and change it under the terms of the GNU General Public License, version 3 or "
        "any later version. It comes with no warranty.",
    ).format(licence=info.licence)
    return (
        f"<h2>Workshop {html.escape(info.version)}</h2>"
        f"<p>{html.escape(about)}</p><p>{html.escape(files)}</p>"
        f"<table>{table}</table><p>{html.escape(licence)}</p>"
        f"<p style='color: palette(placeholder-text)'>{html.escape(info.runtime)}</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, info: AboutInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Workshop"))
        layout = QVBoxLayout(self)
        # Never shorter than the wrapped text needs (a longer translation wraps to more lines).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(96, 96))
        layout.addWidget(icon)
        self.body = QLabel(about_html(info), self, objectName="aboutText")
        self.body.setWordWrap(True)
        self.body.setOpenExternalLinks(True)
        self.body.setMinimumWidth(460)
        layout.addWidget(self.body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As tall as the wrapped text needs at the width it got (long folder paths and a
        longer translation wrap to more lines than the first size allowed for)."""
        super().resizeEvent(event)
        needed = self.body.heightForWidth(self.body.width())
        if needed > self.body.height():
            self.body.setMinimumHeight(needed)


def show_about(parent: QWidget | None, backups_dir: Path) -> None:
    AboutDialog(about_info(backups_dir), parent).exec()
