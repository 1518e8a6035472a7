"""Results (hidden until revealed), the organisation breakdown, and the agenda made from them.

A ranked item becomes an action on the workshop's list with Ctrl+Shift+T, the
"Make action" button (Alt+K) or the ranking's right-click menu (its source: this vote).

The whole tab works from the keyboard: Ctrl+R reveals and puts the focus on the
ranking (top item selected); Alt+W each organisation weighs the same; Alt+O top N,
Alt+L all with at least N dots (typing in either number picks it); Alt+U the timebox;
Alt+M makes the agenda. Tab walks the same order, top to bottom.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QPoint, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain import voting as rules
from workshop.domain.errors import ValidationError
from workshop.domain.voting import RankedItem, VoteResults
from workshop.domain.voting import plan_agenda as plan
from workshop.storage.ops import voting as ops
from workshop.ui.flow import flow_row, pair
from workshop.ui.screens.base import ScreenContext
from workshop.ui.theme import set_role
from workshop.ui.tr import QT_TRANSLATE_NOOP, translate
from workshop.ui.undo import step
from workshop.ui.vote.state import VoteState
from workshop.ui.vote.widgets import BAR_ROLE, BarDelegate
from workshop.ui.widgets import VerticalScroll
from workshop.ui.words import error_text, own_direction


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


#: The longest action text a ranked item becomes.
ACTION_TEXT_MAX = 200
#: Where a ranking row keeps its item's title (the shown text may be shortened).
TITLE_ROLE = Qt.ItemDataRole.UserRole


#: The domain's words for a small organisation's hidden choices, as the laptop says them.
_KEPT_SECRET = QT_TRANSLATE_NOOP("ResultsPanel", "kept secret: fewer than 3 voters")
_KEPT_SECRET_WHY = QT_TRANSLATE_NOOP(
    "ResultsPanel",
    "Ballots are secret: an organisation's choices are shown only when at least 3 of its "
    "people voted (with fewer, they would nearly give away each person's ballot).")


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _table(name: str, accessible: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    return table


#: The dots column: its usual width, and how narrow it may get beside a long item.
BAR_WIDTH, BAR_MIN_WIDTH = 150, 100


class RankingTable(QTableWidget):
    """Rank, item, and dots with a bar behind the number; ties say so."""

    def __init__(self, name: str, accessible: str, weighted: bool) -> None:
        super().__init__(0, 3)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.weighted = weighted
        self.setHorizontalHeaderLabels(
            [translate("RankingTable", "Rank"), translate("RankingTable", "Item"),
             translate("RankingTable", "Weighted dots") if weighted else translate("RankingTable",
                                                                                   "Dots")]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab leaves the ranking; arrows move inside it
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(2, BAR_WIDTH)
        self.setItemDelegateForColumn(2, BarDelegate(self))
        set_role(self, "ranking")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_dots_column()

    def _fit_dots_column(self) -> None:
        # The item is what people read: in a narrow table (two side by side on a laptop)
        # the bar column gives way — but never below its longest count ("12  (7 on paper)"
        # was cut to "(7 on pa").
        width = max(BAR_MIN_WIDTH, min(BAR_WIDTH, self.viewport().width() // 3))
        metrics = self.fontMetrics()
        counts = [self.item(r, 2) for r in range(self.rowCount())]
        needed = max((metrics.horizontalAdvance(c.text()) for c in counts if c), default=0)
        width = max(width, needed + 24)
        if self.columnWidth(2) != width:
            self.setColumnWidth(2, width)

    def show_ranking(self, ranking: Sequence[RankedItem]) -> None:
        top = max((r.score for r in ranking), default=0.0) or 1.0
        self.setRowCount(len(ranking))
        for row, item in enumerate(ranking):
            rank = str(item.rank)
            if item.tied:
                rank = translate("RankingTable", "%1 (tie)").replace("%1", rank)
            if item.score <= 0:
                rank = "–"
            if self.weighted:
                count = _number(item.score)
            else:
                count = str(item.dots)
                if item.paper_dots:
                    count += "  " + translate("RankingTable",
                                              "(%1 on paper)").replace("%1", str(item.paper_dots))
            title = " ".join(item.title.split())
            cells = [QTableWidgetItem(rank), QTableWidgetItem(title), QTableWidgetItem(count)]
            cells[2].setData(BAR_ROLE, float(item.score / top))
            cells[1].setData(TITLE_ROLE, item.title)
            cells[0].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if item.score <= 0:  # "–" read out in words
                cells[0].setData(Qt.ItemDataRole.AccessibleTextRole,
                               translate("RankingTable", "not ranked: no dots"))
            for column, cell in enumerate(cells):
                if column == 1:
                    cell.setToolTip(title)
                self.setItem(row, column, cell)
        self._fit_dots_column()
        fit_rows(self)

    def selected_titles(self) -> list[str]:
        """The titles of the selected rows, top of the ranking first."""
        rows = sorted({index.row() for index in self.selectedIndexes()})
        titles = []
        for row in rows:
            cell = self.item(row, 1)
            if cell is not None:
                titles.append(str(cell.data(TITLE_ROLE) or cell.text()))
        return titles

    def texts(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (for tests and for reading aloud)."""
        def text(row: int, column: int) -> str:
            item = self.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.rowCount())]


