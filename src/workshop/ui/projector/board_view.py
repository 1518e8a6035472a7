"""The brainstorm board for the room: every idea whole, legible from the back of the hall.

The room does not see the laptop's spatial board (a zoomed-out field of fixed-size
stickies cuts long notes and shrinks the type). It sees the same notes as tiles
sized by their text (:mod:`workshop.ui.projector.tiles`): the full text of every
note, broken between words only, at one size for the whole board (at least
``tiles.NOTE_PX`` at 1080p, scaled with the screen; larger when the whole board
fits on one screen). Clusters come as titled frames with their notes, in the
order they stand on the laptop's board (top to bottom, left to right), loose
notes among them. When everything does not fit, the board is cut into whole
pages (no note cut at an edge, a cluster on one page where it fits); the
facilitator turns them from the laptop (Page Up/Down) and they turn by themselves
after a time in proportion to how much there is to read on each. A new note turns
to its page at once and is outlined for ``HIGHLIGHT_MS``.

No author is ever drawn here.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout

from workshop.domain import room
from workshop.domain.room import RoomItem, page_seconds
from workshop.storage.changes import Change
from workshop.ui.projector import theme as t
from workshop.ui.projector import tiles
from workshop.ui.projector.theme import Palette
from workshop.ui.projector.tiles import Block, Page, Tile, TileCanvas
from workshop.ui.projector.views import AudienceView

#: How long the newest note stays outlined.
HIGHLIGHT_MS = 4000


def board_available() -> bool:
    try:
        importlib.import_module("workshop.storage.read_board")
    except ImportError:
        return False
    return True


def board_blocks(
    notes: Any, clusters: Any, *, numbers: dict[int, int] | None = None
) -> list[Block]:
    """The board as blocks in reading order: clusters (with their notes) and loose notes by
    where they stand on the laptop's board, top to bottom, then left to right.

    ``numbers``: a label for each note (the vote's item numbers), when the room needs them.
    """
    from workshop.domain import board as b

    members: dict[int, list[Any]] = {}
    loose: list[Any] = []
    cluster_ids = {c.id for c in clusters}
    for note in notes:
        if note.cluster_id is not None and note.cluster_id in cluster_ids:
            members.setdefault(note.cluster_id, []).append(note)
        else:
            loose.append(note)

    def tile(note: Any) -> Tile:
        label = str(numbers[note.id]) if numbers and note.id in numbers else ""
        return Tile(note.id, note.text, b.COLOUR_HEX[note.colour % len(b.COLOUR_HEX)], label)

    placed: list[tuple[tuple[float, float, int], Block]] = []
    for cluster in clusters:
        inside = sorted(members.get(cluster.id, []), key=lambda n: (n.y, n.x, n.id))
        block = Block(room.CLUSTER, cluster.id, tuple(tile(n) for n in inside),
                      title=cluster.title or "Untitled cluster")
        placed.append(((_row(cluster.y), cluster.x, cluster.id), block))
    for note in loose:
        placed.append(((_row(note.y), note.x, note.id), Block(room.NOTE, note.id, (tile(note),))))
    placed.sort(key=lambda entry: entry[0])
    return [block for _key, block in placed]


def _row(y: float) -> float:
    """Rows of the laptop's board: things less than a note's height apart read as one row."""
    from workshop.domain import board as b

    return float(int(y // b.NOTE_HEIGHT))


class PagedTiles(AudienceView):
    """Base of the views that show tiles in whole pages: turning, auto-turning, room items."""

    #: Text sizes to try, largest first (the last is used when pages are needed).
    sizes: tuple[int, ...] = (*tiles.ROOMY_PX, tiles.NOTE_PX)
    #: A cluster too big for a page: shortened with a count (True) or continued (False).
    shorten = False
    #: Pages turn by themselves after a reading time (see room.page_seconds).
    auto_turn = True

    def make_canvas(self, palette: Palette) -> TileCanvas:
        self.canvas = TileCanvas(self, palette.background, palette.panel, palette.text,
                                 palette.muted, palette.highlight)
        self.canvas.setObjectName("audienceTiles")
        self.typesetter = tiles.Typesetter()
        self.pages: list[Page] = []
        self.page = 0
        self.blocks: list[Block] = []
        self.page_label = self.label(
            t.MIN_PX, colour=palette.muted, align=Qt.AlignmentFlag.AlignRight, wrap=False,
            name="boardPage", kind=room.PAGE,
        )
        self.page_label.hide()
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.timeout.connect(self.next_page)
        return self.canvas

    def set_blocks(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.relayout()

    def relayout(self) -> None:
        width, height = self.canvas.width(), self.canvas.height()
        if width <= 0 or height <= 0:
            return
        scale = tiles.board_scale(self.window().width(), self.window().height())
        if not self.blocks:
            self.pages = []
            self.canvas.set_page(self.typesetter.measure(
                tiles.Typesetting.make(tiles.NOTE_PX * scale, width, height)), Page())
            self._page_changed()
            return
        measure, pages = self.typesetter.layout(
            self.blocks, width, height, scale, sizes=self.sizes, shorten=self.shorten
        )
        self.pages = pages
        self.page = min(self.page, len(pages) - 1)
        self.canvas.set_page(measure, pages[self.page])
        self._page_changed()

    @property
    def text_px(self) -> float:
        """The size of every note's text on this board, in screen pixels."""
        return self.canvas.measure.setting.px if self.canvas.measure is not None else 0.0

    def page_count(self) -> int:
        return max(1, len(self.pages))

    def page_index(self) -> int:
        return self.page

    def show_page(self, index: int) -> None:
        if not self.pages:
            return
        self.page = index % len(self.pages)
        assert self.canvas.measure is not None
        self.canvas.set_page(self.canvas.measure, self.pages[self.page])
        self._page_changed()

    def next_page(self) -> None:
        if len(self.pages) > 1:
            self.show_page(self.page + 1)

    def page_of(self, kind: str, item_id: int) -> int | None:
        return next((i for i, p in enumerate(self.pages) if p.holds(kind, item_id)), None)

    def _page_changed(self) -> None:
        several = len(self.pages) > 1
        self.page_label.setVisible(several)
        self.page_label.setText(f"{self.page + 1} / {len(self.pages)}" if several else "")
        if several and self.auto_turn:
            self._turn.start(round(1000 * page_seconds(self.pages[self.page].characters)))
        else:
            self._turn.stop()
        self.pageChanged.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.relayout)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.relayout()

    def painted_items(self) -> list[RoomItem]:
        return self.canvas.room_items(self.window()) if self.canvas.isVisibleTo(self) else []

    def texts(self) -> list[str]:
        return [*super().texts(), *(b.title for b in self.blocks),
                *(tile.text for b in self.blocks for tile in b.tiles)]


