"""The pulse check screen: statements, paper tallies or answers one by one, rounds side by side.

Keyboard: Ctrl+N types a new statement (Enter adds it, and the keyboard goes on to its
tally); in the list, Delete removes one. Paper tally (Alt+T): type the counts in the
quick line lowest value first ("0 1 3 6 2 0", Enter) or in the boxes (Tab between them).
A line of counts typed into the statement box is offered as the tally, not a statement.
One by one: with the answer pad focused, each key 0–5 records one anonymous answer;
results stay hidden until Ctrl+Shift+R.
Ctrl+R asks the statement again as a new round.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.domain.pulse import RoundResult, Scale, Statement, parse_tally
from workshop.kinds import watched
from workshop.storage import read, read_pulse
from workshop.storage.changes import Change
from workshop.storage.ops import pulse as ops
from workshop.ui.pulse import words
from workshop.ui.pulse.entry import ONE_BY_ONE_TAB, TALLY_TAB, AnswerPad, PulseEntry
from workshop.ui.pulse.questions import (
    AskLabel,
    AskTally,
    AskText,
    ask_counts_are_tally,
    ask_round_label,
    ask_statement_text,
    looks_like_counts,
)
from workshop.ui.pulse.results import ImpactRadar, PulseResults
from workshop.ui.screens.base import ActivityScreen, ScreenContext
from workshop.ui.theme import set_role
from workshop.ui.tr import translate
from workshop.ui.widgets import buddy_label, compact, make_button
from workshop.ui.words import error_text

#: What choosing the statement the room sees writes (nothing the laptop lists).
ON_SCREEN_COLUMNS = frozenset({"on_screen", "show_shift"})
_ID = Qt.ItemDataRole.UserRole
__all__ = ["ONE_BY_ONE_TAB", "TALLY_TAB", "AnswerPad", "PulseScreen"]


class PulseScreen(ActivityScreen):
    tables = watched(ActivityKind.PULSE)
    kept = True  # built once per workshop: reopening shows it again

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, activity_id, parent)
        self.setObjectName("pulseScreen")
        self.ask_label: AskLabel = ask_round_label
        self.ask_text: AskText = ask_statement_text
        self.ask_tally: AskTally = ask_counts_are_tally
        self._statements: dict[int, Statement] = {}
        self._rounds: list[RoundResult] = []

        self.title = QLabel(self, objectName="pulseTitle")
        set_role(self.title, "title")
        self.title.setWordWrap(True)  # any title length: it wraps, never widens the window
        self.prompt = QLabel(self, objectName="pulsePrompt")
        self.prompt.setAccessibleName(translate("PulseScreen", "Prompt shown to the room"))
        self.prompt.setWordWrap(True)
        set_role(self.prompt, "prompt")
        self._build_statements()
        self._build_entry()
        self._build_results()
        self._build_layout()
        self._build_actions()
        self.reload()

    # ------------------------------------------------------------ building

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        return make_button(self, text, name, tip, slot)

    def _build_statements(self) -> None:
        self.statement_edit = QLineEdit(self, objectName="pulseStatementText")
        self.statement_edit.setAccessibleName(translate("PulseScreen", "New statement"))
        self.statement_edit.setPlaceholderText(
            translate("PulseScreen", "New statement, e.g. I trust this group… (Enter)"))
        self.statement_edit.returnPressed.connect(self.add_typed)
        self.scale_combo = QComboBox(self, objectName="pulseScale")
        self.scale_combo.setAccessibleName(translate("PulseScreen", "Scale of the new statement"))
        for scale in Scale:
            self.scale_combo.addItem(words.scale_label(scale), scale.value)
        self.add_button = self._button(translate("PulseScreen", "Add"), "pulseStatementAdd",
                                       translate("PulseScreen", "Add statement (Enter)"),
                                       self.add_typed)
        self.statements_list = QListWidget(self)
        self.statements_list.setObjectName("pulseStatements")
        self.statements_list.setAccessibleName(translate("PulseScreen", "Statements"))
        self.statements_list.setWordWrap(True)
        self.statements_list.setAlternatingRowColors(True)
        self.statements_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.statements_list.currentItemChanged.connect(lambda *_: self._load_statement())
        # The room sees the statement the facilitator chose, not simply the last one.
        self.statements_list.currentItemChanged.connect(lambda *_: self._put_on_screen())
        self.impact_button = self._button(
            translate("PulseScreen", "Impact check"), "pulseImpactCheck",
            translate("PulseScreen",
                      "Add the five collective impact statements (Ctrl+I)"), self.add_impact_check,
        )
        self.remove_button = self._button(translate("PulseScreen", "Remove"),
                                          "pulseStatementRemove",
                                          translate("PulseScreen",
                                                    "Remove the selected statement (Delete)"),
                                          self.remove_selected)

    def _build_entry(self) -> None:
        self.statement_label = QLabel(self, objectName="pulseStatement")
        self.statement_label.setAccessibleName(translate("PulseScreen", "Statement asked"))
        self.statement_label.setWordWrap(True)
        self.round_combo = QComboBox(self, objectName="pulseRound")
        self.round_combo.setAccessibleName(translate("PulseScreen", "Round"))
        self.round_combo.currentIndexChanged.connect(lambda _i: self._load_round())
        round_label = QLabel(translate("PulseScreen", "&Round"), self)
        round_label.setBuddy(self.round_combo)
        self.again_button = self._button(
            translate("PulseScreen", "Ask again…"), "pulseAskAgain",
            translate("PulseScreen", "Ask the statement again as a new round (Ctrl+R)"),
            self.ask_again)
        self.reveal_button = self._button(
            translate("PulseScreen", "Show results"), "pulseReveal",
            translate("PulseScreen", "Show or hide this round's results (Ctrl+Shift+R)"),
            self.toggle_reveal)
        self.clear_button = self._button(
            translate("PulseScreen", "Clear answers"), "pulseClear",
            translate("PulseScreen", "Clear this round's tally and answers"), self.clear_round)
        self.round_row = QHBoxLayout()
        self.round_row.addWidget(round_label)
        self.round_row.addWidget(self.round_combo, 1)
        compact(self.reveal_button, translate("PulseScreen", "Hide results"))
        for button in (self.again_button, self.reveal_button, self.clear_button):
            self.round_row.addWidget(compact(button))
        self.shift_box = QCheckBox(translate("PulseScreen", "Sho&w the shift"), self)
        self.shift_box.setObjectName("pulseShowShift")
        self.shift_box.setAccessibleName(
            translate("PulseScreen", "Show the rounds side by side with the change to the room"))
        self.shift_box.setToolTip(
            translate("PulseScreen", "Show this statement's rounds side by side, with the "
                                     "change, on the projector")
        )
        self.shift_box.toggled.connect(lambda _on: self._put_on_screen())

        self.entry_tabs = PulseEntry(self.enter_quick_tally, self._spin_edited, self.answer, self)
        self.entry_tabs.currentChanged.connect(lambda _i: self._load_results())
        self.quick_tally, self.pad = self.entry_tabs.quick_tally, self.entry_tabs.pad
        self.who_combo, self.one_hint = self.entry_tabs.who_combo, self.entry_tabs.one_hint

    def _build_results(self) -> None:
        self.results_box = PulseResults(self)
        self.histograms = self.results_box.histograms
        self.radar_box = ImpactRadar(self)
        self.radar = self.radar_box.radar

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        add_row = QHBoxLayout()
        add_row.addWidget(buddy_label(translate("PulseScreen", "Scale"), self.scale_combo))
        add_row.addWidget(self.scale_combo, 1)
        add_row.addWidget(self.add_button)
        left_layout.addWidget(self.statement_edit)
        left_layout.addLayout(add_row)
        left_layout.addWidget(self.statements_list, 1)
        # Under the list that chooses what the room sees (the right column is the tallest).
        self.shift_box.setParent(left)
        left_layout.addWidget(self.shift_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.impact_button)
        buttons.addWidget(self.remove_button)
        left_layout.addLayout(buttons)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(10, 0, 0, 0)
        right_layout.addWidget(self.statement_label)
        right_layout.addLayout(self.round_row)
        right_layout.addWidget(self.entry_tabs)
        lower = QHBoxLayout()
        lower.addWidget(self.results_box, 1)
        lower.addWidget(self.radar_box, 1)
        right_layout.addLayout(lower, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("pulseSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([250, 850])
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        # 4 px at the bottom: with Noto Sans (taller than DejaVu) the screen was 3 px over a
        # laptop's usable height.
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addWidget(self.splitter, 1)

    def _build_actions(self) -> None:
        specs: list[tuple[str, str, object, Callable[[], None], QWidget | None]] = [
            ("pulseNewStatementAction", translate("PulseScreen", "New statement"), "Ctrl+N",
             self.focus_primary, None),
            ("pulseAskAgainAction", translate("PulseScreen", "Ask again"), "Ctrl+R",
             self.ask_again, None),
            ("pulseTallyAction", translate("PulseScreen", "Type the tally"), "Alt+T",
             self.focus_tally,
             None),
            ("pulseRevealAction", translate("PulseScreen", "Show or hide results"), "Ctrl+Shift+R",
             self.toggle_reveal, None),
            ("pulseImpactAction", translate("PulseScreen", "Collective impact check"), "Ctrl+I",
             self.add_impact_check, None),
            ("pulseRemoveAction", translate("PulseScreen", "Remove statement"),
             QKeySequence.StandardKey.Delete, self.remove_selected, self.statements_list),
            ("pulseEditAction", translate("PulseScreen", "Edit statement"), "F2",
             self.edit_selected,
             self.statements_list),
        ]
        for name, text, keys, slot, widget in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut if widget is not None
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            action.triggered.connect(slot)
            (widget or self).addAction(action)

    # ------------------------------------------------------------ state

    def focus_primary(self) -> None:
        self.statement_edit.setFocus()

    def focus_tally(self) -> None:
        """The paper tally's line of counts, for the statement selected."""
        self.entry_tabs.setCurrentIndex(TALLY_TAB)
        self.quick_tally.setFocus()

    def anonymous(self) -> bool:
        """Pulse answers are anonymous unless this activity says otherwise (the workshop's
        own setting does not make a trust check named)."""
        activity = read.activity(self.ctx.doc, self.activity_id)
        return activity is None or activity.anonymous is None or activity.anonymous

    def current_statement(self) -> Statement | None:
        item = self.statements_list.currentItem()
        return self._statements.get(int(item.data(_ID))) if item is not None else None

    def current_round(self) -> RoundResult | None:
        round_id = self.round_combo.currentData()
        return next((r for r in self._rounds if r.round_id == round_id), None)

    def reload(self) -> None:
        doc = self.ctx.doc
        activity = read.activity(doc, self.activity_id)
        if activity is None:
            return
        self.title.setText(activity.title)
        self.prompt.setText(activity.prompt or translate(
            "PulseScreen", "How true is this for you? Show your fingers."))
        statements = read_pulse.statements(doc, self.activity_id)
        self._statements = {s.id: s for s in statements}
        current = self.current_statement()
        keep = current.id if current is not None else None
        # Refilling the list is not a choice of statement: it stays silent meanwhile.
        blocker = QSignalBlocker(self.statements_list)
        self.statements_list.clear()
        for statement in statements:
            item = QListWidgetItem(f"{statement.text}\n{words.scale_label(statement.scale)}")
            item.setData(_ID, statement.id)
            self.statements_list.addItem(item)
            if statement.id == keep:
                self.statements_list.setCurrentItem(item)
        if self.statements_list.currentItem() is None and statements:
            self.statements_list.setCurrentRow(0)
        blocker.unblock()
        self.impact_button.setDefault(
            not statements and "collective impact" in activity.title.casefold()
        )
        self.entry_tabs.set_people(None if self.anonymous() else read.participants(doc))
        self._load_statement()
        impact = read_pulse.impact(doc, self.activity_id)
        self.radar_box.setVisible(impact is not None)
        if impact is not None:
            self.radar.set_points(impact)

    def _put_on_screen(self) -> None:
        """Send the selected statement to the projector (with its shift when ticked).

        Choosing statement after statement is one undo step (the gestures merge).
        """
        statement = self.current_statement()
        if statement is None:
            return
        shown, shift = read_pulse.on_screen(self.ctx.doc, self.activity_id)
        wanted = self.shift_box.isChecked()
        if shown is not None and shown.id == statement.id and shift == wanted:
            return
        self.ctx.runner.run(
            ops.show_on_screen, statement.id, shift=wanted, merge_key="pulse-on-screen"
        )

    def _load_statement(self) -> None:
        statement = self.current_statement()
        has = statement is not None
        for widget in (self.entry_tabs, self.round_combo, self.again_button, self.reveal_button,
                       self.shift_box, self.clear_button, self.results_box):
            widget.setEnabled(has)
        if statement is None:
            self.statement_label.setText(
                translate("PulseScreen", "Add a statement to ask the room (Ctrl+N)."))
            self._rounds = []
            self.round_combo.clear()
            self._load_results()
            return
        self.statement_label.setText(statement.text)
        self._show_shift_box()
        previous = self.round_combo.currentData()
        self._rounds = read_pulse.rounds(self.ctx.doc, statement.id)
        with QSignalBlocker(self.round_combo):
            self.round_combo.clear()
            for result in self._rounds:
                self.round_combo.addItem(words.round_title(result), result.round_id)
            index = self.round_combo.findData(previous)
            self.round_combo.setCurrentIndex(index if index >= 0 else len(self._rounds) - 1)
        self.entry_tabs.build_spins(statement.scale)
        self._load_round()

    def _show_shift_box(self) -> None:
        """Ticked when the selected statement is on the projector with its shift."""
        statement = self.current_statement()
        shown, shift = read_pulse.on_screen(self.ctx.doc, self.activity_id)
        blocker = QSignalBlocker(self.shift_box)
        self.shift_box.setChecked(
            statement is not None and shown is not None and shown.id == statement.id and shift
        )
        blocker.unblock()

    def _load_round(self) -> None:
        result = self.current_round()
        if result is None:
            self._load_results()
            return
        tally = read_pulse.tally(self.ctx.doc, result.round_id)
        self.entry_tabs.show_tally(tally)
        self.reveal_button.setText(
            translate("PulseScreen", "Hide results") if result.revealed else translate(
                                                 "PulseScreen", "Show results"))
        typed = read_pulse.answer_count(self.ctx.doc, result.round_id)
        statement = self.current_statement()
        scale = statement.scale if statement else Scale.FIST
        press = translate("PulseScreen", "Click here, then press %1–%2 for each answer.")
        count = translate("PulseScreen", "%n answer(s) typed this round", None, typed)
        if self.anonymous():
            count += " · " + translate("PulseScreen", "anonymous")
        self.pad.label.setText(
            press.replace("%1", str(scale.low)).replace("%2", str(scale.high)) + "\n" + count
        )
        self.one_hint.setText(
            translate("PulseScreen", "Results stay hidden while people answer at the laptop; "
                                     "show them with Ctrl+Shift+R. Undo (Ctrl+Z) takes back a "
                                     "wrong key.")
        )
        self._load_results()

    def _load_results(self) -> None:
        statement = self.current_statement()
        rounds = read_pulse.history(self.ctx.doc, statement.id) if statement else []
        current = self.current_round()
        hidden = (
            current.round_id
            if self.entry_tabs.currentIndex() == ONE_BY_ONE_TAB
            and current is not None
            and not current.revealed
            else None
        )
        self.results_box.show_rounds(rounds, hidden)

    def on_change(self, change: Change) -> None:
        if change.tables == {"pulse_statements"} and change.columns(
            "pulse_statements"
        ) <= ON_SCREEN_COLUMNS:
            self._show_shift_box()  # which statement the room sees: the list stays as it is
        elif self.concerns(change):
            self.reload()

    def catch_up(self, missed: list[Change]) -> None:
        if any(self.concerns(change) for change in missed):
            self.reload()

    # ------------------------------------------------------------ gestures

    def add_typed(self) -> None:
        text = self.statement_edit.text()
        statement, result = self.current_statement(), self.current_round()
        if looks_like_counts(text) and statement is not None and result is not None:
            question = translate(
                "PulseScreen", "“%1” looks like the show of hands. Record it as the tally of "
                "“%2” (%3) rather than as a new statement?")
            question = question.replace("%1", text.strip()).replace("%2", statement.text)
            question = question.replace("%3", words.round_title(result))
            if self.ask_tally(self, question):
                self.quick_tally.setText(text)
                self.statement_edit.setText("")
                self.focus_tally()
                self.enter_quick_tally()
                return
        scale = Scale(self.scale_combo.currentData())
        change = self.ctx.runner.run(ops.add_statement, self.activity_id, text, scale)
        if change is not None:
            self.statement_edit.clear()
            new = change.inserted("pulse_statements")
            if new:
                self._select_statement(new[0])
            # The next thing typed is the room's show of hands for it.
            self.focus_tally()

    def _select_statement(self, statement_id: int) -> None:
        for row in range(self.statements_list.count()):
            if self.statements_list.item(row).data(_ID) == statement_id:
                self.statements_list.setCurrentRow(row)

    def add_impact_check(self) -> None:
        self.ctx.runner.run(ops.add_impact_check, self.activity_id)

    def remove_selected(self) -> None:
        statement = self.current_statement()
        if statement is not None:
            self.ctx.runner.run(ops.remove_statement, statement.id)

    def edit_selected(self) -> None:
        statement = self.current_statement()
        if statement is None:
            return
        text = self.ask_text(self, statement.text)
        if text is not None:
            self.ctx.runner.run(ops.edit_statement, statement.id, text)

    def ask_again(self) -> None:
        statement = self.current_statement()
        if statement is None:
            return
        suggestion = (
            translate("PulseScreen", "Check-out")
            if len(self._rounds) == 1
            else words.round_name(len(self._rounds) + 1)
        )
        label = self.ask_label(self, suggestion)
        if label is None:
            return
        change = self.ctx.runner.run(ops.add_round, statement.id, label)
        if change is not None:
            new = change.inserted("pulse_rounds")
            index = self.round_combo.findData(new[0]) if new else -1
            if index >= 0:
                self.round_combo.setCurrentIndex(index)

    def toggle_reveal(self) -> None:
        result = self.current_round()
        if result is not None:
            self.ctx.runner.run(ops.set_revealed, result.round_id, not result.revealed)

    def clear_round(self) -> None:
        result = self.current_round()
        if result is not None:
            self.ctx.runner.run(ops.clear_round, result.round_id)

    def enter_quick_tally(self) -> None:
        statement, result = self.current_statement(), self.current_round()
        if statement is None or result is None:
            return
        try:
            counts = parse_tally(self.quick_tally.text(), statement.scale)
        except ValidationError as exc:
            self.ctx.runner.report(error_text(exc))
            return
        if self.ctx.runner.run(ops.set_tally, result.round_id, counts) is not None:
            self.quick_tally.clear()

    def _spin_edited(self, value: int) -> None:
        result = self.current_round()
        spin = self.entry_tabs.spins.get(value)
        if result is None or spin is None:
            return
        if read_pulse.tally(self.ctx.doc, result.round_id).get(value, 0) == spin.value():
            return
        self.ctx.runner.run(ops.set_tally, result.round_id, {value: spin.value()})

    def answer(self, value: int) -> None:
        result, statement = self.current_round(), self.current_statement()
        if result is None or statement is None:
            return
        if value not in statement.scale.values:
            self.ctx.runner.report(
                translate("PulseScreen",
                          "%1 is not on this scale: press %2–%3.").replace("%1", str(value))
                .replace("%2", str(statement.scale.low)).replace("%3", str(statement.scale.high))
            )
            return
        who = None if self.anonymous() else self.who_combo.currentData()
        change = self.ctx.runner.run(ops.add_answer, result.round_id, value, who)
        if change is not None and who is not None:
            self._next_person(result.round_id)

    def _next_person(self, round_id: int) -> None:
        """After a named answer, choose the next person who has not answered yet."""
        self.entry_tabs.next_person(read_pulse.answered(self.ctx.doc, round_id))

    @property
    def spins(self) -> dict[int, QSpinBox]:
        """The paper tally's boxes, one per value of the statement's scale."""
        return self.entry_tabs.spins
