"""The Results tab: both rules side by side (what each funds, who is served, the money),
with the reason for every project, and which rule the projector shows.

While ballots are secret and not revealed, nothing is counted here either: the
facilitator's screen may be mirrored, and a glance must not leak the vote.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.budgeting import Rule, money
from workshop.storage import read_budgeting
from workshop.storage.ops import budgeting as ops
from workshop.ui.screens.base import ScreenContext
from workshop.ui.widgets import make_button

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ResultsTab(QWidget):
    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.activity_id = ctx, activity_id
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.reveal = make_button(self, "Reveal results", "budgetReveal",
                                  "Reveal or hide the results (Ctrl+Shift+R)", self._toggle)
        top.addWidget(self.reveal)
        shows = QLabel("Projector &shows:", self)
        top.addWidget(shows)
        self.shown = QComboBox(self)
        shows.setBuddy(self.shown)
        self.shown.setObjectName("budgetShownRule")
        self.shown.setAccessibleName("Rule the projector shows")
        for rule in Rule:
            self.shown.addItem(rule.label, rule.value)
        self.shown.activated.connect(self._show_rule)
        top.addWidget(self.shown, 1)
        layout.addLayout(top)
        self.hidden = QLabel("The ballots are secret: the results stay hidden until you "
                             "reveal them.", self)
        self.hidden.setObjectName("budgetHidden")
        self.hidden.setWordWrap(True)
        layout.addWidget(self.hidden)
        self.comparison = self._table(
            "budgetComparison", "Comparison of the two rules",
            ["Rule", "Projects", "Spent", "Voters with a project funded"],
        )
        self.comparison.setMaximumHeight(110)
        layout.addWidget(self.comparison)
        self.outcome = self._table(
            "budgetOutcome", "Every project under both rules",
            ["#", "Project", "Cost", "Votes", "Greedy", "Why (greedy)", "Equal Shares",
             "Why (Equal Shares)"],
        )
        layout.addWidget(self.outcome, 1)
        self.refresh()

    def _table(self, name: str, accessible: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def refresh(self) -> None:
        s = read_budgeting.settings(self.ctx.doc, self.activity_id)
        self.reveal.setText("Hide results" if s.revealed else "Reveal results")
        self.shown.setCurrentIndex(self.shown.findData(s.shown_rule.value))
        visible = read_budgeting.may_show(s)
        self.hidden.setVisible(not visible)
        self.comparison.setVisible(visible)
        self.outcome.setVisible(visible)
        if not visible:
            self.comparison.setRowCount(0)
            self.outcome.setRowCount(0)
            return
        res = read_budgeting.results(self.ctx.doc, self.activity_id)
        cur = s.currency
        summaries = res.summaries()
        self.comparison.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            cells = [summary.rule.label, str(len(summary.funded)), money(summary.spent, cur),
                     f"{summary.voters_with_funded} of {summary.voters}"]
            for col, text in enumerate(cells):
                self.comparison.setItem(row, col, QTableWidgetItem(text))
        greedy, mes = res.outcomes[Rule.GREEDY], res.outcomes[Rule.MES_COMPLETED]
        g_order = {pid: n for n, pid in enumerate(greedy.funded, 1)}
        m_order = {pid: n for n, pid in enumerate(mes.funded, 1)}
        votes = res.election.votes()
        items = read_budgeting.projects(self.ctx.doc, self.activity_id)
        self.outcome.setRowCount(len(items))
        for row, p in enumerate(items):
            pid = str(p.id)
            cells = [
                str(p.number), p.project.title, money(p.project.cost, cur), str(votes[pid]),
                f"✔ {g_order[pid]}." if pid in g_order else "–",
                greedy.explanations[pid].text,
                f"✔ {m_order[pid]}." if pid in m_order else "–",
                mes.explanations[pid].text,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (5, 7):
                    item.setToolTip(text)
                if col in (0, 2, 3):
                    item.setTextAlignment(_RIGHT)
                self.outcome.setItem(row, col, item)

    def _toggle(self) -> None:
        s = read_budgeting.settings(self.ctx.doc, self.activity_id)
        self.ctx.runner.run(ops.set_revealed, self.activity_id, not s.revealed)

    def _show_rule(self, index: int) -> None:
        self.ctx.runner.run(ops.show_rule, self.activity_id, self.shown.itemData(index))
