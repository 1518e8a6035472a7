"""The review of promises for the room: each promise and where it stands, and the trend.

Promises are the partnership's public record (owners and due dates are shown, as on the
action list); the facilitator's review notes are shown too, since the room heard them.
Every promise reaches the room whole: each is a tile sized by its text (``tiles.py``, as
the board and the offers), marked and coloured by where it stands, in the order the
laptop reviews them, in whole pages when 40 long promises do not fit one screen ("2 / 5";
Page Up/Down from the laptop, and they turn by themselves after a reading time). Beside
them, the pulse statements and the collective-impact radar across the meetings, in the
projector's colours.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workshop.catalogue import room_text
from workshop.domain import palettes, room
from workshop.domain import series as ds
from workshop.domain.models import ActivityKind
from workshop.kinds import watched
from workshop.storage import series
from workshop.ui.projector import theme as t
from workshop.ui.projector import tiles
from workshop.ui.projector.board_view import PagedTiles
from workshop.ui.projector.room_tiles import RoomTiles
from workshop.ui.projector.theme import Palette
from workshop.ui.projector.tiles import Block, Tile
from workshop.ui.projector.views import FitHost
from workshop.ui.series.charts import paint_impact_across, paint_trends

_MARKS = {
    ds.PromiseStatus.DONE: "✓",
    ds.PromiseStatus.DOING: "◐",  # not "…": the room would read it as text cut off
    ds.PromiseStatus.DROPPED: "✗",
    ds.PromiseStatus.OPEN: "○",
}
#: Tile colours (light, under black ink) by where a promise stands; the mark says it too.
FILL = {
    ds.PromiseStatus.DONE: palettes.PROMISE_DONE,
    ds.PromiseStatus.DOING: palettes.PROMISE_DOING,
    ds.PromiseStatus.DROPPED: palettes.PROMISE_DROPPED,
    ds.PromiseStatus.OPEN: palettes.PROMISE_OPEN,
}
#: The charts' page stays up as long as a page of this much text (two charts to read).
CHARTS_CHARACTERS = 400
#: Up to this many promises, larger type is tried first (more would need pages anyway).
ROOMY_UP_TO = 12


def promise_blocks(promises: list[ds.Promise]) -> list[Block]:
    """One tile per promise, in the review's order: its mark, what, who, and the note."""
    blocks = []
    for p in promises:
        text = p.what
        if p.owner:
            text += f" — {p.owner}"
        if p.note.strip():
            text += f" · {p.note.strip()}"
        tile = Tile(p.id, text, FILL[p.status], _MARKS[p.status])
        blocks.append(Block(room.NOTE, p.id, (tile,)))
    return blocks


class _Chart(QWidget):
    """The pulse trends (``impact`` False) or the impact radar across meetings, on the wall."""

    def __init__(self, view: ReviewView, name: str, *, impact: bool) -> None:
        super().__init__(view)
        self.view = view
        self.impact = impact
        self.setObjectName(name)
        self.record: ds.Series | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        record = self.record
        if record is None or len(record.meetings) < 2:
            return
        painter = QPainter(self)
        try:
            # 8.5 pt at scale 1 is the laptop's; on the wall the type is at least MIN_PX.
            scale = max(self.view.scale * 3.0, t.MIN_PX * self.view.scale / 11)
            ink = QColor(self.view.palette_.text)
            if self.impact:
                paint_impact_across(painter, QRectF(self.rect()), record.meetings,
                                    record.radar(), ink=ink, scale=scale,
                                    say=self.view.room_label)
            else:
                paint_trends(painter, QRectF(self.rect()), record.meetings,
                             record.trends(ds.FigureKind.PULSE), ink=ink, scale=scale,
                             say=self.view.room_label)
        finally:
            painter.end()


