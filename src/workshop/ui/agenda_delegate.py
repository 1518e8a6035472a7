"""Draws an agenda row: status mark, planned start, title, and kind · timebox underneath."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from workshop.domain import palettes
from workshop.domain.models import ActivityStatus
from workshop.ui.words import own_direction

#: Roles the agenda list stores its row facts under.
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_STATUS = Qt.ItemDataRole.UserRole + 1
ROLE_START = Qt.ItemDataRole.UserRole + 2
ROLE_DETAIL = Qt.ItemDataRole.UserRole + 3

_STATUS_COLOUR = {
    ActivityStatus.PLANNED.value: QColor(palettes.STATUS_PLANNED),
    ActivityStatus.RUNNING.value: QColor(palettes.STATUS_RUNNING),
    ActivityStatus.DONE.value: QColor(palettes.STATUS_DONE),
}

Index = QModelIndex | QPersistentModelIndex


class AgendaDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.height() * 2 + 18
        # The list stretches each row to its width and the title elides to it: a wider
        # hint only made a narrow agenda (a 1024-wide laptop) scroll sideways, which in a
        # right-to-left window hid the start of every title.
        return QSize(120, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect
        selected = _selected(option, index)
        if selected:
            painter.fillRect(rect, QColor(palettes.ACCENT))
        elif index.row() % 2:
            painter.fillRect(rect, QColor(palettes.ALTERNATE_ROW))
        status = str(index.data(ROLE_STATUS))
        planned = _STATUS_COLOUR[ActivityStatus.PLANNED.value]
        colour = QColor(palettes.ON_ACCENT) if selected else _STATUS_COLOUR.get(status, planned)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dot = QRect(rect.left() + 10, rect.top() + 12, 12, 12)
        painter.setPen(QPen(colour, 2))
        if status == ActivityStatus.PLANNED.value:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setBrush(colour)
        painter.drawEllipse(dot)
        text = QColor(palettes.ON_ACCENT if selected else palettes.TEXT)
        muted = QColor(palettes.ON_ACCENT_MUTED if selected else palettes.MUTED)
        line = option.fontMetrics.height()
        left = rect.left() + 32
        start = str(index.data(ROLE_START) or "")
        if start:
            painter.setPen(muted)
            painter.drawText(
                QRect(left, rect.top() + 8, 48, line), Qt.AlignmentFlag.AlignLeft, start
            )
            left += 50
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        title = own_direction(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        width = rect.right() - left - 8
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRect(left, rect.top() + 8, width, line), Qt.AlignmentFlag.AlignLeft, elided
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        detail = _elide_kind(painter.fontMetrics(), str(index.data(ROLE_DETAIL) or ""), width)
        painter.drawText(
            QRect(left, rect.top() + 10 + line, width, line), Qt.AlignmentFlag.AlignLeft, detail
        )
        painter.restore()


def _selected(option: QStyleOptionViewItem, index: Index) -> bool:
    """Whether the row is selected: what the view marks ``State_Selected`` in ``option.state``
    from, asked of its selection model (reading ``option.state`` makes PySide build all of
    QStyle's enums, ~5 ms of the start-up, for the agenda's first paint)."""
    view = option.widget
    model = view.selectionModel() if isinstance(view, QAbstractItemView) else None
    return model is not None and model.isSelected(index)


def _elide_kind(metrics: QFontMetrics, detail: str, width: int) -> str:
    """ "Prompt / discussion · 15 min" in a narrow sidebar: the kind gives way, the time stays."""
    if metrics.horizontalAdvance(detail) <= width:
        return detail
    kind, sep, rest = detail.partition(" · ")
    tail = sep + rest
    room = width - metrics.horizontalAdvance(tail)
    if not sep or room < metrics.horizontalAdvance("Wo…"):
        return metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width)
    return metrics.elidedText(kind, Qt.TextElideMode.ElideRight, room) + tail
