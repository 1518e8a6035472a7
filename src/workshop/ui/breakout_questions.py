"""What File › Make breakout copies…, Merge breakout… and Next meeting… ask: the dialogs,
replaceable (:class:`BreakoutQuestions`) so tests answer them. Loaded with the first
question (the menus' actions are made at start-up; their dialogs are not).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workshop.storage.document import SUFFIX
from workshop.ui.tr import QT_TRANSLATE_NOOP

#: Translated where used; lupdate finds it here.
FILTER = QT_TRANSLATE_NOOP("BreakoutActions", "Workshop files (*.workshop)")


def _table_count(parent: QWidget) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    from workshop.storage.breakout import MAX_TABLES

    count, ok = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("MainWindow", "Make breakout copies"),
        QCoreApplication.translate("MainWindow", "How many tables?"),
        4,
        1,
        MAX_TABLES,
    )
    return count if ok else None


def _folder(parent: QWidget, suggested: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate(
            "MainWindow", "Where to write the copies (a USB stick or a shared folder)"
        ),
        str(suggested),
    )
    return Path(name) if name else None


def _breakouts(parent: QWidget, suggested: Path) -> list[Path]:
    from PySide6.QtWidgets import QFileDialog

    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("MainWindow", "Merge breakout copies"),
        str(suggested),
        QCoreApplication.translate("BreakoutActions", FILTER),
    )
    return [Path(n) for n in names]


def _next_path(parent: QWidget, suggested: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("MainWindow", "Next meeting"), str(suggested),
        QCoreApplication.translate("BreakoutActions", FILTER),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(SUFFIX)


@dataclass
class BreakoutQuestions:
    table_count: Callable[[QWidget], int | None] = _table_count
    folder: Callable[[QWidget, Path], Path | None] = _folder
    breakouts: Callable[[QWidget, Path], list[Path]] = _breakouts
    next_path: Callable[[QWidget, Path], Path | None] = _next_path
    #: Everything the actions tell the facilitator (the window's message box by default).
    told: list[str] = field(default_factory=list)  # what was said, for tests
