"""Tables the facilitator edits in place: rows from a read function, columns declared once,
edits through a named operation.

``RowsModel`` holds the rows as read (frozen domain values, or tuples); each ``Column`` says
what a cell shows (``text``, and other roles: tooltip, colour, what a screen reader says)
and, when the cell is editable, how an edit is stored (``edit``: it runs the operation
through the undo runner and answers whether it was stored). The model never keeps a typed
value the file refused: a refused or unchanged edit leaves the row as read, so the view
shows the stored value again and the runner has said why. Showing what is stored is never
taken for an edit either (there is no ``itemChanged`` to silence): ``set_rows`` tells the
view which rows read otherwise (``dataChanged``), or resets it when rows came, went or moved.

``RowsView`` is the ``QTableView`` for such a model: it keeps the selected and current rows
(by key) across a reset, so a refresh after an edit elsewhere does not lose the selection.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
#: Every cell answers its row's key under this role (ids for the panels' gestures).
KEY_ROLE = Qt.ItemDataRole.UserRole

_NO_ROLES: Mapping[Role, object] = {}


def _no_roles(_row: Any) -> Mapping[Role, object]:
    return _NO_ROLES


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header, the text a row shows in it, and (editable cells only) how
    an edit is stored. ``edit(row, value)`` answers whether the file took it."""

    header: str
    text: Callable[[Row], str]
    edit: Callable[[Row, Any], bool] | None = None
    #: Other roles of the cell (tooltip, foreground, background, accessible text…).
    roles: Callable[[Row], Mapping[Role, object]] = field(default=_no_roles)
    #: The value an editor starts from (default: the text).
    value: Callable[[Row], object] | None = None


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind, shown in declared columns; ``key(row)`` identifies a row across
    reloads. ``read`` (optional) gives the rows afresh for ``reload``."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        key: Callable[[Row], Hashable],
        read: Callable[[], Sequence[Row]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.key = key
        self.read = read
        self._rows: list[Row] = []
        #: Each cell's other roles, worked out once per reading (a paint asks for many).
        self._roles: dict[tuple[int, int], Mapping[Role, object]] = {}

    # -- contents ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the rows again (the table's read function) and show what changed."""
        if self.read is not None:
            self.set_rows(self.read())

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show these rows: the same rows in the same order update in place (only the rows
        that read otherwise, so an edit under way and the selection stay); else a reset."""
        new = list(rows)
        if [self.key(r) for r in new] != [self.key(r) for r in self._rows]:
            self.beginResetModel()
            self._rows, self._roles = new, {}
            self.endResetModel()
            return
        old, self._rows, self._roles = self._rows, new, {}
        last = len(self.columns) - 1
        for r, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(r, 0), self.index(r, last))

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def row_of(self, key: Hashable) -> int:
        """The row number of the row with this key, or -1."""
        return next((n for n, r in enumerate(self._rows) if self.key(r) == key), -1)

    # -- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Role.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Role.DisplayRole:
            return column.text(row)
        if role == Role.EditRole:
            return column.text(row) if column.value is None else column.value(row)
        if role == KEY_ROLE:
            return self.key(row)
        cell = (index.row(), index.column())
        roles = self._roles.get(cell)
        if roles is None:
            roles = self._roles[cell] = column.roles(row)
        # Qt's roles are IntEnums: an int finds its member's key (Role(role) per call was
        # a third of a city-sized tally table's relayout)
        return roles.get(cast(Role, role))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Role.EditRole) -> bool:
        """An edit typed in a cell: stored through the column's operation, or refused (the
        runner said why) and the stored value shown again."""
        if role != Role.EditRole or not index.isValid() or index.row() >= len(self._rows):
            return False
        edit = self.columns[index.column()].edit
        if edit is None:
            return False
        key = self.key(self._rows[index.row()])
        stored = edit(self._rows[index.row()], value)
        if not stored:  # the row reads as before: repaint it from what the file holds
            row = self.row_of(key)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return stored


class RowsView(QTableView):
    """A table over a ``RowsModel``: whole rows selected, Tab leaves the table (arrows move
    in it), F2 or a double-click edits; the selection and current row survive a reset."""

    def __init__(self, model: RowsModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.rows_model = model
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self._kept: tuple[list[Hashable], Hashable | None, int] = ([], None, 0)
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def selected_keys(self) -> list[Any]:
        """The keys of the selected rows, top to bottom."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.rows_model.key(self.rows_model.row(r)) for r in rows]

    def select_keys(self, keys: Sequence[Hashable]) -> None:
        selection = QItemSelection()
        model = self.rows_model
        last = model.columnCount() - 1
        rows = {model.key(r): n for n, r in enumerate(model.rows())}
        for key in keys:
            row = rows.get(key)
            if row is not None:
                selection.select(model.index(row, 0), model.index(row, last))
        self.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _remember(self) -> None:
        current = self.currentIndex()
        key = (
            self.rows_model.key(self.rows_model.row(current.row())) if current.isValid() else None
        )
        self._kept = (self.selected_keys(), key, max(0, current.column()))

    def _restore(self) -> None:
        keys, current, column = self._kept
        row = self.rows_model.row_of(current) if current is not None else -1
        if row >= 0:
            self.selectionModel().setCurrentIndex(
                self.rows_model.index(row, column), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        if keys:
            self.select_keys(keys)
