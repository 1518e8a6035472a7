"""The pulse check for the room: the statement people answer, with its scale, large.

The answers are shown only once the facilitator reveals the round (Show results,
Ctrl+Shift+R on the pulse screen): then one bar per value of the scale, the count
beside it, and the median. Who answered what is never shown (the document does not
link a tally to a person, and one-by-one answers are only counted here).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from workshop.domain.models import ActivityKind
from workshop.domain.pulse import RoundResult, Statement
from workshop.kinds import watched
from workshop.storage import read_pulse
from workshop.ui.projector import theme as t
from workshop.ui.projector.theme import Palette
from workshop.ui.projector.views import AudienceView, _Bar, _clear_layout


class PulseView(AudienceView):
    tables = watched(ActivityKind.PULSE)

    def build(self, palette: Palette) -> None:
        self.setObjectName("audiencePulse")
        layout = QVBoxLayout(self)
        center = Qt.AlignmentFlag.AlignHCenter
        self.title = self.label(t.BODY_PX, colour=palette.muted, align=center, name="pulseTitle")
        self.header, self.header_centred = self.title, True
        self.statement = self.label(t.TITLE_PX, bold=True, align=center, name="pulseStatement")
        self.scale_line = self.label(
            t.SMALL_PX, colour=palette.accent, align=center, name="pulseScale"
        )
        self.results = QWidget(self)
        self.grid = QGridLayout(self.results)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.summary = self.label(t.BODY_PX, align=center, name="pulseSummary")
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.statement)
        layout.addWidget(self.scale_line)
        layout.addStretch(1)
        layout.addWidget(self.results, 3)
        layout.addWidget(self.summary)
        self._shown: tuple[object, ...] | None = None
        self._row_labels: list[QLabel] = []
        self.apply_scale()
        self.refresh()

    def _current(self) -> tuple[Statement | None, RoundResult | None]:
        if self.activity is None:
            return None, None
        statements = read_pulse.statements(self.doc, self.activity.id)
        if not statements:
            return None, None
        statement = statements[-1]  # the one just asked
        rounds = read_pulse.rounds(self.doc, statement.id)
        return statement, (rounds[-1] if rounds else None)

    def refresh(self) -> None:
        super().refresh()
        activity = self.activity
        statement, latest = self._current()
        self.title.setText(activity.title if activity else "")
        if statement is None:
            self.statement.setText(activity.prompt or activity.title if activity else "")
            self.scale_line.setText("")
        else:
            self.statement.setText(statement.text)
            scale = statement.scale
            self.scale_line.setText(
                " · ".join(f"{v} {scale.value_label(v)}" for v in scale.values)
            )
        shown = latest if latest is not None and latest.revealed else None
        key = (shown.round_id, shown.distribution, shown.label) if shown else None
        if key != self._shown:
            self._shown = key
            self._show(shown)

    def _show(self, result: RoundResult | None) -> None:
        for label in self._row_labels:
            self.forget(label)
        self._row_labels = []
        _clear_layout(self.grid)
        if result is None:
            self.summary.setText("")
            self.summary.setVisible(False)
            self.results.setVisible(False)
            return
        distribution = result.distribution
        top = max(distribution.counts) or 1
        for row, (value, count) in enumerate(
            zip(distribution.scale.values, distribution.counts, strict=True)
        ):
            name = self.label(t.BODY_PX * 0.8, parent=self.results, text=str(value))
            number = self.label(t.BODY_PX * 0.8, parent=self.results, text=str(count),
                                align=Qt.AlignmentFlag.AlignRight)
            bar = _Bar(count / top, self.palette_.bar, self.palette_.panel, self.results)
            bar.setObjectName("pulseBar")
            bar.setFixedHeight(round(t.BODY_PX * 0.6 * self.scale))
            self._row_labels += [name, number]
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(number, row, 2)
        self.grid.setColumnStretch(1, 1)
        median = distribution.median
        middle = "" if median is None else f" · median {median:g}"
        name = result.label or f"Round {result.number}"
        self.summary.setText(f"{name}: {distribution.total} answers{middle}")
        self.summary.setVisible(True)
        self.results.setVisible(True)
        self.apply_scale()

    def label(  # type: ignore[override]
        self,
        px: float,
        *,
        bold: bool = False,
        colour: str | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        wrap: bool = True,
        name: str = "",
        parent: QWidget | None = None,
        text: str = "",
    ) -> QLabel:
        made = super().label(px, bold=bold, colour=colour, align=align, wrap=wrap, name=name)
        if parent is not None:
            made.setParent(parent)
        if text:
            made.setText(text)
        return made
