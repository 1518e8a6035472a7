"""Tiled audience views that change often (a rating, a confirmed match): lay out only when
the tiles or the screen changed, so a change elsewhere in the view stays cheap."""

from __future__ import annotations

from workshop.ui.projector.board_view import PagedTiles
from workshop.ui.projector.tiles import Block


class RoomTiles(PagedTiles):
    _laid_out_for: tuple[int, int, int] | None = None

    def set_blocks_if_changed(self, blocks: list[Block]) -> None:
        """Lay the tiles out again only when they or the screen changed."""
        blocks = self.named(blocks)
        size = (self.window().width(), self.window().height(), self.canvas.width())
        if blocks != self.blocks or size != self._laid_out_for:
            self._laid_out_for = size
            self.set_blocks(blocks)
