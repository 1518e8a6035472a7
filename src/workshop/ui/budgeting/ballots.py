"""The Ballots tab: a person approves projects at the laptop (or the facilitator votes for
someone absent) — ticks, or points typed per project when the budget uses cumulative points
(:mod:`workshop.ui.budgeting.counts`) — paper ballots are typed as the numbers they tick,
and the list says who has voted — never what, while ballots are secret."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.budgeting import ballot_problem
from workshop.domain.errors import WorkshopError
from workshop.domain.voting import TALLY_MAX
from workshop.storage import read_budgeting
from workshop.storage.changes import Change
from workshop.storage.ops import budgeting as ops
from workshop.storage.read_budgeting import BallotRow
from workshop.ui.budgeting.ballot_list import BallotListView
from workshop.ui.budgeting.counts import CountsTable
from workshop.ui.flow import flow_row, pair
from workshop.ui.screens.base import ScreenContext
from workshop.ui.tr import translate
from workshop.ui.widgets import make_button
from workshop.ui.words import error_text, money_text

_ID = Qt.ItemDataRole.UserRole


class BallotsTab(QWidget):
    #: True while a ballot is being filled in at the laptop (undo must not act then).
    castingChanged = Signal(bool)

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.activity_id = ctx, activity_id
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.voter = QComboBox(self)
        self.voter.setObjectName("budgetVoter")
        self.voter.setAccessibleName(translate("BallotsTab", "Who votes"))
        self.proxy = QCheckBox(translate("BallotsTab", "by proxy"), self)
        self.proxy.setObjectName("budgetProxy")
        self.proxy.setAccessibleName(
            translate("BallotsTab", "Cast by proxy for someone absent"))
        voter_label = QLabel(translate("BallotsTab", "V&oter:"), self)
        voter_label.setBuddy(self.voter)
        # "by proxy" goes under the voter when the column is narrow (a 1024-wide laptop):
        # on one line they had squeezed the paper-ballot column to a strip.
        left.addWidget(flow_row(self, pair(self, voter_label, self.voter), self.proxy))
        self.projects = QListWidget(self)
        self.projects.setObjectName("budgetBallotProjects")
        self.projects.setAccessibleName(translate("BallotsTab", "Projects to approve"))
        self.projects.itemChanged.connect(self._ticked)
        # A long title wraps in the column rather than scroll it sideways (which in a
        # right-to-left window hid the start of every title).
        self.projects.setWordWrap(True)
        self.projects.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(self.projects, 1)
        self.points = CountsTable(
            "budgetBallotPoints",
            translate("BallotsTab", "Points per project: type a number, or + and −"),
            translate("BallotsTab", "Points"), self,
        )
        self.points.accept = self._points_fit
        self.points.changed.connect(self._points_changed)
        self.points.hide()
        left.addWidget(self.points, 1)
        self.total = QLabel(self)
        self.total.setObjectName("budgetBallotTotal")
        self.total.setWordWrap(True)
        left.addWidget(self.total)
        cast = QHBoxLayout()
        cast.addWidget(make_button(self, translate("BallotsTab", "Cast ballot"), "budgetCast",
                                   translate("BallotsTab", "Cast this ballot (Ctrl+Enter)"),
                                   self._cast))
        cast.addWidget(make_button(self, translate("BallotsTab", "Clear"), "budgetBallotClear",
                                   translate("BallotsTab", "Clear the ticks without casting"),
                                   self._clear_ticks))
        left.addLayout(cast)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        paper_label = QLabel(translate(
            "BallotsTab", "Paper ballot — type the numbers it ticks, then Enter:"), self)
        paper_label.setWordWrap(True)
        right.addWidget(paper_label)
        self.paper = QLineEdit(self)
        self.paper.setObjectName("budgetPaperLine")
        self.paper.setAccessibleName(translate("BallotsTab", "Paper ballot: project numbers"))
        self.paper.setPlaceholderText(translate("BallotsTab", "e.g. 2 5 7"))
        self.paper.returnPressed.connect(self._paper)
        right.addWidget(self.paper)
        tally_label = QLabel(translate(
            "BallotsTab", "Paper &tally per project (type the count, or + and −):"), self)
        tally_label.setWordWrap(True)
        # What a tally means, in the tooltip: in the label it took ten lines of a Polish
        # window on a 1024-wide laptop and was cut off.
        tally_label.setToolTip(translate(
            "BallotsTab",
            "Approvals counted on paper: each counts as a ballot for that project alone."))
        right.addWidget(tally_label)
        self.tally = CountsTable(
            "budgetTally",
            translate("BallotsTab", "Paper tally per project: type the count, or + and −"),
            translate("BallotsTab", "On paper"), self,
        )
        tally_label.setBuddy(self.tally)
        self.tally.accept = self._tally_set
        right.addWidget(self.tally, 2)
        self.tally_total = QLabel(self)
        self.tally_total.setObjectName("budgetTallyTotal")
        self.tally_total.setWordWrap(True)
        right.addWidget(self.tally_total)
        self.voted = BallotListView(ctx.doc, activity_id, _ballot_text, self)  # ballots cast
        self.voted.setObjectName("budgetBallots")
        self.voted.setAccessibleName(translate("BallotsTab", "Ballots cast (who, never what)"))
        right.addWidget(self.voted, 1)
        right.addWidget(make_button(self, translate("BallotsTab", "Remove ballot"),
                                    "budgetBallotRemove",
                                    translate("BallotsTab", "Remove the selected ballot"),
                                    self._remove))
        layout.addLayout(right, 2)
        self.refresh()

    def refresh(self, change: Change | None = None) -> None:
        """Show the file again: only the parts reading a table ``change`` wrote (a city's
        ballot list is not read again for a project's new title), everything without one."""
        def touched(*tables: str) -> bool:
            return change is None or change.touches(*tables)

        if touched("budgets", "budget_projects"):
            self._show_projects()
        if touched("budget_projects", "budget_tallies"):
            self._show_tallies()
        if touched("participants", "budget_ballots"):
            self._show_voters()
        self._update_total()

    def _show_projects(self) -> None:
        doc = self.ctx.doc
        s = read_budgeting.settings(doc, self.activity_id)
        items = read_budgeting.projects(doc, self.activity_id)
        ticked = self.ticked()
        lines = [
            f"{p.number}. {p.project.title} — {money_text(p.project.cost, s.currency)}"
            for p in items
        ]
        with QSignalBlocker(self.projects):
            self.projects.clear()
            for p, line in zip(items, lines, strict=True):
                item = QListWidgetItem(line)
                item.setData(_ID, p.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if p.id in ticked else Qt.CheckState.Unchecked
                )
                self.projects.addItem(item)
        cumulative = s.rules.points > 0
        self.points.set_projects(
            [(p.id, line) for p, line in zip(items, lines, strict=True)], s.rules.points
        )
        self.projects.setVisible(not cumulative)
        self.points.setVisible(cumulative)

    def _show_tallies(self) -> None:
        doc = self.ctx.doc
        items = read_budgeting.projects(doc, self.activity_id)
        counted = read_budgeting.tallies(doc, self.activity_id)
        self.tally.set_projects(
            [(p.id, f"{p.number}. {p.project.title}") for p in items], TALLY_MAX, counted
        )
        approvals = sum(counted.values())
        n_projects = len(counted)
        self.tally_total.setText(
            translate("BallotsTab", "On paper: %n approval(s)", None, approvals)
            + translate("BallotsTab", " on %n project(s).", None, n_projects)
        )

    def _show_voters(self) -> None:
        """Who may still vote at the laptop, and the ballots cast (who, never what)."""
        current = self.voter.currentData()
        self.voter.clear()
        for person_id, name in read_budgeting.not_voted(self.ctx.doc, self.activity_id):
            self.voter.addItem(name, person_id)
        index = self.voter.findData(current)
        if index >= 0:
            self.voter.setCurrentIndex(index)
        self.voted.reload()

    def ticked(self) -> list[int]:
        return [
            int(self.projects.item(i).data(_ID))
            for i in range(self.projects.count())
            if self.projects.item(i).checkState() == Qt.CheckState.Checked
        ]

    def cumulative(self) -> bool:
        return read_budgeting.settings(self.ctx.doc, self.activity_id).rules.points > 0

    def chosen(self) -> dict[int, int]:
        """The ballot being filled in: project id → points (1 each when approving)."""
        if self.cumulative():
            return self.points.points()
        return dict.fromkeys(self.ticked(), 1)

    def _points_fit(self, points: Mapping[int, int], _project: int, _value: int) -> bool:
        """These points keep the ballot's rules (the operation's own check), or say why not."""
        s = read_budgeting.settings(self.ctx.doc, self.activity_id)
        items = {p.project.id: p.project for p in read_budgeting.projects(self.ctx.doc,
                                                                          self.activity_id)}
        given = {str(pid): n for pid, n in points.items() if n}
        problem = ballot_problem(list(given), items, s.rules, given)
        if problem:
            self.ctx.runner.report(error_text(problem))
        return problem is None

    def _tally_set(self, _counts: Mapping[int, int], project: int, value: int) -> bool:
        """A paper tally is stored at once (undoable), through its operation (− on a
        project with none: the operation says there is nothing to take away)."""
        if value < 0:
            change = self.ctx.runner.run(ops.adjust_project_tally, self.activity_id, project, -1)
        else:
            change = self.ctx.runner.run(ops.set_project_tally, self.activity_id, project, value)
        return change is not None

    def _ticked(self, _item: QListWidgetItem) -> None:
        self._update_total()
        self.castingChanged.emit(bool(self.ticked()))

    def _points_changed(self) -> None:
        self._update_total()
        self.castingChanged.emit(bool(self.points.points()))

    def _update_total(self) -> None:
        s = read_budgeting.settings(self.ctx.doc, self.activity_id)
        items = read_budgeting.projects(self.ctx.doc, self.activity_id)
        costs = {p.id: p.project.cost for p in items}
        chosen = list(self.chosen())
        total = sum((costs.get(pid, Fraction(0)) for pid in chosen), Fraction(0))
        limits = []
        if s.rules.max_projects:
            n_max_projects = s.rules.max_projects
            limits.append(translate("BallotsTab", "at most %n project(s)", None,
                                    n_max_projects))
        if s.rules.max_cost:
            limits.append(translate("BallotsTab", "at most %1").replace(
                "%1", money_text(s.rules.max_cost, s.currency)))
        n_chosen = len(chosen)
        if s.rules.points:
            given = sum(self.points.points().values())
            text = translate("BallotsTab",
                             "{given} of {points} points given to %n project(s), costing %1 of "
                             "the budget %2", None, n_chosen)
            text = text.replace("{given}", str(given)).replace("{points}", str(s.rules.points))
        else:
            text = translate("BallotsTab", "%n approved, costing %1 of the budget %2", None,
                             n_chosen)
        text = text.replace("%1", money_text(total, s.currency))
        text = text.replace("%2", money_text(s.amount, s.currency))
        if limits:
            text += translate("BallotsTab", " (%1)").replace("%1", ", ".join(limits))
        self.total.setText(text)

    def _clear_ticks(self) -> None:
        with QSignalBlocker(self.projects):
            for i in range(self.projects.count()):
                self.projects.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.points.clear_points()
        self._update_total()
        self.castingChanged.emit(False)

    def _cast(self) -> None:
        person = self.voter.currentData()
        if person is None:
            self.ctx.runner.report(translate(
                "BallotsTab", "Everyone on the list has voted: type paper ballots instead."))
            return
        chosen = self.chosen()
        if self.ctx.runner.run(ops.cast_ballot, self.activity_id, int(person), chosen,
                               proxy=self.proxy.isChecked()) is not None:
            self.proxy.setChecked(False)
            self._clear_ticks()

    def _paper(self) -> None:
        numbers = {p.number: p.id for p in read_budgeting.projects(self.ctx.doc, self.activity_id)}
        try:
            chosen = ops.parse_paper(self.paper.text(), numbers)
        except WorkshopError as exc:
            self.ctx.runner.report(error_text(exc))
            return
        if self.ctx.runner.run(ops.cast_ballot, self.activity_id, None, chosen) is not None:
            self.paper.clear()

    def _remove(self) -> None:
        ballot = self.voted.current_ballot()
        if ballot is not None:
            self.ctx.runner.run(ops.remove_ballot, ballot)


def _ballot_text(row: BallotRow) -> str:
    """What the list of ballots says of one: whose it is (and that it came by proxy)."""
    if row.proxy:
        return translate("BallotsTab", "%1 (proxy)").replace("%1", row.name)
    return row.name
