"""The Projects tab: the budget, the ballot rules, and the costed projects from every door
(typed, pasted, from the board's notes and clusters, imported from a .pb file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.budgeting import BallotRules, money, parse_amount
from workshop.domain.errors import WorkshopError
from workshop.domain.models import ActivityKind
from workshop.domain.pabulib import from_election
from workshop.storage import read, read_board, read_budgeting
from workshop.storage.changes import Change
from workshop.storage.ops import budgeting as ops
from workshop.ui.screens.base import ScreenContext
from workshop.ui.tr import translate
from workshop.ui.widgets import make_button
from workshop.ui.words import error_text, money_text

#: Asks for pasted lines (None to cancel); tests replace it.
AskText = Callable[[QWidget | None], str | None]
#: Asks for a .pb path to open or to save (None to cancel); tests replace them.
AskPath = Callable[[QWidget | None], Path | None]


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def ask_paste(parent: QWidget | None) -> str | None:
    text, ok = QInputDialog.getMultiLineText(
        parent, translate("ProjectsTab", "Paste projects"),
        translate("ProjectsTab", "One project a line: title; cost; category; organisation"),
    )
    return text if ok else None


def ask_open_pb(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("ProjectsTab", "Import a Pabulib file"), "", translate("ProjectsTab",
                                                                                 "Pabulib (*.pb)"))
    return Path(name) if name else None


def ask_save_pb(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("ProjectsTab", "Export as Pabulib"), "", translate("ProjectsTab",
                                                                             "Pabulib (*.pb)"))
    return Path(name).with_suffix(".pb") if name else None


class ProjectsTab(QWidget):
    ask_paste: AskText = staticmethod(ask_paste)
    ask_open: AskPath = staticmethod(ask_open_pb)
    ask_save: AskPath = staticmethod(ask_save_pb)

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.activity_id = ctx, activity_id
        layout = QVBoxLayout(self)
        form = QFormLayout()
        money_row = QHBoxLayout()
        self.amount = self._edit("budgetAmount", translate("ProjectsTab", "Budget"),
                                 translate("ProjectsTab", "e.g. 20000"))
        self.currency = self._edit("budgetCurrency", translate("ProjectsTab", "Currency"), "EUR")
        self.currency.setMaximumWidth(90)
        money_row.addWidget(self.amount, 2)
        money_row.addWidget(self.currency, 1)
        money_row.addWidget(make_button(self, translate("ProjectsTab", "Set budget"), "budgetSet",
                                        translate("ProjectsTab", "Set the budget and its currency"),
                                        self._set_budget))
        form.addRow(translate("ProjectsTab", "Budget:"), money_row)
        self.secret = QCheckBox(translate("ProjectsTab", "Secret ballots until revealed"), self)
        self.secret.setObjectName("budgetSecret")
        self.secret.setAccessibleName(self.secret.text())
        self.secret.toggled.connect(self._set_secret)
        form.addRow("", self.secret)
        rules_row = QHBoxLayout()
        self.max_projects = self._spin(
            "budgetMaxProjects", translate("ProjectsTab", "Most projects on a ballot"), 500)
        self.max_cost = self._edit(
            "budgetMaxCost", translate("ProjectsTab",
                                       "Most total cost on a ballot"), translate("ProjectsTab",
                                                                                 "no limit"))
        self.points = self._spin(
            "budgetPoints", translate("ProjectsTab", "Points per ballot (cumulative)"), 1000)
        for widget in (self.max_projects, self.max_cost, self.points):
            rules_row.addWidget(widget, 1)
        rules_row.addWidget(make_button(self, translate("ProjectsTab", "Set"), "budgetRulesSet",
                                        translate("ProjectsTab",
                                                  "Set the ballot rules"), self._set_rules))
        form.addRow(translate("ProjectsTab", "Ballot limits:"), rules_row)
        layout.addLayout(form)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("budgetProjects")
        self.table.setAccessibleName(translate("ProjectsTab", "Projects"))
        self.table.setHorizontalHeaderLabels(
            ["#", translate("ProjectsTab", "Project"), translate("ProjectsTab", "Cost"),
             translate("ProjectsTab", "Category"), translate("ProjectsTab", "Organisation")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        add = QHBoxLayout()
        self.title = self._edit("budgetProjectTitle", translate("ProjectsTab", "Project title"),
                                translate("ProjectsTab", "New project…"))
        self.title.setMinimumWidth(120)
        self.cost = self._edit("budgetProjectCost", translate("ProjectsTab", "Cost"),
                               translate("ProjectsTab", "Cost"))
        self.cost.setMaximumWidth(110)
        self.category = self._edit("budgetProjectCategory", translate("ProjectsTab", "Category"),
                                   translate("ProjectsTab", "Category"))
        self.category.setMaximumWidth(110)
        self.title.returnPressed.connect(self._add)
        self.cost.returnPressed.connect(self._add)
        add.addWidget(self.title, 3)
        add.addWidget(self.cost, 1)
        add.addWidget(self.category, 1)
        add.addWidget(make_button(self, translate("ProjectsTab", "Add"), "budgetProjectAdd",
                                  translate("ProjectsTab", "Add the project (Enter)"), self._add))
        layout.addLayout(add)
        board_row = QHBoxLayout()
        self.board = QComboBox(self)
        self.board.setObjectName("budgetFromBoard")
        self.board.setAccessibleName(
            translate("ProjectsTab", "Note or cluster to make a project from"))
        self.board.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.board.setMinimumContentsLength(12)
        board_label = QLabel(translate("ProjectsTab", "Fro&m the board:"), self)
        board_label.setBuddy(self.board)
        board_row.addWidget(board_label)
        board_row.addWidget(self.board, 1)
        board_row.addWidget(make_button(
            self, translate("ProjectsTab", "Make project"), "budgetFromBoardAdd",
            translate("ProjectsTab",
                      "Make a project from the note or cluster, with the cost typed"),
            self._from_board))
        layout.addLayout(board_row)
        more = QHBoxLayout()
        for text, name, tip, slot in (
            (translate("ProjectsTab", "Paste…"), "budgetPaste",
             translate("ProjectsTab", "Paste projects, one a line"), self._paste),
            (translate("ProjectsTab", "Remove"), "budgetProjectRemove",
             translate("ProjectsTab", "Remove the selected project"), self._remove),
            (translate("ProjectsTab", "Import .pb…"), "budgetImport",
             translate("ProjectsTab", "Import a Pabulib file"), self._import),
            (translate("ProjectsTab", "Export .pb…"), "budgetExport",
             translate("ProjectsTab", "Export as a Pabulib file"), self._export),
        ):
            more.addWidget(make_button(self, text, name, tip, slot))
        more.addStretch(1)
        layout.addLayout(more)
        self.refresh()

    def _edit(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(accessible)
        return edit

    def _spin(self, name: str, accessible: str, top: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setToolTip(translate("ProjectsTab", "%1 (0: no limit)").replace("%1", accessible))
        spin.setRange(0, top)
        spin.setSpecialValueText(translate("ProjectsTab", "no limit") if name != "budgetPoints"
                                 else translate("ProjectsTab", "approval"))
        return spin

    # ------------------------------------------------------------------ refresh

    def refresh(self, change: Change | None = None) -> None:
        """Show the file again: the settings and projects when a change wrote them, the
        board's notes and clusters to make projects from when it wrote those (a ballot
        cast reads neither again), everything without one."""
        if change is None or change.touches("budgets", "budget_projects"):
            self._show_projects()
        if change is None or change.touches("activities", "notes", "clusters"):
            self._fill_board()

    def _show_projects(self) -> None:
        s = read_budgeting.settings(self.ctx.doc, self.activity_id)
        if not self.amount.hasFocus():
            self.amount.setText(money(s.amount) if s.amount else "")
        if not self.currency.hasFocus():
            self.currency.setText(s.currency)
        with QSignalBlocker(self.secret):
            self.secret.setChecked(s.secret)
        self.max_projects.setValue(s.rules.max_projects or 0)
        self.max_cost.setText(money(s.rules.max_cost) if s.rules.max_cost else "")
        self.points.setValue(s.rules.points)
        items = read_budgeting.projects(self.ctx.doc, self.activity_id)
        self.table.setRowCount(len(items))
        for row, p in enumerate(items):
            cells = [str(p.number), p.project.title, money_text(p.project.cost, s.currency),
                     p.project.category, p.project.organisation]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                if col == 1 and p.project.description:
                    item.setToolTip(p.project.description)
                if col in (0, 2):
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)

    def _fill_board(self) -> None:
        self.board.clear()
        for activity in read.activities(self.ctx.doc):
            if activity.kind is not ActivityKind.BRAINSTORM:
                continue
            for cluster in read_board.clusters(self.ctx.doc, activity.id):
                self.board.addItem(f"▣ {cluster.title}", f"cluster:{cluster.id}")
            for note in read_board.notes(self.ctx.doc, activity.id):
                self.board.addItem(note.text[:90], f"note:{note.id}")

    # ------------------------------------------------------------------ actions

    def _set_budget(self) -> None:
        self.ctx.runner.run(ops.set_budget, self.activity_id, self.amount.text(),
                            self.currency.text())

    def _set_secret(self, on: bool) -> None:
        self.ctx.runner.run(ops.set_secret, self.activity_id, on)

    def _set_rules(self) -> None:
        try:
            cost = parse_amount(self.max_cost.text()) if self.max_cost.text().strip() else None
        except WorkshopError as exc:
            self.ctx.runner.report(error_text(exc))
            return
        rules = BallotRules(self.max_projects.value() or None, cost, self.points.value())
        self.ctx.runner.run(ops.set_ballot_rules, self.activity_id, rules)

    def _add(self) -> None:
        change = self.ctx.runner.run(
            ops.add_project, self.activity_id, self.title.text(), self.cost.text() or "0",
            "", self.category.text(),
        )
        if change is not None:
            self.title.clear()
            self.cost.clear()
            self.title.setFocus()

    def _from_board(self) -> None:
        # Item data holds plain strings: a Python tuple kept in a QVariant is released by Qt
        # during garbage collection, which crashed the interpreter in a long test run.
        data = str(self.board.currentData() or "").partition(":")
        if not data[2]:
            self.ctx.runner.report(translate(
                "ProjectsTab", "No brainstorm notes or clusters to make a project from."))
            return
        if not self.cost.text().strip():
            self.ctx.runner.report(translate("ProjectsTab",
                                             "Type the project's cost in the Cost box first."))
            self.cost.setFocus()
            return
        if self.ctx.runner.run(ops.project_from_board, self.activity_id, data[0], int(data[2]),
                               self.cost.text()) is not None:
            self.cost.clear()

    def _paste(self) -> None:
        text = self.ask_paste(self)
        if text:
            self.ctx.runner.run(ops.paste_projects, self.activity_id, text)

    def selected_project(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _remove(self) -> None:
        project_id = self.selected_project()
        if project_id is not None:
            self.ctx.runner.run(ops.remove_project, project_id)

    def _import(self) -> None:
        from workshop.export.pabulib_files import read_pb

        path = self.ask_open(self)
        if path is None:
            return
        try:
            pb = read_pb(path)
        except WorkshopError as exc:
            self.ctx.runner.report(error_text(exc))
            return
        if self.ctx.runner.run(ops.import_pb, self.activity_id, pb) is not None and pb.notes:
            self.ctx.runner.report(translate("ProjectsTab",
                                             "Imported. %1").replace("%1", " ".join(pb.notes)))

    def _export(self) -> None:
        from workshop.export.pabulib_files import write_pb

        s = read_budgeting.settings(self.ctx.doc, self.activity_id)
        if not read_budgeting.may_show(s):
            self.ctx.runner.report(translate(
                "ProjectsTab", "The ballots are secret: reveal the results before exporting."))
            return
        path = self.ask_save(self)
        if path is None:
            return
        election = read_budgeting.election(self.ctx.doc, self.activity_id, anonymous=True)
        activity = read.activity(self.ctx.doc, self.activity_id)
        pb = from_election(election, description=activity.title if activity else "",
                           cumulative=bool(s.rules.points))
        try:
            write_pb(path, pb)
        except WorkshopError as exc:
            self.ctx.runner.report(error_text(exc))