class ReviewView(RoomTiles):
    """Promises beside the series' charts; when the promises need pages even across the
    whole width, they take the whole width and the charts get a page of their own. Then,
    on a page of its own, who offered, asked, promised and delivered over the series."""

    tables = watched(ActivityKind.REVIEW)
    sizes: tuple[int, ...] = (42, 36, 32)
    #: Promises stay in the laptop's order (the facilitator goes through them one by one).
    look_ahead = 0
    #: Wider columns than the board's: a promise says what, who, and the review's note.
    column_ems = 18.0
    #: The charts are a page of their own (the promises need pages at full width).
    apart = False
    #: The page of its own that is up (the charts or the balance), or None: the promises.
    extra: QWidget | None = None
    promised = False
    has_charts = False

    def build(self, palette: Palette) -> None:
        self.setObjectName("audienceReview")
        layout = QVBoxLayout(self)
        self.title = self.label(t.HEADING_PX, bold=True, name="reviewTitle")
        self.header = self.title
        layout.addWidget(self.title)
        self.row = QHBoxLayout()
        self.empty = self.label(t.BODY_PX, colour=palette.muted, name="reviewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setText(self.room_text("nothing_promised"))
        self.row.addWidget(self.empty, 3)
        canvas = self.make_canvas(palette)
        canvas.setObjectName("reviewList")
        self.row.addWidget(canvas, 3)
        self.charts = QWidget(self)
        charts = QVBoxLayout(self.charts)
        charts.setContentsMargins(0, 0, 0, 0)
        self.trends = _Chart(self, "reviewTrends", impact=False)
        self.impact = _Chart(self, "reviewImpact", impact=True)
        charts.addWidget(self.trends, 1)
        charts.addWidget(self.impact, 1)
        self.row.addWidget(self.charts, 2)
        self.balance = FitHost(self)  # refits the type to its height when resized
        self.balance.setObjectName("reviewBalance")
        balance = QVBoxLayout(self.balance)
        balance.setContentsMargins(0, 0, 0, 0)
        balance.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.balance_rows: list[QLabel] = []
        self.row.addWidget(self.balance, 3)
        layout.addLayout(self.row, 1)
        layout.addWidget(self.page_label)
        self.summary = self.label(t.SMALL_PX, colour=palette.accent, name="reviewSummary")
        layout.addWidget(self.summary)
        self.apply_scale()
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        promises = series.promises(self.doc)
        record = series.record(self.doc)
        self.title.setText(self.activity.title if self.activity else self.room_text("promised"))
        self.promised = bool(promises)
        done = sum(p.status is ds.PromiseStatus.DONE for p in promises)
        self.summary.setText(
            self.room_text("done_of", done=done, n=len(promises)) if promises else ""
        )
        several = len(record.meetings) > 1
        self.has_charts = False
        for chart, shown in ((self.trends, bool(record.trends(ds.FigureKind.PULSE))),
                             (self.impact, any(record.radar().values()))):
            chart.record = record
            chart.setVisible(several and shown)
            self.has_charts = self.has_charts or (several and shown)
            chart.update()
        self._show_balance(record.balance())
        # Many promises never fit one screen at the roomy sizes: lay out once, not three times.
        self.sizes = (32,) if len(promises) > ROOMY_UP_TO else (42, 36, 32)
        self._arrange()
        self.set_blocks_if_changed(promise_blocks(promises))

    def _show_balance(self, rows: list[ds.Balance]) -> None:
        """Who offered, asked, promised and delivered: a heading and a line per organisation
        (type shrunk, never below MIN_PX, when many organisations need it)."""
        lines = [balance_line(b, self.language) for b in rows]
        if lines and [label.text() for label in self.balance_rows[1:]] == lines:
            return
        for label in self.balance_rows:
            self.forget(label)
        self.balance_rows = []
        if lines:
            heading = self.label(t.BODY_PX, bold=True, name="reviewBalanceHeading")
            heading.setText(self.room_text("balance_heading"))
            self.balance_rows = [heading]
            for line in lines:
                label = self.label(t.SMALL_PX, name="reviewBalanceLine")
                label.setText(line)
                self.balance_rows.append(label)
            box = self.balance.layout()
            assert box is not None
            for label in self.balance_rows:
                box.addWidget(label)
        self._fitted = (self.balance, self.balance_rows, 1, float(t.MIN_PX))
        self.apply_scale()

    # ------------------------------------------------------------ pages

    def extras(self) -> list[QWidget]:
        """The pages of their own after the promises': the charts (when apart), the balance."""
        pages: list[QWidget] = [self.charts] if self.apart else []
        return pages + ([self.balance] if self.balance_rows else [])

    def relayout(self) -> None:
        self._decide_apart()
        super().relayout()

    def _decide_apart(self) -> None:
        """Charts apart exactly when the promises need pages at the row's whole width (a
        decision that does not depend on where the charts are, so it never flips back)."""
        apart = False
        if self.has_charts and self.blocks and self.canvas.height() > 0:
            width = self.row.geometry().width() or self.width()
            scale = tiles.board_scale(self.window().width(), self.window().height())
            _measure, pages = self.typesetter.layout(
                self.blocks, width, self.canvas.height(), scale, sizes=self.sizes,
                look_ahead=self.look_ahead, column_ems=self.column_ems,
            )
            self.typesetter.forget_layout()  # the next layout is at the canvas's own width
            apart = len(pages) > 1
        if apart != self.apart:
            self.apart = apart
            self._arrange()

    def _arrange(self) -> None:
        """Which of promises, charts and balance the row shows (the page that is up)."""
        if self.extra is not None and self.extra not in self.extras():
            self.extra = None
        extra = self.extra
        shown = {
            self.empty: extra is None and not self.promised,
            self.canvas: extra is None and self.promised,
            self.charts: self.has_charts and (
                extra is self.charts or (extra is None and not self.apart)
            ),
            self.balance: extra is self.balance,
        }
        # Hidden first: the row never lays the canvas out beside what is about to go.
        for widget in sorted(shown, key=lambda w: shown[w]):
            widget.setVisible(shown[widget])

    def _tile_pages(self) -> int:
        return max(1, len(self.pages))

    def page_count(self) -> int:
        return self._tile_pages() + len(self.extras())

    def page_index(self) -> int:
        if self.extra is not None:
            return self._tile_pages() + self.extras().index(self.extra)
        return self.page

    def show_page(self, index: int) -> None:
        index %= self.page_count()
        extras = self.extras()
        extra = extras[index - self._tile_pages()] if index >= self._tile_pages() else None
        if extra is not self.extra:
            self.extra = extra
            self._arrange()
        if extra is None and self.pages:
            super().show_page(index)
        else:
            self._page_changed()

    def page_characters(self) -> int:
        if self.extra is self.balance:
            return sum(len(label.text()) for label in self.balance_rows)
        if self.extra is not None:
            return CHARTS_CHARACTERS
        return super().page_characters() or len(self.empty.text())

    def texts(self) -> list[str]:
        """What the room reads: a promise as "✓ its text — its owner"."""
        return [*super(PagedTiles, self).texts(),
                *(f"{t.label} {t.text}" for b in self.blocks for t in b.tiles)]


def balance_line(b: ds.Balance, language: str) -> str:
    return room_text("balance", language, organisation=b.organisation, offers=b.offers,
                     asks=b.asks, promised=b.promised, delivered=b.delivered)
