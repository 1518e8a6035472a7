"""What the purpose panels share: one snapshot of the activity, rich text, small widget helpers."""

from __future__ import annotations

import html
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from workshop.domain import palettes
from workshop.domain.purpose import Analysis, Occurrence
from workshop.domain.purpose_models import (
    BlendGroup,
    Draft,
    HiddenTerm,
    Party,
    PurposeSettings,
    PurposeStatement,
    SynonymMerge,
)
from workshop.storage import read_purpose
from workshop.storage.document import Document
from workshop.ui.theme import set_role

#: Role holding an item's rich text (the delegate below paints it).
HTML_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11
#: Black text reads on every theme colour (they are all light).
INK = palettes.THEME_INK


@dataclass(frozen=True, slots=True)
class PurposeState:
    """Everything the panels show, read once per change."""

    settings: PurposeSettings
    parties: list[Party]
    statements: list[PurposeStatement]
    analysis: Analysis
    synonyms: list[SynonymMerge]
    hidden: list[HiddenTerm]
    groups: list[BlendGroup]
    drafts: list[Draft]

    @classmethod
    def load(cls, doc: Document, activity_id: int) -> PurposeState:
        return cls(
            read_purpose.settings(doc, activity_id),
            read_purpose.parties(doc, activity_id),
            read_purpose.statements(doc, activity_id),
            read_purpose.analysis(doc, activity_id),
            read_purpose.synonyms(doc, activity_id),
            read_purpose.hidden_terms(doc, activity_id),
            read_purpose.groups(doc, activity_id),
            read_purpose.drafts(doc, activity_id),
        )

    def label_of(self, party_key: str) -> str:
        for statement in self.statements:
            if statement.party.key == party_key:
                return statement.party.label
        return party_key.split(":", 1)[-1]

    def statement_by_id(self, statement_id: int) -> PurposeStatement | None:
        return next((s for s in self.statements if s.id == statement_id), None)


def highlighted(
    text: str,
    occurrences: Iterable[Occurrence],
    colour: Callable[[str], str | None],
    ink: str = INK,
    number: Callable[[str], int | None] | None = None,
) -> str:
    """``text`` as escaped rich text with every shared-theme occurrence on its theme colour,
    underlined and followed by the theme's number (colour never tells the theme alone)."""
    parts: list[str] = []
    at = 0
    for occurrence in sorted(occurrences, key=lambda o: o.start):
        fill = colour(occurrence.key)
        if fill is None or occurrence.start < at:
            continue
        parts.append(html.escape(text[at : occurrence.start]))
        parts.append(
            f'<span style="background-color:{fill}; color:{ink}; text-decoration:underline;">'
            f"{html.escape(text[occurrence.start : occurrence.end])}</span>"
        )
        theme = number(occurrence.key) if number is not None else None
        if theme is not None:
            parts.append(f"<sup>{theme}</sup>")
        at = occurrence.end
    parts.append(html.escape(text[at:]))
    return "".join(parts).replace("\n", "<br>")


@lru_cache(maxsize=256)
def number_badge(number: int, fill: str | None, size: int = 18) -> QIcon:
    """A theme's number on its colour, with a dark edge (≥ 3:1 on any background).

    Drawn once per (number, colour): a refresh of the themes asks again for every row."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(fill or palettes.CHART_PAPER))
    painter = QPainter(pixmap)
    painter.setPen(QColor(INK))
    painter.drawRect(0, 0, size - 1, size - 1)
    font = painter.font()
    font.setPixelSize(size - 6)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, str(number))
    painter.end()
    return QIcon(pixmap)


#: Laid-out rows by (HTML, width, font): sizing and painting a row, reopening the screen
#: and refreshing a list whose rows did not change all reuse them instead of parsing the
#: HTML again (~0.3 ms a row). Enough for every row of a large room's screens.
_LAID_OUT: dict[tuple[str, int, str], QTextDocument] = {}
LAID_OUT_LIMIT = 600


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's :data:`HTML_ROLE` rich text, wrapped to the view's width."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        text = str(index.data(HTML_ROLE) or html.escape(str(index.data() or "")))
        width = max(120, option.rect.width() if option.rect.width() > 0 else 400)
        key = (text, width, option.font.key())
        document = _LAID_OUT.get(key)
        if document is None:
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setDocumentMargin(6)
            document.setHtml(text)
            document.setTextWidth(width)
            if len(_LAID_OUT) >= LAID_OUT_LIMIT:
                _LAID_OUT.pop(next(iter(_LAID_OUT)))
            _LAID_OUT[key] = document
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        document = self._document(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (
            option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        )
        context.palette.setColor(option.palette.ColorRole.Text, option.palette.color(role))
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        view = option.widget
        if isinstance(view, QAbstractItemView):
            width = view.viewport().width() - 4
            if isinstance(view, QTreeView):
                depth, parent = 1 if view.rootIsDecorated() else 0, index.parent()
                while parent.isValid():
                    depth, parent = depth + 1, parent.parent()
                width -= view.indentation() * depth
            option.rect.setWidth(width)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)


def fill_rich_row(item: QListWidgetItem, shows: Hashable) -> None:
    """A list row of :class:`workshop.ui.in_place.InPlaceRows`: (its id, plain text, HTML)."""
    row_id, text, rich = cast(tuple[int, str, str], shows)
    item.setText(text)
    item.setData(HTML_ROLE, rich)
    item.setData(ID_ROLE, row_id)


def name(widget: QWidget, object_name: str, accessible: str) -> None:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)


def shortcut(parent: QWidget, keys: str | QKeySequence, slot: Callable[[], object]) -> QShortcut:
    """A shortcut active while focus is inside ``parent`` (so two screens never fight over keys)."""
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    action = QShortcut(sequence, parent)
    action.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.activated.connect(slot)
    return action


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    set_role(label, "heading")
    label.setWordWrap(True)  # "2 · Where they meet (3 shared themes)" must not widen the window
    return label


#: The rounds, drafts and endorse tabs' margins: slim, so the tabs fit a laptop's screen.
TAB_MARGINS = (4, 6, 4, 4)


def hint(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_role(label, "muted")
    return label


def with_tip(button: QAbstractButton, tip: str) -> QAbstractButton:
    button.setToolTip(tip)
    return button
