"""The real main window wired to a test's own data folder, and scripted answers for it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from workshop.resources import templates_dir
from workshop.storage.backups import BackupStore
from workshop.ui.file_dialogs import FileQuestions
from workshop.ui.main_window import MainWindow
from workshop.ui.settings import AppSettings


def silent_questions(messages: list[str]) -> FileQuestions:
    """Every file question answered "cancel"; every message collected in ``messages``."""
    return FileQuestions(
        open_path=lambda _parent: None,
        save_path=lambda _parent, _title, _suggested: None,
        new_workshop=lambda _parent, _templates: None,
        inform=lambda _parent, text: messages.append(text),
        choose_backup=lambda _parent, text, _backups: messages.append(text),
    )


def main_window(data_dir: Path, questions: FileQuestions) -> MainWindow:
    """A MainWindow whose settings, backups and demo live in ``data_dir``."""
    return MainWindow(
        AppSettings(data_dir / "settings.ini"),
        BackupStore(data_dir / "backups"),
        templates_dir(),
        data_dir / "demo.workshop",
        questions,
    )


def demo_window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    """For a fixture: the main window shown with the demo open; afterwards its projector
    and the window are closed."""
    messages: list[str] = []
    window = main_window(data_dir, silent_questions(messages))
    qtbot.addWidget(window)
    window.show()
    assert window.open_demo(), messages
    yield window
    window.projector.controller.close()
    window.close()


@contextmanager
def opened_window(
    qtbot: QtBot, data_dir: Path, path: Path | None, size: tuple[int, int]
) -> Iterator[MainWindow]:
    """The main window sized to ``size``, then shown, with the workshop at ``path`` open
    (the demo for None); afterwards its projector and the window are closed."""
    messages: list[str] = []
    window = main_window(data_dir, silent_questions(messages))
    qtbot.addWidget(window)
    try:
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        opened = window.open_demo() if path is None else window.open_path(path)
        assert opened and window.page is not None and window.doc is not None, messages
        yield window
    finally:
        window.projector.controller.close()
        window.close()
