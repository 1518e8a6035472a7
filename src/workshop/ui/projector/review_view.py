"""The review of promises for the room: each promise and where it stands, and the trend.

Promises are the partnership's public record (owners and due dates are shown, as on the
action list); the facilitator's review notes are shown too, since the room heard them.
Beside the list, the pulse statements and the collective-impact radar across the meetings,
in the projector's colours.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from workshop.domain import series as ds
from workshop.domain.models import ActivityKind
from workshop.kinds import watched
from workshop.storage import series
from workshop.ui.projector import theme as t
from workshop.ui.projector.theme import Palette
from workshop.ui.projector.views import AudienceView
from workshop.ui.series.charts import paint_impact_across, paint_trends

#: Promises listed on the wall; the rest are counted ("+ 3 more").
SHOWN = 7
_MARKS = {
    ds.PromiseStatus.DONE: "✓",
    ds.PromiseStatus.DOING: "◐",  # not "…": the room would read it as text cut off
    ds.PromiseStatus.DROPPED: "✗",
    ds.PromiseStatus.OPEN: "○",
}


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


class ReviewView(AudienceView):
    tables = watched(ActivityKind.REVIEW)

    def build(self, palette: Palette) -> None:
        self.setObjectName("audienceReview")
        layout = QVBoxLayout(self)
        self.title = self.label(t.HEADING_PX, bold=True, name="reviewTitle")
        self.header = self.title
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.list = self.label(t.BODY_PX, name="reviewList")
        self.list.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.list, 3)
        charts = QVBoxLayout()
        self.trends = _Chart(self, "reviewTrends", impact=False)
        self.impact = _Chart(self, "reviewImpact", impact=True)
        charts.addWidget(self.trends, 1)
        charts.addWidget(self.impact, 1)
        row.addLayout(charts, 2)
        layout.addLayout(row, 1)
        self.summary = self.label(t.SMALL_PX, colour=palette.accent, name="reviewSummary")
        layout.addWidget(self.summary)
        self.apply_scale()
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        promises = series.promises(self.doc)
        record = series.record(self.doc)
        self.title.setText(self.activity.title if self.activity else self.room_text("promised"))
        lines = []
        for p in promises[:SHOWN]:
            who = f" — {p.owner}" if p.owner else ""
            lines.append(f"{_MARKS[p.status]} {p.what}{who}")
        if len(promises) > SHOWN:
            lines.append(self.room_label("more", n=len(promises) - SHOWN))
        self.list.setText("\n".join(lines) if lines else self.room_text("nothing_promised"))
        done = sum(p.status is ds.PromiseStatus.DONE for p in promises)
        self.summary.setText(
            self.room_text("done_of", done=done, n=len(promises)) if promises else ""
        )
        several = len(record.meetings) > 1
        for chart, shown in ((self.trends, bool(record.trends(ds.FigureKind.PULSE))),
                             (self.impact, any(record.radar().values()))):
            chart.record = record
            chart.setVisible(several and shown)
            chart.update()