class BoardView(PagedTiles):
    tables = frozenset({"activities", "workshop", "notes", "clusters"})

    def build(self, palette: Palette) -> None:
        self.setObjectName("audienceBoard")
        layout = QVBoxLayout(self)
        self.prompt = self.label(t.BODY_PX, bold=True, name="boardPrompt")
        self.header = self.prompt
        layout.addWidget(self.prompt)
        self.empty = self.label(
            t.BODY_PX, colour=palette.muted, align=Qt.AlignmentFlag.AlignHCenter, name="boardEmpty"
        )
        self.empty.setText("Ideas will appear here as they are added.")
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.make_canvas(palette), 1)
        layout.addWidget(self.page_label)
        self.notes: dict[int, Any] = {}
        self.clusters: dict[int, Any] = {}
        self._unhighlight = QTimer(self)
        self._unhighlight.setSingleShot(True)
        self._unhighlight.setInterval(HIGHLIGHT_MS)
        self._unhighlight.timeout.connect(self._clear_highlight)
        self.apply_scale()
        self.refresh()

    def refresh(self) -> None:
        from workshop.storage import read_board

        super().refresh()
        activity = self.activity
        self.prompt.setText(activity.prompt or activity.title if activity else "")
        if activity is None:
            return
        self.notes = {n.id: n for n in read_board.notes(self.doc, activity.id)}
        self.clusters = {c.id: c for c in read_board.clusters(self.doc, activity.id)}
        self._rebuild()

    def _rebuild(self) -> None:
        has_notes = bool(self.notes) or bool(self.clusters)
        self.canvas.setVisible(has_notes)
        self.empty.setVisible(not has_notes)
        self.set_blocks(board_blocks(self.notes.values(), self.clusters.values()))

    def on_change(self, change: Change) -> None:
        from workshop.storage import read_board

        if self.activity is None or not change.touches(*self.tables):
            return
        if change.touches("activities", "workshop"):
            super().refresh()
            activity = self.activity
            self.prompt.setText(activity.prompt or activity.title if activity else "")
        if not change.touches("notes", "clusters"):
            return
        if change.touches("clusters"):
            self.clusters = {c.id: c for c in read_board.clusters(self.doc, self.activity.id)}
        for note_id in change.deleted("notes"):
            self.notes.pop(note_id, None)
        changed = read_board.notes_by_id(self.doc, change.ids("notes"))
        for note_id, note in changed.items():
            if note.activity_id == self.activity.id:
                self.notes[note_id] = note
            else:
                self.notes.pop(note_id, None)
        for note_id in change.ids("notes"):
            if note_id not in changed:
                self.notes.pop(note_id, None)
        self._rebuild()
        self._highlight_new(change)

    def _highlight_new(self, change: Change) -> None:
        new = [i for i in change.inserted("notes") if i in self.notes]
        if not new:
            return
        self.canvas.highlighted = new[-1]
        self._unhighlight.start()
        page = self.page_of(room.NOTE, new[-1])
        if page is not None:
            self.show_page(page)
        self.canvas.update()

    def _clear_highlight(self) -> None:
        self.canvas.highlighted = None
        self.canvas.update()
