"""The participatory budget for the room: the projects with their costs against the budget.

While people vote: each project with its cost, the budget, and how many ballots are in
(counted as the laptop counts them, paper tallies included: ``read_budgeting.ballots_in``),
never a count per project. After the reveal: the outcome of one rule at a time (the one
the facilitator picks on the laptop), its funded projects filling the budget bar in the
order the rule chose them, and how many voters got at least one project they approved.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from workshop.domain.models import ActivityKind
from workshop.kinds import watched
from workshop.storage import read_budgeting
from workshop.ui.budgeting.counting import CountWaiter
from workshop.ui.projector import theme as t
from workshop.ui.projector.theme import Palette
from workshop.ui.projector.views import AudienceView

#: Rows of projects the room can read at once (more: "+ N more").
ROWS = 12


class BudgetBar(QWidget):
    """The budget as a bar: each funded project a segment as wide as its share of it."""

    def __init__(self, palette: Palette, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("budgetBar")
        self.palette_ = palette
        self.shares: list[float] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_shares(self, shares: list[float]) -> None:
        self.shares = shares
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        radius = rect.height() / 4
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.palette_.panel))
        painter.drawRoundedRect(rect, radius, radius)
        x = rect.left()
        colours = (QColor(self.palette_.bar), QColor(self.palette_.accent).darker(140))
        gap = max(2.0, rect.height() / 12)
        for n, share in enumerate(self.shares):
            width = rect.width() * share
            painter.setBrush(colours[n % 2])
            painter.drawRoundedRect(
                QRectF(x, rect.top(), max(1.0, width - gap), rect.height()), radius, radius
            )
            x += width
        painter.end()


class BudgetView(AudienceView):
    tables = watched(ActivityKind.BUDGET)

    def build(self, palette: Palette) -> None:
        self.setObjectName("audienceBudget")
        layout = QVBoxLayout(self)
        self.title = self.label(t.HEADING_PX, bold=True, name="budgetTitle")
        self.header = self.title
        self.subtitle = self.label(t.SMALL_PX, colour=palette.accent, name="budgetSubtitle")
        self.bar = BudgetBar(palette, self)
        self.rows_box = QWidget(self)
        self.grid = QGridLayout(self.rows_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.names: list[QLabel] = []
        self.costs: list[QLabel] = []
        for row in range(ROWS):
            name = self.label(t.SMALL_PX, wrap=False, name=f"budgetProject{row}")
            cost = self.label(t.SMALL_PX, align=Qt.AlignmentFlag.AlignRight, wrap=False)
            name.setParent(self.rows_box)
            cost.setParent(self.rows_box)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(cost, row, 1)
            self.names.append(name)
            self.costs.append(cost)
        self.grid.setColumnStretch(0, 1)
        self.grid.setRowStretch(ROWS, 1)  # rows packed at the top, however few
        self.footer = self.label(t.SMALL_PX, colour=palette.muted, name="budgetFooter")
        self.waiter = CountWaiter(self)
        self.waiter.counted.connect(self.refresh)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.bar)
        layout.addWidget(self.rows_box, 1)
        layout.addWidget(self.footer)
        self.apply_scale()
        self.refresh()

    def apply_scale(self) -> None:
        super().apply_scale()
        if hasattr(self, "bar"):
            self.bar.setFixedHeight(round(56 * self.scale))

    def refresh(self) -> None:
        super().refresh()
        activity = self.activity
        if activity is None:
            return
        settings = read_budgeting.settings(self.doc, activity.id)
        items = read_budgeting.projects(self.doc, activity.id)
        ballots = read_budgeting.ballots_in(self.doc, activity.id)
        cur = settings.currency
        self.title.setText(activity.title)
        money = self.words.money  # amounts as the workshop's language writes them
        budget = money(settings.amount, cur)
        if not read_budgeting.may_show(settings):
            self.subtitle.setText(self.room_text(
                "budget", amount=budget, projects=self.room_label("projects", n=len(items))
            ))
            self.bar.set_shares([])
            self._rows([(f"{p.number}. {p.project.title}", money(p.project.cost, cur))
                        for p in items])
            total = sum((p.project.cost for p in items), Fraction(0))
            self.footer.setText(self.room_text(
                "ballots_in", ballots=self.room_label("ballots", n=ballots),
                total=money(total, cur) if items else "0",
            ))
            return
        counted = self.waiter.results(
            read_budgeting.counting(self.doc, activity.id, (settings.shown_rule,)))
        if counted is None:  # a city-sized count runs in a worker: say so, then fill in
            self.subtitle.setText(self.room_text("counting"))
            self.bar.set_shares([])
            self._rows([])
            self.footer.setText("")
            return
        outcome = counted.outcomes[settings.shown_rule]
        by_id = {str(p.id): p for p in items}
        amount = settings.amount or 1
        self.bar.set_shares([float(by_id[pid].project.cost / amount) for pid in outcome.funded])
        self.subtitle.setText(
            self.room_text("rule_spent", rule=self.room_label(f"rule.{outcome.rule}"),
                           spent=money(outcome.spent, cur), budget=budget)
        )
        self._rows([(f"{n}. {by_id[pid].project.title}", money(by_id[pid].project.cost, cur))
                    for n, pid in enumerate(outcome.funded, 1)])
        chosen = set(outcome.funded)
        election = counted.election
        served = sum(1 for b in election.ballots if chosen.intersection(b.approved))
        number = self.words.number  # "19 639 z 20 000" as the room's language writes it
        self.footer.setText(self.room_text(
            "funded", funded=number(len(outcome.funded)),
            projects=self.room_label("projects", n=len(items)),
            served=number(served), voters=number(len(election.ballots)),
        ))

    def _rows(self, rows: list[tuple[str, str]]) -> None:
        shown = rows[:ROWS]
        if len(rows) > ROWS:
            shown = [*rows[: ROWS - 1], (self.room_label("more", n=len(rows) - ROWS + 1), "")]
        for n in range(ROWS):
            name, cost = shown[n] if n < len(shown) else ("", "")
            self.names[n].setText(name)
            self.costs[n].setText(cost)
            self.names[n].setVisible(bool(name))
            self.costs[n].setVisible(bool(cost))
