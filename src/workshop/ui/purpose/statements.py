"""Own purposes in: the capture row (party type-ahead, then the statement) and the list.

Keyboard: type a party's name, Enter; type the statement, Enter; the party box
is ready for the next one. A party who already has a statement gets it back to
edit. In the list, Enter or F2 edits the selected statement and Delete removes it.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.purpose_models import Party, PartyMode, PurposeStatement
from workshop.storage.ops import purpose as ops
from workshop.ui.flow import flow_row
from workshop.ui.in_place import InPlaceRows
from workshop.ui.purpose.common import (
    ID_ROLE,
    PurposeState,
    RichTextDelegate,
    fill_rich_row,
    heading,
    highlighted,
    hint,
    name,
    shortcut,
)
from workshop.ui.screens.base import ScreenContext
from workshop.ui.tr import translate
from workshop.ui.widgets import compact


class StatementList(QListWidget):
    """The statements, each with its party in bold and the shared themes highlighted."""

    edit_requested = Signal()
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)


class StatementsPanel(QWidget):
    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.state: PurposeState | None = None
        self._editing: int | None = None  # statement id being edited in the capture row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = heading(translate("StatementsPanel", "1 · Own purposes"))
        layout.addWidget(self.heading)

        row = QHBoxLayout()
        self.party = QLineEdit()
        name(self.party, "purposeParty", translate("StatementsPanel",
                                                   "Whose purpose (type a name)"))
        self.party.setPlaceholderText(translate("StatementsPanel", "Whose purpose?"))
        self.party.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Inline, like the board's author box: Enter also accepts any unique part of a name.
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.party.setCompleter(completer)
        self.party.returnPressed.connect(self._party_entered)
        # Whose purpose on its own line: in a laptop's narrow column both boxes stay readable.
        layout.addWidget(self.party)
        self.text = QLineEdit()
        name(self.text, "purposeStatementText", translate("StatementsPanel", "Purpose statement"))
        self.text.setPlaceholderText(translate("StatementsPanel",
                                               "We are here to…  (Enter adds it)"))
        self.text.returnPressed.connect(self._submit)
        row.addWidget(self.text, 1)
        self.add_button = QPushButton(translate("StatementsPanel", "Add"))
        name(self.add_button, "purposeAddStatement", translate("StatementsPanel",
                                                               "Add purpose statement"))
        self.add_button.clicked.connect(self._submit)
        row.addWidget(compact(self.add_button))
        layout.addLayout(row)
        self.message = hint()
        self.message.setObjectName("purposeCaptureHint")
        layout.addWidget(self.message)

        self.list = StatementList()
        name(self.list, "purposeStatements", translate("StatementsPanel", "Purpose statements"))
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap on resize
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.edit_requested.connect(self.edit_selected)
        self.list.remove_requested.connect(self.remove_selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        layout.addWidget(self.list, 1)

        self.edit_button = QPushButton(translate("StatementsPanel",
                                                 "Edi&t"))  # Alt+E is the Edit menu
        name(self.edit_button, "purposeEditStatement", translate("StatementsPanel",
                                                                 "Edit the selected statement"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(translate("StatementsPanel", "Remove"))
        name(self.remove_button, "purposeRemoveStatement",
             translate("StatementsPanel", "Remove the selected statement"))
        self.remove_button.clicked.connect(self.remove_selected)
        layout.addWidget(flow_row(self, self.edit_button, self.remove_button))
        shortcut(self.text, "Escape", self.cancel_edit)
        self.rows = InPlaceRows[QListWidgetItem](self.list, fill_rich_row)

    # ------------------------------------------------------------------ state

    def refresh(self, state: PurposeState) -> None:
        self.state = state
        self.party.setPlaceholderText(
            translate("StatementsPanel",
                      "Organisation…") if state.settings.by is PartyMode.ORGANISATION
            else translate("StatementsPanel", "Participant…"))
        self._names.setStringList([p.label for p in state.parties])
        analysis = state.analysis
        rows = []
        for statement in state.statements:
            terms = analysis.statement(statement.party.key)
            body = highlighted(
                statement.text, terms.occurrences if terms else (), analysis.colour,
                number=analysis.number,
            )
            rows.append((statement.id, (
                statement.id,
                f"{statement.party.label}: {statement.text}",
                f"<b>{_escape(statement.party.label)}</b><br>{body}",
            )))
        self.rows.show(rows)  # in place: only a statement whose highlights moved is touched
        count = len(state.statements)
        self.heading.setText(translate("StatementsPanel",
                                       "1 · Own purposes (%1)").replace("%1", str(count)))
        if self._editing is not None and state.statement_by_id(self._editing) is None:
            self.cancel_edit()

    def _selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _party_named(self, text: str) -> Party | None:
        if self.state is None:
            return None
        wanted = " ".join(text.split()).casefold()
        exact = [p for p in self.state.parties if p.label.casefold() == wanted]
        if exact:
            return exact[0]
        partial = [p for p in self.state.parties if wanted and wanted in p.label.casefold()]
        if len(partial) == 1:
            return partial[0]
        if wanted and self.state.settings.by is PartyMode.ORGANISATION:
            clean = " ".join(text.split())
            return Party(None, clean, clean)
        return None

    def _statement_of(self, party: Party) -> PurposeStatement | None:
        if self.state is None:
            return None
        return next((s for s in self.state.statements if s.party.key == party.key), None)

    # ---------------------------------------------------------------- actions

    def _party_entered(self) -> None:
        party = self._party_named(self.party.text())
        if party is None:
            self.message.setText(
                translate("StatementsPanel",
                          "Nobody called “%1” is on the participant list.").replace(
                    "%1", self.party.text().strip())
                if self.party.text().strip()
                else translate("StatementsPanel", "Type whose purpose this is.")
            )
            return
        self.party.setText(party.label)
        existing = self._statement_of(party)
        if existing is not None:
            self._start_edit(existing)
        else:
            self._editing = None
            self.add_button.setText(translate("StatementsPanel", "Add"))
            self.message.setText("")
        self.text.setFocus()

    def _submit(self) -> None:
        party = self._party_named(self.party.text())
        if party is None:
            self._party_entered()
            self.party.setFocus()
            return
        existing = self._statement_of(party)
        if self._editing is None and existing is not None:
            self._editing = existing.id  # typed a new text for someone who had one
        if self._editing is not None:
            change = self.ctx.runner.run(ops.edit_statement, self._editing, self.text.text())
        else:
            ref: int | str = (
                party.participant_id if party.participant_id is not None else party.organisation
            )
            change = self.ctx.runner.run(ops.add_statement, self.activity_id, ref, self.text.text())
        if change is None:
            return
        self.cancel_edit()
        saved = translate("StatementsPanel", "Saved the purpose of %1. Next party:")
        self.message.setText(saved.replace("%1", party.label))
        self.party.setFocus()

    def _start_edit(self, statement: PurposeStatement) -> None:
        self._editing = statement.id
        self.party.setText(statement.party.label)
        self.text.setText(statement.text)
        self.add_button.setText(translate("StatementsPanel", "Save"))
        self.message.setText(
            translate("StatementsPanel",
                      "Editing the purpose of %1: Enter saves, Escape cancels.").replace(
                "%1", statement.party.label)
        )

    def cancel_edit(self) -> None:
        self._editing = None
        self.party.clear()
        self.text.clear()
        self.add_button.setText(translate("StatementsPanel", "Add"))
        self.message.setText("")

    def edit_selected(self) -> None:
        statement_id = self._selected_id()
        statement = (
            self.state.statement_by_id(statement_id)
            if (self.state and statement_id is not None)
            else None
        )
        if statement is None:
            return
        self._start_edit(statement)
        self.text.setFocus()

    def remove_selected(self) -> None:
        statement_id = self._selected_id()
        if statement_id is not None:
            self.ctx.runner.run(ops.remove_statement, statement_id)

    def focus_capture(self) -> None:
        self.party.setFocus()


def _escape(text: str) -> str:
    import html

    return html.escape(text)
