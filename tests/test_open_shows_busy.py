"""Opening a file shows it is working: a wait cursor and "Opening NAME…" while the
document and its screens load (a board at the import limit takes about a second)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from helpers.windows import main_window, silent_questions
from workshop.demo import write_demo
from workshop.ui.screens.base import ScreenContext


def test_opening_shows_a_wait_cursor_and_says_so(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "big.workshop"
    write_demo(path)
    window = main_window(data_dir, silent_questions([]))
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[object, str]] = []

    def during(_ctx: ScreenContext | None) -> None:
        cursor = QApplication.overrideCursor()
        seen.append((cursor.shape() if cursor else None, window.status.text()))

    window.document_listeners.append(during)
    texts: list[str] = []
    status = window.status

    class Recorder:
        def __init__(self) -> None:
            self.original = QLabel.setText

        def __call__(self, text: str) -> None:
            texts.append(text)
            self.original(status, text)

    # A plain function on the instance (no bound method of the label stored on the label
    # itself: that cycle would keep a Qt wrapper alive for a later garbage collection).
    status.setText = Recorder()  # type: ignore[method-assign]
    try:
        assert window.open_path(path)
    finally:
        del status.setText
    assert seen and seen[0][0] == Qt.CursorShape.WaitCursor
    assert texts[0] == "Opening big.workshop…"
    assert QApplication.overrideCursor() is None  # and gone once it is open
    assert window.status.text().startswith("All changes are saved")
    window.close()
