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

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.domain.pulse import (
    TALLY_MAX,
    RoundResult,
    Scale,
    Statement,
    compare_rounds,
    parse_tally,
    shift_text,
)
from workshop.kinds import watched
from workshop.storage import read, read_pulse
from workshop.storage.changes import Change
from workshop.storage.ops import pulse as ops
from workshop.ui.pulse.charts import (
    HISTOGRAM_MIN_HEIGHT,
    HISTOGRAM_MIN_WIDTH,
    HistogramWidget,
    RadarWidget,
)
from workshop.ui.screens.base import ActivityScreen, ScreenContext
from workshop.ui.widgets import buddy_label, compact, make_button

#: Asks for a round's name (None to cancel); tests replace it.
AskLabel = Callable[[QWidget | None, str], str | None]
#: Asks for a statement's new wording (None to cancel); tests replace it.
AskText = Callable[[QWidget | None, str], str | None]
#: Asks whether a line of counts typed as a statement is the tally (True) — tests replace it.
AskTally = Callable[[QWidget | None, str], bool]

_TABLES = watched(ActivityKind.PULSE)
#: What choosing the statement the room sees writes (nothing the laptop lists).
ON_SCREEN_COLUMNS = frozenset({"on_screen", "show_shift"})
_ID = Qt.ItemDataRole.UserRole
TALLY_TAB, ONE_BY_ONE_TAB = range(2)


def ask_statement_text(parent: QWidget | None, current: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent, "Edit statement", "Statement:", QLineEdit.EchoMode.Normal, current
    )
    return text if ok else None


