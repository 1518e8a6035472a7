"""A number per project, typed or adjusted with the keyboard: cumulative points on a
ballot at the laptop, and the paper tally per project.

Up and Down move between projects; typing a number (then Enter) sets the project's
number, + and − add or take one, Delete clears it. Every change is first offered to
``accept`` (the ballot's rules, or the tally's operation), which reports why it refuses;
a refused change leaves the number as it was. The rows are a ``RowsModel`` (``ui/rows_model``)
of (project, its line, its number).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop.ui.rows_model import Column, RowsModel, RowsView
from workshop.ui.tr import translate

_Index = QModelIndex | QPersistentModelIndex


class _Count(NamedTuple):
    project: int
    text: str
    number: int


_CENTRED = {Qt.ItemDataRole.TextAlignmentRole: Qt.AlignmentFlag.AlignCenter}


class _CountDelegate(QStyledItemDelegate):
    """Edits the number in a spin box from 0 to the table's limit."""

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


class CountsTable(RowsView):
    """Projects with a number each. ``accept(wanted, project id, value)`` takes a change
    (True) or refuses it, saying why (False); ``changed`` follows every accepted one."""

    changed = Signal()

    def __init__(
        self, name: str, accessible: str, heading: str, parent: QWidget | None = None
    ) -> None:
        model: RowsModel[_Count] = RowsModel(
            [
                Column(
                    # A word a line: the numbers are short, and a heading kept on one line
                    # ("On paper", "Na papierze") took a third of a narrow column.
                    "\n".join(heading.split()),
                    lambda c: str(c.number) if c.number else "–",  # a dash: none yet
                    edit=lambda c, value: self._typed(c.project, value),
                    value=lambda c: c.number,
                    roles=lambda _c: _CENTRED,
                ),
                Column(translate("CountsTable", "Project"), lambda c: c.text),
            ],
            key=lambda c: c.project,
        )
        super().__init__(model, parent)
        model.setParent(self)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.heading = heading
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
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
        self._titles: list[tuple[int, str]] = []

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
        self._titles = list(rows)
        ids = [pid for pid, _ in rows]
        source = self._points if values is None else values
        self._points = {pid: n for pid, n in source.items() if pid in ids and n}
        current = self.currentIndex().row()
        self._show()  # the same projects update in place (an edit may be under way)
        if rows and not self.currentIndex().isValid():
            self.setCurrentIndex(self.model().index(max(0, min(current, len(rows) - 1)), 0))

    def _show(self) -> None:
        self.rows_model.set_rows(
            [_Count(pid, text, self._points.get(pid, 0)) for pid, text in self._titles]
        )

    def points(self) -> dict[int, int]:
        """Project id → points, only projects given at least one point, in list order."""
        return {pid: self._points[pid] for pid, _ in self._titles if self._points.get(pid)}

    def clear_points(self) -> None:
        self._points = {}
        self._show()
        self.changed.emit()

    # -- changes ----------------------------------------------------------------------

    def set_row_points(self, row: int, value: int) -> bool:
        """Give the project in ``row`` this many points, unless the rules refuse it."""
        if not 0 <= row < self.rows_model.rowCount():
            return False
        pid = self.rows_model.row(row).project
        wanted = dict(self._points)
        if value > 0:
            wanted[pid] = value
        else:
            wanted.pop(pid, None)
        accepted = self.accept(wanted, pid, value)  # may refresh the table
        if accepted:
            self._points = wanted
            self._show()
            self.changed.emit()
        return accepted

    def _typed(self, project: int, value: object) -> bool:
        return self.set_row_points(self.rows_model.row_of(project), int(str(value or 0)))

    def adjust(self, delta: int) -> None:
        row = self.currentIndex().row()
        if row >= 0:
            count = self.rows_model.row(row)
            self.set_row_points(row, count.number + delta)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        row = self.currentIndex().row()
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.adjust(+1)
                return
            if key == Qt.Key.Key_Minus:
                self.adjust(-1)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                if row >= 0:
                    self.set_row_points(row, 0)
                return
            if event.text().isdigit() and row >= 0:
                self.setCurrentIndex(self.model().index(row, 0))  # typing edits the points
        super().keyPressEvent(event)
