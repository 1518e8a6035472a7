"""Pulse charts painted with QPainter: a histogram with median and middle half, and the radar
of the collective impact check. Plain functions, so the projector and images reuse them."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.domain import palettes
from workshop.domain.pulse import Distribution, RadarPoint, fmt
from workshop.ui.pulse import words
from workshop.ui.tr import translate

BAR = QColor(palettes.PULSE_BAR)
MEDIAN = QColor(palettes.PULSE_MEDIAN)
BAND = QColor(78, 121, 167, 40)


def paint_histogram(
    painter: QPainter,
    rect: QRectF,
    distribution: Distribution,
    *,
    title: str = "",
    note: str = "",
    top: int | None = None,
    ink: QColor | None = None,
    scale: float = 1.0,
) -> None:
    """Bars per value (counts above), the middle half shaded, the median as a red line.

    ``top`` is the count the full bar height stands for (shared by rounds side by side).
    """
    ink = ink or QColor(palettes.CHART_INK)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPointSizeF(9.5 * scale)
    painter.setFont(font)
    line = painter.fontMetrics().height()
    area = QRectF(rect)
    if title:
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line * 1.2),
                         Qt.AlignmentFlag.AlignHCenter, title)
        painter.setFont(font)
        area.setTop(area.top() + line * 1.3)
    summary = QRectF(area.left(), area.bottom() - line * 3.3, area.width(), line * 3.3)
    painter.setPen(ink)
    painter.drawText(
        summary,
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        | int(Qt.TextFlag.TextWordWrap),
        words.summary(distribution) + (f" · {note}" if note else ""),
    )
    area.setBottom(summary.top() - 2)
    labels = QRectF(area.left(), area.bottom() - line * 1.2, area.width(), line * 1.2)
    plot = QRectF(area.left() + 4, area.top() + line * 1.2, area.width() - 8,
                  labels.top() - area.top() - line * 1.4)
    values = distribution.scale.values
    slot = plot.width() / len(values)
    highest = max(top or 0, max(distribution.counts), 1)

    def x_of(value: float) -> float:
        return plot.left() + (value - values[0] + 0.5) * slot

    quartiles = distribution.quartiles
    if quartiles is not None:
        band = QRectF(x_of(quartiles[0]) - slot * 0.5, plot.top(),
                      (quartiles[1] - quartiles[0] + 1) * slot, plot.height())
        painter.fillRect(band, BAND)
    painter.setPen(QPen(ink, 1))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    for index, (value, count) in enumerate(zip(values, distribution.counts, strict=True)):
        height = plot.height() * count / highest
        bar = QRectF(plot.left() + index * slot + slot * 0.18, plot.bottom() - height,
                     slot * 0.64, height)
        painter.fillRect(bar, BAR)
        painter.setPen(ink)
        if count:
            painter.drawText(QRectF(bar.left() - 10, bar.top() - line * 1.1, bar.width() + 20,
                                    line), Qt.AlignmentFlag.AlignHCenter, str(count))
        painter.drawText(QRectF(plot.left() + index * slot, labels.top(), slot, labels.height()),
                         Qt.AlignmentFlag.AlignHCenter, str(value))
    median = distribution.median
    if median is not None:
        pen = QPen(MEDIAN, 2.5 * scale)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        x = x_of(median)
        painter.drawLine(QPointF(x, plot.top() - 2), QPointF(x, plot.bottom()))
    painter.restore()


def paint_radar(
    painter: QPainter,
    rect: QRectF,
    points: Sequence[RadarPoint],
    *,
    ink: QColor | None = None,
    scale: float = 1.0,
) -> None:
    """One spoke per condition; rings at a quarter of the scale; the medians as a polygon."""
    ink = ink or QColor(palettes.CHART_INK)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPointSizeF(8.5 * scale)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    longest = max(
        (metrics.horizontalAdvance(words.condition_short(p.condition)) for p in points),
        default=0,
    )
    label_width = min(rect.width() * 0.4, longest + 6)  # a narrow radar: no clipped labels
    label_height = metrics.height() * 2.3
    count = len(points)
    # Labels sit centred above (upper spokes) or below (lower spokes) each tip, so the
    # ring may reach to half a label's width from the sides.
    reach_x = max((abs(math.sin(2 * math.pi * i / count)) for i in range(count)), default=1.0)
    radius = max(
        20.0,
        min(
            (rect.width() / 2 - label_width / 2 - 4) / max(reach_x, 0.01),
            rect.height() / 2 - label_height - 8,
        ),
    )
    centre = rect.center()

    def at(index: int, level: float) -> QPointF:
        angle = 2 * math.pi * index / count
        return QPointF(centre.x() + radius * level * math.sin(angle),
                       centre.y() - radius * level * math.cos(angle))

    grid = QColor(ink)
    grid.setAlphaF(0.25)
    painter.setPen(QPen(grid, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for ring in (0.25, 0.5, 0.75, 1.0):
        painter.drawPolygon(QPolygonF([at(i, ring) for i in range(count)]))
    for index in range(count):
        painter.drawLine(centre, at(index, 1.0))
    shape = [at(i, p.level if p.level is not None else 0.0) for i, p in enumerate(points)]
    if any(p.level is not None for p in points):
        fill = QColor(BAR)
        fill.setAlphaF(0.35)
        painter.setBrush(fill)
        painter.setPen(QPen(BAR, 2.5 * scale))
        painter.drawPolygon(QPolygonF(shape))
        painter.setBrush(BAR)
        for point, spot in zip(points, shape, strict=True):
            if point.level is not None:
                painter.drawEllipse(spot, 4 * scale, 4 * scale)
    painter.setPen(ink)
    for index, point in enumerate(points):
        tip = at(index, 1.0)
        text = (words.condition_short(point.condition) + "\n"
                + translate("RadarWidget", "median %1").replace("%1", fmt(point.median)))
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter)
        left = tip.x() - label_width / 2
        if tip.y() <= centre.y() + 1:
            box = QRectF(left, tip.y() - label_height - 6, label_width, label_height)
            flags |= int(Qt.AlignmentFlag.AlignBottom)
        else:
            box = QRectF(left, tip.y() + 6, label_width, label_height)
            flags |= int(Qt.AlignmentFlag.AlignTop)
        painter.drawText(box, flags, text)
    painter.restore()


#: A round's histogram on the facilitator's screen: narrow enough for two beside the radar.
HISTOGRAM_MIN_WIDTH, HISTOGRAM_MIN_HEIGHT = 100, 160


class HistogramWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(HISTOGRAM_MIN_WIDTH, HISTOGRAM_MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.distribution: Distribution | None = None
        self.title = ""
        self.top: int | None = None
        self.hidden_text = ""
        self.note = ""

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def set_data(self, distribution: Distribution, title: str, top: int | None = None,
                 hidden_text: str = "", note: str = "") -> None:
        self.distribution, self.title, self.top = distribution, title, top
        self.note = note
        self.hidden_text = hidden_text
        self.setAccessibleDescription(
            hidden_text or f"{title}: {words.summary(distribution)}"
            + (f" · {note}" if note else "") + "; "
            + translate("HistogramWidget", "counts %1").replace("%1", ", ".join(
                f"{v}: {n}" for v, n in zip(distribution.scale.values, distribution.counts,
                                             strict=True)))
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.distribution is None:
            return
        painter = QPainter(self)
        try:
            rect = QRectF(self.rect()).adjusted(6, 6, -6, -6)
            ink = self.palette().text().color()
            if self.hidden_text:
                painter.setPen(ink)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter)
                                 | int(Qt.TextFlag.TextWordWrap),
                                 f"{self.title}\n\n{self.hidden_text}")
            else:
                paint_histogram(painter, rect, self.distribution, title=self.title, top=self.top,
                                ink=ink, note=self.note)
        finally:
            painter.end()


class RadarWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pulseRadar")
        self.setAccessibleName(translate("RadarWidget", "Collective impact radar"))
        self.setMinimumSize(200, 180)  # lower than wide: the pulse fits a laptop's height
        self.points: list[RadarPoint] = []

    def sizeHint(self) -> QSize:
        return QSize(420, 360)

    def set_points(self, points: Sequence[RadarPoint]) -> None:
        self.points = list(points)
        self.setAccessibleDescription(
            "; ".join(translate("RadarWidget", "%1: median %2")
                      .replace("%1", words.condition_label(p.condition))
                      .replace("%2", fmt(p.median))
                      for p in points)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.points:
            return
        painter = QPainter(self)
        try:
            paint_radar(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self.points,
                        ink=self.palette().text().color())
        finally:
            painter.end()
