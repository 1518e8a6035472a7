"""The offers-and-asks screen: capture cards fast, confirm suggested matches, see who gives whom.

Keyboard: in the capture row, Alt+O / Alt+K choose offer or ask (or start the text
with "+" for an offer, "?" for an ask), Tab moves from *who* to the text, Enter
adds the card and keeps *who* for the next one. Ctrl+M (or Enter in the
suggestions list) confirms the selected match, asking for an optional date.
Delete removes the selected card or commitment; F2 edits a card.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.domain.reciprocity import (
    BalanceRow,
    Card,
    CardKind,
    Commitment,
    Match,
    balance,
    flows,
    map_parties,
)
from workshop.kinds import watched
from workshop.storage import read, read_reciprocity
from workshop.storage.changes import Change
from workshop.storage.ops import reciprocity as ops
from workshop.ui.flow import flow_row, pair
from workshop.ui.in_place import set_cell
from workshop.ui.reciprocity.map import FLAG_COLOURS, ReciprocityMap
from workshop.ui.reciprocity.party_edit import PartyEdit
from workshop.ui.screens.base import ActivityScreen, ScreenContext
from workshop.ui.shown_page import size_by_shown
from workshop.ui.theme import set_role
from workshop.ui.tr import QT_TRANSLATE_NOOP, translate
from workshop.ui.words import error_text

#: Asks for an optional due date ("" for none, None to cancel); tests replace it.
AskDue = Callable[[QWidget | None, str], str | None]
#: Asks for a card's new text (None to cancel); tests replace it.
AskText = Callable[[QWidget | None, str], str | None]

_ID = Qt.ItemDataRole.UserRole


#: The balance's flags (the domain's words) as the laptop names them.
_FLAGS = {
    "no match yet": QT_TRANSLATE_NOOP("OffersAsksScreen", "no match yet"),
    "only gives": QT_TRANSLATE_NOOP("OffersAsksScreen", "only gives"),
    "only receives": QT_TRANSLATE_NOOP("OffersAsksScreen", "only receives"),
}


def flag_label(flag: str) -> str:
    return translate("OffersAsksScreen", _FLAGS.get(flag, flag))


def ask_due(parent: QWidget | None, title: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent, translate("OffersAsksScreen", "Confirm commitment"),
        title + "\n\n" + translate("OffersAsksScreen", "By when? (YYYY-MM-DD, or leave empty)"),
    )
    return text if ok else None


def ask_card_text(parent: QWidget | None, current: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent, translate("OffersAsksScreen", "Edit card"),
        translate("OffersAsksScreen", "Text:"), QLineEdit.EchoMode.Normal, current
    )
    return text if ok else None


@contextmanager
def _filling(table: QTableWidget) -> Iterator[QTableWidget]:
    """Fill a table with its columns sized once at the end, not after every cell.

    Columns that resize to their contents would otherwise measure the whole column for
    each of a few hundred cells (a confirmed match took ~50 ms here).
    """
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(table.columnCount())]
    for column, mode in enumerate(modes):
        if mode == QHeaderView.ResizeMode.ResizeToContents:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    table.setUpdatesEnabled(False)
    try:
        yield table
    finally:
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)
        table.setUpdatesEnabled(True)


class OffersAsksScreen(ActivityScreen):
    tables = watched(ActivityKind.OFFERS_ASKS)
    kept = True  # built once per workshop: reopening shows it again

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, activity_id, parent)
        self.setObjectName("offersAsksScreen")
        self.ask_due: AskDue = ask_due
        self.ask_text: AskText = ask_card_text
        self._cards: dict[int, Card] = {}
        self._suggestions: dict[int, list[Match]] = {}
        #: What the two tables show: a change that leaves one the same leaves it alone.
        self._balance_shown: list[BalanceRow] | None = None
        self._commitments_shown: list[Commitment] | None = None

        self.title = QLabel(self, objectName="offersAsksTitle")
        set_role(self.title, "title")
        self.title.setWordWrap(True)  # any title length: it wraps, never widens the window
        self.prompt = QLabel(self, objectName="offersAsksPrompt")
        self.prompt.setAccessibleName(translate("OffersAsksScreen", "Prompt shown to the room"))
        self.prompt.setWordWrap(True)
        set_role(self.prompt, "prompt")

        self._build_capture()
        self._build_lists()
        self._build_right()
        self._build_layout()
        self._build_actions()
        self.reload()

    # ------------------------------------------------------------ building

    def _build_capture(self) -> None:
        self.offer_radio = QRadioButton(translate("OffersAsksScreen", "Offer"), self,
                                        objectName="offersAsksKindOffer")
        self.offer_radio.setToolTip(translate("OffersAsksScreen",
                                              "The next cards are offers (Alt+O)"))
        self.offer_radio.setAccessibleName(translate("OffersAsksScreen", "Next card is an offer"))
        self.ask_radio = QRadioButton(translate("OffersAsksScreen", "Ask"), self,
                                      objectName="offersAsksKindAsk")
        self.ask_radio.setToolTip(translate("OffersAsksScreen", "The next cards are asks (Alt+K)"))
        self.ask_radio.setAccessibleName(translate("OffersAsksScreen", "Next card is an ask"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.offer_radio)
        self.kind_group.addButton(self.ask_radio)
        self.offer_radio.setChecked(True)
        self.party_edit = PartyEdit(self)
        self.party_edit.setObjectName("offersAsksParty")
        self.party_edit.setAccessibleName(
            translate("OffersAsksScreen", "Whose card: participant or organisation"))
        self.party_edit.setFixedWidth(260)
        self.text_edit = QLineEdit(self, objectName="offersAsksText")
        self.text_edit.setAccessibleName(translate("OffersAsksScreen", "Card text"))
        self.text_edit.setPlaceholderText(
            translate("OffersAsksScreen",
                      "What they offer or need (Enter adds; start with + offer, ? ask)")
        )
        self.add_button = QPushButton(translate("OffersAsksScreen", "Add"), self,
                                      objectName="offersAsksAdd")
        self.add_button.setAccessibleName(translate("OffersAsksScreen", "Add card"))
        self.add_button.setToolTip(translate("OffersAsksScreen", "Add the card (Enter)"))
        self.text_edit.returnPressed.connect(self.add_typed)
        self.party_edit.returnPressed.connect(self.text_edit.setFocus)
        self.add_button.clicked.connect(self.add_typed)

    def _list(self, name: str, accessible: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.setWordWrap(True)
        widget.setAlternatingRowColors(True)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        return widget

    def _build_lists(self) -> None:
        self.offers_list = self._list("offersAsksOffers", translate("OffersAsksScreen", "Offers"))
        self.asks_list = self._list("offersAsksAsks", translate("OffersAsksScreen", "Asks"))
        self.asks_list.currentItemChanged.connect(lambda *_: self._show_suggestions())
        self.suggestions_list = self._list("offersAsksSuggestions",
                                           translate("OffersAsksScreen",
                                                     "Suggested offers for the ask"))
        self.suggestions_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestions_list.itemActivated.connect(lambda _item: self.confirm_selected())
        self.suggestion_heading = QLabel(self, objectName="offersAsksSuggestionHeading")
        self.suggestion_heading.setWordWrap(True)
        self.confirm_button = QPushButton(translate("OffersAsksScreen", "Confirm ma&tch…"), self,
                                          objectName="offersAsksConfirm")
        self.confirm_button.setAccessibleName(
            translate("OffersAsksScreen", "Confirm the selected match as a commitment"))
        self.confirm_button.setToolTip(
            translate("OffersAsksScreen", "Confirm the selected offer for this ask (Ctrl+M)"))
        self.confirm_button.clicked.connect(self.confirm_selected)

    def _build_right(self) -> None:
        self.map = ReciprocityMap(self)
        self.balance_table = QTableWidget(0, 4, self)
        self.balance_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.balance_table.setObjectName("offersAsksBalance")
        self.balance_table.setAccessibleName(
            translate("OffersAsksScreen", "Balance: what each party gives and receives"))
        self.balance_table.setHorizontalHeaderLabels(
            [translate("OffersAsksScreen", "Party"), translate("OffersAsksScreen", "Gives"),
             translate("OffersAsksScreen", "Gets"), translate("OffersAsksScreen", "Note")]
        )
        # Names whole (the note column gives way): at 1366×768 "Ayesha…" shrank to "Ay…".
        self._table_style(self.balance_table, stretch=3)
        self.commitments_table = QTableWidget(0, 4, self)
        self.commitments_table.setTabKeyNavigation(False)
        self.commitments_table.setObjectName("offersAsksCommitments")
        self.commitments_table.setAccessibleName(translate("OffersAsksScreen", "Commitments"))
        self.commitments_table.setHorizontalHeaderLabels(
            [translate("OffersAsksScreen", "Gives"), translate("OffersAsksScreen", "What"),
             translate("OffersAsksScreen", "To"), translate("OffersAsksScreen", "By")])
        self._table_style(self.commitments_table, stretch=1)
        self.tabs = QTabWidget(self)
        size_by_shown(self.tabs)
        self.tabs.setObjectName("offersAsksViews")
        self.tabs.addTab(self.balance_table, translate("OffersAsksScreen", "&Balance"))
        self.tabs.addTab(self.commitments_table, translate("OffersAsksScreen", "Co&mmitments"))

    def _table_style(self, table: QTableWidget, stretch: int = 0) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _group(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _build_layout(self) -> None:
        capture = QHBoxLayout()
        capture.setContentsMargins(12, 4, 12, 4)
        who = QLabel(translate("OffersAsksScreen", "&Who"), self)
        who.setBuddy(self.party_edit)
        party = pair(self, who, self.party_edit, stretch=0)
        # One line when it fits; on a narrow window the fields wrap under the kind.
        capture.addWidget(flow_row(self, self.offer_radio, self.ask_radio, party,
                                   self.text_edit, self.add_button,
                                   stretch={self.text_edit: 1}))

        self.offers_box = self._group(translate("OffersAsksScreen", "Offers"), self.offers_list)
        self.asks_box = self._group(translate("OffersAsksScreen", "Asks"), self.asks_list)
        cards = QSplitter(Qt.Orientation.Vertical, self)
        cards.addWidget(self.offers_box)
        cards.addWidget(self.asks_box)

        match_panel = QWidget(self)
        match_layout = QVBoxLayout(match_panel)
        match_layout.setContentsMargins(0, 0, 0, 0)
        match_layout.addWidget(self.suggestion_heading)
        match_layout.addWidget(self.suggestions_list, 1)
        match_layout.addWidget(self.confirm_button)
        self.match_box = self._group(translate("OffersAsksScreen", "Suggested matches"),
                                     match_panel)
        middle = QSplitter(Qt.Orientation.Vertical, self)
        middle.addWidget(self.match_box)
        middle.addWidget(self.tabs)

        self.map_box = self._group(translate("OffersAsksScreen", "Reciprocity map"), self.map)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("offersAsksSplitter")
        self.splitter.addWidget(cards)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.map_box)
        self.splitter.setSizes([300, 400, 460])

        header = QVBoxLayout()
        header.setContentsMargins(12, 8, 12, 0)
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addWidget(self.prompt)
        self.summary = QLabel(self, objectName="offersAsksSummary")
        set_role(self.summary, "muted")
        self.summary.setWordWrap(True)  # wraps on a narrow laptop instead of widening the window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(capture)
        layout.addWidget(self.splitter, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(12, 0, 12, 6)
        footer.addWidget(self.summary)
        layout.addLayout(footer)
        self.setTabOrder(self.party_edit, self.text_edit)

    def _action(self, name: str, text: str, keys: str | QKeySequence.StandardKey,
                slot: Callable[[], None], widget: QWidget | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut if widget is not None
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.triggered.connect(slot)
        (widget or self).addAction(action)
        return action

    def _build_actions(self) -> None:
        self._action("offersAsksConfirmAction", translate("OffersAsksScreen", "Confirm match"),
                     "Ctrl+M",
                     self.confirm_selected)
        self._action("offersAsksCaptureAction", translate("OffersAsksScreen", "New card"), "Ctrl+N",
                     self.focus_primary)
        self._action("offersAsksOfferAction", translate("OffersAsksScreen",
                                                        "Next cards are offers"), "Alt+O",
                     lambda: self.offer_radio.setChecked(True))
        self._action("offersAsksAskAction", translate("OffersAsksScreen", "Next cards are asks"),
                     "Alt+K",
                     lambda: self.ask_radio.setChecked(True))
        for widget in (self.offers_list, self.asks_list):
            self._action(f"{widget.objectName()}DeleteAction", translate("OffersAsksScreen",
                                                                         "Remove cards"),
                         QKeySequence.StandardKey.Delete, self.remove_selected_cards, widget)
            self._action(f"{widget.objectName()}EditAction", translate("OffersAsksScreen",
                                                                       "Edit card"), "F2",
                         self.edit_selected_card, widget)
        self._action("offersAsksCommitmentDeleteAction", translate("OffersAsksScreen",
                                                                   "Remove commitment"),
                     QKeySequence.StandardKey.Delete, self.remove_selected_commitments,
                     self.commitments_table)
        self._action("offersAsksCommitmentEditAction", translate("OffersAsksScreen",
                                                                 "Change the date"), "F2",
                     self.edit_selected_commitment, self.commitments_table)

    # ------------------------------------------------------------ state

    def focus_primary(self) -> None:
        (self.text_edit if self.party_edit.text() else self.party_edit).setFocus()

    def reload(self) -> None:
        doc = self.ctx.doc
        activity = read.activity(doc, self.activity_id)
        if activity is None:
            return
        self.title.setText(activity.title)
        self.prompt.setText(activity.prompt or translate("OffersAsksScreen",
                                                         "What can you offer? What do you need?"))
        self.party_edit.set_directory(read_reciprocity.parties(doc))
        cards = read_reciprocity.cards(doc, self.activity_id)
        self._cards = {c.id: c for c in cards}
        commitments = read_reciprocity.commitments(doc, self.activity_id)
        self._suggestions = read_reciprocity.suggestions(doc, self.activity_id)
        committed_offers = {c.offer_id for c in commitments}
        met_asks = {c.ask_id for c in commitments}
        self._fill_cards(self.offers_list, [c for c in cards if c.kind is CardKind.OFFER],
                         committed_offers)
        self._fill_cards(self.asks_list, [c for c in cards if c.kind is CardKind.ASK], met_asks)
        self.offers_box.setTitle(translate("OffersAsksScreen", "Offers (%1)").replace("%1",
                                                                                      str(self.offers_list.count())))
        self.asks_box.setTitle(translate("OffersAsksScreen",
                                         "Asks (%1)").replace("%1", str(self.asks_list.count())))
        self._show_suggestions()

        rows = balance(cards, commitments)
        self._fill_balance(rows)
        self._fill_commitments(commitments)
        self.map.set_data(map_parties(cards, commitments), flows(commitments),
                          {r.party.key: r.flag for r in rows})
        unmet = sum(1 for c in cards if c.kind is CardKind.ASK and c.id not in met_asks)
        n_commitments = len(commitments)
        self.summary.setText(" · ".join((
            translate("OffersAsksScreen", "%n commitment(s)", None, n_commitments),
            translate("OffersAsksScreen", "%n ask(s) still open", None, unmet),
            translate("OffersAsksScreen",
                      "Alt+O offer · Alt+K ask · Ctrl+M confirm match · Delete remove · "
                             "F2 edit or re-date"),
        )))

    def _fill_cards(self, widget: QListWidget, cards: list[Card], done: set[int]) -> None:
        """Show the cards; when the same cards are listed already (a match confirmed or
        undone), only the rows whose text changed are touched."""
        ids = [widget.item(row).data(_ID) for row in range(widget.count())]
        if ids == [card.id for card in cards]:
            for row, card in enumerate(cards):
                item = widget.item(row)
                text, tip = _card_row(card, card.id in done)
                if item.text() != text:
                    item.setText(text)
                    item.setToolTip(tip)
        else:
            current = widget.currentItem()
            keep = current.data(_ID) if current is not None else None
            widget.clear()
            for card in cards:
                text, tip = _card_row(card, card.id in done)
                item = QListWidgetItem(text)
                item.setData(_ID, card.id)
                item.setToolTip(tip)
                widget.addItem(item)
                if card.id == keep:
                    widget.setCurrentItem(item)
        if widget.currentItem() is None and widget.count() and widget is self.asks_list:
            open_asks = [i for i, c in enumerate(cards) if c.id not in done]
            widget.setCurrentRow(open_asks[0] if open_asks else 0)

    def _fill_balance(self, rows: list[BalanceRow]) -> None:
        if rows == self._balance_shown:
            return  # the same balance (a confirmed match between parties already listed…)
        self._balance_shown = rows
        with _filling(self.balance_table) as table:
            self._fill_balance_rows(table, rows)

    def _fill_balance_rows(self, table: QTableWidget, rows: list[BalanceRow]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [row.party.name, row.gives, row.receives,
                      flag_label(row.flag) if row.flag else translate("OffersAsksScreen",
                                                                      "gives and receives")]
            for c, value in enumerate(values):
                # In place: only the cells whose figures moved are touched.
                tip = f"{row.party.label}: " + translate(
                    "OffersAsksScreen", "%1 offers, %2 asks"
                ).replace("%1", str(row.offers)).replace("%2", str(row.asks))
                item = set_cell(table, r, c, str(value), tip)
                if c in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == 3:
                    ink = QColor(FLAG_COLOURS[row.flag]).darker(140) if row.flag else None
                    item.setData(Qt.ItemDataRole.ForegroundRole, QBrush(ink) if ink else None)

    def _fill_commitments(self, commitments: list[Commitment]) -> None:
        if commitments == self._commitments_shown:
            return
        self._commitments_shown = commitments
        with _filling(self.commitments_table) as table:
            self._fill_commitment_rows(table, commitments)

    def _fill_commitment_rows(self, table: QTableWidget, commitments: list[Commitment]) -> None:
        table.setRowCount(len(commitments))
        for r, commitment in enumerate(commitments):
            values = [commitment.giver.name, commitment.what, commitment.receiver.name,
                      commitment.due or "—"]
            for c, value in enumerate(values):
                spoken = (translate("OffersAsksScreen", "no date yet")
                          if c == 3 and not commitment.due else None)
                item = set_cell(table, r, c, value, spoken=spoken)
                if item.data(_ID) != commitment.id:
                    item.setData(_ID, commitment.id)

    def selected_ask(self) -> Card | None:
        item = self.asks_list.currentItem()
        return self._cards.get(int(item.data(_ID))) if item is not None else None

    def _show_suggestions(self) -> None:
        self.suggestions_list.clear()
        ask = self.selected_ask()
        if ask is None:
            self.suggestion_heading.setText(
                translate("OffersAsksScreen",
                          "Select an ask to see the offers that could meet it."))
            self.confirm_button.setEnabled(False)
            return
        matches = self._suggestions.get(ask.id, [])
        self.suggestion_heading.setText(
            translate("OffersAsksScreen",
                      "For “%1” (%2):").replace("%1", ask.text).replace("%2", ask.party.name))
        for match in matches:
            offer = self._cards.get(match.offer_id)
            if offer is None:
                continue
            item = QListWidgetItem(
                f"{offer.text}\n— {offer.party.label} · {round(match.score * 100)}% · "
                + translate("OffersAsksScreen", "why: %1").replace("%1", ", ".join(match.shared))
            )
            item.setData(_ID, offer.id)
            self.suggestions_list.addItem(item)
        if not matches:
            item = QListWidgetItem(
                translate("OffersAsksScreen",
                          "No offer meets this ask yet (nothing beyond common words "
                                 "like “help” is shared).")
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.suggestions_list.addItem(item)
        else:
            self.suggestions_list.setCurrentRow(0)
        self.confirm_button.setEnabled(bool(matches))

    def on_change(self, change: Change) -> None:
        if self.concerns(change):
            self.reload()

    def catch_up(self, missed: list[Change]) -> None:
        if any(self.concerns(change) for change in missed):
            self.reload()

    # ------------------------------------------------------------ gestures

    def add_typed(self) -> None:
        text = self.text_edit.text().strip()
        kind = CardKind.OFFER if self.offer_radio.isChecked() else CardKind.ASK
        if text[:1] in "+?" and text:
            kind = CardKind.OFFER if text[0] == "+" else CardKind.ASK
            text = text[1:].strip()
        try:
            party = self.party_edit.party()
        except ValidationError as exc:
            self.ctx.runner.report(error_text(exc))
            self.party_edit.setFocus()
            return
        assert party is not None
        change = self.ctx.runner.run(ops.add_card, self.activity_id, kind, party, text)
        if change is not None:
            self.text_edit.clear()
            self.text_edit.setFocus()

    def confirm_selected(self) -> None:
        ask = self.selected_ask()
        item = self.suggestions_list.currentItem()
        if ask is None or item is None or item.data(_ID) is None:
            self.ctx.runner.report(
                translate("OffersAsksScreen",
                          "Select an ask and one of its suggested offers first."))
            return
        offer = self._cards.get(int(item.data(_ID)))
        if offer is None:
            return
        due = self.ask_due(self, translate("OffersAsksScreen",
                                           "%1 gives “%2” to %3.").replace("%1", offer.party.name)
                           .replace("%2", offer.text).replace("%3", ask.party.name))
        if due is None:
            return
        self.ctx.runner.run(ops.confirm_match, offer.id, ask.id, due=due)

    def _selected_cards(self) -> list[int]:
        widget = self.offers_list if self.offers_list.hasFocus() else self.asks_list
        return [int(i.data(_ID)) for i in widget.selectedItems()]

    def remove_selected_cards(self) -> None:
        ids = self._selected_cards()
        if ids:
            self.ctx.runner.run(ops.remove_cards, ids)

    def edit_selected_card(self) -> None:
        ids = self._selected_cards()
        card = self._cards.get(ids[0]) if ids else None
        if card is None:
            return
        text = self.ask_text(self, card.text)
        if text is not None:
            self.ctx.runner.run(ops.edit_card, card.id, text=text)

    def _selected_commitment_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.commitments_table.selectedIndexes()})
        items = [self.commitments_table.item(r, 0) for r in rows]
        return [int(item.data(_ID)) for item in items if item is not None]

    def edit_selected_commitment(self) -> None:
        """F2 in the commitments table: change by when (the action's date follows)."""
        ids = self._selected_commitment_ids()
        found = read_reciprocity.commitment(self.ctx.doc, ids[0]) if ids else None
        if found is None:
            return
        text = translate("OffersAsksScreen",
                         "%1 gives “%2” to %3 (now: %4).").replace("%1", found.giver.name)
        text = text.replace("%2", found.what).replace("%3", found.receiver.name)
        due = self.ask_due(self, text.replace("%4", found.due or translate("OffersAsksScreen",
                                                                           "no date")))
        if due is not None:
            self.ctx.runner.run(ops.edit_commitment, found.id, what=found.what, due=due)

    def remove_selected_commitments(self) -> None:
        ids = self._selected_commitment_ids()
        if ids:
            self.ctx.runner.run(ops.remove_commitments, ids)


def _card_row(card: Card, done: bool) -> tuple[str, str]:
    """A card's row in its list (✓ once part of a commitment) and its tooltip."""
    mark = "✓ " if done else ""
    tip = translate("OffersAsksScreen", "Part of a commitment") if done else ""
    return f"{mark}{card.text}\n— {card.party.label}", tip
