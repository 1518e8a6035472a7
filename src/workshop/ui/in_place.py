"""Rows of a list or a tree refreshed in place: a change touches only the rows it changed.

A screen that clears its list and adds every row again after each change makes Qt lay out
and repaint every row (and a rich-text row is parsed again): with 12 statements or 60 cards
that is most of an interaction's time. :class:`InPlaceRows` keeps each row's item by a key
(a statement's id, a theme's label) with a description of what it shows; given the new rows
it removes the gone ones, inserts the new ones, moves the ones whose place changed and
fills only those whose description differs. Items that did not change survive as the same
objects, with their selection.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
)

Item = TypeVar("Item", QListWidgetItem, QTreeWidgetItem)
#: A row: its key, and a hashable description of everything it shows.
Row = tuple[Hashable, Hashable]


class InPlaceRows(Generic[Item]):
    """The rows of one :class:`QListWidget` (or one tree's top level), by key."""

    def __init__(
        self, view: QListWidget | QTreeWidget, fill: Callable[[Item, Hashable], None]
    ) -> None:
        self.view = view
        self.fill: Callable[[Item, Hashable], None] = fill
        self._items: dict[Hashable, Item] = {}
        self._shows: dict[Hashable, Hashable] = {}
        #: Rows filled (made or changed) by the last :meth:`show`: what a change cost.
        self.touched = 0

    def item(self, key: Hashable) -> Item | None:
        return self._items.get(key)

    def show(self, rows: Sequence[Row]) -> None:
        """Make the view show ``rows`` (in order), touching only what differs."""
        wanted = dict(rows)
        self.touched = 0
        for key in [k for k in self._items if k not in wanted]:
            self._take(self._items.pop(key))
            self._shows.pop(key, None)
        for position, (key, shows) in enumerate(rows):
            item = self._items.get(key)
            if item is None:
                item = self._new()
                self._items[key] = item
                self._insert(position, item)
            elif self._index(item) != position:
                self._take(item)
                self._insert(position, item)
            if self._shows.get(key, _NOTHING) != shows:
                self.fill(item, shows)
                self._shows[key] = shows
                self.touched += 1

    def clear(self) -> None:
        self._items.clear()
        self._shows.clear()
        self.view.clear()

    # The two kinds of view, told apart once here.

    def _new(self) -> Item:
        if isinstance(self.view, QListWidget):
            return QListWidgetItem()  # type: ignore[return-value]
        return QTreeWidgetItem()  # type: ignore[return-value]

    def _index(self, item: Item) -> int:
        if isinstance(self.view, QListWidget):
            return self.view.row(item)  # type: ignore[arg-type]
        return self.view.indexOfTopLevelItem(item)  # type: ignore[arg-type]

    def _take(self, item: Item) -> None:
        if isinstance(self.view, QListWidget):
            self.view.takeItem(self.view.row(item))  # type: ignore[arg-type]
        else:
            self.view.takeTopLevelItem(self.view.indexOfTopLevelItem(item))  # type: ignore[arg-type]

    def _insert(self, position: int, item: Item) -> None:
        if isinstance(self.view, QListWidget):
            self.view.insertItem(position, item)  # type: ignore[call-overload]
        else:
            self.view.insertTopLevelItem(position, item)  # type: ignore[arg-type]


_NOTHING = object()


def set_cell(
    table: QTableWidget, row: int, column: int, text: str, tip: str = "",
    spoken: str | None = None,
) -> QTableWidgetItem:
    """One table cell, its item kept and touched only where it reads otherwise (a change
    to one row of a table leaves the other rows' items alone: nothing else re-laid out)."""
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem()
        table.setItem(row, column, item)
    if item.text() != text:
        item.setText(text)
    if item.toolTip() != tip:
        item.setToolTip(tip)
    if item.data(Qt.ItemDataRole.AccessibleTextRole) != spoken:
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
    return item
