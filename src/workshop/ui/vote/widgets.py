"""Small widgets of the vote screen: the clickable list of items, and bars behind counts."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QElapsedTimer,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop.domain import palettes
from workshop.domain.voting import VoteItem, ballot_numbers
from workshop.ui.theme import set_role
from workshop.ui.tr import translate

ITEM_ROLE = Qt.ItemDataRole.UserRole
BAR_ROLE = Qt.ItemDataRole.UserRole + 1
BAR_COLOUR = QColor(palettes.VOTE_BAR)
_ADD_KEYS = {
    Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Plus, Qt.Key.Key_Equal
}
_REMOVE_KEYS = {Qt.Key.Key_Minus, Qt.Key.Key_Backspace, Qt.Key.Key_Delete}
#: Digits or letters typed after a longer pause start a new number or word.
TYPING_PAUSE_MS = 1500


def dots_text(count: int, cap: int) -> str:
    """"●●○" for 2 of at most 3; past 6 it becomes "● × 9" so a row stays readable."""
    if cap <= 6:
        return "●" * count + "○" * max(0, cap - count)
    return f"● × {count}" if count else "○"


def _folded(text: str) -> str:
    """Lower case without accents, so "zie" finds "Zieleń" and "lodz" finds "Łódź"."""
    text = text.casefold().replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class _WrapDelegate(QStyledItemDelegate):
    """Rows exactly as wide as the list, as tall as their wrapped text: a word wider than
    the list (a long compound) breaks rather than pushing the row past the edge."""

    PAD = 8  # the list's item padding (3 px) on both sides and the focus frame

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        assert isinstance(view, QListWidget)
        width = view.viewport().width()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
        box = option.fontMetrics.boundingRect(QRect(0, 0, width - 2 * self.PAD, 10_000),
                                              int(flags), text)
        return QSize(width, box.height() + 2 * self.PAD)


class DotList(QListWidget):
    """The items a participant votes on, numbered as the room sees them, texts wrapped.

    Typing an item's number puts a dot on it (as soon as the number can be no other:
    "12" of 80 at once, "1" after Space or Enter, "07" at once); typing letters jumps to
    the next item whose text has them. Click, Space, Enter or + adds a dot to the
    current item; right-click, -, Backspace or Delete takes one away. The list only
    asks: the owner decides (and says why a dot is refused)."""

    addRequested = Signal(int)
    removeRequested = Signal(int)
    #: Something to tell the voter about their typing (e.g. "There is no item 85.").
    told = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Long proposals wrap inside the list (they ran off to the right behind a scroll bar).
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: rows wrapped before the bar appeared were 5 px too wide for the list.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setItemDelegate(_WrapDelegate(self))
        set_role(self, "dots")
        self._titles: dict[int, str] = {}
        self._contents: dict[int, tuple[str, ...]] = {}
        self.numbers: dict[int, int] = {}
        self._typed = ""
        self._typed_at = QElapsedTimer()

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
            self._contents = {item.id: item.contents for item in items}
            self.numbers = ballot_numbers(items)
            for item in items:
                row = QListWidgetItem()
                row.setData(ITEM_ROLE, item.id)
                self.addItem(row)
        width = len(str(len(items)))
        for index in range(self.count()):
            row = self.item(index)
            item_id = int(row.data(ITEM_ROLE))
            count = counts.get(item_id, 0)
            title = self._titles.get(item_id, "")
            inside = self._contents.get(item_id, ())
            if inside:
                n_inside = len(inside)
                title += "  " + translate("DotList", "(%n note(s))", None, n_inside)
            mark = "   " + translate("DotList",
                                     "(your note: not for your dots)") if item_id in own else ""
            number = f"{self.numbers.get(item_id, 0):>{width}}."
            row.setText(f"{number}  {dots_text(count, cap)}   {title}{mark}")
            row.setForeground(QColor(palettes.MUTED) if item_id in own else QColor())
            row.setToolTip(self.detail(item_id))
            row.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{self.numbers.get(item_id, 0)}: {title}: "
                + translate("DotList", "%n dot(s)", None, count),
            )
        self.select_item(current)

    def detail(self, item_id: int | None) -> str:
        """The item's whole text and, for a cluster, every note inside it."""
        if item_id is None or item_id not in self._titles:
            return ""
        text = f"{self.numbers.get(item_id, 0)}. {self._titles[item_id]}"
        inside = self._contents.get(item_id, ())
        if inside:
            text += "\n" + "\n".join(f"  • {' '.join(note.split())}" for note in inside)
        return text

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

    # -- typing a number or letters

    def _by_number(self, number: int) -> int | None:
        return next((i for i, n in self.numbers.items() if n == number), None)

    def _type_digit(self, digit: str) -> None:
        fresh = not self._typed_at.isValid() or self._typed_at.elapsed() > TYPING_PAUSE_MS
        if fresh or not self._typed.isdigit():
            self._typed = ""
        self._typed += digit
        self._typed_at.restart()
        total = len(self.numbers)
        number = int(self._typed)
        if len(self._typed) >= len(str(total)) or number * 10 > total:
            self._typed = ""
            self._dot_on_number(number)
            return
        # "1" of 80 could still become 12: show item 1 and wait for a digit or Space.
        item_id = self._by_number(number)
        if item_id is not None:
            self.select_item(item_id)
        self.told.emit(translate("DotList",
                                 "Item %1: Space puts a dot on it, or type the next digit.")
                       .replace("%1", str(number)))

    def _dot_on_number(self, number: int) -> None:
        item_id = self._by_number(number)
        if item_id is None:
            self.told.emit(translate("DotList", "There is no item %1: the items are 1–%2.")
                           .replace("%1", str(number)).replace("%2", str(len(self.numbers))))
            return
        self.select_item(item_id)
        self.scrollToItem(self.currentItem())
        self.addRequested.emit(item_id)

    def _type_letter(self, char: str) -> None:
        fresh = not self._typed_at.isValid() or self._typed_at.elapsed() > TYPING_PAUSE_MS
        if fresh or self._typed.isdigit():
            self._typed = ""
        self._typed += char
        self._typed_at.restart()
        wanted = _folded(self._typed)
        order = list(range(self.count()))
        start = max(0, self.currentRow())
        # The current item first while the word grows, then the ones after it.
        order = order[start:] + order[:start] if len(self._typed) > 1 else (
            order[start + 1:] + order[: start + 1]
        )
        for index in order:
            item_id = int(self.item(index).data(ITEM_ROLE))
            if wanted in _folded(self._titles.get(item_id, "")):
                self.setCurrentRow(index)
                self.scrollToItem(self.item(index))
                return
        self.told.emit(translate("DotList", "No item has “%1” in it.").replace("%1", self._typed))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        item_id = self.current_item_id()
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        text = event.text()
        if plain and len(text) == 1 and text.isdigit() and self.numbers:
            self._type_digit(text)
            event.accept()
        elif item_id is not None and plain and key in _ADD_KEYS:
            pending = self._typed if self._typed.isdigit() else ""
            self._typed = ""
            if pending:
                self._dot_on_number(int(pending))
            else:
                self.addRequested.emit(item_id)
            event.accept()
        elif item_id is not None and plain and key in _REMOVE_KEYS:
            self._typed = ""
            self.removeRequested.emit(item_id)
            event.accept()
        elif plain and len(text) == 1 and text.isalpha():
            self._type_letter(text)
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
            option.palette.setColor(QPalette.ColorRole.Text, QColor(palettes.VOTE_BAR_INK))
        super().paint(painter, option, index)
