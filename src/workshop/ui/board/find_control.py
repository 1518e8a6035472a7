"""Find on the board, driven: what the find bar's text matches, and Enter stepping through it.

Split from :class:`~workshop.ui.board.screen.BoardScreen`; the bar itself is
:class:`~workshop.ui.board.find.FindBar`, the highlighting the scene's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from workshop.ui.board.find import FindBar
from workshop.ui.board.scene import BoardScene
from workshop.ui.board.view import BoardView


class BoardFind(QObject):
    """Ctrl+F opens the bar; typing highlights; Enter / Shift+Enter select the next match."""

    def __init__(self, bar: FindBar, scene: BoardScene, view: BoardView) -> None:
        super().__init__(bar)
        self.bar, self.scene, self.view = bar, scene, view
        self.index: int | None = None
        self.bar.searched.connect(self.search)
        self.bar.stepped.connect(self.step)
        self.bar.closed.connect(self.close)

    def open(self) -> None:
        self.bar.open()
        self.search(self.bar.edit.text())

    def close(self) -> None:
        self.bar.hide()
        self.scene.set_find("")
        self.index = None
        self.view.setFocus()

    def search(self, text: str) -> None:
        self.scene.set_find(text)
        self.index = None
        self.show_count()

    def show_count(self) -> None:
        matches = self.scene.matches
        if self.index is not None and self.index >= len(matches):
            self.index = None
        self.bar.show_count(self.index, len(matches))

    def step(self, step: int) -> None:
        scene = self.scene
        matches = scene.matches
        if not matches:
            self.show_count()
            return
        if self.index is None:
            self.index = 0 if step > 0 else len(matches) - 1
        else:
            self.index = (self.index + step) % len(matches)
        note_id = matches[self.index]
        scene.select_only([note_id])
        self.view.ensureVisible(scene.notes[note_id], 80, 80)
        self.show_count()
