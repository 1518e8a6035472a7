"""The reciprocity map: parties as nodes on a ring, commitments as arrows from giver to receiver.

:func:`paint_map` draws on any QPainter (the facilitator's widget, the projector,
an image), so every screen shows the same picture. Nodes are grouped by
organisation around the ring and coloured by it; a party that has no match yet
wears a dashed grey ring, one that only gives or only receives an amber one.
"""

from __future__ import annotations

import itertools
import math
import zlib
from collections.abc import Mapping, Sequence
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.domain import palettes
from workshop.domain.colour_vision import best_ink
from workshop.domain.reciprocity import Flow, Party
from workshop.ui.tr import translate

ORGANISATION_COLOURS = palettes.ORGANISATION
#: A flagged party's border: its colour (≥ 3:1 on white) and a line of its own, so the flag
#: never rests on colour alone (the list beside the map says it in words).
FLAG_COLOURS = {
    "no match yet": palettes.FLAG_UNMATCHED,
    "only gives": palettes.WARNING,
    "only receives": palettes.WARNING,
}
FLAG_PEN_STYLES = {
    "no match yet": Qt.PenStyle.DashLine,
    "only gives": Qt.PenStyle.DotLine,
    "only receives": Qt.PenStyle.DashDotLine,
}


def organisation_colour(organisation: str) -> QColor:
    if not organisation:
        return QColor(palettes.NO_ORGANISATION)
    index = zlib.crc32(organisation.casefold().encode("utf-8")) % len(ORGANISATION_COLOURS)
    return QColor(ORGANISATION_COLOURS[index])


def node_border(fill: QColor) -> QColor:
    """A node's edge: its fill, darkened until it stands out at 3:1 on white paper."""
    return fill.darker(180)


def node_positions(count: int, rect: QRectF) -> list[QPointF]:
    """Evenly spaced (by distance along the curve) around an ellipse inside ``rect``,
    starting at the top, clockwise, so a tall or wide ring is not crowded at its ends."""
    return [
        QPointF(x, y) for x, y in _ring(count, rect.x(), rect.y(), rect.width(), rect.height())
    ]


@lru_cache(maxsize=32)
def _ring(
    count: int, left: float, top: float, width: float, height: float
) -> tuple[tuple[float, float], ...]:
    """The ring's points, computed once per size (every repaint of the map asks)."""
    if count <= 0:
        return ()
    cx, cy = left + width / 2, top + height / 2
    rx, ry = width / 2, height / 2
    steps = 720
    points = [
        (cx + rx * math.sin(2 * math.pi * i / steps), cy - ry * math.cos(2 * math.pi * i / steps))
        for i in range(steps + 1)
    ]
    lengths = [0.0]
    for a, b in itertools.pairwise(points):
        lengths.append(lengths[-1] + math.hypot(b[0] - a[0], b[1] - a[1]))
    total = lengths[-1] or 1.0
    found, index = [], 0
    for n in range(count):
        target = total * n / count
        while lengths[index] < target:
            index += 1
        found.append(points[index])
    return tuple(found)