#: Ties named above the ranking (the ranking marks every tie), and items named per tie.
TIES_SHOWN, TIE_NAMES = 3, 3
#: Rows of a ranking and of the organisations shown before the results page scrolls.
RANKING_ROWS, ORGANISATION_ROWS = 4, 3
SCROLL_MIN_HEIGHT = 200


def _rows_height(table: QTableWidget, rows: int) -> int:
    row = table.verticalHeader().defaultSectionSize()
    return table.horizontalHeader().sizeHint().height() + rows * row + 2 * table.frameWidth() + 2


def fit_rows(table: QTableWidget, least: int = 1) -> None:
    """As tall as all its rows: the results page scrolls as one (tables scrolling inside
    a scrolling page hid the ranking's last row)."""
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    bar = table.horizontalScrollBar()
    extra = bar.sizeHint().height() if bar.isVisible() else 0
    table.setFixedHeight(_rows_height(table, max(least, table.rowCount())) + extra)


class ResultsPanel(QWidget):
    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.state: VoteState | None = None
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.reveal = QPushButton(translate("ResultsPanel", "Reveal results"),
                                  objectName="voteReveal")
        self.reveal.setAccessibleName(translate("ResultsPanel", "Reveal or hide the results"))
        self.reveal.setToolTip(translate("ResultsPanel",
                                         "Reveal or hide the results (Ctrl+R); undoable"))
        self.reveal.clicked.connect(self.toggle_reveal)
        self.summary = QLabel(objectName="voteResultsSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        top.addWidget(self.reveal)
        layout.addLayout(top)

        self.pages = QStackedWidget(objectName="voteResultsPages")
        layout.addWidget(self.pages, 1)
        self.hidden_note = QLabel(objectName="voteResultsHidden")
        self.hidden_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_note.setWordWrap(True)
        set_role(self.hidden_note, "muted")
        self.pages.addWidget(self.hidden_note)

        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        self.ties = QLabel(objectName="voteResultsTies")
        self.ties.setWordWrap(True)
        set_role(self.ties, "warning")
        shown_layout.addWidget(self.ties)
        # A short box, the rest in its tooltip: the long line forced the window past a laptop.
        self.equal = QCheckBox(translate("ResultsPanel", "Each organisation &weighs the same"),
                               objectName="voteEqualWeight")
        self.equal.setAccessibleName(translate("ResultsPanel", "Each organisation weighs the same"))
        self.equal.setToolTip(translate("ResultsPanel",
                                        "Show both rankings side by side: dots as cast, "
                                         "and with each organisation weighing the same"))
        self.equal.toggled.connect(self._toggle_equal)
        shown_layout.addWidget(self.equal)
        rankings = QHBoxLayout()
        self.ranking = RankingTable("voteRanking", translate("ResultsPanel",
                                                             "Ranking by dots as cast"),
                                    weighted=False)
        self.weighted = RankingTable(
            "voteRankingWeighted", translate("ResultsPanel",
                                             "Ranking with each organisation weighing the same"),
            True
        )
        cast_box = QVBoxLayout()
        cast_box.addWidget(QLabel(translate("ResultsPanel", "<b>Dots as cast</b>")))
        cast_box.addWidget(self.ranking)
        self.weighted_box = QWidget()
        weighted_layout = QVBoxLayout(self.weighted_box)
        weighted_layout.setContentsMargins(0, 0, 0, 0)
        weighted_heading = QLabel(translate("ResultsPanel",
                                            "<b>Each organisation weighs the same</b>"))
        weighted_heading.setWordWrap(True)  # two tables side by side on a laptop
        weighted_layout.addWidget(weighted_heading)
        weighted_layout.addWidget(self.weighted)
        rankings.addLayout(cast_box, 1)
        rankings.addWidget(self.weighted_box, 1)
        shown_layout.addLayout(rankings, 3)
        self.make_action = QPushButton(translate("ResultsPanel", "Ma&ke action"),
                                       objectName="voteMakeAction")
        self.make_action.setAccessibleName(
            translate("ResultsPanel", "Make an action from the selected result"))
        self.make_action.setToolTip(
            translate("ResultsPanel", "Put the selected result on the workshop's action list "
                             "(Alt+K or Ctrl+Shift+T); undoable")
        )
        self.make_action.clicked.connect(self.make_action_from_selected)
        action_row = QHBoxLayout()
        action_row.addStretch(1)
        action_row.addWidget(self.make_action)
        shown_layout.addLayout(action_row)
        self.make_action_shortcut = QAction(translate("ResultsPanel", "Make action"), self)
        self.make_action_shortcut.setObjectName("voteMakeActionAction")
        self.make_action_shortcut.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.make_action_shortcut.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.make_action_shortcut.triggered.connect(self.make_action_from_selected)
        self.addAction(self.make_action_shortcut)
        self._last_ranking = self.ranking
        for table in (self.ranking, self.weighted):
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.customContextMenuRequested.connect(
                lambda pos, t=table: self._ranking_menu(t, pos)
            )
            table.itemSelectionChanged.connect(lambda t=table: self._ranking_used(t))
        self.organisations = _table(
            "voteOrganisations",
            translate("ResultsPanel", "Breakdown by organisation"),
            [translate("ResultsPanel", "Organisation"), translate("ResultsPanel", "Voters"),
             translate("ResultsPanel", "Dots"),
             translate("ResultsPanel", "Each dot counts"), translate("ResultsPanel",
                                                                     "Most dots on")],
        )
        org_header = self.organisations.horizontalHeader()
        org_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        org_header.setStretchLastSection(True)
        shown_layout.addWidget(QLabel(translate("ResultsPanel", "<b>By organisation</b>")))
        shown_layout.addWidget(self.organisations, 1)
        self.secret_note = QLabel(objectName="voteOrganisationsSecret")
        self.secret_note.setWordWrap(True)
        set_role(self.secret_note, "muted")
        shown_layout.addWidget(self.secret_note)
        shown_layout.addWidget(self._agenda_box())
        # Every table as tall as its rows; on a laptop the page scrolls as one instead of
        # forcing the window past the screen.
        for grid, rows in ((self.ranking, RANKING_ROWS), (self.weighted, RANKING_ROWS),
                           (self.organisations, ORGANISATION_ROWS)):
            fit_rows(grid, rows)
        self.pages.addWidget(VerticalScroll(shown, min_height=SCROLL_MIN_HEIGHT))
        chain = (
            self.reveal, self.equal, self.ranking, self.weighted, self.make_action,
            self.organisations, self.top_choice, self.top_n, self.min_choice, self.min_dots,
            self.timebox, self.make,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _agenda_box(self) -> QGroupBox:
        box = QGroupBox(translate("ResultsPanel", "Make agenda from results"))
        box.setObjectName("voteAgendaBox")
        rows = QVBoxLayout(box)
        self.top_choice = QRadioButton(translate("ResultsPanel", "T&op"),
                                       objectName="voteAgendaTopChoice")
        self.top_choice.setAccessibleName(translate("ResultsPanel", "Take the top items"))
        self.top_choice.setChecked(True)
        self.top_n = QSpinBox(objectName="voteAgendaTop")
        self.top_n.setAccessibleName(translate("ResultsPanel", "How many top items"))
        self.top_n.setRange(1, 99)
        self.top_n.setValue(3)
        self.min_choice = QRadioButton(translate("ResultsPanel", "All with at &least"),
                                       objectName="voteAgendaMinChoice")
        self.min_choice.setAccessibleName(
            translate("ResultsPanel", "Take all items with at least this many dots"))
        self.min_dots = QSpinBox(objectName="voteAgendaMinDots")
        self.min_dots.setAccessibleName(translate("ResultsPanel", "Minimum dots"))
        self.min_dots.setRange(1, 9999)
        self.min_dots.setValue(3)
        self.min_dots.setSuffix(translate("ResultsPanel", " dots"))
        group = QButtonGroup(box)
        group.addButton(self.top_choice)
        group.addButton(self.min_choice)
        self.timebox = QSpinBox(objectName="voteAgendaTimebox")
        self.timebox.setAccessibleName(translate("ResultsPanel",
                                                 "Timebox of each new item in minutes"))
        self.timebox.setRange(1, 24 * 60)
        self.timebox.setValue(15)
        self.timebox.setSuffix(translate("ResultsPanel", " min"))
        timebox_label = QLabel(translate("ResultsPanel", "Min&utes each"),
                               objectName="voteAgendaTimeboxLabel")
        timebox_label.setBuddy(self.timebox)
        self.make = QPushButton(translate("ResultsPanel", "&Make agenda from results"),
                                objectName="voteAgendaMake")
        self.make.setAccessibleName(translate("ResultsPanel", "Make agenda from results"))
        self.make.setToolTip(translate("ResultsPanel",
                                       "Add the chosen results to the agenda after this "
                                        "vote (Alt+M); undoable"))
        self.make.clicked.connect(self.make_agenda)
        self.preview = QLabel(objectName="voteAgendaPreview")
        self.preview.setWordWrap(True)
        # Long titles wrap to more lines instead of asking for a width by their length.
        self.preview.setMinimumWidth(1)
        # Two rows (which items; how long, and go) with the preview under them: beside them
        # (in the app's theme) it forced the window past a laptop's width. Each row wraps
        # (a choice with its number stays together) rather than widen the window.
        rows.addWidget(flow_row(box, pair(box, self.top_choice, self.top_n, stretch=0),
                                pair(box, self.min_choice, self.min_dots, stretch=0)))
        rows.addWidget(flow_row(box, pair(box, timebox_label, self.timebox, stretch=0),
                                self.make))
        rows.addWidget(self.preview)
        for widget in (self.top_choice, self.min_choice):
            widget.toggled.connect(lambda _on: self._preview())
        # Typing a number picks the rule it belongs to (no need to go back to the radio).
        self.top_n.valueChanged.connect(lambda _v: self.top_choice.setChecked(True))
        self.min_dots.valueChanged.connect(lambda _v: self.min_choice.setChecked(True))
        for spin in (self.top_n, self.min_dots, self.timebox):
            spin.valueChanged.connect(lambda _v: self._preview())
        return box

    # -- state

    def refresh(self, state: VoteState) -> None:
        self.state = state
        results = state.results
        revealed = state.settings.revealed
        self.reveal.setText(translate("ResultsPanel", "Hide results") if revealed
                            else translate("ResultsPanel", "Reveal results"))
        voted = len([b for b in state.ballots if b.done or b.has_dots])
        self.summary.setText(self._summary(results, voted))
        if not revealed:
            n_people = len(state.people)
            self.hidden_note.setText(
                translate("ResultsPanel",
                          "Results are hidden until you reveal them (Ctrl+R).") + "\n"
                + translate("ResultsPanel", "%1 of %n people have voted; %2 paper dots tallied.",
                            None,
                            n_people)
                .replace("%1", str(voted)).replace("%2", str(results.paper_dots))
            )
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        with QSignalBlocker(self.equal):
            self.equal.setChecked(state.settings.equal_org_weight)
        self.weighted_box.setVisible(state.settings.equal_org_weight)
        self.ranking.show_ranking(results.ranking)
        self.weighted.show_ranking(results.weighted)
        self.ties.setText(self._ties(results))
        self._show_organisations(state)
        self._preview()

    @staticmethod
    def _summary(results: VoteResults, voted: int) -> str:
        parts = [translate("ResultsPanel", "%n voter(s)", None, voted)]
        n_ballot_dots = results.ballot_dots
        parts.append(translate("ResultsPanel", "%n dot(s) on ballots", None, n_ballot_dots))
        if results.paper_dots:
            n_paper_dots = results.paper_dots
            parts.append(translate("ResultsPanel", "%n on paper", None, n_paper_dots))
        n_dots_cast = results.dots_cast
        parts.append(translate("ResultsPanel", "%n dot(s) cast in all", None, n_dots_cast))
        return " · ".join(parts)

    @staticmethod
    def _ties(results: VoteResults) -> str:
        # Short: with 80 real proposals the ties listed in full filled the whole page.
        lines = []
        for group in results.ties[:TIES_SHOWN]:
            names = ", ".join(own_direction(f"“{_short(i.title, 32)}”") for i in group[:TIE_NAMES])
            if len(group) > TIE_NAMES:
                n_more = len(group) - TIE_NAMES
                names += translate("ResultsPanel", " and %n more", None, n_more)
            n_dots = group[0].dots
            lines.append(translate("ResultsPanel", "Tie for place %1 (%n dot(s) each): %2", None,
                                   n_dots)
                         .replace("%1", str(group[0].rank)).replace("%2", names))
        if len(results.ties) > TIES_SHOWN:
            n_more_ties = len(results.ties) - TIES_SHOWN
            lines.append(translate("ResultsPanel", "… and %n more tie(s) (see the ranking).", None,
                                   n_more_ties))
        return "\n".join(lines)

    def _show_organisations(self, state: VoteState) -> None:
        orgs = state.results.organisations
        self.organisations.setRowCount(len(orgs))
        for row, org in enumerate(orgs):
            top = ", ".join(own_direction(f"“{_short(state.item_title(i))}”")
                           for i in org.top_items(2))
            hidden = rules.choices_hidden(state.settings.secret, org.voters)
            if hidden:
                top = "(" + translate("ResultsPanel", _KEPT_SECRET) + ")"
            cells = [org.name, str(org.voters), str(org.dots), f"× {org.weight:.2f}", top]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if hidden and column == 4:
                    cell.setToolTip(translate("ResultsPanel", _KEPT_SECRET_WHY))
                self.organisations.setItem(row, column, cell)
        fit_rows(self.organisations)
        hides = any(rules.choices_hidden(state.settings.secret, o.voters) for o in orgs)
        self.secret_note.setText(translate("ResultsPanel", _KEPT_SECRET_WHY) if hides else "")
        self.secret_note.setVisible(hides)

    def _options(self) -> dict[str, int | None]:
        if self.top_choice.isChecked():
            return {"top": self.top_n.value(), "min_dots": None}
        return {"top": None, "min_dots": self.min_dots.value()}

    def _preview(self) -> None:
        if self.state is None or not self.state.settings.revealed:
            return
        results = self.state.results
        ranking = results.preferred()
        options = self._options()
        try:
            agenda_plan = plan(
                ranking,
                top=options["top"],
                min_dots=options["min_dots"],
                timebox=self.timebox.value(),
                minutes_left=ops.minutes_left(self.ctx.doc),
            )
        except ValidationError as exc:
            self.preview.setText(error_text(exc))
            self.make.setEnabled(False)
            return
        self.make.setEnabled(True)
        minutes = translate("ResultsPanel", "%1 (%2 min)")
        titles = "; ".join(
            minutes.replace("%1", own_direction(_short(i.title))).replace("%2", str(i.minutes))
            for i in agenda_plan.items
        )
        note = f" {agenda_plan.note}" if agenda_plan.note else ""
        count = len(agenda_plan.items)
        if results.equal_org_weight:
            text = translate("ResultsPanel", "Adds %n activity(-ies) after this vote, from the "
                                      "equal-weight ranking: %1.", None, count)
        else:
            text = translate("ResultsPanel",
                             "Adds %n activity(-ies) after this vote, from the ranking "
                                      "as cast: %1.", None, count)
        self.preview.setText(text.replace("%1", titles) + note)

    # -- actions

    def toggle_reveal(self) -> None:
        """Reveal (the focus goes to the ranking, its top item selected) or hide the results."""
        if self.state is None:
            return
        change = self.ctx.runner.run(
            ops.set_revealed, self.activity_id, not self.state.settings.revealed
        )
        if change is None or self.state is None:
            return
        if self.state.settings.revealed:
            self.focus_ranking()
        else:
            self.reveal.setFocus()

    def focus_ranking(self) -> None:
        """Keyboard focus on the ranking, its top item current, ready for arrows and Alt+K."""
        table = self.weighted if self.weighted.isVisibleTo(self) and (
            self._last_ranking is self.weighted
        ) else self.ranking
        if table.rowCount() and not table.selectedIndexes():
            table.setCurrentCell(0, 1)
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggle_equal(self, on: bool) -> None:
        self.ctx.runner.run(ops.set_equal_org_weight, self.activity_id, on)

    def _ranking_used(self, table: RankingTable) -> None:
        if table.selectedIndexes():
            self._last_ranking = table

    def _ranking_menu(self, table: RankingTable, pos: QPoint) -> None:
        """Right-click on a ranked item: make it an action."""
        index = table.indexAt(pos)
        if index.isValid() and index.row() not in {i.row() for i in table.selectedIndexes()}:
            flags = QItemSelectionModel.SelectionFlag
            table.selectionModel().select(index, flags.ClearAndSelect | flags.Rows)
        self._last_ranking = table
        menu = QMenu(self)
        menu.setObjectName("voteRankingMenu")
        menu.addAction(self.make_action_shortcut)
        menu.exec(table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def make_action_from_selected(self) -> None:
        """The selected ranked items become actions (source: this vote), in one undo step."""
        from workshop.domain.actions import SourceKind
        from workshop.storage.ops import actions as actions_ops
        from workshop.ui.actions_panel import add_action_from

        if self.state is None or not self.state.settings.revealed:
            self.ctx.runner.report(
                translate("ResultsPanel",
                          "Reveal the results first, then pick the result to act on."))
            return
        table = self._last_ranking
        if not table.isVisible() or not table.selectedIndexes():
            table = self.ranking
        titles = [_short(t, ACTION_TEXT_MAX) for t in table.selected_titles()]
        if not titles:
            self.ctx.runner.report(
                translate("ResultsPanel",
                          "Select a result in the ranking first: it becomes an action."))
            return
        if len(titles) == 1:
            add_action_from(self.ctx, SourceKind.VOTE, self.activity_id, titles[0])
            return
        n_titles = len(titles)
        self.ctx.runner.run_all(  # one gesture: one transaction, one undo step
            actions_ops.made_actions_label(n_titles),
            [
                step(actions_ops.add_action, title, source_kind=SourceKind.VOTE,
                     source_id=self.activity_id)
                for title in titles
            ],
        )

    def make_agenda(self) -> None:
        options = self._options()
        self.ctx.runner.run(
            ops.make_agenda,
            self.activity_id,
            top=options["top"],
            min_dots=options["min_dots"],
            timebox=self.timebox.value(),
        )
