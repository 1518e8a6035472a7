"""Trends across a series of meetings, painted with QPainter (the laptop and the projector).

- :func:`paint_trends`: one line per question (a pulse statement or a collective-impact
  condition) from meeting to meeting, on 0…1 of its scale so mixed scales share an axis;
- :func:`paint_impact_across`: the collective-impact radar with one outline per meeting,
  the latest strongest.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.domain import palettes
from workshop.domain import series as ds
from workshop.domain.pulse import IMPACT_CONDITIONS
from workshop.ui.pulse.words import condition_names
from workshop.ui.tr import translate

LINES = ds.COLOURS


def _begin(painter: QPainter, scale: float) -> QFontMetrics:
    """Save the painter, smooth lines, the charts' small type at ``scale``; its metrics."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPointSizeF(8.5 * scale)
    painter.setFont(font)
    return painter.fontMetrics()


def _short(text: str, limit: int = 42) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def paint_trends(
    painter: QPainter,
    rect: QRectF,
    meetings: Sequence[ds.Meeting],
    trends: Sequence[ds.Trend],
    *,
    ink: QColor | None = None,
    scale: float = 1.0,
    labels: Mapping[str, str] | None = None,
    meeting_word: str = "Meeting %1",
    say: Callable[..., str] | None = None,
) -> None:
    """Lines across the meetings; a legend under the plot names each line.

    ``meeting_word`` names a meeting under its column ("%1" is its number): the laptop passes
    it in the app's language. ``say``, when given, is the room's words instead (catalogue
    labels in the workshop's language, on the projector).
    """
    ink = ink or QColor(palettes.CHART_INK)
    metrics = _begin(painter, scale)
    line_height = metrics.height()
    legend_rows = len(trends)
    legend = min(rect.height() * 0.45, legend_rows * line_height + 4)
    left = metrics.horizontalAdvance("100%") + 8
    plot = QRectF(rect.left() + left, rect.top() + 6, rect.width() - left - 12,
                  rect.height() - legend - line_height * 2 - 10)
    grid = QColor(ink)
    grid.setAlphaF(0.25)
    painter.setPen(QPen(grid, 1))
    for step in (0.0, 0.5, 1.0):
        y = plot.bottom() - step * plot.height()
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(ink)
        painter.drawText(QRectF(rect.left(), y - line_height / 2, left - 6, line_height),
                         int(Qt.AlignmentFlag.AlignRight), f"{int(step * 100)}%")
        painter.setPen(QPen(grid, 1))
    count = max(len(meetings), 1)

    def x_of(index: int) -> float:
        return plot.left() + (plot.width() * (index + 0.5) / count)

    painter.setPen(ink)
    slot = plot.width() / count - 4
    for index, meeting in enumerate(meetings):
        full = (say("meeting", n=meeting.number) if say
                else meeting_word.replace("%1", str(meeting.number)))
        name = next((n for n in (full, f"#{meeting.number}")
                     if metrics.horizontalAdvance(n) <= slot), f"{meeting.number}")
        date = next((d for d in (meeting.date, meeting.date[5:])
                     if d and metrics.horizontalAdvance(d) <= slot), "")
        painter.drawText(QRectF(x_of(index) - slot / 2, plot.bottom() + 4, slot,
                                line_height * 2),
                         int(Qt.AlignmentFlag.AlignHCenter), f"{name}\n{date}".strip())
    for number, trend in enumerate(trends):
        colour = QColor(LINES[number % len(LINES)])
        painter.setPen(QPen(colour, 2.5 * scale))
        painter.setBrush(colour)
        spots = [
            QPointF(x_of(i), plot.bottom() - lv * plot.height())
            for i, value in enumerate(trend.points)
            if (lv := trend.level(value)) is not None
        ]
        for a, b in itertools.pairwise(spots):
            painter.drawLine(a, b)
        for spot in spots:
            painter.drawEllipse(spot, 3.5 * scale, 3.5 * scale)
        y = plot.bottom() + line_height * 2 + 8 + number * line_height
        if y + line_height > rect.bottom() + 1:
            break
        painter.fillRect(QRectF(rect.left() + 4, y + line_height / 2 - 3, 12 * scale, 6),
                         colour)
        painter.setPen(ink)
        name = (labels or {}).get(trend.key, trend.key)
        points = " → ".join("–" if p is None else f"{p:.1f}" for p in trend.points)
        painter.drawText(QRectF(rect.left() + 22 * scale, y, rect.width() - 24, line_height),
                         int(Qt.AlignmentFlag.AlignLeft),
                         metrics.elidedText(f"{_short(name)}  {points}",
                                            Qt.TextElideMode.ElideRight,
                                            int(rect.width() - 24 * scale)))
    painter.restore()