def paint_map(
    painter: QPainter,
    rect: QRectF,
    parties: Sequence[Party],
    flows: Sequence[Flow],
    flags: Mapping[str, str],
    *,
    foreground: QColor | None = None,
    background: QColor | None = None,
    scale: float = 1.0,
    empty: str = "No offers or asks yet: the map fills as they come.",
) -> None:
    """Draw the map into ``rect``. ``flags`` maps a party key to its balance flag; ``empty``
    is said when there is no party yet (the laptop passes it in the app's language)."""
    ink = foreground or QColor(palettes.CHART_INK)
    paper = background or QColor(palettes.CHART_PAPER)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, paper)
    font = QFont(painter.font())
    font.setPointSizeF(9.5 * scale)
    painter.setFont(font)
    if not parties:
        painter.setPen(ink)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap), empty
        )
        painter.restore()
        return
    metrics = QFontMetricsF(font)
    perimeter = math.pi * (rect.width() + rect.height()) * 0.8
    radius = max(10.0, min(24.0 * scale, perimeter / (len(parties) * 5)))
    margin_x = min(rect.width() / 4, max(metrics.horizontalAdvance("Town Council") / 2, radius) + 6)
    ring = rect.adjusted(margin_x, radius + 8, -margin_x, -(radius + metrics.height() * 2 + 8))
    centres = node_positions(len(parties), ring)
    where = {p.key: c for p, c in zip(parties, centres, strict=True)}

    # arrows first, under the nodes
    pairs = {(f.giver.key, f.receiver.key) for f in flows}
    for flow in flows:
        start, end = where.get(flow.giver.key), where.get(flow.receiver.key)
        if start is None or end is None:
            continue
        bend = 0.18 if (flow.receiver.key, flow.giver.key) in pairs else 0.08
        _arrow(painter, start, end, radius, flow.count, bend, ink, scale)

    for party, centre in zip(parties, centres, strict=True):
        colour = organisation_colour(party.organisation)
        flag = flags.get(party.key, "")
        node = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        fill = colour if party.is_organisation else colour.lighter(150)
        painter.setBrush(fill)
        pen = QPen(QColor(FLAG_COLOURS[flag]) if flag else node_border(fill), 2.5 * scale)
        if flag:
            pen.setStyle(FLAG_PEN_STYLES.get(flag, Qt.PenStyle.SolidLine))
        painter.setPen(pen)
        if party.is_organisation:
            painter.drawRoundedRect(node, radius / 3, radius / 3)
        else:
            painter.drawEllipse(node)
        painter.setPen(QColor(best_ink(fill.name())))
        painter.drawText(node, Qt.AlignmentFlag.AlignCenter, _initials(party.name))
    bold = QFont(font)
    bold.setBold(True)
    for party, (label, text) in zip(
        parties, _placed_labels(parties, centres, radius, font), strict=True
    ):
        painter.setFont(bold if party.is_organisation else font)
        painter.setPen(ink)
        flags_ = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        if text:
            painter.drawText(label, int(flags_) | int(Qt.TextFlag.TextWordWrap), text)
    painter.setFont(font)
    painter.restore()


#: Where the names go depends on the parties, the ring and the font, never on the arrows:
#: confirming a match (a new arrow) repaints the map without placing every name again.
_LABELS: dict[tuple[object, ...], list[tuple[QRectF, str]]] = {}


def _placed_labels(
    parties: Sequence[Party], centres: Sequence[QPointF], radius: float, font: QFont
) -> list[tuple[QRectF, str]]:
    key = (
        tuple((p.name, p.is_organisation) for p in parties),
        tuple((c.x(), c.y()) for c in centres),
        radius,
        font.toString(),
    )
    boxes = _LABELS.get(key)
    if boxes is None:
        bold = QFont(font)
        bold.setBold(True)
        boxes = label_boxes(parties, centres, radius, QFontMetricsF(font), QFontMetricsF(bold))
        if len(_LABELS) >= 8:  # the laptop's map and the projector's, at a few sizes
            _LABELS.pop(next(iter(_LABELS)))
        _LABELS[key] = boxes
    return [(QRectF(box), text) for box, text in boxes]


def label_boxes(
    parties: Sequence[Party],
    centres: Sequence[QPointF],
    radius: float,
    metrics: QFontMetricsF,
    bold: QFontMetricsF,
) -> list[tuple[QRectF, str]]:
    """Where each party's name goes by its node, and the text that fits there.

    Names never overlap each other or another node (on a crowded ring at 1366×768 they
    did): each is tried below its node, then above, on up to two lines, shortened with "…"
    if need be; a name with no room is left out (the node keeps its initials, and every
    name is whole in the balance table beside the map).
    """
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(
        Qt.TextFlag.TextWordWrap
    )
    nodes = [
        QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius) for c in centres
    ]
    placed: list[QRectF] = []
    boxes: list[tuple[QRectF, str]] = []
    for index, (party, centre) in enumerate(zip(parties, centres, strict=True)):
        fm = bold if party.is_organisation else metrics
        found: tuple[QRectF, str] | None = None
        full = fm.horizontalAdvance(party.name) + 8
        for width in (full, min(full, radius * 6), min(full, radius * 4)):
            for lines in (1, 2):
                height = fm.height() * (lines + 0.2)
                text = _fit(party.name, fm, width, height, flags)
                if not text:
                    continue
                for top in (centre.y() + radius + 2, centre.y() - radius - 2 - height):
                    box = QRectF(centre.x() - width / 2, top, width, height)
                    clear = not any(box.intersects(other) for other in placed) and not any(
                        box.intersects(node) for j, node in enumerate(nodes) if j != index
                    )
                    if clear:
                        found = (box, text)
                        break
                if found:
                    break
            if found:
                break
        if found is None:
            found = (QRectF(centre.x(), centre.y() + radius, 0, 0), "")
        else:
            placed.append(found[0])
        boxes.append(found)
    return boxes


