"""The dot vote for the room: every item with its content and its number, then the results.

While people vote the room sees each item whole, numbered as on the laptop's
ballot (:func:`workshop.domain.voting.ballot_numbers`), so paper dots and the
laptop can say "12": notes as tiles sized by their text, clusters as their title
with their notes (as many as fit legibly, and how many more), in balanced columns
and whole pages like the board. It never asks for results before the reveal, so
no count can reach the screen. After Reveal: the ranking with the whole text of
each item, a bar and its dots, as many items as fit whole.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop.catalogue import room_text
from workshop.domain import room
from workshop.domain.languages import DEFAULT
from workshop.domain.models import ActivityKind
from workshop.domain.room import RoomItem, shows_whole
from workshop.domain.voting import VoteTarget, ballot_numbers
from workshop.kinds import watched
from workshop.storage import read
from workshop.ui.projector import theme as t
from workshop.ui.projector import tiles
from workshop.ui.projector.board_view import PagedTiles, board_blocks
from workshop.ui.projector.textfit import Wrapper
from workshop.ui.projector.theme import Palette

#: Result text at 1080p (the ranking is read from further away than a note: larger).
RESULT_PX = 36


class ResultsCanvas(QWidget):
    """The ranking, painted: rank, the item's whole text, a bar and its dots, one row each."""

    def __init__(self, parent: QWidget, palette: Palette) -> None:
        super().__init__(parent)
        self.setObjectName("voteResults")
        self.palette_ = palette
        self.ranking: list[Any] = []
        self.all: list[Any] = []
        self.scale = 1.0
        #: Rows laid out: (item, rank text, lines, row rect); items that did not fit: counted.
        self.rows: list[tuple[Any, str, list[str], QRectF]] = []
        self.more = 0
        #: The workshop's language, for the words painted here ("… and 3 more items").
        self.language = DEFAULT
        #: Items nobody put a dot on (counted, not listed).
        self.without = 0

    def set_ranking(self, ranking: list[Any], scale: float) -> None:
        """Items with dots, best first (those with none are only counted)."""
        self.all = ranking
        self.ranking = [item for item in ranking if item.dots > 0]
        self.without = len(ranking) - len(self.ranking)
        self.scale = scale
        self._layout()
        self.update()

    @property
    def px(self) -> float:
        return RESULT_PX * self.scale

    def _columns(self) -> tuple[float, float, float]:
        """x of the text, its width, and x of the bar."""
        rank = self.px * 2.2
        text = (self.width() - rank) * 0.58
        return rank, text, rank + text + self.px

    def _layout(self) -> None:
        self.rows, self.more = [], 0
        wrapper = Wrapper(QFontMetricsF(t.font(self.px)))
        _text_x, text_w, _bar_x = self._columns()
        line = round(self.px * tiles.LINE_SPACING)
        gap = self.px * 0.5
        y = 0.0
        for index, item in enumerate(self.ranking):
            lines = wrapper.wrap(item.title, text_w)
            height = len(lines) * line
            last = index == len(self.ranking) - 1 and not self.without
            limit = self.height() - (0 if last else line + gap)
            if y + height > limit:
                self.more = len(self.ranking) - index
                break
            rank = f"{'=' if item.tied else ''}{item.rank}"
            self.rows.append((item, rank, lines, QRectF(0, y, self.width(), height)))
            y += height + gap
        self._more_y = y

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._layout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        plain, bold = t.font(self.px), t.font(self.px, bold=True)
        ascent = QFontMetricsF(plain).ascent()
        line = round(self.px * tiles.LINE_SPACING)
        text_x, _text_w, bar_x = self._columns()
        count_w = self.px * 2.5
        top = max((item.dots for item in self.ranking), default=0) or 1
        text = QColor(self.palette_.text)
        for item, rank, lines, rect in self.rows:
            painter.setPen(text)
            painter.setFont(bold)
            painter.drawText(QRectF(0, rect.y(), text_x - self.px * 0.4, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), rank)
            painter.setFont(plain)
            for index, words in enumerate(lines):
                painter.drawText(QPointF(text_x, rect.y() + ascent + index * line), words)
            track = QRectF(bar_x, rect.y() + line * 0.15, self.width() - bar_x - count_w,
                           line * 0.7)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.palette_.panel))
            painter.drawRoundedRect(track, 6, 6)
            painter.setBrush(QColor(self.palette_.bar))
            fill = QRectF(track.x(), track.y(), max(4.0, track.width() * item.dots / top),
                          track.height())
            painter.drawRoundedRect(fill, 6, 6)
            painter.setPen(text)
            painter.setFont(bold)
            painter.drawText(QRectF(self.width() - count_w, rect.y(), count_w, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             str(item.dots))
        if self.more or self.without:
            painter.setFont(plain)
            painter.setPen(QColor(self.palette_.muted))
            painter.drawText(QPointF(text_x, self._more_y + ascent), self.more_text())

    def more_text(self) -> str:
        parts = []
        if self.more:
            parts.append(room_text("more_items", self.language, n=self.more))
        if self.without:
            no = room_text("without_dots", self.language, n=self.without)
            parts.append(no if parts else room_text("and", self.language, what=no))
        return "; ".join(parts)

    def room_items(self, root: QWidget) -> list[RoomItem]:
        origin = self.mapTo(root, QPointF(0, 0).toPoint())
        text_x, text_w, _bar_x = self._columns()
        wrapper = Wrapper(QFontMetricsF(t.font(self.px)))
        items: list[RoomItem] = []
        for item, rank, lines, rect in self.rows:
            shown = "\n".join(lines)
            elided = not shows_whole(shown, item.title) or wrapper.widest(lines) > text_w + 1
            elided = elided or rect.bottom() > self.height() + 1
            x, y = round(origin.x() + text_x), round(origin.y() + rect.y())
            items.append(RoomItem(room.ITEM, item.id, f"{rank}. {shown}", elided, self.px,
                                  (x, y, round(text_w), round(rect.height())),
                                  f"{rank}. {item.title}"))
        if self.more or self.without:
            more = self.more_text()
            y = round(origin.y() + self._more_y)
            line = round(self.px * tiles.LINE_SPACING)
            items.append(RoomItem(room.TEXT, None, more, self._more_y + line > self.height() + 1,
                                  self.px, (round(origin.x() + text_x), y,
                                            round(wrapper.width(more)), line), more))
        return items


class VoteView(PagedTiles):
    """During a vote: every item, numbered, and how many have voted. After Reveal: the ranking."""

    tables = watched(ActivityKind.DOT_VOTE)
    sizes = (*tiles.ROOMY_PX, tiles.NOTE_PX)
    shorten = True
    look_ahead = 0  # numbered items stay in number order

    def build(self, palette: Palette) -> None:
        self.setObjectName("audienceVote")
        layout = QVBoxLayout(self)
        self.title = self.label(t.HEADING_PX, bold=True, name="voteTitle")
        self.header = self.title
        self.progress = self.label(t.BODY_PX, colour=palette.accent, name="voteProgress")
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        self.empty = self.label(t.BODY_PX, colour=palette.muted, name="voteEmpty")
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.make_canvas(palette), 1)
        self.results = ResultsCanvas(self, palette)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.page_label)
        self.revealed = False
        self.apply_scale()
        self.refresh()

    def refresh(self) -> None:
        from workshop.storage import read_votes

        super().refresh()
        activity = self.activity
        if activity is None:
            return
        self.title.setText(activity.title)
        vote = read_votes.settings(self.doc, activity.id)
        self.revealed = vote.revealed
        if vote.revealed:
            results = read_votes.results(self.doc, activity.id)
            voters = results.voters
            self.progress.setText(self.room_text("results_voted", n=voters))
            self.set_blocks([])
            self.canvas.hide()
            self.empty.hide()
            self.results.show()
            self.results.language = read.details(self.doc).language
            self.results.set_ranking(list(results.preferred()), self._board_scale())
            return
        self.results.hide()
        self.results.set_ranking([], self._board_scale())
        ballots = read_votes.who_voted(self.doc, activity.id)
        done = sum(1 for b in ballots if b.done)
        people = len(read.participants(self.doc))
        self.progress.setText(self.room_text("voting_progress", done=done, n=people))
        blocks = self._blocks(vote)
        self.empty.setText(activity.prompt or self.room_text("vote_items_appear"))
        self.empty.setVisible(not blocks)
        self.canvas.setVisible(bool(blocks))
        self.set_blocks(blocks)

    def _blocks(self, vote: Any) -> list[tiles.Block]:
        """The ballot's items, numbered, in number order (notes, or clusters with their notes)."""
        from workshop.storage import read_board, read_votes

        items = read_votes.items(self.doc, vote)
        numbers = ballot_numbers(items)
        if vote.source_activity_id is None or not items:
            return []
        notes = read_board.notes(self.doc, vote.source_activity_id)
        if vote.target is VoteTarget.NOTES:
            by_id = {note.id: note for note in notes}
            ordered = [by_id[item.id] for item in items if item.id in by_id]
            blocks = board_blocks(ordered, [], numbers=numbers)
            order = {item.id: numbers[item.id] for item in items}
            return sorted(blocks, key=lambda block: order.get(block.id, 0))
        clusters = read_board.clusters(self.doc, vote.source_activity_id)
        blocks = [
            tiles.Block(
                b.kind, b.id, b.tiles, title=b.title, label=str(numbers.get(b.id, ""))
            )
            for b in board_blocks(notes, clusters)
            if b.kind == room.CLUSTER
        ]
        return sorted(blocks, key=lambda block: numbers.get(block.id, 0))

    def apply_scale(self) -> None:
        super().apply_scale()
        if hasattr(self, "results") and self.results.isVisibleTo(self):
            self.results.set_ranking(self.results.all, self._board_scale())

    def _board_scale(self) -> float:
        """Results are read like the board's notes: the same scale (by the screen's height)."""
        return tiles.board_scale(self.window().width(), self.window().height())

    def texts(self) -> list[str]:
        results = [text for item, rank, _lines, _rect in self.results.rows
                   for text in (rank, item.title, str(item.dots))]
        return [*super().texts(), *results]

    def painted_items(self) -> list[RoomItem]:
        if self.results.isVisibleTo(self):
            return self.results.room_items(self.window())
        return super().painted_items()
