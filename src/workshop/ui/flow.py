"""Rows of buttons and fields that wrap onto another line when the window is narrow.

A ``QHBoxLayout`` asks for the sum of its items' widths: three buttons in Polish, or in
a 40 % longer translation, set the whole window's minimum width past a 1366 px laptop.
A :class:`FlowLayout` asks only for its widest item and puts the rest on the next line
when there is no room beside it (Qt's "flow layout" example, right to left in a mirrored
UI, with stretch factors like a box layout's). :func:`flow_row` wraps one in a widget,
so the row takes the height its lines need wherever it is put.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items side by side in their preferred widths, wrapping to new lines as needed.

    Items added with a ``stretch`` share the room left on their line (as in a box layout);
    with ``spread`` and no stretch, that room goes between the items (a "Back … Done" row:
    the first at the start, the last at the end). With ``uniform`` the items form a grid of
    equal cells filling the row (boxes of a tally). Each line's items are centred vertically.
    """

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 6, *, spread: bool = False,
        uniform: bool = False,
    ) -> None:
        super().__init__(parent)
        self.spread = spread
        self.uniform = uniform
        self._items: list[QLayoutItem] = []
        self._stretch: dict[QWidget, int] = {}
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's interface

    def addItem(self, item: QLayoutItem) -> None:  # Qt's name; QLayout.addWidget calls it
        self._items.append(item)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        """Add ``widget``; a ``stretch`` above 0 gives it a share of its line's spare room."""
        self._stretch[widget] = stretch
        self.addWidget(widget)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Everything on one line, when there is room for it."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item, _ in shown)
        width += self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item, _ in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As wide as the widest item: the others go onto lines of their own."""
        size = QSize(0, 0)
        for item, _ in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # -- the arrangement

    def _shown(self) -> list[tuple[QLayoutItem, int]]:
        return [(item, self._stretch.get(item.widget(), 0)) for item in self._items  # type: ignore[arg-type]  # (None: 0)
                if not item.isEmpty()]

    def _width_of(self, item: QLayoutItem, room: int) -> int:
        return max(item.minimumSize().width(), min(item.sizeHint().width(), room))

    def _lines(self, room: int) -> list[list[tuple[QLayoutItem, int]]]:
        if self.uniform:
            shown = self._shown()
            if not shown:
                return []
            # As narrow as the widest item can be (a box's label wraps onto two lines).
            cell = max((item.minimumSize().width() for item, _ in shown), default=1)
            per_line = max(1, (room + self.spacing()) // (cell + self.spacing()))
            rows = -(-len(shown) // per_line)
            per_line = -(-len(shown) // max(1, rows))  # balanced: 3 + 3, not 5 + 1
            return [shown[i:i + per_line] for i in range(0, len(shown), per_line)]
        lines: list[list[tuple[QLayoutItem, int]]] = []
        used = 0
        for item, stretch in self._shown():
            width = self._width_of(item, room)
            if lines and used + self.spacing() + width <= room:
                lines[-1].append((item, stretch))
                used += self.spacing() + width
            else:
                lines.append([(item, stretch)])
                used = width
        return lines

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins: QMargins = self.contentsMargins()
        inner = rect.marginsRemoved(margins)
        room = max(1, inner.width())
        y = inner.top()
        parent = self.parentWidget()
        direction = (parent.layoutDirection() if parent is not None
                     else Qt.LayoutDirection.LeftToRight)
        lines = self._lines(room)
        for number, line in enumerate(lines):
            if number:
                y += self.spacing()
            widths = [self._width_of(item, room) for item, _ in line]
            if self.uniform:  # a grid: the first line's share of the room, on every line
                share = (room - self.spacing() * (len(lines[0]) - 1)) // len(lines[0])
                widths = [share] * len(line)
            left_over = room - sum(widths) - self.spacing() * (len(line) - 1)
            total_stretch = sum(stretch for _, stretch in line)
            gap = self.spacing()
            if left_over > 0 and total_stretch:
                for index, (_, stretch) in enumerate(line):
                    widths[index] += left_over * stretch // total_stretch
            elif left_over > 0 and self.spread and len(line) > 1:
                gap += left_over // (len(line) - 1)
            heights = [_height_at(item, min(width, room)) for (item, _), width in zip(
                line, widths, strict=True)]
            height = max(heights)
            if apply:
                x = inner.left()
                for (item, _), width, own in zip(line, widths, heights, strict=True):
                    item_height = height if _fills_height(item) else own
                    box = QRect(QPoint(x, y + (height - item_height) // 2),
                                QSize(min(width, room), item_height))
                    item.setGeometry(_visual_rect(direction, inner, box))
                    x += width + gap
            y += height
        return y - inner.top() + margins.top() + margins.bottom()


def _visual_rect(direction: Qt.LayoutDirection, bounds: QRect, box: QRect) -> QRect:
    """``box`` mirrored inside ``bounds`` for a right-to-left layout: ``QStyle.visualRect``,
    without making PySide build QStyle's enums for the first picture's layouts."""
    if direction != Qt.LayoutDirection.RightToLeft:
        return box
    return box.translated(2 * (bounds.right() - box.right()) + box.width() - bounds.width(), 0)


def _height_at(item: QLayoutItem, width: int) -> int:
    """The item's height at ``width`` (more lines for wrapped words when narrower)."""
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.sizeHint().height()


def _fills_height(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    policy = widget.sizePolicy().verticalPolicy()
    return bool(policy.value & QSizePolicy.PolicyFlag.ExpandFlag.value)


def flow_row(parent: QWidget, *widgets: QWidget, stretch: dict[QWidget, int] | None = None,
             spread: bool = False, uniform: bool = False) -> QWidget:
    """A widget holding ``widgets`` in a :class:`FlowLayout` (stretch, spread, uniform)."""
    row = QWidget(parent)
    layout = FlowLayout(row, spread=spread, uniform=uniform)
    for widget in widgets:
        layout.add(widget, (stretch or {}).get(widget, 0))
    policy = row.sizePolicy()
    policy.setHeightForWidth(True)
    row.setSizePolicy(policy)
    return row


def pair(parent: QWidget, label: QWidget, field: QWidget, *, stretch: int = 1) -> QWidget:
    """A label and its field kept together on one line inside a flow."""
    from PySide6.QtWidgets import QHBoxLayout

    both = QWidget(parent)
    layout = QHBoxLayout(both)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(field, stretch)
    return both
