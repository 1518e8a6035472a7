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
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.budgeting import Rule
from workshop.storage import read_budgeting
from workshop.storage.ops import budgeting as ops
from workshop.ui.budgeting.counting import CountWaiter
from workshop.ui.screens.base import ScreenContext
from workshop.ui.tr import QT_TRANSLATE_NOOP, translate
from workshop.ui.widgets import make_button
from workshop.ui.words import money_text, why_text

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

#: The rules' names on the laptop, in the app's language (the domain's own labels stay
#: English for the room's catalogue and the handout).
_RULE_NAMES = {
    Rule.GREEDY: QT_TRANSLATE_NOOP("ResultsTab", "Greedy by votes"),
    Rule.MES: QT_TRANSLATE_NOOP("ResultsTab", "Equal Shares (cost satisfaction)"),
    Rule.MES_CARDINALITY: QT_TRANSLATE_NOOP("ResultsTab",
                                            "Equal Shares (cardinality satisfaction)"),
    Rule.MES_COMPLETED: QT_TRANSLATE_NOOP("ResultsTab", "Equal Shares, completed"),
}


def rule_label(rule: Rule) -> str:
    return translate("ResultsTab", _RULE_NAMES[rule])


class ResultsTab(QWidget):
    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.activity_id = ctx, activity_id
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.reveal = make_button(
            self, translate("ResultsTab", "Reveal results"), "budgetReveal",
            translate("ResultsTab", "Reveal or hide the results (Ctrl+Shift+R)"), self._toggle)
        top.addWidget(self.reveal)
        shows = QLabel(translate("ResultsTab", "Projector &shows:"), self)
        top.addWidget(shows)
        self.shown = QComboBox(self)
        shows.setBuddy(self.shown)
        self.shown.setObjectName("budgetShownRule")
        self.shown.setAccessibleName(translate("ResultsTab", "Rule the projector shows"))
        for rule in Rule:
            self.shown.addItem(rule_label(rule), rule.value)
        # A long rule name ("Equal Shares (cardinality satisfaction)", longer in Spanish) is
        # shortened in the box and whole in its list: the tab fits a 1024-wide laptop.
        self.shown.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.shown.setMinimumContentsLength(14)
        self.shown.activated.connect(self._show_rule)
        top.addWidget(self.shown, 1)
        layout.addLayout(top)
        self.hidden = QLabel(translate(
            "ResultsTab", "The ballots are secret: the results stay hidden until you reveal them."),
            self)
        self.hidden.setObjectName("budgetHidden")
        self.hidden.setWordWrap(True)
        layout.addWidget(self.hidden)
        self.counting_box = QWidget(self)  # a city-sized count: the words and a moving bar
        counting = QVBoxLayout(self.counting_box)
        counting.setContentsMargins(0, 0, 0, 0)
        self.counting = QLabel(translate(
            "ResultsTab", "Counting the votes… The results appear here when they are ready."),
            self.counting_box)
        self.counting.setObjectName("budgetCounting")
        self.counting.setWordWrap(True)
        bar = QProgressBar(self.counting_box)
        bar.setRange(0, 0)  # busy: how long the completion takes is not known beforehand
        bar.setTextVisible(False)
        bar.setMaximumWidth(320)
        bar.setAccessibleName(self.counting.text())
        counting.addWidget(self.counting)
        counting.addWidget(bar)
        counting.addStretch(1)
        self.counting_box.hide()
        layout.addWidget(self.counting_box, 1)
        self.waiter = CountWaiter(self)  # a city-sized count runs in a worker
        self.waiter.counted.connect(self.refresh)
        self.comparison = self._table(
            "budgetComparison", translate("ResultsTab", "Comparison of the two rules"),
            [translate("ResultsTab", "Rule"), translate("ResultsTab", "Projects"),
             translate("ResultsTab", "Spent"),
             translate("ResultsTab", "Voters with a project funded")],
        )
        self.comparison.setMaximumHeight(110)
        layout.addWidget(self.comparison)
        self.outcome = self._table(
            "budgetOutcome", translate("ResultsTab", "Every project under both rules"),
            ["#", translate("ResultsTab", "Project"), translate("ResultsTab", "Cost"),
             translate("ResultsTab", "Votes"),
             translate("ResultsTab", "Greedy"), translate("ResultsTab", "Why (greedy)"),
             translate("ResultsTab", "Equal Shares"), translate("ResultsTab",
                                                                "Why (Equal Shares)")],
        )
        self._fit_long_columns(self.outcome)
        layout.addWidget(self.outcome, 1)
        self.refresh()

    @staticmethod
    def _fit_long_columns(table: QTableWidget) -> None:
        """A real project's title (up to 280 characters) and its "why" sentences would
        widen their columns to one line each and push who is funded off the screen: they
        get a width of their own and wrap, each row as tall as its text, and both rules'
        verdicts come before the reasons."""
        char = table.fontMetrics().averageCharWidth()
        header = table.horizontalHeader()
        for column, chars in ((1, 22), (5, 30), (7, 30)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, chars * char)
        header.moveSection(6, 5)  # both verdicts side by side, then the reasons
        header.setStretchLastSection(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

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
        self.reveal.setText(translate("ResultsTab", "Hide results") if s.revealed
                           else translate("ResultsTab", "Reveal results"))
        self.shown.setCurrentIndex(self.shown.findData(s.shown_rule.value))
        visible = read_budgeting.may_show(s)
        res = (self.waiter.results(read_budgeting.counting(self.ctx.doc, self.activity_id))
               if visible else None)
        self.hidden.setVisible(not visible)
        self.counting_box.setVisible(visible and res is None)
        self.comparison.setVisible(res is not None)
        self.outcome.setVisible(res is not None)
        if res is None:
            self.comparison.setRowCount(0)
            self.outcome.setRowCount(0)
            return
        cur = s.currency
        summaries = res.summaries()
        self.comparison.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            served = translate("ResultsTab", "%1 of %2").replace("%1",
                                                                 str(summary.voters_with_funded))
            cells = [rule_label(summary.rule), str(len(summary.funded)),
                     money_text(summary.spent, cur), served.replace("%2", str(summary.voters))]
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
                str(p.number), p.project.title, money_text(p.project.cost, cur), str(votes[pid]),
                f"✔ {g_order[pid]}." if pid in g_order else "–",
                why_text(greedy.explanations[pid]),
                f"✔ {m_order[pid]}." if pid in m_order else "–",
                why_text(mes.explanations[pid]),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 5, 7):
                    item.setToolTip(text)
                if col in (0, 2, 3):
                    item.setTextAlignment(_RIGHT)
                self.outcome.setItem(row, col, item)

    def _toggle(self) -> None:
        s = read_budgeting.settings(self.ctx.doc, self.activity_id)
        self.ctx.runner.run(ops.set_revealed, self.activity_id, not s.revealed)

    def _show_rule(self, index: int) -> None:
        self.ctx.runner.run(ops.show_rule, self.activity_id, self.shown.itemData(index))