def ask_counts_are_tally(parent: QWidget | None, question: str) -> bool:
    answer = QMessageBox.question(
        parent, "Record the tally?", question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def looks_like_counts(text: str) -> bool:
    """A line of numbers only ("0 1 2 5 4 1"): the show of hands, not a statement."""
    parts = text.replace(",", " ").replace(";", " ").split()
    return len(parts) >= 2 and all(part.isdigit() for part in parts)


def ask_round_label(parent: QWidget | None, suggestion: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent, "Ask again", "Name of the new round (e.g. Check-out):",
        QLineEdit.EchoMode.Normal, suggestion,
    )
    return text if ok else None


class AnswerPad(QFrame):
    """Focus it and press a number: one answer per key press."""

    def __init__(self, on_answer: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_answer = on_answer
        self.setObjectName("pulseAnswerPad")
        self.setAccessibleName("Answer pad: press a number to record one answer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(72)  # two lines of text: the pulse fits a laptop's height
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size: 13pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self._focused = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit() and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.on_answer(int(text))
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.setStyleSheet("#pulseAnswerPad { border: 2px solid palette(highlight); }")
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setStyleSheet("")
        super().focusOutEvent(event)


class PulseScreen(ActivityScreen):
    kept = True  # built once per workshop: reopening shows it again

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, activity_id, parent)
        self.setObjectName("pulseScreen")
        self.ask_label: AskLabel = ask_round_label
        self.ask_text: AskText = ask_statement_text
        self.ask_tally: AskTally = ask_counts_are_tally
        self._statements: dict[int, Statement] = {}
        self._rounds: list[RoundResult] = []
        self._loading = False

        self.title = QLabel(self, objectName="pulseTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)  # any title length: it wraps, never widens the window
        self.prompt = QLabel(self, objectName="pulsePrompt")
        self.prompt.setAccessibleName("Prompt shown to the room")
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-size: 12pt;")
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
        self.statement_edit.setAccessibleName("New statement")
        self.statement_edit.setPlaceholderText("New statement, e.g. I trust this group… (Enter)")
        self.statement_edit.returnPressed.connect(self.add_typed)
        self.scale_combo = QComboBox(self, objectName="pulseScale")
        self.scale_combo.setAccessibleName("Scale of the new statement")
        for scale in Scale:
            self.scale_combo.addItem(scale.label, scale.value)
        self.add_button = self._button("Add", "pulseStatementAdd", "Add statement (Enter)",
                                       self.add_typed)
        self.statements_list = QListWidget(self)
        self.statements_list.setObjectName("pulseStatements")
        self.statements_list.setAccessibleName("Statements")
        self.statements_list.setWordWrap(True)
        self.statements_list.setAlternatingRowColors(True)
        self.statements_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.statements_list.currentItemChanged.connect(lambda *_: self._load_statement())
        # The room sees the statement the facilitator chose, not simply the last one.
        self.statements_list.currentItemChanged.connect(lambda *_: self._put_on_screen())
        self.impact_button = self._button(
            "Impact check", "pulseImpactCheck",
            "Add the five collective impact statements (Ctrl+I)", self.add_impact_check,
        )
        self.remove_button = self._button("Remove", "pulseStatementRemove",
                                          "Remove the selected statement (Delete)",
                                          self.remove_selected)

    def _build_entry(self) -> None:
        self.statement_label = QLabel(self, objectName="pulseStatement")
        self.statement_label.setAccessibleName("Statement asked")
        self.statement_label.setWordWrap(True)
        self.statement_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.round_combo = QComboBox(self, objectName="pulseRound")
        self.round_combo.setAccessibleName("Round")
        self.round_combo.currentIndexChanged.connect(lambda _i: self._load_round())
        round_label = QLabel("&Round", self)
        round_label.setBuddy(self.round_combo)
        self.again_button = self._button("Ask again…", "pulseAskAgain",
                                         "Ask the statement again as a new round (Ctrl+R)",
                                         self.ask_again)
        self.reveal_button = self._button("Show results", "pulseReveal",
                                          "Show or hide this round's results (Ctrl+Shift+R)",
                                          self.toggle_reveal)
        self.clear_button = self._button("Clear answers", "pulseClear",
                                         "Clear this round's tally and answers", self.clear_round)
        self.round_row = QHBoxLayout()
        self.round_row.addWidget(round_label)
        self.round_row.addWidget(self.round_combo, 1)
        compact(self.reveal_button, "Hide results")
        for button in (self.again_button, self.reveal_button, self.clear_button):
            self.round_row.addWidget(compact(button))
        self.shift_box = QCheckBox("Sho&w the shift", self)
        self.shift_box.setObjectName("pulseShowShift")
        self.shift_box.setAccessibleName("Show the rounds side by side with the change to the room")
        self.shift_box.setToolTip(
            "Show this statement's rounds side by side, with the change, on the projector"
        )
        self.shift_box.toggled.connect(lambda _on: self._put_on_screen())

        # paper tally
        self.tally_page = QWidget(self)
        self.quick_tally = QLineEdit(self.tally_page, objectName="pulseQuickTally")
        self.quick_tally.setAccessibleName("Tally: counts lowest value first")
        self.quick_tally.setPlaceholderText("Counts, lowest value first, e.g. 0 1 3 6 2 0 (Enter)")
        self.quick_tally.returnPressed.connect(self.enter_quick_tally)
        self.spin_row = QHBoxLayout()
        self.spins: dict[int, QSpinBox] = {}
        tally_layout = QVBoxLayout(self.tally_page)
        tally_layout.addWidget(self.quick_tally)
        tally_layout.addLayout(self.spin_row)
        tally_layout.addStretch(1)

        # one by one
        self.one_page = QWidget(self)
        self.pad = AnswerPad(self.answer, self.one_page)
        self.who_combo = QComboBox(self.one_page, objectName="pulseWho")
        self.who_combo.setAccessibleName("Who is answering (when not anonymous)")
        self.one_hint = QLabel(self.one_page, objectName="pulseOneHint")
        self.one_hint.setWordWrap(True)
        one_layout = QVBoxLayout(self.one_page)
        who_row = QHBoxLayout()
        who_row.addWidget(buddy_label("Who", self.who_combo, self.one_page))
        who_row.addWidget(self.who_combo, 1)
        one_layout.addLayout(who_row)
        one_layout.addWidget(self.pad)
        one_layout.addWidget(self.one_hint)

        self.entry_tabs = QTabWidget(self)
        self.entry_tabs.setObjectName("pulseEntry")
        self.entry_tabs.addTab(self.tally_page, "Paper tally (Alt+T)")
        self.entry_tabs.addTab(self.one_page, "One &by one")
        self.entry_tabs.currentChanged.connect(lambda _i: self._load_results())
        self.entry_tabs.setMaximumHeight(190)

    def _build_results(self) -> None:
        self.results_box = QGroupBox("Results, rounds side by side", self)
        self.results_box.setObjectName("pulseResults")
        # The rounds side by side scroll sideways when there are many: each new round
        # must not widen the window past a laptop's screen.
        rounds_holder = QWidget(self.results_box)
        self.results_row = QHBoxLayout(rounds_holder)
        self.results_row.setContentsMargins(0, 0, 0, 0)
        self.results_scroll = QScrollArea(self.results_box)
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
        QVBoxLayout(self.results_box).addWidget(self.results_scroll)
        # The newest round is on the right: keep it in view when a round is added.
        bar = self.results_scroll.horizontalScrollBar()
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high))
        self.histograms: list[HistogramWidget] = []
        self.radar = RadarWidget(self)
        self.radar_box = QGroupBox("Collective impact check: medians", self)
        self.radar_box.setObjectName("pulseRadarBox")
        radar_layout = QVBoxLayout(self.radar_box)
        radar_layout.addWidget(self.radar)

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        add_row = QHBoxLayout()
        add_row.addWidget(buddy_label("Scale", self.scale_combo))
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
            ("pulseNewStatementAction", "New statement", "Ctrl+N", self.focus_primary, None),
            ("pulseAskAgainAction", "Ask again", "Ctrl+R", self.ask_again, None),
            ("pulseTallyAction", "Type the tally", "Alt+T", self.focus_tally, None),
            ("pulseRevealAction", "Show or hide results", "Ctrl+Shift+R", self.toggle_reveal,
             None),
            ("pulseImpactAction", "Collective impact check", "Ctrl+I", self.add_impact_check,
             None),
            ("pulseRemoveAction", "Remove statement", QKeySequence.StandardKey.Delete,
             self.remove_selected, self.statements_list),
            ("pulseEditAction", "Edit statement", "F2", self.edit_selected, self.statements_list),
        ]
        for name, text, keys, slot, widget in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))  # type: ignore[call-overload]
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
        self.prompt.setText(activity.prompt or "How true is this for you? Show your fingers.")
        statements = read_pulse.statements(doc, self.activity_id)
        self._statements = {s.id: s for s in statements}
        current = self.current_statement()
        keep = current.id if current is not None else None
        self._loading = True
        self.statements_list.clear()
        for statement in statements:
            item = QListWidgetItem(f"{statement.text}\n{statement.scale.label}")
            item.setData(_ID, statement.id)
            self.statements_list.addItem(item)
            if statement.id == keep:
                self.statements_list.setCurrentItem(item)
        if self.statements_list.currentItem() is None and statements:
            self.statements_list.setCurrentRow(0)
        self._loading = False
        self.impact_button.setDefault(
            not statements and "collective impact" in activity.title.casefold()
        )
        anonymous = self.anonymous()
        chosen = self.who_combo.currentData()
        self.who_combo.blockSignals(True)
        self.who_combo.clear()
        self.who_combo.addItem("Anonymous", None)
        if not anonymous:
            for person in read.participants(doc):
                self.who_combo.addItem(person.name, person.id)
        self.who_combo.setCurrentIndex(max(0, self.who_combo.findData(chosen)))
        self.who_combo.blockSignals(False)
        self.who_combo.setEnabled(not anonymous)
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
        if self._loading or statement is None:
            return
        shown, shift = read_pulse.on_screen(self.ctx.doc, self.activity_id)
        wanted = self.shift_box.isChecked()
        if shown is not None and shown.id == statement.id and shift == wanted:
            return
        self.ctx.runner.run(
            ops.show_on_screen, statement.id, shift=wanted, merge_key="pulse-on-screen"
        )

    def _load_statement(self) -> None:
        if self._loading:
            return
        statement = self.current_statement()
        has = statement is not None
        for widget in (self.entry_tabs, self.round_combo, self.again_button, self.reveal_button,
                       self.shift_box, self.clear_button, self.results_box):
            widget.setEnabled(has)
        if statement is None:
            self.statement_label.setText("Add a statement to ask the room (Ctrl+N).")
            self._rounds = []
            self.round_combo.clear()
            self._load_results()
            return
        self.statement_label.setText(statement.text)
        self._show_shift_box()
        previous = self.round_combo.currentData()
        self._rounds = read_pulse.rounds(self.ctx.doc, statement.id)
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for result in self._rounds:
            self.round_combo.addItem(result.title, result.round_id)
        index = self.round_combo.findData(previous)
        self.round_combo.setCurrentIndex(index if index >= 0 else len(self._rounds) - 1)
        self.round_combo.blockSignals(False)
        self._build_spins(statement.scale)
        self._load_round()

    def _show_shift_box(self) -> None:
        """Ticked when the selected statement is on the projector with its shift."""
        statement = self.current_statement()
        shown, shift = read_pulse.on_screen(self.ctx.doc, self.activity_id)
        self.shift_box.blockSignals(True)
        self.shift_box.setChecked(
            statement is not None and shown is not None and shown.id == statement.id and shift
        )
        self.shift_box.blockSignals(False)

    def _build_spins(self, scale: Scale) -> None:
        if list(self.spins) == list(scale.values):
            return
        while self.spin_row.count():
            child = self.spin_row.takeAt(0)
            if child is not None and child.widget() is not None:
                child.widget().deleteLater()
        self.spins = {}
        for value in scale.values:
            box = QVBoxLayout()
            spin = QSpinBox(self.tally_page)
            spin.setObjectName(f"pulseTally{value}")
            spin.setAccessibleName(f"Count for {value}: {scale.value_label(value)}")
            spin.setRange(0, TALLY_MAX)
            spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin.setMinimumWidth(56)
            spin.editingFinished.connect(lambda v=value: self._spin_edited(v))
            # "1 Serious doubts" on at most two lines: as "1 / Serious / doubts" it needed a
            # third line the tally's row on a laptop does not have (cut off at the bottom).
            label = QLabel(f"{value} {scale.value_label(value)}", self.tally_page)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)  # "Serious doubts" on two lines: six of them fit a laptop
            label.setStyleSheet("color: palette(placeholder-text);")
            holder = QWidget(self.tally_page)
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(spin)
            holder_layout.addWidget(label)
            box.addWidget(holder)
            self.spin_row.addWidget(holder)
            self.spins[value] = spin

    def _load_round(self) -> None:
        result = self.current_round()
        if result is None:
            self._load_results()
            return
        tally = read_pulse.tally(self.ctx.doc, result.round_id)
        for value, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(tally.get(value, 0))
            spin.blockSignals(False)
        self.reveal_button.setText("Hide results" if result.revealed else "Show results")
        typed = read_pulse.answer_count(self.ctx.doc, result.round_id)
        statement = self.current_statement()
        scale = statement.scale if statement else Scale.FIST
        self.pad.label.setText(
            f"Click here, then press {scale.low}–{scale.high} for each answer.\n"
            f"{typed} answer{'s' if typed != 1 else ''} typed this round"
            + (" · anonymous" if self.anonymous() else "")
        )
        self.one_hint.setText(
            "Results stay hidden while people answer at the laptop; show them with "
            "Ctrl+Shift+R. Undo (Ctrl+Z) takes back a wrong key."
        )
        self._load_results()

    def _load_results(self) -> None:
        statement = self.current_statement()
        rounds = read_pulse.history(self.ctx.doc, statement.id) if statement else []
        while len(self.histograms) < len(rounds):
            widget = HistogramWidget(self.results_scroll.widget())
            widget.setObjectName(f"pulseHistogram{len(self.histograms) + 1}")
            widget.setAccessibleName(f"Histogram of round {len(self.histograms) + 1}")
            self.histograms.append(widget)
            self.results_row.addWidget(widget)
        for index, widget in enumerate(self.histograms):
            widget.setVisible(index < len(rounds))
        top = max((max(r.distribution.counts) for r in rounds), default=0)
        current = self.current_round()
        hide_current = (
            self.entry_tabs.currentIndex() == ONE_BY_ONE_TAB
            and current is not None
            and not current.revealed
        )
        for widget, compared in zip(self.histograms, compare_rounds(rounds), strict=False):
            result = compared.result
            title = result.title + (f" ({result.activity_title})" if result.activity_title else "")
            note = ""
            if compared.shift is not None:
                note = f"moved {shift_text(compared.shift)}"
            hidden = ""
            if hide_current and current is not None and result.round_id == current.round_id:
                hidden = f"{result.distribution.total} answers — hidden until you show them."
            widget.set_data(result.distribution, title, top, hidden, note)

    def on_change(self, change: Change) -> None:
        if change.tables == {"pulse_statements"} and change.columns(
            "pulse_statements"
        ) <= ON_SCREEN_COLUMNS:
            self._show_shift_box()  # which statement the room sees: the list stays as it is
        elif change.touches(*_TABLES):
            self.reload()

    def catch_up(self, missed: list[Change]) -> None:
        if any(change.touches(*_TABLES) for change in missed):
            self.reload()

    # ------------------------------------------------------------ gestures

    def add_typed(self) -> None:
        text = self.statement_edit.text()
        statement, result = self.current_statement(), self.current_round()
        if looks_like_counts(text) and statement is not None and result is not None:
            question = (
                f"“{text.strip()}” looks like the show of hands. Record it as the tally of "
                f"“{statement.text}” ({result.title}) rather than as a new statement?"
            )
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
        suggestion = "Check-out" if len(self._rounds) == 1 else f"Round {len(self._rounds) + 1}"
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
            self.ctx.runner.report(str(exc))
            return
        if self.ctx.runner.run(ops.set_tally, result.round_id, counts) is not None:
            self.quick_tally.clear()

    def _spin_edited(self, value: int) -> None:
        result = self.current_round()
        spin = self.spins.get(value)
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
                f"{value} is not on this scale: press {statement.scale.low}–"
                f"{statement.scale.high}."
            )
            return
        who = None if self.anonymous() else self.who_combo.currentData()
        change = self.ctx.runner.run(ops.add_answer, result.round_id, value, who)
        if change is not None and who is not None:
            self._next_person(result.round_id)

    def _next_person(self, round_id: int) -> None:
        """After a named answer, choose the next person who has not answered yet."""
        answered = read_pulse.answered(self.ctx.doc, round_id)
        count = self.who_combo.count()
        start = self.who_combo.currentIndex()
        for step in range(1, count):
            index = (start + step) % count
            person = self.who_combo.itemData(index)
            if person is not None and person not in answered:
                self.who_combo.setCurrentIndex(index)
                return
