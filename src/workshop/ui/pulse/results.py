"""A pulse statement's results: its rounds side by side (newest on the right), and the radar.

Split from :class:`~workshop.ui.pulse.screen.PulseScreen`: the histograms grow with
the rounds and scroll sideways, so a new round never widens the window past a
laptop's screen; a round answered one by one stays hidden until revealed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from workshop.domain.pulse import RoundResult, compare_rounds, shift_text
from workshop.ui.pulse import words
from workshop.ui.pulse.charts import (
    HISTOGRAM_MIN_HEIGHT,
    HISTOGRAM_MIN_WIDTH,
    HistogramWidget,
    RadarWidget,
)
from workshop.ui.tr import translate


class PulseResults(QGroupBox):
    """"Results, rounds side by side": one histogram per round of the statement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PulseResults", "Results, rounds side by side"), parent)
        self.setObjectName("pulseResults")
        # The rounds side by side scroll sideways when there are many: each new round
        # must not widen the window past a laptop's screen.
        rounds_holder = QWidget(self)
        self.results_row = QHBoxLayout(rounds_holder)
        self.results_row.setContentsMargins(0, 0, 0, 0)
        self.results_scroll = QScrollArea(self)
        self.results_scroll.setObjectName("pulseResultsScroll")
        self.results_scroll.setWidgetResizable(True)
        self.results_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.results_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_scroll.setWidget(rounds_holder)
        # Two rounds (before and after) fit without scrolling, above the bar when it shows.
        self.results_scroll.setMinimumSize(
            2 * HISTOGRAM_MIN_WIDTH + self.results_row.spacing(),
            HISTOGRAM_MIN_HEIGHT + self.results_scroll.horizontalScrollBar().sizeHint().height(),
        )
        QVBoxLayout(self).addWidget(self.results_scroll)
        # The newest round is on the right: keep it in view when a round is added.
        bar = self.results_scroll.horizontalScrollBar()
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high))
        self.histograms: list[HistogramWidget] = []

    def show_rounds(self, rounds: Sequence[RoundResult], hidden_round: int | None) -> None:
        """Draw ``rounds`` on one scale; ``hidden_round``'s counts are not shown yet."""
        while len(self.histograms) < len(rounds):
            widget = HistogramWidget(self.results_scroll.widget())
            widget.setObjectName(f"pulseHistogram{len(self.histograms) + 1}")
            widget.setAccessibleName(translate("PulseResults", "Histogram of round %1").replace(
                "%1", str(len(self.histograms) + 1)))
            self.histograms.append(widget)
            self.results_row.addWidget(widget)
        for index, widget in enumerate(self.histograms):
            widget.setVisible(index < len(rounds))
        top = max((max(r.distribution.counts) for r in rounds), default=0)
        for widget, compared in zip(self.histograms, compare_rounds(rounds), strict=False):
            result = compared.result
            title = words.round_title(result)
            if result.activity_title:
                title += f" ({result.activity_title})"
            note = ""
            if compared.shift is not None:
                note = (translate("PulseResults", "no change") if compared.shift == 0
                        else translate("PulseResults",
                                       "moved %1").replace("%1", shift_text(compared.shift)))
            hidden = ""
            if result.round_id == hidden_round:
                n_answers = result.distribution.total
                hidden = translate("PulseResults", "%n answer(s) — hidden until you show them.",
                                   None,
                                   n_answers)
            widget.set_data(result.distribution, title, top, hidden, note)


class ImpactRadar(QGroupBox):
    """"Collective impact check: medians", shown when the statements make one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ImpactRadar", "Collective impact check: medians"), parent)
        self.setObjectName("pulseRadarBox")
        self.radar = RadarWidget(self)
        QVBoxLayout(self).addWidget(self.radar)
