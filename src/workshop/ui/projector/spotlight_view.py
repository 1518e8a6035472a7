"""Spotlight: one note, or one cluster with all its notes, full screen for the room.

For discussing one idea: the facilitator selects it on the laptop's board and
presses S; Esc (on the laptop or in the audience window) returns to the live
activity. The text is as large as lets the whole item fit on the screen (the
same tiles as the board, never smaller than the board's own type); a cluster
too big for that is shown in whole pages, turned with Page Up/Down.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop.domain import room
from workshop.domain.models import Activity
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.ui.projector import tiles
from workshop.ui.projector.board_view import PagedTiles, board_blocks
from workshop.ui.projector.state import Spotlight
from workshop.ui.projector.theme import Palette

#: Sizes tried at 1080p, largest first: one short idea fills the screen.
SPOTLIGHT_PX = (96, 80, 72, 64, 56, 48, 42, 36, tiles.NOTE_PX)


class SpotlightView(PagedTiles):
    tables = frozenset({"notes", "clusters"})
    sizes = SPOTLIGHT_PX
    auto_turn = False

    def __init__(
        self,
        doc: Document,
        activity: Activity | None,
        palette: Palette,
        parent: QWidget | None = None,
        *,
        spotlight: Spotlight,
    ) -> None:
        self.spotlight = spotlight
        super().__init__(doc, activity, palette, parent)

    def build(self, palette: Palette) -> None:
        self.setObjectName("audienceSpotlight")
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_canvas(palette), 1)
        self.canvas.centred = True
        layout.addWidget(self.page_label)
        self.apply_scale()
        self.refresh()

    def _found(self) -> tuple[list[Any], list[Any]]:
        """(notes, clusters) of the spotlit item; both empty when it is gone."""
        from workshop.storage import read_board

        if self.spotlight.kind == room.CLUSTER:
            cluster = read_board.cluster(self.doc, self.spotlight.id)
            if cluster is None:
                return [], []
            return read_board.cluster_notes(self.doc, cluster.id), [cluster]
        note = read_board.note(self.doc, self.spotlight.id)
        if note is None:
            return [], []
        return [replace(note, cluster_id=None)], []

    def exists(self) -> bool:
        notes, clusters = self._found()
        return bool(notes or clusters)

    def refresh(self) -> None:
        notes, clusters = self._found()
        self.set_blocks(board_blocks(notes, clusters))

    def on_change(self, change: Change) -> None:
        if change.touches(*self.tables):
            self.refresh()

    def apply_scale(self) -> None:
        super().apply_scale()
        layout = self.layout()
        if layout is not None:
            margin = round(48 * self.scale)
            layout.setContentsMargins(margin, margin, margin, margin)
