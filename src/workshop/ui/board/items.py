"""The painted pieces of a board: sticky notes and cluster frames.

Items paint their text themselves from a cached :class:`QStaticText` (no child
text items that could be garbage-collected, no re-shaping per frame). Long text
is elided to what fits, with the whole text in the tooltip. Below about 40 %
zoom a note is drawn as a plain coloured square (level of detail), which keeps
boards of thousands of notes smooth.

Audience items (the projector) use type much larger for the same note size
(24 px text in a 180 × 120 note instead of 14 px): the room reads the first dozen
words of a note, elided, at a size it can read from the back (the projector's
board view then never zooms below readable; see ``ui/projector/board_view.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from workshop.domain import board as b
from workshop.domain import palettes
from workshop.domain.text_direction import starts_right_to_left

#: Below this scale notes are drawn without text.
DETAIL_LOD = 0.4
_PAD = 10.0
_AUTHOR_BAND = 18.0
_SELECTED = QColor(palettes.BOARD_SELECTED)
_MATCH = QColor(palettes.BOARD_FOUND)
_CURRENT = QColor(palettes.BOARD_CURRENT)
_INK = QColor(palettes.NOTE_INK)
_AUTHOR_INK = QColor(palettes.NOTE_AUTHOR_INK)
#: The current note's ring lies this far outside the note (selection and Find draw inside).
_RING = 5.0
#: A cluster's frame: ≥ 3:1 on the white board (graphics contrast).
_FRAME = QColor(palettes.STATUS_PLANNED)
_BRUSHES = [QBrush(QColor(hex_)) for hex_ in b.COLOUR_HEX]
_SHADOW = QBrush(QColor(0, 0, 0, 40))


_FONTS: dict[tuple[str, bool], QFont] = {}
#: Note text on the laptop, in scene units (pixels at 100 %).
NOTE_TEXT_PX = 14
#: Note text on the projector, in scene units (a note is 180 × 120): three short lines.
AUDIENCE_TEXT_PX = 24


def note_font(audience: bool, kind: str = "text") -> QFont:
    """Shared fonts (one per use and audience), made on first use after the QApplication."""
    key = (kind, audience)
    font = _FONTS.get(key)
    if font is None:
        font = QFont()
        sizes = {
            "text": (NOTE_TEXT_PX, AUDIENCE_TEXT_PX), "author": (12, 16), "title": (18, 26)
        }[kind]
        font.setPixelSize(sizes[1] if audience else sizes[0])
        font.setBold(kind == "title")
        _FONTS[key] = font
    return font


def elide_block(text: str, font: QFont, width: float, height: float) -> tuple[str, bool]:
    """The part of ``text`` that fits in ``width`` × ``height`` when word-wrapped.

    Returns the text to draw (its last line ending in "…" when cut) and whether it was cut.
    """
    metrics = QFontMetricsF(font)
    line_height = metrics.lineSpacing()
    max_lines = max(1, int(height // line_height))
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
        if len(lines) > max_lines:
            break
    layout.endLayout()
    if len(lines) <= max_lines:
        return text, False
    kept = [text[s : s + n].rstrip("\n") for s, n in lines[: max_lines - 1]]
    start = lines[max_lines - 1][0]
    rest = " ".join(text[start:].split())
    last = metrics.elidedText(rest + "…", Qt.TextElideMode.ElideRight, width)
    if not last.endswith("…"):
        last = last.rstrip() + "…"
    return "\n".join([*(k.rstrip() for k in kept), last]), True


class NoteItem(QGraphicsItem):
    """One sticky note. ``note`` is the stored state; the item's position may differ mid-drag."""

    def __init__(self, note: b.Note, author: str, *, audience: bool = False) -> None:
        super().__init__()
        self.audience = audience
        self.note = note
        self.author = author
        self.matched = False  # find: highlighted
        self.current = False  # the keyboard's current note (a ring around it)
        self.dimmed = False  # find: not a match
        #: The breakout table the note was merged from: (label, "#rrggbb"), or None.
        self.table: tuple[str, str] | None = None
        self._rect = QRectF(0, 0, b.NOTE_WIDTH, b.NOTE_HEIGHT)
        self._font = note_font(audience)
        self._author_font = note_font(audience, "author")
        #: Laid out on the first detailed paint (a zoomed-out board of thousands never needs it).
        self._text: QStaticText | None = None
        self._author = QStaticText()
        self._tip: str | None = None
        if not audience:
            self.setFlags(
                QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            )
        self.setAcceptHoverEvents(False)
        # Painted once per zoom level, then blitted: a frame at 100 % costs less than plain
        # rectangles with text (docs/benchmarks.md).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_note(note, author)

    @property
    def note_id(self) -> int:
        return self.note.id

    @property
    def text_px(self) -> int:
        """The note text's size in scene units (times the view's scale: pixels on screen)."""
        return self._font.pixelSize()

    def set_note(self, note: b.Note, author: str) -> None:
        text_changed = self._tip is None or note.text != self.note.text or author != self.author
        self.note = note
        self.author = author
        self.setPos(note.x, note.y)
        if text_changed:
            self._text = None
            # The whole text (and author) as tooltip for any note that may be elided.
            tip = note.text if len(note.text) > 60 or "\n" in note.text else ""
            if author and not self.audience:
                tip = f"{tip or note.text}\n— {author}"
            self._tip = tip
            self.setToolTip(tip)
        self.update()

    def _layout(self) -> QStaticText:
        width = b.NOTE_WIDTH - 2 * _PAD
        height = b.NOTE_HEIGHT - 2 * _PAD - (_AUTHOR_BAND if self.author or self.table else 0)
        shown, _cut = elide_block(self.note.text, self._font, width, height)
        # QStaticText drops "\n" in plain text (two lines would run into one word): the
        # Unicode line separator breaks the line.
        self._text = QStaticText(shown.replace("\n", "\u2028"))
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextWidth(width)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if starts_right_to_left(self.note.text):  # Qt reorders it; it should also sit right
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self._text.setTextOption(option)
        self._text.prepare(font=self._font)
        metrics = QFontMetricsF(self._author_font)
        self._author = QStaticText(
            metrics.elidedText(self.author, Qt.TextElideMode.ElideRight, width)
        )
        self._author.setTextFormat(Qt.TextFormat.PlainText)
        self._author.prepare(font=self._author_font)
        return self._text

    def boundingRect(self) -> QRectF:
        return QRectF(-_RING - 2, -_RING - 2, b.NOTE_WIDTH + 2 * _RING + 6,
                      b.NOTE_HEIGHT + 2 * _RING + 6)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def _marks(self, painter: QPainter, unit: float) -> None:
        """Selected, found and current, each drawn its own way (never by colour alone):
        selected a solid frame on the edge, found a dashed frame inside it, current a
        ring outside the note. ``unit`` is one screen pixel in scene units."""
        if self.isSelected():
            pen = QPen(_SELECTED, 4 * unit)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(2 * unit, 2 * unit, -2 * unit, -2 * unit))
        if self.matched:
            pen = QPen(_MATCH, 3 * unit, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = 7.5 * unit
            painter.drawRect(self._rect.adjusted(inset, inset, -inset, -inset))
        if self.current:
            pen = QPen(_CURRENT, 2.5 * unit)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = min(_RING, 4 * unit)
            painter.drawRect(self._rect.adjusted(-ring, -ring, ring, ring))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        brush = _BRUSHES[self.note.colour] if 0 <= self.note.colour < 6 else _BRUSHES[0]
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if self.dimmed:
            painter.setOpacity(0.28)
        if lod < DETAIL_LOD:
            painter.fillRect(self._rect, brush)
            if self.matched or self.isSelected() or self.current:
                self._marks(painter, 1.5 / max(lod, 0.01))
            return
        # A thin shadow on the right and bottom edges only (cheap: no blending under the note).
        painter.fillRect(QRectF(b.NOTE_WIDTH, 3, 2, b.NOTE_HEIGHT), _SHADOW)
        painter.fillRect(QRectF(2, b.NOTE_HEIGHT, b.NOTE_WIDTH, 3), _SHADOW)
        painter.fillRect(self._rect, brush)
        text = self._text or self._layout()
        if self.table is not None:
            self._paint_table(painter)
        painter.setPen(_INK)
        painter.setFont(self._font)
        painter.drawStaticText(QPointF(_PAD, _PAD), text)
        if self.author:
            painter.setPen(_AUTHOR_INK)
            painter.setFont(self._author_font)
            painter.drawStaticText(
                QPointF(_PAD, b.NOTE_HEIGHT - _PAD - _AUTHOR_BAND + 3), self._author
            )
        if self.matched or self.isSelected() or self.current:
            self._marks(painter, 1.0)


    def set_table(self, table: tuple[str, str] | None) -> None:
        if table != self.table:
            self.table = table
            self._text = None
            self.setToolTip(
                "\n".join(
                    filter(
                        None,
                        [
                            self._tip or self.note.text,
                            table
                            and QCoreApplication.translate("NoteItem", "From {table}").format(
                                table=table[0]
                            ),
                        ],
                    )
                )
                if table
                else (self._tip or "")
            )
            self.update()

    def _paint_table(self, painter: QPainter) -> None:
        """A band in the table's colour along the top, with its label in the corner."""
        assert self.table is not None
        label, colour = self.table
        painter.fillRect(QRectF(0, 0, b.NOTE_WIDTH, 4), QColor(colour))
        font = QFont(self._author_font)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(
            QRectF(0, b.NOTE_HEIGHT - _PAD - _AUTHOR_BAND + 3, b.NOTE_WIDTH - _PAD, _AUTHOR_BAND),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), label,
        )


