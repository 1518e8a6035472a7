"""The questions the main window asks about files, as replaceable functions.

Tests pass their own answers; the app uses the real dialogs below, whose Qt classes load
when one is first asked (the window's start does not make their Python types).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop.ui.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from workshop.domain.templates import Template
    from workshop.storage.backups import Backup
    from workshop.ui.dialogs import NewWorkshopInput

#: Translated where used (``_filter``); lupdate finds it here.
FILTER = QT_TRANSLATE_NOOP("FileQuestions", "Workshop files (*.workshop);;All files (*)")


def _filter() -> str:
    return QCoreApplication.translate("FileQuestions", FILTER)


def _open_path(parent: QWidget | None) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("FileQuestions", "Open workshop"), "", _filter()
    )
    return Path(name) if name else None


def _save_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, _filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".workshop")


def _inform(parent: QWidget | None, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, QCoreApplication.translate("FileQuestions", "Workshop"), text)


def _choose_backup(parent: QWidget | None, text: str, backups: list[Backup]) -> Backup | None:
    if not backups:
        _inform(parent, text)
        return None
    labels = [
        QCoreApplication.translate(
            "FileQuestions", "Copy taken when it was opened on {when}"
        ).format(when=b.label)
        for b in backups
    ]
    from PySide6.QtWidgets import QInputDialog

    choice, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("FileQuestions", "Workshop — open a backup?"),
        text
        + "\n\n"
        + QCoreApplication.translate(
            "FileQuestions",
            "Workshop keeps a copy each time a file is opened. Open a copy of one of "
            "these backups instead? (The damaged file is left as it is.)",
        ),
        labels,
        0,
        False,
    )
    return backups[labels.index(choice)] if ok and choice in labels else None


def _new_workshop(parent: QWidget | None, templates: list[Template]) -> NewWorkshopInput | None:
    from workshop.ui.dialogs import ask_new_workshop  # its form loads when first asked

    return ask_new_workshop(parent, templates)


@dataclass
class FileQuestions:
    open_path: Callable[[QWidget | None], Path | None] = _open_path
    save_path: Callable[[QWidget | None, str, str], Path | None] = _save_path
    new_workshop: Callable[[QWidget | None, list[Template]], NewWorkshopInput | None] = (
        _new_workshop
    )
    inform: Callable[[QWidget | None, str], None] = _inform
    choose_backup: Callable[[QWidget | None, str, list[Backup]], Backup | None] = _choose_backup
