"""Small widgets of the vote screen: the clickable list of items, and bars behind counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop.domain import palettes
from workshop.domain.voting import VoteItem

ITEM_ROLE = Qt.ItemDataRole.UserRole
BAR_ROLE = Qt.ItemDataRole.UserRole + 1
BAR_COLOUR = QColor("#f4a62a")
_ADD_KEYS = {
    Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Plus, Qt.Key.Key_Equal
}
_REMOVE_KEYS = {Qt.Key.Key_Minus, Qt.Key.Key_Backspace, Qt.Key.Key_Delete}


def dots_text(count: int, cap: int) -> str:
    """"●●○" for 2 of at most 3; past 6 it becomes "● × 9" so a row stays readable."""
    if cap <= 6:
        return "●" * count + "○" * max(0, cap - count)
    return f"● × {count}" if count else "○"


class DotList(QListWidget):
    """The items a participant votes on. Click, Space, Enter or + adds a dot to an item;
    right-click, -, Backspace or Delete takes one away. The list only asks: the owner
    decides (and says why a dot is refused)."""

    addRequested = Signal(int)
    removeRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setStyleSheet("QListWidget { font-size: 15pt; } QListWidget::item { padding: 6px; }")
        self._titles: dict[int, str] = {}

    def set_items(
        self,
        items: Sequence[VoteItem],
        counts: Mapping[int, int],
        cap: int,
        own: frozenset[int] = frozenset(),
    ) -> None:
        """Show ``items`` with this voter's ``counts``; ``own``: items they may not vote for."""
        current = self.current_item_id()
        ids = [item.id for item in items]
        if ids != [self.item(i).data(ITEM_ROLE) for i in range(self.count())]:
            self.clear()
            self._titles = {item.id: " ".join(item.title.split()) for item in items}
            for item in items:
                row = QListWidgetItem()
                row.setData(ITEM_ROLE, item.id)
                self.addItem(row)
        for index in range(self.count()):
            row = self.item(index)
            item_id = int(row.data(ITEM_ROLE))
            count = counts.get(item_id, 0)
            title = self._titles.get(item_id, "")
            mark = "   (your note: not for your dots)" if item_id in own else ""
            row.setText(f"{dots_text(count, cap)}   {title}{mark}")
            row.setForeground(QColor(palettes.MUTED) if item_id in own else QColor())
            row.setToolTip(title)
            mine = "dot" if count == 1 else "dots"
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {count} {mine}")
        self.select_item(current)

    def current_item_id(self) -> int | None:
        row = self.currentItem()
        return int(row.data(ITEM_ROLE)) if row is not None else None

    def select_item(self, item_id: int | None) -> None:
        for index in range(self.count()):
            if self.item(index).data(ITEM_ROLE) == item_id:
                self.setCurrentRow(index)
                return
        if self.count() and self.currentRow() < 0:
            self.setCurrentRow(0)

    def row_text(self, item_id: int) -> str:
        for index in range(self.count()):
            if self.item(index).data(ITEM_ROLE) == item_id:
                return self.item(index).text()
        return ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.itemAt(event.position().toPoint())
        if row is None:
            super().mousePressEvent(event)
            return
        self.setCurrentItem(row)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        item_id = int(row.data(ITEM_ROLE))
        if event.button() == Qt.MouseButton.LeftButton:
            self.addRequested.emit(item_id)
        elif event.button() == Qt.MouseButton.RightButton:
            self.removeRequested.emit(item_id)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A quick second click is a second dot, not an "activate".
        self.mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        item_id = self.current_item_id()
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if item_id is not None and plain and key in _ADD_KEYS:
            self.addRequested.emit(item_id)
            event.accept()
        elif item_id is not None and plain and key in _REMOVE_KEYS:
            self.removeRequested.emit(item_id)
            event.accept()
        else:
            super().keyPressEvent(event)


class BarDelegate(QStyledItemDelegate):
    """Paints a bar (``BAR_ROLE``: 0–1) behind the cell's text: the ranking's bars."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        fraction = index.data(BAR_ROLE)
        if isinstance(fraction, float) and fraction > 0:
            rect: QRect = option.rect.adjusted(2, 4, -2, -4)
            rect.setWidth(max(2, int(rect.width() * min(1.0, fraction))))
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR_COLOUR)
            painter.drawRoundedRect(rect, 3, 3)
            painter.restore()
            option.palette.setColor(QPalette.ColorRole.Text, QColor("#111111"))
        super().paint(painter, option, index)