class ClusterItem(QGraphicsItem):
    """A titled frame behind its notes. Only the title band takes the mouse (to select, move,
    rename); the body is background, so dragging there pans or selects notes."""

    def __init__(self, cluster: b.Cluster, *, audience: bool = False) -> None:
        super().__init__()
        self.audience = audience
        self.cluster = cluster
        self.setZValue(-1)
        self._font = note_font(audience, "title")
        self._title = QStaticText()
        if not audience:
            self.setFlags(
                QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
            )
        #: Notes carried along while the frame is dragged (set by the scene on press).
        self.carried: list[NoteItem] = []
        self.set_cluster(cluster)

    @property
    def cluster_id(self) -> int:
        return self.cluster.id

    def set_cluster(self, cluster: b.Cluster) -> None:
        if QRectF(0, 0, cluster.width, cluster.height) != self.frame_rect():
            self.prepareGeometryChange()
        self.cluster = cluster
        self.carried = []
        self.setPos(cluster.x, cluster.y)
        metrics = QFontMetricsF(self._font)
        title = metrics.elidedText(
            cluster.title, Qt.TextElideMode.ElideRight, max(cluster.width - 2 * _PAD, 20)
        )
        self._title = QStaticText(title)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(cluster.title if title != cluster.title else "")
        self.update()

    def frame_rect(self) -> QRectF:
        if not hasattr(self, "cluster"):
            return QRectF()
        return QRectF(0, 0, self.cluster.width, self.cluster.height)

    def title_rect(self) -> QRectF:
        return QRectF(0, 0, self.cluster.width, b.CLUSTER_HEADER)

    def boundingRect(self) -> QRectF:
        return self.frame_rect().adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.title_rect())
        return path

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if (
            change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged
            and self.carried
            and isinstance(value, QPointF)
        ):
            dx, dy = value.x() - self.cluster.x, value.y() - self.cluster.y
            for item in self.carried:
                item.setPos(item.note.x + dx, item.note.y + dy)
        return super().itemChange(change, value)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        frame = self.frame_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(QColor(236, 239, 241, 200))
        selected = self.isSelected()
        painter.setPen(QPen(_SELECTED if selected else _FRAME, 3 if selected else 1.5))
        painter.drawRoundedRect(frame, 8, 8)
        painter.fillRect(
            QRectF(1, 1, frame.width() - 2, b.CLUSTER_HEADER - 4), QColor(207, 216, 220, 220)
        )
        painter.setPen(_INK)
        painter.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        painter.drawStaticText(
            QPointF(_PAD, (b.CLUSTER_HEADER - 4 - metrics.height()) / 2), self._title
        )