def _fit(name: str, fm: QFontMetricsF, width: float, height: float, flags: int) -> str:
    """``name``, or as much of it as fits the box with "…"; '' if not even a letter does."""
    text = name
    while text and fm.boundingRect(QRectF(0, 0, width, 1e4), flags, text).height() > height:
        shorter = fm.elidedText(text, Qt.TextElideMode.ElideRight,
                                fm.horizontalAdvance(text) - fm.averageCharWidth())
        text = "" if shorter in ("…", text) else shorter
    return text


def _arrow(
    painter: QPainter,
    start: QPointF,
    end: QPointF,
    radius: float,
    count: int,
    bend: float,
    ink: QColor,
    scale: float,
) -> None:
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy)
    if length < 2 * radius + 4:
        return
    ux, uy = dx / length, dy / length
    # control point to the left of the line, so A→B and B→A curve apart
    middle = QPointF(
        start.x() + dx / 2 - uy * length * bend, start.y() + dy / 2 + ux * length * bend
    )
    a = _towards(start, middle, radius + 3)
    b = _towards(end, middle, radius + 5)
    width = (1.6 + 1.2 * min(count, 4)) * scale
    colour = QColor(ink)
    colour.setAlphaF(0.75)
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(a)
    path.quadTo(middle, b)
    painter.drawPath(path)
    # the head points from the control point to the end
    hx, hy = b.x() - middle.x(), b.y() - middle.y()
    hl = math.hypot(hx, hy) or 1.0
    hx, hy = hx / hl, hy / hl
    size = (7 + width * 1.5)
    left = QPointF(b.x() - hx * size - hy * size * 0.55, b.y() - hy * size + hx * size * 0.55)
    right = QPointF(b.x() - hx * size + hy * size * 0.55, b.y() - hy * size - hx * size * 0.55)
    head = QPainterPath(b)
    head.lineTo(left)
    head.lineTo(right)
    head.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(head)
    if count > 1:
        painter.setPen(ink)
        painter.drawText(QRectF(middle.x() - 12, middle.y() - 10, 24, 20),
                         Qt.AlignmentFlag.AlignCenter, str(count))


def _towards(point: QPointF, target: QPointF, distance: float) -> QPointF:
    dx, dy = target.x() - point.x(), target.y() - point.y()
    length = math.hypot(dx, dy) or 1.0
    return QPointF(point.x() + dx / length * distance, point.y() + dy / length * distance)


def _initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isalnum()]
    return "".join(w[0].upper() for w in words[:2]) or "?"


class ReciprocityMap(QWidget):
    """The facilitator's map widget: call :meth:`set_data` after each relevant change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reciprocityMap")
        self.setAccessibleName(translate("ReciprocityMap", "Reciprocity map"))
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.parties: list[Party] = []
        self.flows: list[Flow] = []
        self.flags: dict[str, str] = {}

    def sizeHint(self) -> QSize:
        return QSize(480, 380)

    def set_data(
        self, parties: Sequence[Party], flows: Sequence[Flow], flags: Mapping[str, str]
    ) -> None:
        self.parties, self.flows, self.flags = list(parties), list(flows), dict(flags)
        gives = translate("ReciprocityMap", "%1 gives %2 (%3)")
        arrows = "; ".join(gives.replace("%1", f.giver.name).replace("%2", f.receiver.name)
                           .replace("%3", str(f.count)) for f in flows)
        n_parties, n_flows = len(parties), len(flows)
        self.setAccessibleDescription(
            translate("ReciprocityMap", "%n name(s) on the map", None, n_parties) + ", "
            + translate("ReciprocityMap", "%n arrow(s)", None, n_flows)
            + (f": {arrows}" if arrows else "")
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_map(
                painter,
                QRectF(self.rect()),
                self.parties,
                self.flows,
                self.flags,
                foreground=self.palette().text().color(),
                background=self.palette().base().color(),
                empty=translate("ReciprocityMap",
                                "No offers or asks yet: the map fills as they come."),
            )
        finally:
            painter.end()
