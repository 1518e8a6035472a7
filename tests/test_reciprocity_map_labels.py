"""The reciprocity map's names do not overlap on a 1366×768 laptop (20 people, 10 organisations)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF
from pytestqt.qtbot import QtBot
from tests.helpers import room_day

from workshop.domain.reciprocity import Party, map_parties
from workshop.storage import read_reciprocity
from workshop.storage.document import Document
from workshop.ui.reciprocity.map import label_boxes, node_positions


def test_names_on_a_crowded_ring_never_overlap(qtbot: QtBot, doc: Document) -> None:
    day = room_day.build(doc, cards=40)
    parties: list[Party] = map_parties(read_reciprocity.cards(doc, day.offers), [])
    assert len(parties) >= 20
    font = QFont()
    font.setPointSizeF(9.5)
    bold = QFont(font)
    bold.setBold(True)
    metrics, bold_metrics = QFontMetricsF(font), QFontMetricsF(bold)
    for width, height in ((420, 330), (560, 420)):  # the map's box on a laptop, then wider
        rect = QRectF(0, 0, width, height)
        radius = 10.0
        ring = rect.adjusted(60, radius + 8, -60, -(radius + metrics.height() * 2 + 8))
        centres = node_positions(len(parties), ring)
        boxes = label_boxes(parties, centres, radius, metrics, bold_metrics)
        shown = [(box, text) for box, text in boxes if text]
        for (a, text_a), (b, text_b) in itertools.combinations(shown, 2):
            assert not a.adjusted(1, 1, -1, -1).intersects(b), (text_a, text_b, width)
        # Most names are there (the rest keep their initials and their tooltip).
        assert len(shown) >= 0.6 * len(parties), [t for _, t in boxes]
