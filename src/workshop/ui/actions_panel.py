"""The workshop's action list as a tab of the main window: add, edit, move along, remove.

Keyboard: type *what* and press Enter (Tab to *owner* and *by when* first if you
like; the owner box completes names and organisations). In the table, Space moves
the selected actions along (open → doing → done), F2 edits a cell, Delete removes.
Other screens put an action on the list with :func:`add_action_from`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFocusEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain import palettes
from workshop.domain.actions import (
    NO_OWNER,
    Action,
    ActionStatus,
    SourceKind,
    counts,
    sort_actions,
)
from workshop.domain.errors import ValidationError
from workshop.domain.reciprocity import Party
from workshop.storage import read_actions, read_reciprocity
from workshop.storage.changes import Change
from workshop.storage.ops import actions as ops
from workshop.ui.reciprocity.party_edit import PartyEdit
from workshop.ui.rows_model import Column, RowsModel, RowsView
from workshop.ui.screens.base import ScreenContext
from workshop.ui.theme import set_role
from workshop.ui.tr import QT_TRANSLATE_NOOP
from workshop.ui.widgets import buddy_label, compact
from workshop.ui.words import error_text, status_word

WHAT, OWNER, DUE, STATUS, SOURCE = range(5)
#: The "From" cell of an action typed in here (a cell is never empty: screen readers).
NO_SOURCE = QT_TRANSLATE_NOOP("ActionsPanel", "added here")
#: What an action came from, as the "From" cell names it.
_SOURCE_WORDS = {
    SourceKind.NOTE: QT_TRANSLATE_NOOP("ActionsPanel", "Note"),
    SourceKind.CLUSTER: QT_TRANSLATE_NOOP("ActionsPanel", "Cluster"),
    SourceKind.VOTE: QT_TRANSLATE_NOOP("ActionsPanel", "Vote result"),
    SourceKind.COMMITMENT: QT_TRANSLATE_NOOP("ActionsPanel", "Commitment"),
}
_TABLES = frozenset(
    {"actions", "participants", "notes", "clusters", "commitments", "activities"}
)
_STATUS_COLOURS = {
    ActionStatus.OPEN: palettes.MUTED,
    ActionStatus.DOING: palettes.ACCENT,
    ActionStatus.DONE: palettes.STATUS_RUNNING,
}


def add_action_from(
    ctx: ScreenContext,
    source_kind: SourceKind | str,
    source_id: int,
    text: str,
    owner: Party | None = None,
    due: str = "",
) -> Change | None:
    """Put an action on the list that grew out of a note, a cluster, a vote or a commitment.

    One undo step; refusals are reported by ``ctx.runner`` and give None.
    """
    return ctx.runner.run(
        ops.add_action,
        text,
        owner,
        due,
        source_kind=SourceKind(source_kind),
        source_id=source_id,
    )


class ActionsPanel(QWidget):
    def __init__(
        self,
        ctx: ScreenContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.setObjectName("actionsPanel")
        self._actions: dict[int, Action] = {}

        self.what_edit = QLineEdit(self, objectName="actionWhat")
        self.what_edit.setAccessibleName(
            QCoreApplication.translate("ActionsPanel", "New action: what")
        )
        self.setFocusProxy(self.what_edit)  # View › Actions (Ctrl+4) lands here
        self.what_edit.setPlaceholderText(
            QCoreApplication.translate("ActionsPanel", "What needs doing? (Enter adds)")
        )
        self.owner_edit = PartyEdit(self, optional=True)
        self.owner_edit.setObjectName("actionOwner")
        self.owner_edit.setAccessibleName(
            QCoreApplication.translate("ActionsPanel", "New action: owner")
        )
        self.due_edit = QLineEdit(self, objectName="actionDue")
        self.due_edit.setAccessibleName(
            QCoreApplication.translate("ActionsPanel", "New action: due date")
        )
        self.due_edit.setPlaceholderText(
            QCoreApplication.translate("ActionsPanel", "Due: YYYY-MM-DD")
        )
        self.due_edit.setFixedWidth(150)
        self.add_button = QPushButton(
            QCoreApplication.translate("ActionsPanel", "Add"), self, objectName="actionAdd"
        )
        self.add_button.setAccessibleName(QCoreApplication.translate("ActionsPanel", "Add action"))
        self.add_button.setToolTip(
            QCoreApplication.translate("ActionsPanel", "Add the action (Enter)")
        )
        for edit in (self.what_edit, self.owner_edit, self.due_edit):
            edit.returnPressed.connect(self.add_typed)
        # Tab walks the entry row even when the panel is added to a window built earlier.
        QWidget.setTabOrder(self.what_edit, self.owner_edit)
        QWidget.setTabOrder(self.owner_edit, self.due_edit)
        QWidget.setTabOrder(self.due_edit, self.add_button)
        # Owner and date stay for the next action; Tab selects them, so typing replaces them.
        self.owner_edit.installEventFilter(self)
        self.due_edit.installEventFilter(self)
        self.add_button.clicked.connect(self.add_typed)
        row = QHBoxLayout()
        row.addWidget(self.what_edit, 3)
        row.addWidget(self.owner_edit, 2)
        row.addWidget(self.due_edit)
        row.addWidget(self.add_button)

        self.filter_combo = QComboBox(self, objectName="actionFilter")
        self.filter_combo.setAccessibleName(
            QCoreApplication.translate("ActionsPanel", "Show actions")
        )
        self.filter_combo.addItem(QCoreApplication.translate("ActionsPanel", "All actions"), "")
        for status in ActionStatus:
            self.filter_combo.addItem(
                QCoreApplication.translate("ActionsPanel", "{status} only").format(
                    status=status_word(status)
                ),
                status.value,
            )
        self.filter_combo.addItem(
            QCoreApplication.translate("ActionsPanel", "Not done"), "not-done"
        )
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.reload())

        self.model: RowsModel[Action] = RowsModel(
            [
                Column(
                    QCoreApplication.translate("ActionsPanel", "What"),
                    lambda a: a.what,
                    edit=self._set_what,
                    roles=_tip(lambda a: a.what),
                ),
                Column(
                    QCoreApplication.translate("ActionsPanel", "Owner"),
                    _owner_text,
                    edit=self._set_owner,
                    roles=_owner_roles,
                ),
                Column(
                    QCoreApplication.translate("ActionsPanel", "By when"),
                    lambda a: a.due,
                    edit=self._set_due,
                    roles=self._due_roles,
                ),
                Column(
                    QCoreApplication.translate("ActionsPanel", "Status"),
                    self._status_text,
                    roles=self._status_roles,
                ),
                Column(
                    QCoreApplication.translate("ActionsPanel", "From"),
                    _source_text,
                    roles=_tip(_source_text),
                ),
            ],
            key=lambda a: a.id,
            parent=self,
        )
        self.table = RowsView(self.model, self)
        self.table.setObjectName("actionsTable")
        self.table.setAccessibleName(QCoreApplication.translate("ActionsPanel", "Actions"))
        self.table.setAlternatingRowColors(True)
        # "What" wraps (on a laptop it was cut to "Circulate t…"); the other columns are short.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, DUE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        # Modest, so "What" keeps the room on a laptop; the full source is in the tooltip.
        self.table.setColumnWidth(SOURCE, 180)
        # Rows as tall as a wrapped "What" at the column's width, whatever the window's.
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )

        self.status_button = QPushButton(
            QCoreApplication.translate("ActionsPanel", "Move along"),
            self,
            objectName="actionStatusNext",
        )
        self.status_button.setAccessibleName(
            QCoreApplication.translate("ActionsPanel", "Move the selected actions along")
        )
        self.status_button.setToolTip(
            QCoreApplication.translate("ActionsPanel", "Open → doing → done (Space)")
        )
        self.status_button.clicked.connect(self.advance_selected)
        self.remove_button = QPushButton(
            QCoreApplication.translate("ActionsPanel", "Remove"), self, objectName="actionRemove"
        )
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("ActionsPanel", "Remove the selected actions")
        )
        self.remove_button.setToolTip(
            QCoreApplication.translate("ActionsPanel", "Remove the selected actions (Delete)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.summary = QLabel(self, objectName="actionsSummary")
        set_role(self.summary, "muted")
        self.summary.setWordWrap(True)  # long hints and counts wrap: the tab fits a laptop
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tools = QHBoxLayout()
        tools.addWidget(
            buddy_label(QCoreApplication.translate("ActionsPanel", "Show"), self.filter_combo)
        )
        tools.addWidget(self.filter_combo)
        tools.addWidget(compact(self.status_button))
        tools.addWidget(compact(self.remove_button))
        tools.addWidget(self.summary, 1)  # the spare room: one line when it fits

        hint = QLabel(
            QCoreApplication.translate(
                "ActionsPanel",
                "Confirmed commitments appear here by themselves. Space: move along · F2: edit · "
                "Delete: remove",
            ),
            self,
        )
        set_role(hint, "muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(hint)

        for name, text, keys, slot in (
            ("actionsDeleteAction", "Remove actions", QKeySequence.StandardKey.Delete,
             self.remove_selected),
            ("actionsStatusAction", "Move along", "Space", self.advance_selected),
        ):
            action = QAction(text, self.table)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        self.reload()

    # ------------------------------------------------------------ state

    def reload(self) -> None:
        doc = self.ctx.doc
        self.owner_edit.set_directory(read_reciprocity.parties(doc))
        every = read_actions.actions(doc)
        self._actions = {a.id: a for a in every}
        wanted = self.filter_combo.currentData() or ""
        shown = [
            a for a in sort_actions(every)
            if not wanted
            or (wanted == "not-done" and a.status is not ActionStatus.DONE)
            or a.status.value == wanted
        ]
        self.model.set_rows(shown)  # the selection stays on the same actions
        found, total = counts(every), len(every)
        self.summary.setText(
            QCoreApplication.translate("ActionsPanel", "%n action(s)", None, total)
            + " · "
            + QCoreApplication.translate(
                "ActionsPanel", "{open} open · {doing} doing · {done} done"
            ).format(
                open=found[ActionStatus.OPEN],
                doing=found[ActionStatus.DOING],
                done=found[ActionStatus.DONE],
            )
        )

    def on_change(self, change: Change) -> None:
        if change.touches(*_TABLES):
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusIn
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
            and isinstance(watched, QLineEdit)
        ):
            watched.selectAll()
        return super().eventFilter(watched, event)

    def selected_ids(self) -> list[int]:
        return [int(key) for key in self.table.selected_keys()]

    # ------------------------------------------------------------ cells

    def _status_text(self, action: Action) -> str:
        if action.overdue(self.today()):  # "Overdue" in words, not only as the date's red
            return QCoreApplication.translate("ActionsPanel", "{status} · overdue").format(
                status=status_word(action.status)
            )
        return status_word(action.status)

    def _status_roles(self, action: Action) -> dict[Qt.ItemDataRole, object]:
        return {
            Qt.ItemDataRole.ToolTipRole: self._status_text(action),
            Qt.ItemDataRole.ForegroundRole: QBrush(QColor(_STATUS_COLOURS[action.status])),
        }

    def _due_roles(self, action: Action) -> dict[Qt.ItemDataRole, object]:
        if not action.overdue(self.today()):
            return {Qt.ItemDataRole.ToolTipRole: action.due}
        return {  # the date stays editable
            Qt.ItemDataRole.ToolTipRole: QCoreApplication.translate("ActionsPanel", "Overdue"),
            Qt.ItemDataRole.ForegroundRole: QBrush(QColor(palettes.ERROR)),
            Qt.ItemDataRole.AccessibleTextRole: QCoreApplication.translate(
                "ActionsPanel", "{text}, overdue"
            ).format(text=action.due),
        }

    # ------------------------------------------------------------ gestures

    def add_typed(self) -> None:
        try:
            owner = self.owner_edit.party()
        except ValidationError as exc:
            self.ctx.runner.report(error_text(exc))
            self.owner_edit.setFocus()
            return
        change = self.ctx.runner.run(
            ops.add_action, self.what_edit.text(), owner, self.due_edit.text()
        )
        if change is not None:
            self.what_edit.clear()
            self.what_edit.setFocus()

    def advance_selected(self) -> None:
        for action_id in self.selected_ids():
            action = self._actions.get(action_id)
            if action is not None:
                self.ctx.runner.run(ops.set_action_status, action.id, action.status.next())

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.ctx.runner.run(ops.remove_actions, ids)

    def _set_what(self, action: Action, text: object) -> bool:
        return self._update(replace(action, what=str(text)))

    def _set_due(self, action: Action, text: object) -> bool:
        return self._update(replace(action, due=str(text)))

    def _set_owner(self, action: Action, text: object) -> bool:
        typed = str(text).strip()
        try:
            owner = (
                self.owner_edit.directory.resolve(typed)
                if typed and typed not in (NO_OWNER, _no_owner()) else None
            )
        except ValidationError as exc:
            self.ctx.runner.report(error_text(exc))
            return False
        return self._update(replace(action, owner=owner))

    def _update(self, edited: Action) -> bool:
        """A cell typed in the table: one undo step, or refused (the runner says why) and
        the stored value shown again."""
        change = self.ctx.runner.run(
            ops.update_action,
            edited.id,
            what=edited.what,
            owner=edited.owner,
            due=edited.due,
            status=edited.status,
        )
        return change is not None and not change.is_empty


def _tip(text: Callable[[Action], str]) -> Callable[[Action], dict[Qt.ItemDataRole, object]]:
    """The cell's whole text as its tooltip (a narrow column elides it)."""
    return lambda action: {Qt.ItemDataRole.ToolTipRole: text(action)}


