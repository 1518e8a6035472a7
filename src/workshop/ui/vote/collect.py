"""The three ways to collect dots: a ballot at the laptop, a paper tally, a proxy ballot."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain import voting as rules
from workshop.storage import read_votes
from workshop.storage.ops import voting as ops
from workshop.ui.flow import flow_row, pair
from workshop.ui.screens.base import ScreenContext
from workshop.ui.theme import set_role, set_state
from workshop.ui.tr import translate
from workshop.ui.vote import words
from workshop.ui.vote.state import VoteState
from workshop.ui.vote.widgets import ITEM_ROLE, DotList
from workshop.ui.widgets import buddy_label, compact

#: A refusal's verdict is in red; a confirmation ("Proxy ballot for … cast.") is said
#: calmly (ui/theme.qss, ``verdict``).
REFUSED, DONE = "refused", "done"


def _label(name: str, text: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if role:
        set_role(label, role)
    return label


def _button(name: str, text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


def dots_left(left: int, of: int) -> str:
    """"3 of 5 dots left": the laptop's and the proxy ballot's counter."""
    return translate("LaptopPanel", "%1 of %n dot(s) left", None, of).replace("%1",
                                                                                      str(left))


def item_detail(items: DotList, name: str) -> tuple[QScrollArea, QLabel]:
    """Under a ballot: the current item's whole text and, for a cluster, its notes
    (voters see what is inside a cluster they vote on). In a small scroll area."""
    label = _label(name)
    label.setAccessibleName(
        translate("LaptopPanel", "The item shown: its whole text and the notes inside it"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    area = QScrollArea()
    area.setObjectName(name + "Area")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(label)
    area.setMinimumHeight(3 * label.fontMetrics().lineSpacing())
    items.currentItemChanged.connect(
        lambda *_: label.setText(items.detail(items.current_item_id()))
    )
    return area, label


def _own(state: VoteState, participant_id: int) -> frozenset[int]:
    """Items this person may not put dots on (their own notes, when the vote says so)."""
    if state.settings.allow_own:
        return frozenset()
    return frozenset(i.id for i in state.items if i.is_own(participant_id))


# ---------------------------------------------------------------------------- laptop


class LaptopPanel(QWidget):
    """A participant steps up, picks their name, places dots, presses Done; the screen then
    hides their choices before the next person comes."""

    #: True while someone is voting (the screen locks the other tabs meanwhile).
    votingChanged = Signal(bool)

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.voter: int | None = None
        self.name = ""
        self.state: VoteState | None = None
        self.stack = QStackedWidget(objectName="voteLaptopStack")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # Page 1: who is voting?
        pick = QWidget()
        pick_layout = QVBoxLayout(pick)
        self.message = _label("voteLaptopMessage")
        self.message.setAccessibleName(translate("LaptopPanel", "Message for the next voter"))
        pick_layout.addWidget(self.message)
        pick_layout.addWidget(
            _label(
                "voteLaptopPickHint",
                translate("LaptopPanel", "Step up to vote: choose your name (type to jump to it) "
                                 "and press Enter."),
                "font-size: 13pt;",
            )
        )
        self.people = QListWidget(objectName="voteLaptopPeople")
        self.people.setAccessibleName(translate("LaptopPanel", "Choose your name"))
        self.people.itemActivated.connect(lambda _row: self.start())
        pick_layout.addWidget(self.people, 1)
        self.start_button = _button("voteLaptopStart", translate("LaptopPanel", "Start my ballot"),
                                    translate("LaptopPanel", "Start my ballot"))
        self.start_button.clicked.connect(self.start)
        pick_layout.addWidget(self.start_button)
        self.stack.addWidget(pick)

        # Page 2: the ballot.
        ballot = QWidget()
        ballot_layout = QVBoxLayout(ballot)
        top = QHBoxLayout()
        self.who = _label("voteLaptopWho")
        self.left = _label("voteLaptopLeft")
        self.left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.who, 1)
        top.addWidget(self.left)
        ballot_layout.addLayout(top)
        ballot_layout.addWidget(
            _label(
                "voteLaptopHint",
                translate("LaptopPanel",
                          "Type an item's number to put a dot on it (or click it, or Space / + "
                          "on the one shown); letters find an item. Right-click, - or "
                          "Backspace takes a dot back. Ctrl+Enter when you are done."),
                "muted",
            )
        )
        self.items = DotList()
        self.items.setObjectName("voteLaptopItems")
        self.items.setAccessibleName(translate("LaptopPanel", "Items to vote on"))
        self.items.addRequested.connect(self.add)
        self.items.removeRequested.connect(self.remove)
        ballot_layout.addWidget(self.items, 3)
        detail_area, self.detail = item_detail(self.items, "voteLaptopDetail")
        ballot_layout.addWidget(detail_area, 1)
        self.reason = _label("voteLaptopReason")
        self.reason.setAccessibleName(translate("LaptopPanel", "Why the dot was refused"))
        self.items.told.connect(self.reason.setText)
        ballot_layout.addWidget(self.reason)
        self.back = _button("voteLaptopBack", translate("LaptopPanel", "Not now (Esc)"),
                            translate("LaptopPanel", "Leave without finishing"))
        self.back.clicked.connect(self.leave)
        self.done = _button("voteLaptopDone", translate("LaptopPanel", "Done: hide my ballot"),
                            translate("LaptopPanel", "Done, hide my ballot"))
        self.done.setDefault(True)
        compact(self.back)
        compact(self.done)  # its whole text, whatever the window's width
        self.done.clicked.connect(self.finish)
        # Back at the start, Done at the end; one above the other in a longer language.
        ballot_layout.addWidget(flow_row(ballot, self.back, self.done, spread=True))
        self.stack.addWidget(ballot)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), ballot, self.finish).setContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
        QShortcut(QKeySequence("Escape"), ballot, self.leave).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

    # -- state

    def refresh(self, state: VoteState) -> None:
        self.state = state
        finished = state.finished
        proxies = {b.participant_id for b in state.ballots if b.proxy}
        current = self.people.currentItem()
        current_id = current.data(ITEM_ROLE) if current is not None else None
        self.people.clear()
        for person in state.people:
            org = f" ({person.organisation})" if person.organisation else ""
            row = QListWidgetItem(person.name + org)
            row.setData(ITEM_ROLE, person.id)
            if person.id in finished:
                row.setText("✓ " + translate("LaptopPanel",
                                             "%1: has voted").replace("%1", person.name + org))
                row.setFlags(Qt.ItemFlag.NoItemFlags)
            elif person.id in proxies:
                row.setText("✓ " + translate("LaptopPanel",
                                             "%1: voted by proxy").replace("%1", person.name + org))
                row.setFlags(Qt.ItemFlag.NoItemFlags)
            self.people.addItem(row)
            if person.id == current_id and person.id not in finished:
                self.people.setCurrentItem(row)
        if self.people.currentRow() < 0:
            for index in range(self.people.count()):
                if self.people.item(index).flags() & Qt.ItemFlag.ItemIsEnabled:
                    self.people.setCurrentRow(index)
                    break
        if self.voter is not None and (
            self.voter in finished or self.voter not in {p.id for p in state.people}
        ):
            self._show_pick()
        self._refresh_ballot()

    def _refresh_ballot(self) -> None:
        if self.voter is None or self.state is None:
            return
        settings = self.state.settings
        used = read_votes.ballot_dots(self.ctx.doc, self.activity_id, self.voter)
        self.items.set_items(self.state.items, used, settings.cap, _own(self.state, self.voter))
        left = rules.dots_left(settings, used)
        self.left.setText(dots_left(left, settings.dots_per_person))
        if not self.state.items:
            self.reason.setText(
                translate("LaptopPanel",
                          "There is nothing to vote on yet: the brainstorm has no items."))

    # -- actions

    def start(self) -> None:
        row = self.people.currentItem()
        if row is None or not row.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.message.setText(translate("LaptopPanel", "Choose a name that has not voted yet."))
            return
        if self.state is None:
            return
        if self.state.settings.closed:
            self.message.setText(translate("LaptopPanel", "The vote is closed."))
            return
        self.voter = int(row.data(ITEM_ROLE))
        self.name = next((p.name for p in self.state.people if p.id == self.voter), "")
        self.who.setText(translate("LaptopPanel", "%1 is voting").replace("%1", self.name))
        self.reason.clear()
        self.stack.setCurrentIndex(1)
        self._refresh_ballot()
        self.items.setCurrentRow(0)
        self.items.setFocus()
        self.votingChanged.emit(True)

    def add(self, item_id: int) -> None:
        if self.voter is None or self.state is None:
            return
        item = next((i for i in self.state.items if i.id == item_id), None)
        if item is None:
            return
        used = read_votes.ballot_dots(self.ctx.doc, self.activity_id, self.voter)
        why = rules.refusal_reason(self.state.settings, used, item, self.voter)
        if why:
            self.reason.setText(words.refusal(why, self.state.settings))
            return
        self.reason.clear()
        self.ctx.runner.run(ops.add_dot, self.activity_id, self.voter, item_id)
        self._refresh_ballot()

    def remove(self, item_id: int) -> None:
        if self.voter is None or self.state is None:
            return
        used = read_votes.ballot_dots(self.ctx.doc, self.activity_id, self.voter)
        why = rules.removal_reason(self.state.settings, used, item_id)
        if why:
            self.reason.setText(words.refusal(why, self.state.settings))
            return
        self.reason.clear()
        self.ctx.runner.run(ops.remove_dot, self.activity_id, self.voter, item_id)
        self._refresh_ballot()

    def finish(self) -> None:
        if self.voter is None:
            return
        voter, name = self.voter, self.name
        if self.ctx.runner.run(ops.finish_ballot, self.activity_id, voter) is None:
            return
        self._show_pick()
        self.message.setText(
            translate("LaptopPanel", "Thank you, %1. Your ballot is saved and hidden. Next person: "
                             "choose your name.").replace("%1", name)
        )

    def leave(self) -> None:
        """Back to the name list; dots placed so far stay on the (unfinished) ballot."""
        if self.voter is None:
            return
        self._show_pick()
        self.message.setText(translate("LaptopPanel",
                                       "Ballot left open. Next person: choose your name."))

    def _show_pick(self) -> None:
        self.voter = None
        self.items.set_items((), {}, 0)  # nothing of the last ballot stays on screen
        self.who.clear()
        self.left.clear()
        self.reason.clear()
        self.stack.setCurrentIndex(0)
        self.people.setFocus()
        self.votingChanged.emit(False)


# ---------------------------------------------------------------------------- paper


class TallyPanel(QWidget):
    """Type the number of paper dots on the current item, Enter moves to the next; + and -
    adjust the current item by one; Up and Down move without changing anything."""

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.state: VoteState | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                "voteTallyHint",
                translate("TallyPanel",
                          "Count the paper dots on each sticky. Type the number and press Enter "
                          "to go to the next item; + and - adjust the current one; Up/Down move."),
                "muted",
            )
        )
        self.items = QListWidget(objectName="voteTallyItems")
        self.items.setAccessibleName(translate("TallyPanel", "Items and their paper dots"))
        self.items.currentRowChanged.connect(lambda _row: self._show_current())
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.current = _label("voteTallyCurrent")
        row.addWidget(self.current, 1)
        self.input = QLineEdit(objectName="voteTallyInput")
        self.input.setAccessibleName(translate("TallyPanel", "Paper dots on this item"))
        self.input.setPlaceholderText(translate("TallyPanel", "dots"))
        self.input.setValidator(QIntValidator(0, rules.TALLY_MAX, self.input))
        self.input.setMaximumWidth(120)
        self.input.installEventFilter(self)
        row.addWidget(self.input)
        self.minus = _button("voteTallyMinus", "−1", translate("TallyPanel", "One paper dot less"))
        self.plus = _button("voteTallyPlus", "+1", translate("TallyPanel", "One paper dot more"))
        self.minus.clicked.connect(lambda: self.adjust(-1))
        self.plus.clicked.connect(lambda: self.adjust(+1))
        row.addWidget(self.minus)
        row.addWidget(self.plus)
        layout.addLayout(row)
        self.total = _label("voteTallyTotal")
        layout.addWidget(self.total)

    def refresh(self, state: VoteState) -> None:
        self.state = state
        current = self.items.currentRow()
        ids = [i.id for i in state.items]
        if ids != [self.items.item(r).data(ITEM_ROLE) for r in range(self.items.count())]:
            self.items.clear()
            for item in state.items:
                row = QListWidgetItem()
                row.setData(ITEM_ROLE, item.id)
                self.items.addItem(row)
        numbers = rules.ballot_numbers(state.items)  # the numbers the ballot and room use
        width = len(str(len(numbers)))
        for r in range(self.items.count()):
            row = self.items.item(r)
            item_id = int(row.data(ITEM_ROLE))
            count = state.tallies.get(item_id, 0)
            title = " ".join(state.item_title(item_id).split())
            number = f"{numbers.get(item_id, 0):>{width}}."
            row.setText(f"{number} {count:>4}   {title}" if count else
                        f"{number} {'·':>4}   {title}")
        self.items.setCurrentRow(max(0, min(current, self.items.count() - 1)))
        paper = sum(state.tallies.values())
        n_tallies = len(state.tallies)
        self.total.setText(translate("TallyPanel", "Paper dots: %1 on %n item(s).", None,
                                     n_tallies)
                           .replace("%1", str(paper)))
        closed = state.settings.closed
        for widget in (self.input, self.plus, self.minus):
            widget.setEnabled(not closed)
        self._show_current()

    def _current_id(self) -> int | None:
        row = self.items.currentItem()
        return int(row.data(ITEM_ROLE)) if row is not None else None

    def _show_current(self) -> None:
        item_id = self._current_id()
        if item_id is None or self.state is None:
            self.current.setText(translate("TallyPanel",
                                           "Nothing to tally yet.") if self.state else "")
            return
        count = self.state.tallies.get(item_id, 0)
        title = " ".join(self.state.item_title(item_id).split())
        self.current.setText(translate("TallyPanel", "“%1”: %2 on paper").replace("%1", title)
                             .replace("%2", str(count)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commit()
                return True
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.adjust(+1)
                return True
            if key == Qt.Key.Key_Minus:
                self.adjust(-1)
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if key == Qt.Key.Key_Up else 1
                self.items.setCurrentRow(
                    max(0, min(self.items.currentRow() + step, self.items.count() - 1))
                )
                return True
        return super().eventFilter(watched, event)

    def commit(self) -> None:
        """Enter: store the typed number (if any) and move to the next item."""
        item_id = self._current_id()
        if item_id is None:
            return
        text = self.input.text().strip()
        if text:
            if self.ctx.runner.run(ops.set_tally, self.activity_id, item_id, int(text)) is None:
                return
            self.input.clear()
        self.items.setCurrentRow(min(self.items.currentRow() + 1, self.items.count() - 1))

    def adjust(self, delta: int) -> None:
        item_id = self._current_id()
        if item_id is None:
            return
        self.ctx.runner.run(ops.adjust_tally, self.activity_id, item_id, delta)


# ---------------------------------------------------------------------------- proxy


class ProxyPanel(QWidget):
    """The facilitator fills in a ballot for someone absent or remote; it is stored in one
    step, marked as a proxy."""

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.state: VoteState | None = None
        self.draft: Counter[int] = Counter()
        layout = QVBoxLayout(self)
        self.person = QComboBox(objectName="voteProxyPerson")
        person_label = buddy_label(translate("ProxyPanel", "Vote on behalf of:"), self.person)
        # A long name and organisation is shortened in the box (in full in the list).
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person.setMinimumContentsLength(16)
        self.person.setAccessibleName(translate("ProxyPanel", "Participant voted for by proxy"))
        self.person.currentIndexChanged.connect(lambda _i: self._clear())
        self.left = _label("voteProxyLeft")
        person = pair(self, person_label, self.person)
        layout.addWidget(flow_row(self, person, self.left, stretch={person: 1}))
        layout.addWidget(
            _label(
                "voteProxyHint",
                translate("ProxyPanel",
                          "Place their dots as they asked (click or +, right-click or -), then "
                          "cast the ballot (Ctrl+Enter). It is recorded as a proxy."),
                "muted",
            )
        )
        self.items = DotList()
        self.items.setObjectName("voteProxyItems")
        self.items.setAccessibleName(translate("ProxyPanel", "Items on the proxy ballot"))
        self.items.addRequested.connect(self.add)
        self.items.removeRequested.connect(self.remove)
        layout.addWidget(self.items, 3)
        detail_area, self.detail = item_detail(self.items, "voteProxyDetail")
        layout.addWidget(detail_area, 1)
        self.reason = _label("voteProxyReason")
        self.items.told.connect(self._refuse)
        layout.addWidget(self.reason)
        self.clear_button = _button("voteProxyClear", translate("ProxyPanel", "Start over"),
                                    translate("ProxyPanel", "Clear the proxy ballot"))
        self.clear_button.clicked.connect(self._clear)
        self.cast = _button("voteProxyCast", translate("ProxyPanel",
                                                       "Cast proxy ballot (Ctrl+Enter)"),
                            translate("ProxyPanel", "Cast proxy ballot"))
        self.cast.clicked.connect(self.submit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # as at the laptop
            QShortcut(QKeySequence(keys), self, self._submit_if_enabled).setContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
        layout.addWidget(flow_row(self, self.clear_button, self.cast, spread=True))

    def refresh(self, state: VoteState) -> None:
        self.state = state
        chosen = self.person.currentData()
        taken = state.has_ballot
        with QSignalBlocker(self.person):
            self.person.clear()
            for person in state.people:
                if person.id not in taken:
                    self.person.addItem(person.name, person.id)
            index = self.person.findData(chosen)
            self.person.setCurrentIndex(index if index >= 0 else 0)
        if self.person.currentData() != chosen:
            self.draft.clear()
        self._show()

    def _refuse(self, text: str) -> None:
        set_state(self.reason, "verdict", REFUSED)
        self.reason.setText(text)

    def _submit_if_enabled(self) -> None:
        if self.cast.isEnabled():
            self.submit()

    def _person(self) -> int | None:
        data = self.person.currentData()
        return int(data) if data is not None else None

    def _show(self) -> None:
        if self.state is None:
            return
        settings = self.state.settings
        person = self._person()
        own = _own(self.state, person) if person is not None else frozenset()
        self.items.set_items(self.state.items, self.draft, settings.cap, own)
        self.left.setText(dots_left(rules.dots_left(settings, self.draft),
                                    settings.dots_per_person))
        has_person = self._person() is not None
        self.cast.setEnabled(has_person and not settings.closed)
        if not has_person:
            self.reason.setText(translate("ProxyPanel", "Everyone already has a ballot."))

    def _clear(self) -> None:
        self.draft.clear()
        self.reason.clear()
        self._show()

    def add(self, item_id: int) -> None:
        person = self._person()
        if person is None or self.state is None:
            return
        item = next((i for i in self.state.items if i.id == item_id), None)
        if item is None:
            return
        why = rules.refusal_reason(self.state.settings, self.draft, item, person)
        set_state(self.reason, "verdict", REFUSED)
        self.reason.setText(words.refusal(why, self.state.settings) if why else "")
        if not why:
            self.draft[item_id] += 1
        self._show()

    def remove(self, item_id: int) -> None:
        if self.state is None:
            return
        why = rules.removal_reason(self.state.settings, self.draft, item_id)
        set_state(self.reason, "verdict", REFUSED)
        self.reason.setText(words.refusal(why, self.state.settings) if why else "")
        if not why:
            self.draft[item_id] -= 1
        self._show()

    def submit(self) -> None:
        person = self._person()
        if person is None:
            return
        name = self.person.currentText()
        dots = {k: v for k, v in self.draft.items() if v}
        if self.ctx.runner.run(ops.cast_ballot, self.activity_id, person, dots) is not None:
            self.draft.clear()
            self.reason.setText(translate("ProxyPanel", "Proxy ballot for %1 cast.").replace("%1",
                                                                                             name))
            set_state(self.reason, "verdict", DONE)
