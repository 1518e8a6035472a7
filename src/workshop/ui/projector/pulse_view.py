"""The pulse check for the room: the statement people answer, with its scale, large.

The statement is the one the facilitator put up (``pulse_statements.on_screen``; the last
one until then). Its answers are shown only once the facilitator reveals the round (Show
results, Ctrl+Shift+R on the pulse screen): then one bar per value of the scale, the count
beside it, and the median. "Show the shift" puts its answered rounds side by side (up to
the last three: Round 1, Round 2, …) with how far the median moved. Who answered what is
never shown (the document does not link a tally to a person, and one-by-one answers are
only counted here).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from workshop.domain.models import ActivityKind
from workshop.domain.pulse import RoundResult, Statement, compare_rounds, fmt, shift_text
from workshop.kinds import watched
from workshop.storage import read_pulse
from workshop.ui.projector import theme as t
from workshop.ui.projector.theme import Palette
from workshop.ui.projector.views import AudienceView, _Bar, _clear_layout

#: The statement's sizes at 1080p, largest first: it takes the largest that fits whole.
STATEMENT_PX = (t.TITLE_PX, 72, t.HEADING_PX, 52, t.BODY_PX, 38, t.SMALL_PX, t.MIN_PX)
#: Rounds side by side when the facilitator shows the shift (the latest ones).
SHIFT_ROUNDS = 3


def _heading(result: RoundResult, say: Callable[..., str]) -> str:
    """ "Round 2 · Check-out" — the number always, the label when there is one."""
    name = say("round", n=result.number)
    if result.label and result.label != name:
        name += f" · {result.label}"
    return name


def _summary(shown: list[RoundResult], say: Callable[..., str], label: Callable[..., str]) -> str:
    """"Round 1: 14 answers · median 3", or for the shift "Median 2 → 4: moved +2"."""
    if len(shown) == 1:
        result = shown[0]
        median = result.distribution.median
        middle = "" if median is None else " · " + label("median", value=f"{median:g}")
        title = result.label or say("round", n=result.number)
        return say("round_answers", round=title, n=result.distribution.total) + middle
    compared = compare_rounds(shown)
    medians = " → ".join(fmt(c.result.distribution.median) for c in compared)
    first, last = shown[0].distribution.median, shown[-1].distribution.median
    moved = None if first is None or last is None else last - first
    change = shift_text(moved)
    moved_by = say("no_change") if moved == 0 else say("moved", change=change)
    return say("median_shift", medians=medians, change=moved_by)


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
        self._shown: object = None
        self._row_labels: list[QLabel] = []
        self.apply_scale()
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_statement()

    def apply_scale(self) -> None:
        super().apply_scale()
        self._fit_statement()

    def _fit_statement(self) -> None:
        """The statement as large as fits whole above the results (a 280-character statement
        with two rounds side by side was cut at 84 px)."""
        if not hasattr(self, "results"):
            return
        layout = self.layout()
        if layout is None or self.height() <= 0:
            return
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        used = margins.top() + margins.bottom() + 5 * layout.spacing()
        for widget in (self.title, self.scale_line, self.summary):
            if not widget.isHidden():
                wrapped = widget.wordWrap()
                used += widget.heightForWidth(width) if wrapped else widget.sizeHint().height()
        if not self.results.isHidden():
            used += self.results.minimumSizeHint().height()
        room = self.height() - used
        for px in STATEMENT_PX:
            self._set_px(self.statement, px)
            if self.statement.heightForWidth(width) <= room:
                break

    def _set_px(self, label: QLabel, px: float) -> None:
        self._sized = [(lb, px if lb is label else p, b) for lb, p, b in self._sized]
        self._style(label, px * self.scale, True)

    def _current(self) -> tuple[Statement | None, list[RoundResult]]:
        """The statement on screen and the rounds to show: the latest if revealed, or every
        answered round when the facilitator shows the shift."""
        if self.activity is None:
            return None, []
        statement, shift = read_pulse.on_screen(self.doc, self.activity.id)
        if statement is None:
            return None, []
        if shift:
            answered = [r for r in read_pulse.history(self.doc, statement.id)
                        if r.distribution.total]
            if len(answered) >= 2:
                return statement, answered[-SHIFT_ROUNDS:]
        rounds = read_pulse.rounds(self.doc, statement.id)
        latest = rounds[-1] if rounds else None
        return statement, ([latest] if latest is not None and latest.revealed else [])

    def refresh(self) -> None:
        super().refresh()
        activity = self.activity
        statement, shown = self._current()
        self.title.setText(activity.title if activity else "")
        if statement is None:
            self.statement.setText(activity.prompt or activity.title if activity else "")
            self.scale_line.setText("")
        else:
            self.statement.setText(statement.text)
            self._fit_statement()
            scale = statement.scale
            self.scale_line.setText(
                " · ".join(f"{v} {self.room_label(f'scale.{scale}.{v}')}" for v in scale.values)
            )
        key = [(r.round_id, r.distribution, r.title) for r in shown]
        if key != self._shown:
            self._shown = key
            self._show(shown)

    def _show(self, shown: list[RoundResult]) -> None:
        """One round's bars, or several rounds side by side with the change between them."""
        for label in self._row_labels:
            self.forget(label)
        self._row_labels = []
        _clear_layout(self.grid)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        if not shown:
            self.summary.setText("")
            self.summary.setVisible(False)
            self.results.setVisible(False)
            return
        several = len(shown) > 1
        px = t.BODY_PX * (0.7 if several else 0.8)
        scale = shown[0].distribution.scale
        top = max(max(r.distribution.counts) for r in shown) or 1
        first_row = 1 if several else 0
        for index, result in enumerate(shown):
            bar_column, count_column = 1 + 2 * index, 2 + 2 * index
            if several:
                heading = self.label(px, bold=True, parent=self.results,
                                     text=_heading(result, self.room_text),
                                     colour=self.palette_.accent, name="pulseRoundHeading")
                self._row_labels.append(heading)
                self.grid.addWidget(heading, 0, bar_column, 1, 2)
            for row, (value, count) in enumerate(
                zip(scale.values, result.distribution.counts, strict=True)
            ):
                if index == 0:
                    name = self.label(px, parent=self.results, text=str(value))
                    self._row_labels.append(name)
                    self.grid.addWidget(name, first_row + row, 0)
                number = self.label(px, parent=self.results, text=str(count),
                                    align=Qt.AlignmentFlag.AlignRight)
                bar = _Bar(count / top, self.palette_.bar, self.palette_.panel, self.results)
                bar.setObjectName("pulseBar")
                bar.setFixedHeight(round(t.BODY_PX * (0.45 if several else 0.6) * self.scale))
                self._row_labels.append(number)
                self.grid.addWidget(bar, first_row + row, bar_column)
                self.grid.addWidget(number, first_row + row, count_column)
            self.grid.setColumnStretch(bar_column, 1)
        self.grid.setHorizontalSpacing(round((48 if several else 16) * self.scale))
        self.summary.setText(_summary(shown, self.room_text, self.room_label))
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