def paint_impact_across(
    painter: QPainter,
    rect: QRectF,
    meetings: Sequence[ds.Meeting],
    radar: Mapping[int, Mapping[str, float]],
    *,
    ink: QColor | None = None,
    scale: float = 1.0,
    names: Mapping[str, str] | None = None,
    caption: str = "Meetings %1 (latest boldest)",
    say: Callable[..., str] | None = None,
) -> None:
    """The five conditions as spokes; one outline per meeting, older ones fainter.

    ``names`` gives a condition's spoke label by key (default: the domain's short name);
    ``caption`` says which meetings are drawn ("%1" is their numbers). ``say``, when given,
    is the room's words instead (catalogue labels in the workshop's language, on the projector).
    """
    ink = ink or QColor(palettes.CHART_INK)
    metrics = _begin(painter, scale)
    count = len(IMPACT_CONDITIONS)
    label_height = metrics.height() * 1.2
    given = names or {}
    spoke_names = [say(f"impact.{c.key}") if say else (given.get(c.key) or c.short or c.label)
                   for c in IMPACT_CONDITIONS]
    longest = max(metrics.horizontalAdvance(name) for name in spoke_names)
    # Labels sit beside the side spokes' tips, above the top one; a caption line at the foot.
    radius = max(20.0, min(rect.width() / 2 - longest - 10,
                           (rect.height() - 3 * label_height) / 2 - 6))
    centre = QPointF(rect.center().x(), rect.top() + label_height + 4 + radius)

    def at(index: int, value: float) -> QPointF:
        angle = 2 * math.pi * index / count
        return QPointF(centre.x() + radius * value * math.sin(angle),
                       centre.y() - radius * value * math.cos(angle))

    grid = QColor(ink)
    grid.setAlphaF(0.25)
    painter.setPen(QPen(grid, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for ring in (0.5, 1.0):
        painter.drawPolygon(QPolygonF([at(i, ring) for i in range(count)]))
    for index in range(count):
        painter.drawLine(centre, at(index, 1.0))
    asked = [m for m in meetings if radar.get(m.number)]
    for order, meeting in enumerate(asked):
        values = radar[meeting.number]
        colour = QColor(LINES[0])
        colour.setAlphaF(0.3 + 0.7 * (order + 1) / len(asked))
        painter.setPen(QPen(colour, (1.5 + (order == len(asked) - 1)) * scale))
        painter.drawPolygon(QPolygonF([
            at(i, values.get(c.key, 0.0)) for i, c in enumerate(IMPACT_CONDITIONS)
        ]))
    painter.setPen(ink)
    for index, text in enumerate(spoke_names):
        tip = at(index, 1.0)
        width = metrics.horizontalAdvance(text) + 2
        if abs(tip.x() - centre.x()) < 1:
            box = QRectF(tip.x() - width / 2, tip.y() - label_height - 2, width, label_height)
        elif tip.x() < centre.x():
            box = QRectF(tip.x() - width - 6, tip.y() - label_height / 2, width, label_height)
        else:
            box = QRectF(tip.x() + 6, tip.y() - label_height / 2, width, label_height)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
    if asked:
        numbers = ", ".join(str(m.number) for m in asked)
        caption = (say("meetings_caption", numbers=numbers) if say
                   else caption.replace("%1", numbers))
        painter.drawText(QRectF(rect.left(), rect.bottom() - label_height, rect.width(),
                                label_height), int(Qt.AlignmentFlag.AlignHCenter),
                         metrics.elidedText(caption, Qt.TextElideMode.ElideRight,
                                            int(rect.width())))
    painter.restore()


def _meeting_label(meeting: ds.Meeting) -> str:
    """The domain's "Meeting 3 · 2026-11-27" in the app's language."""
    name = translate("ImpactAcrossWidget", "Meeting %1").replace("%1", str(meeting.number))
    return name + (f" · {meeting.date}" if meeting.date else "")


class TrendsWidget(QWidget):
    """The series' trends on the laptop: pulse statements or the impact conditions."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumSize(240, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.meetings: list[ds.Meeting] = []
        self.trends: list[ds.Trend] = []
        self.labels: dict[str, str] = {}

    def sizeHint(self) -> QSize:
        return QSize(420, 280)

    def set_data(self, meetings: Sequence[ds.Meeting], trends: Sequence[ds.Trend],
                 labels: Mapping[str, str] | None = None) -> None:
        self.meetings, self.trends, self.labels = list(meetings), list(trends), dict(labels or {})
        not_asked = translate("TrendsWidget", "not asked")
        self.setAccessibleDescription("; ".join(
            f"{self.labels.get(t.key, t.key)}: "
            + translate("TrendsWidget", " then ").join(
                not_asked if p is None else f"{p:.1f}" for p in t.points)
            for t in self.trends
        ) or translate("TrendsWidget", "Nothing asked yet"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            ink = self.palette().text().color()
            rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
            if not self.trends:
                painter.setPen(ink)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter),
                                 translate("TrendsWidget",
                                           "No trend yet: nothing was asked at two meetings."))
                return
            paint_trends(painter, rect, self.meetings, self.trends, ink=ink, labels=self.labels,
                         meeting_word=translate("TrendsWidget", "Meeting %1"))
        finally:
            painter.end()


class ImpactAcrossWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seriesRadar")
        self.setAccessibleName(translate("ImpactAcrossWidget", "Collective impact across meetings"))
        self.setMinimumSize(220, 200)
        self.meetings: list[ds.Meeting] = []
        self.radar: dict[int, dict[str, float]] = {}

    def sizeHint(self) -> QSize:
        return QSize(340, 300)

    def set_data(self, meetings: Sequence[ds.Meeting], radar: Mapping[int, Mapping[str, float]]
                 ) -> None:
        self.meetings = list(meetings)
        self.radar = {k: dict(v) for k, v in radar.items()}
        names = condition_names()
        self.setAccessibleDescription("; ".join(
            _meeting_label(m) + ": " + ", ".join(
                f"{names.get(k, k)} {v:.2f}" for k, v in self.radar.get(m.number, {}).items())
            for m in self.meetings if self.radar.get(m.number)
        ) or translate("ImpactAcrossWidget", "Not asked"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_impact_across(
                painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self.meetings, self.radar,
                ink=self.palette().text().color(), names=condition_names(),
                caption=translate("ImpactAcrossWidget", "Meetings %1 (latest boldest)"))
        finally:
            painter.end()
