"""A number per project, typed or adjusted with the keyboard: cumulative points on a
ballot at the laptop, and the paper tally per project.

Up and Down move between projects; typing a number (then Enter) sets the project's
number, + and − add or take one, Delete clears it. Every change is first offered to
``accept`` (the ballot's rules, or the tally's operation), which reports why it refuses;
a refused change leaves the number as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from workshop.ui.tr import translate

_ID = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


class _CountDelegate(QStyledItemDelegate):
    """Edits the number in a spin box from 0 to the table's limit; shows 0 as a dash."""

    def __init__(self, table: CountsTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(0, max(1, self.table.limit))
        box.setAccessibleName(self.table.heading)
        return box

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def displayText(self, value: object, locale: QLocale | QLocale.Language) -> str:
        return "–" if value in (0, None, "") else str(value)


class CountsTable(QTableWidget):
    """Projects with a number each. ``accept(wanted, project id, value)`` takes a change
    (True) or refuses it, saying why (False); ``changed`` follows every accepted one."""

    changed = Signal()

    def __init__(
        self, name: str, accessible: str, heading: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.heading = heading
        self.setHorizontalHeaderLabels([heading, translate("CountsTable", "Project")])
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in every other list
        self.setWordWrap(True)
        self.setItemDelegateForColumn(0, _CountDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # long titles wrap: each row as tall as its title at the column's width
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.limit = 0
        self.accept: Callable[[Mapping[int, int], int, int], bool] = lambda *_: True
        self._points: dict[int, int] = {}
        self.itemChanged.connect(self._edited)

    # -- contents ---------------------------------------------------------------------

    def set_projects(
        self,
        rows: Sequence[tuple[int, str]],
        limit: int,
        values: Mapping[int, int] | None = None,
    ) -> None:
        """(project id, text) per row, and the numbers (``values``, e.g. from the file);
        without ``values``, numbers given to projects still listed stay (a draft)."""
        self.limit = limit
        ids = [pid for pid, _ in rows]
        source = self._points if values is None else values
        self._points = {pid: n for pid, n in source.items() if pid in ids and n}
        current = self.currentRow()
        self.blockSignals(True)
        if ids == self._ids():  # same projects: update in place (an edit may be under way)
            for r, (pid, text) in enumerate(rows):
                self._cell(r, 0).setData(Qt.ItemDataRole.EditRole, self._points.get(pid, 0))
                self._cell(r, 1).setText(text)
            self.blockSignals(False)
            return
        self.setRowCount(len(rows))
        for r, (pid, text) in enumerate(rows):
            points = QTableWidgetItem()
            points.setData(Qt.ItemDataRole.EditRole, self._points.get(pid, 0))
            points.setData(_ID, pid)
            points.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(r, 0, points)
            title = QTableWidgetItem(text)
            title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
            title.setData(_ID, pid)
            self.setItem(r, 1, title)
        self.blockSignals(False)
        if rows:
            self.setCurrentCell(max(0, min(current, len(rows) - 1)), 0)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """A cell this table filled (every row has both)."""
        item = self.item(row, column)
        assert item is not None
        return item

    def _ids(self) -> list[int]:
        return [int(self._cell(r, 0).data(_ID)) for r in range(self.rowCount())]

    def points(self) -> dict[int, int]:
        """Project id → points, only projects given at least one point, in list order."""
        return {pid: self._points[pid] for pid in self._ids() if self._points.get(pid)}

    def clear_points(self) -> None:
        self._points = {}
        self.blockSignals(True)
        for r in range(self.rowCount()):
            self._cell(r, 0).setData(Qt.ItemDataRole.EditRole, 0)
        self.blockSignals(False)
        self.changed.emit()

    # -- changes ----------------------------------------------------------------------

    def set_row_points(self, row: int, value: int) -> bool:
        """Give the project in ``row`` this many points, unless the rules refuse it."""
        item = self.item(row, 0)
        if item is None:
            return False
        pid = int(item.data(_ID))
        wanted = dict(self._points)
        if value > 0:
            wanted[pid] = value
        else:
            wanted.pop(pid, None)
        accepted = self.accept(wanted, pid, value)
        if accepted:
            self._points = wanted
        if self.item(row, 0) is item:  # accepting may have refreshed the table
            self.blockSignals(True)
            item.setData(Qt.ItemDataRole.EditRole, self._points.get(pid, 0))
            self.blockSignals(False)
        if accepted:
            self.changed.emit()
        return accepted

    def adjust(self, delta: int) -> None:
        row = self.currentRow()
        if row >= 0:
            pid = int(self._cell(row, 0).data(_ID))
            self.set_row_points(row, self._points.get(pid, 0) + delta)

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            value = item.data(Qt.ItemDataRole.EditRole)
            self.set_row_points(item.row(), int(value or 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.adjust(+1)
                return
            if key == Qt.Key.Key_Minus:
                self.adjust(-1)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                if self.currentRow() >= 0:
                    self.set_row_points(self.currentRow(), 0)
                return
            if event.text().isdigit() and self.currentRow() >= 0:
                self.setCurrentCell(self.currentRow(), 0)  # typing edits the points
        super().keyPressEvent(event)