def _source_text(action: Action) -> str:
    """"Note: Community fridge…" in the UI's language ("added here" for one typed here)."""
    word = _SOURCE_WORDS.get(action.source_kind)
    if word is None or action.source_id is None:
        return QCoreApplication.translate("ActionsPanel", NO_SOURCE)
    kind = QCoreApplication.translate("ActionsPanel", word)
    if action.source_snippet is None:
        return QCoreApplication.translate("ActionsPanel", "%1 (removed)").replace("%1", kind)
    return f"{kind}: {action.source_snippet}"


def _no_owner() -> str:
    return QCoreApplication.translate("ActionsPanel", "No owner yet")


def _owner_text(action: Action) -> str:
    """The owner's name, or "No owner yet" in the UI's language (the domain's word is English)."""
    return action.owner.label if action.owner is not None else _no_owner()


def _owner_roles(action: Action) -> dict[Qt.ItemDataRole, object]:
    if action.owner is not None:
        return {Qt.ItemDataRole.ToolTipRole: action.owner_label}
    return {
        Qt.ItemDataRole.ToolTipRole: QCoreApplication.translate(
            "ActionsPanel", "No owner yet: double-click or F2 to choose one"
        ),
        Qt.ItemDataRole.ForegroundRole: QBrush(QColor(palettes.WARNING)),
    }
