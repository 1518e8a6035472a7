"""The brainstorm board for the room: every idea whole, legible from the back of the hall.

The room does not see the laptop's spatial board (a zoomed-out field of fixed-size
stickies cuts long notes and shrinks the type). It sees the same notes as tiles
sized by their text (:mod:`workshop.ui.projector.tiles`): the full text of every
note, broken between words only, at one size for the whole board (at least
``tiles.NOTE_PX`` at 1080p, scaled with the screen; larger when the whole board
fits on one screen). Clusters come as titled frames with their notes, in the
order they stand on the laptop's board (top to bottom, left to right), then the
loose notes in the order they were written (a new idea arrives at the end). When
everything does not fit, the board is cut into whole pages (no note cut at an
edge, a cluster on one page where it fits); the
facilitator turns them from the laptop (Page Up/Down) and they turn by themselves
after a time in proportion to how much there is to read on each. A new note turns
to its page at once and is outlined for ``HIGHLIGHT_MS``.

No author is ever drawn here.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout

from workshop.catalogue import label_text, room_text
from workshop.domain import board as b
from workshop.domain import room
from workshop.domain.models import ActivityKind
from workshop.domain.room import RoomItem, page_seconds
from workshop.kinds import watched
from workshop.storage import read
from workshop.storage.changes import Change
from workshop.ui.projector import theme as t
from workshop.ui.projector import tiles
from workshop.ui.projector.theme import Palette
from workshop.ui.projector.tiles import Block, Page, Tile, TileCanvas
from workshop.ui.projector.views import AudienceView

#: How long the newest note stays outlined.
HIGHLIGHT_MS = 4000


def board_blocks(
    notes: Any,
    clusters: Any,
    *,
    numbers: dict[int, int] | None = None,
    cache: dict[int, tuple[Any, Block]] | None = None,
) -> list[Block]:
    """The board as blocks in reading order: the clusters (with their notes) as they stand on
    the laptop's board, top to bottom, then left to right (things less than a note's height
    apart read as one row); then the loose notes in the order they were written, so a new
    idea always arrives at the end (and only the last pages are laid out again).

    ``numbers``: a label for each note (the vote's item numbers), when the room needs them.
    ``cache``: the loose notes' blocks of the last call, reused while their note is the
    same (a new note then costs one block, and the layout sees the same blocks as before).
    """
    colours = b.COLOUR_HEX
    row = b.NOTE_HEIGHT
    members: dict[int, list[Any]] = {}
    cluster_ids = {c.id for c in clusters}
    placed: list[tuple[tuple[float, float, int], Block]] = []
    for note in notes:
        if note.cluster_id is not None and note.cluster_id in cluster_ids:
            members.setdefault(note.cluster_id, []).append(note)
            continue
        known = cache.get(note.id) if cache is not None else None
        if known is not None and known[0] is note:
            block = known[1]
        else:
            label = str(numbers[note.id]) if numbers and note.id in numbers else ""
            tile = Tile(note.id, note.text, colours[note.colour % len(colours)], label)
            block = Block(room.NOTE, note.id, (tile,))
            if cache is not None:
                cache[note.id] = (note, block)
        placed.append(((math.inf, 0.0, note.id), block))
    for cluster in clusters:
        inside = sorted(members.get(cluster.id, []), key=lambda n: (n.y, n.x, n.id))
        tiles_ = tuple(
            Tile(n.id, n.text, colours[n.colour % len(colours)],
                 str(numbers[n.id]) if numbers and n.id in numbers else "")
            for n in inside
        )
        # An untitled cluster is named in the room's language by the view (PagedTiles.named).
        block = Block(room.CLUSTER, cluster.id, tiles_, title=cluster.title)
        placed.append(((cluster.y // row, cluster.x, cluster.id), block))
    placed.sort(key=lambda entry: entry[0])
    return [block for _key, block in placed]


class PagedTiles(AudienceView):
    """Base of the views that show tiles in whole pages: turning, auto-turning, room items."""

    #: Text sizes to try, largest first (the last is used when pages are needed).
    sizes: tuple[int, ...] = (*tiles.ROOMY_PX, tiles.NOTE_PX)
    #: A cluster too big for a page: shortened with a count (True) or continued (False).
    shorten = False
    #: Pages turn by themselves after a reading time (see room.page_seconds).
    auto_turn = True
    #: Blocks that may move up to fill a page's gap (0: strictly in order, e.g. numbered).
    look_ahead = tiles.LOOK_AHEAD
    #: How wide a column is, in ems of the text size (wider for long items).
    column_ems: float = tiles.COLUMN_EMS

    def make_canvas(self, palette: Palette) -> TileCanvas:
        self.canvas = TileCanvas(self, palette.background, palette.panel, palette.text,
                                 palette.muted, palette.highlight)
        self.canvas.setObjectName("audienceTiles")
        self.canvas.resized.connect(self.relayout)
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
        self.blocks = self.named(blocks)
        self.relayout()

    def named(self, blocks: list[Block]) -> list[Block]:
        """Clusters' titles in the workshop's language: an untitled cluster's name, and
        the title on the later pieces of a cluster longer than a page."""
        self.canvas.language = language = read.details(self.doc).language
        untitled = room_text("untitled_cluster", language)
        return [
            replace(block, title=block.title or untitled,
                    continued=label_text("continued", language, title=block.title or untitled))
            if block.kind == room.CLUSTER and not block.continued
            else block
            for block in blocks
        ]

    def relayout(self) -> None:
        width, height = self.canvas.width(), self.canvas.height()
        if width <= 0 or height <= 0:
            return
        scale = tiles.board_scale(self.window().width(), self.window().height())
        if not self.blocks:
            self.pages = []
            self.canvas.set_page(self.typesetter.measure(
                tiles.Typesetting.make(tiles.NOTE_PX * scale, width, height, self.column_ems)),
                Page())
            self._page_changed()
            return
        anchor = self._anchor()
        measure, pages = self.typesetter.layout(
            self.blocks, width, height, scale, sizes=self.sizes, shorten=self.shorten,
            look_ahead=self.look_ahead, column_ems=self.column_ems,
        )
        self.pages = pages
        # The room keeps reading where it was (a resize or a new size moves the page breaks).
        found = self.page_of(*anchor) if anchor is not None else None
        self.page = found if found is not None else min(self.page, len(pages) - 1)
        self.canvas.set_page(measure, pages[self.page])
        self._page_changed()

    def _anchor(self) -> tuple[str, int] | None:
        """What the page shown is about: the newest note while it is outlined, else the
        first item on the page."""
        if self.canvas.highlighted is not None:
            return room.NOTE, self.canvas.highlighted
        if self.pages and self.page < len(self.pages) and self.pages[self.page].items:
            first = self.pages[self.page].items[0]
            return first.kind, first.id
        return None

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
        if self.page_count() > 1:
            self.show_page(self.page_index() + 1)

    def page_of(self, kind: str, item_id: int) -> int | None:
        return next((i for i, p in enumerate(self.pages) if p.holds(kind, item_id)), None)

    def _page_changed(self) -> None:
        count = self.page_count()
        several = count > 1
        self.page_label.setVisible(several)
        self.page_label.setText(
            # The language of the last layout: pages turn on a timer, without reading the file.
            room_text("page", self.canvas.language, page=self.page_index() + 1, total=count)
            if several
            else ""
        )
        if several and self.auto_turn:
            self._turn.start(round(1000 * page_seconds(self.page_characters())))
        else:
            self._turn.stop()
        self.pageChanged.emit()

    def page_characters(self) -> int:
        """How much there is to read on the page shown (its reading time follows)."""
        return self.pages[self.page].characters if self.pages else 0

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.relayout()

    def painted_items(self) -> list[RoomItem]:
        return self.canvas.room_items(self.window()) if self.canvas.isVisibleTo(self) else []

    def texts(self) -> list[str]:
        return [*super().texts(), *(b.title for b in self.blocks),
                *(tile.text for b in self.blocks for tile in b.tiles)]


class BoardView(PagedTiles):
    tables = watched(ActivityKind.BRAINSTORM)

    def build(self, palette: Palette) -> None:
        self.setObjectName("audienceBoard")
        layout = QVBoxLayout(self)
        self.prompt = self.label(t.BODY_PX, bold=True, name="boardPrompt")
        self.header = self.prompt
        layout.addWidget(self.prompt)
        self.empty = self.label(
            t.BODY_PX, colour=palette.muted, align=Qt.AlignmentFlag.AlignHCenter, name="boardEmpty"
        )
        self.empty.setText(self.room_text("ideas_appear"))
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.make_canvas(palette), 1)
        layout.addWidget(self.page_label)
        #: "Colour by organisation" in words: which sticky colour is which organisation.
        self.legend = self.label(t.MIN_PX, name="boardLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.hide()
        layout.addWidget(self.legend)
        self.notes: dict[int, Any] = {}
        self.clusters: dict[int, Any] = {}
        self._blocks: dict[int, tuple[Any, Block]] = {}
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
        self._show_legend()

    def _show_legend(self) -> None:
        """A legend when the board is coloured by organisation (never when anonymous)."""
        from workshop.domain.board_reading import organisation_legend
        from workshop.storage import read
        from workshop.ui.board.capture import legend_html

        activity = self.activity
        lines: list[tuple[int, str]] = []
        if activity is not None and not read.is_anonymous(self.doc, activity):
            people = {p.id: p.organisation for p in read.participants(self.doc)}
            lines = organisation_legend(
                list(self.notes.values()), people, read.organisations(self.doc)
            )
        self.legend.setText(legend_html(lines) if lines else "")
        self.legend.setVisible(bool(lines))

    def _rebuild(self) -> None:
        notes, clusters = self.table_shown()
        has_notes = bool(notes) or bool(clusters)
        self.canvas.setVisible(has_notes)
        self.empty.setVisible(not has_notes)
        self.set_blocks(board_blocks(notes, clusters, cache=self._blocks))

    #: Breakout tables: the table whose notes are shown (None: all; 0: the main room's own).
    table_filter: int | None = None

    def set_table_filter(self, table_id: int | None) -> None:
        """The laptop's board shows one breakout table (or all): the room sees the same."""
        if table_id != self.table_filter:
            self.table_filter = table_id
            self._rebuild()

    def table_shown(self) -> tuple[list[Any], list[Any]]:
        if self.table_filter is None:
            return list(self.notes.values()), list(self.clusters.values())
        from workshop.storage import breakout

        tables = {key: t.id for key, t in breakout.board_tables(self.doc, self.activity.id)
                  .items()} if self.activity is not None else {}
        wanted = self.table_filter
        return (
            [n for n in self.notes.values() if tables.get(("notes", n.id), 0) == wanted],
            [c for c in self.clusters.values() if tables.get(("clusters", c.id), 0) == wanted],
        )

    def on_change(self, change: Change) -> None:
        from workshop.storage import read_board

        if self.activity is None or not change.touches(*self.tables):
            return
        if change.touches("activities", "workshop"):
            super().refresh()
            activity = self.activity
            self.prompt.setText(activity.prompt or activity.title if activity else "")
        if not change.touches("notes", "clusters"):
            if change.touches("participants", "activities", "workshop"):
                self._show_legend()
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
        self._show_legend()

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
