"""Ideas as the room reads them: tiles sized by their text, packed into whole pages.

One layout serves the audience board, the voting view and the spotlight. Every
note is a tile as wide as one column and as tall as its text needs (wrapped at
word boundaries only, see :class:`textfit.Wrapper`); a cluster is a titled frame
around its tiles, one or more columns wide. Blocks (a loose note, or a cluster
with its notes) are placed in reading order where the columns are lowest (a
masonry), and a block that would cross the page's bottom edge starts a new page:
no note is ever cut at a page edge, a cluster that fits on a page stays on one
page, and one board has one text size on every page.

The layout (:func:`layout_pages`) measures with a :class:`textfit.Wrapper` and
knows nothing of widgets; :class:`TileCanvas` paints one page of it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from workshop.domain import room
from workshop.domain.room import RoomItem, shows_whole
from workshop.ui.projector import theme as t
from workshop.ui.projector.textfit import Wrapper

#: Note text at 1080p: never below MIN_PX; a board that fits on one screen gets larger type.
NOTE_PX = 32
#: Larger sizes tried (largest first) when the whole board fits on one page at that size.
ROOMY_PX = (48, 42, 36)
#: A column is about this many times the text size wide (some 25 characters a line).
COLUMN_EMS = 13
#: Space between tiles and columns, and inside a tile, in ems of the text size.
GAP_EMS = 0.6
PADDING_EMS = 0.45
LINE_SPACING = 1.22
#: Blocks looked at ahead of their turn to fill the room left on a page before it turns.
LOOK_AHEAD = 24
NOTE_INK = "#111111"


def board_scale(width: int, height: int) -> float:
    """Scale of the board's type for a screen: by height, unless the screen is narrower than 4:3.

    A 4:3 projector (1024×768) is as tall in the room as a 16:9 one: its text is sized by
    its height (0.71 of 1080p, not the 0.53 its width alone would give), with fewer columns.
    """
    if width <= 0 or height <= 0:
        return 1.0
    return min(height / t.REFERENCE_HEIGHT, width / (t.REFERENCE_HEIGHT * 4 / 3))


@dataclass(frozen=True, slots=True)
class Tile:
    id: int
    text: str
    fill: str
    #: Shown bold before the text (the vote's item number); part of what the room reads.
    label: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    """A loose note (``kind`` note, one tile, no title) or a cluster with its notes."""

    kind: str
    id: int
    tiles: tuple[Tile, ...]
    title: str = ""
    label: str = ""


@dataclass(slots=True)
class Placed:
    """One item on a page: a note's tile or a cluster's frame, with its lines."""

    kind: str
    id: int
    #: Geometry on the page (plain floats: laying out 2,000 notes must not cross into Qt).
    x: float
    y: float
    w: float
    h: float
    lines: list[str]
    source: str
    fill: str = ""
    label: str = ""
    #: Notes of the cluster not shown (a vote shows as many as fit, and says how many more).
    more: int = 0
    continued: bool = False

    @property
    def rect(self) -> QRectF:
        return QRectF(self.x, self.y, self.w, self.h)

    def moved(self, dx: float, dy: float) -> Placed:
        return Placed(self.kind, self.id, self.x + dx, self.y + dy, self.w, self.h, self.lines,
                      self.source, self.fill, self.label, self.more, self.continued)


@dataclass(slots=True)
class Page:
    items: list[Placed] = field(default_factory=list)

    @property
    def characters(self) -> int:
        return sum(len(item.source) for item in self.items)

    def holds(self, kind: str, item_id: int) -> bool:
        return any(item.kind == kind and item.id == item_id for item in self.items)


@dataclass(frozen=True, slots=True)
class Typesetting:
    """Sizes of one layout, all in screen pixels."""

    px: float
    width: float
    height: float
    columns: int
    column_width: float
    gap: float
    padding: float
    line: float

    @staticmethod
    def make(
        px: float, width: float, height: float, column_ems: float = COLUMN_EMS
    ) -> Typesetting:
        """Columns across ``width`` (less a half gap each side, where cluster frames go),
        each about ``column_ems`` times the text size wide."""
        gap = max(6.0, px * GAP_EMS)
        width -= gap
        columns = max(1, int((width + gap) // (px * column_ems + gap)))
        column_width = (width - gap * (columns - 1)) / columns
        return Typesetting(
            px=px,
            width=width,
            height=height,
            columns=columns,
            column_width=column_width,
            gap=gap,
            padding=max(4.0, px * PADDING_EMS),
            line=math.ceil(px * LINE_SPACING),
        )

    def most_tiles(self) -> int:
        """An upper bound of the notes one page can hold (each at least one line high)."""
        smallest = 2 * self.padding + self.line + self.gap / 2
        return self.columns * int((self.height + self.gap) // smallest)

    def font(self, *, bold: bool = False) -> QFont:
        return t.font(self.px, bold=bold)


class Measure:
    """Line breaking for one typesetting (plain and bold), with the word widths cached."""

    def __init__(self, setting: Typesetting) -> None:
        self.setting = setting
        self.plain = Wrapper(QFontMetricsF(setting.font()))
        self.bold = Wrapper(QFontMetricsF(setting.font(bold=True)))
        #: Lines of each text already broken (a new note re-breaks only itself).
        self.cache: dict[tuple[str, str, float], list[str]] = {}
        #: Each block's layouts, already measured.
        self._options: dict[tuple[Block, bool], list[list[Piece]]] = {}

    def lines(self, text: str, width: float, *, bold: bool = False, label: str = "") -> list[str]:
        key = (label + "\x00" + text, "b" if bold else "", width)
        found = self.cache.get(key)
        if found is None:
            wrapper = self.bold if bold else self.plain
            found = wrapper.wrap(f"{label} {text}" if label else text, width)
            self.cache[key] = found
        return found

    def options(self, block: Block, *, shorten: bool) -> list[list[Piece]]:
        """The block's layouts (see :func:`_options`), measured once per block and size."""
        key = (block, shorten)
        found = self._options.get(key)
        if found is None:
            found = self._options[key] = _options(block, self, shorten=shorten)
        return found

    def tile_height(self, lines: Sequence[str]) -> float:
        return 2 * self.setting.padding + len(lines) * self.setting.line

    def tile_lines(self, tile: Tile) -> list[str]:
        s = self.setting
        return self.lines(tile.text, s.column_width - 2 * s.padding, label=tile.label)


def _span_width(s: Typesetting, span: int) -> float:
    return span * s.column_width + (span - 1) * s.gap


def _cluster(
    block: Block, tiles: Sequence[Tile], span: int, m: Measure, *, continued: bool = False
) -> tuple[float, list[Placed], Placed]:
    """A cluster's notes in ``span`` columns under its title: (height, tiles, frame).

    Positions are relative to the block's top-left corner.
    """
    s = m.setting
    title = block.title + (" (continued)" if continued else "")
    title_lines = m.lines(title, _span_width(s, span) - 2 * s.padding, bold=True, label=block.label)
    header = 2 * s.padding + len(title_lines) * s.line
    heights = [header] * span
    placed: list[Placed] = []
    for tile in tiles:
        lines = m.tile_lines(tile)
        column = min(range(span), key=lambda c: (heights[c], c))
        height = m.tile_height(lines)
        x = column * (s.column_width + s.gap)
        placed.append(
            Placed(room.NOTE, tile.id, x, heights[column], s.column_width, height,
                   lines, tile.text, tile.fill, tile.label)
        )
        heights[column] += height + s.gap / 2
    total = max(heights) + s.gap / 4
    frame = Placed(
        room.CLUSTER, block.id, 0.0, 0.0, _span_width(s, span), total, title_lines,
        block.title, label=block.label, continued=continued,
    )
    return total, placed, frame


Piece = tuple[int, float, list[Placed]]


def _options(block: Block, m: Measure, *, shorten: bool) -> list[list[Piece]]:
    """The ways to lay out a block, preferred first; each is a list of (columns spanned,
    height, items) pieces, none taller than a page.

    A loose note is one tile. A cluster may take any number of columns in which it fits
    a page (best about four notes a column); one too big even across every column is cut
    into pieces ("continued"), or, with ``shorten`` (the vote), keeps the notes that fit
    and counts the rest.
    """
    s = m.setting
    if block.kind != room.CLUSTER:
        tile = block.tiles[0]
        lines = m.tile_lines(tile)
        height = m.tile_height(lines)
        placed = Placed(room.NOTE, tile.id, 0.0, 0.0, s.column_width, height, lines, tile.text,
                        tile.fill, tile.label)
        return [[(1, height, [placed])]]
    tiles = list(block.tiles)
    preferred = min(s.columns, max(1, math.ceil(len(tiles) / 4)))
    fitting: list[list[Piece]] = []
    for span in sorted(range(1, s.columns + 1), key=lambda n: (abs(n - preferred), n)):
        height, placed, frame = _cluster(block, tiles, span, m)
        if height <= s.height:
            fitting.append([(span, height, [frame, *placed])])
    if fitting:
        return fitting
    span = s.columns
    if shorten:
        shown = len(tiles)
        while shown > 0:
            shown -= 1
            height, placed, frame = _cluster(block, tiles[:shown], span, m)
            frame.more = len(tiles) - shown
            height += s.line  # the "+ N more" line
            frame.h = height
            if height <= s.height:
                return [[(span, height, [frame, *placed])]]
        return [[(span, min(height, s.height), [frame])]]
    pieces: list[Piece] = []
    rest = tiles
    while rest:
        count = 1
        while count < len(rest):
            height, _placed, _frame = _cluster(block, rest[: count + 1], span, m,
                                               continued=bool(pieces))
            if height > s.height:
                break
            count += 1
        height, placed, frame = _cluster(block, rest[:count], span, m, continued=bool(pieces))
        pieces.append((span, min(height, s.height), [frame, *placed]))
        rest = rest[count:]
    return [pieces]


def _spot(
    heights: list[float], span: int, height: float, limit: float
) -> tuple[float, int] | None:
    """The highest place (top, first column) where ``span`` columns have room for ``height``."""
    if span == 1:  # most blocks: the lowest column
        top = min(heights)
        return (top, heights.index(top)) if top + height <= limit + 0.5 else None
    best: tuple[float, int] | None = None
    for column in range(len(heights) - span + 1):
        top = max(heights[column : column + span])
        if top + height <= limit + 0.5 and (best is None or top < best[0]):
            best = (top, column)
    return best


@dataclass(slots=True)
class Resume:
    """Where a layout can be taken up again when blocks are only added at the end.

    ``pages`` pages were finished when the page after them began, with ``tail`` still to
    place; no look-ahead before that moment reached the end of the blocks, so blocks
    added after the end cannot change those pages.
    """

    pages: int
    tail: list[Block]


def layout_pages(
    blocks: Sequence[Block],
    m: Measure,
    *,
    shorten: bool = False,
    max_pages: int = 0,
    look_ahead: int = LOOK_AHEAD,
    done: Sequence[Page] = (),
) -> tuple[list[Page], Resume | None]:
    """Pack ``blocks`` in order into whole pages (see the module's docstring), after the
    finished pages ``done`` (resuming an earlier layout).

    A cluster takes whichever of its layouts sits highest on the page (its preferred
    one on ties). ``max_pages``: stop once more pages than this are needed. Returns the
    pages and the latest point from which the layout of more blocks can be resumed.
    """
    s = m.setting
    pages: list[Page] = [*done, Page()]
    heights = [0.0] * s.columns
    queue = list(blocks)  # measured only when reached (a larger size gives up early)
    checkpoint: Resume | None = Resume(len(done), list(queue))
    clean = True  # no look-ahead has reached the end of the blocks yet

    def put(piece: Piece, top: float, column: int) -> None:
        span, height, items = piece
        x = column * (s.column_width + s.gap)
        # Copies: the measured pieces are kept (in the Measure) for the next layout.
        pages[-1].items.extend(item.moved(x, top) for item in items)
        for c in range(column, column + span):
            heights[c] = top + height + s.gap

    def fit(options: list[list[Piece]]) -> bool:
        """Put a block on this page where it sits highest, if it has room anywhere."""
        if len(options[0]) != 1:
            return False
        found = [
            (spot, index)
            for index, option in enumerate(options)
            if (spot := _spot(heights, option[0][0], option[0][1], s.height)) is not None
        ]
        if not found:
            return False
        (top, column), index = min(found, key=lambda f: (f[0][0], f[1]))
        put(options[index][0], top, column)
        return True

    position = 0
    while position < len(queue):
        options = m.options(queue[position], shorten=shorten)
        position += 1
        if fit(options):
            continue
        # Before turning the page, the next few blocks that have room here fill the gap.
        ahead = position
        if position + look_ahead >= len(queue):
            clean = False
        while ahead < min(len(queue), position + look_ahead):
            if fit(m.options(queue[ahead], shorten=shorten)):
                del queue[ahead]
            else:
                ahead += 1
        for piece in options[0]:
            spot = _spot(heights, piece[0], piece[1], s.height)
            if spot is None and max_pages and not pages[-1].items:
                pages.append(Page())  # taller than a whole page: this size does not do
                return pages, None
            if spot is None and pages[-1].items:
                if max_pages and len(pages) >= max_pages:
                    pages.append(Page())
                    return pages, None
                pages.append(Page())
                heights = [0.0] * s.columns
                if clean:
                    checkpoint = Resume(len(pages) - 1, queue[position - 1 :])
            # On an empty page a piece taller than the page (a screen far too small for
            # its text) still goes at the top; the room items report it cut off.
            put(piece, *(spot or (0.0, 0)))
    if len(pages) > 1 and not pages[-1].items:
        pages.pop()
    return pages, checkpoint


class Typesetter:
    """Chooses the text size of a board and lays it out, keeping each size's measurements
    (so a new note costs breaking its own lines and packing, not re-measuring the board)
    and the last layout (so notes added at the end of the board are packed onto its last
    pages without packing the rest again)."""

    def __init__(self) -> None:
        self._measures: dict[Typesetting, Measure] = {}
        #: (measure, shorten, look_ahead, blocks, pages, resume point) of the last layout.
        self._last: tuple[Measure, bool, int, list[Block], list[Page], Resume | None] | None = (
            None
        )

    def forget_layout(self) -> None:
        """Lay out from the first page next time (the measurements are kept)."""
        self._last = None

    def measure(self, setting: Typesetting) -> Measure:
        found = self._measures.get(setting)
        if found is None:
            if len(self._measures) > 16:
                self._measures.clear()
            found = self._measures[setting] = Measure(setting)
        return found

    def layout(
        self,
        blocks: Sequence[Block],
        width: float,
        height: float,
        scale: float,
        *,
        sizes: Sequence[int] = (*ROOMY_PX, NOTE_PX),
        shorten: bool = False,
        look_ahead: int = LOOK_AHEAD,
        column_ems: float = COLUMN_EMS,
    ) -> tuple[Measure, list[Page]]:
        """The largest of ``sizes`` at which everything fits on one page, else the last size
        (the smallest) in as many pages as it takes."""
        tiles = sum(len(block.tiles) for block in blocks)
        for px in sizes[:-1]:
            setting = Typesetting.make(px * scale, width, height, column_ems)
            if tiles > setting.most_tiles():
                continue  # cannot all fit on one page at this size, whatever their text
            measure = self.measure(setting)
            pages, _resume = layout_pages(
                blocks, measure, shorten=shorten, max_pages=1, look_ahead=look_ahead
            )
            if len(pages) == 1:
                return measure, pages
        measure = self.measure(Typesetting.make(sizes[-1] * scale, width, height, column_ems))
        blocks = list(blocks)
        last = self._last
        if (
            last is not None
            and last[:3] == (measure, shorten, look_ahead)
            and last[5] is not None
            and len(blocks) >= len(last[3])
            and blocks[: len(last[3])] == last[3]
        ):
            # Only added at the end: the pages before the resume point stay as they are.
            point = last[5]
            pages, resumed = layout_pages(
                [*point.tail, *blocks[len(last[3]) :]], measure, shorten=shorten,
                look_ahead=look_ahead, done=last[4][: point.pages],
            )
        else:
            pages, resumed = layout_pages(blocks, measure, shorten=shorten, look_ahead=look_ahead)
        self._last = (measure, shorten, look_ahead, blocks, pages, resumed)
        return measure, pages


# --------------------------------------------------------------------- painting


class TileCanvas(QWidget):
    """Paints one page of tiles, and says what the room sees on it."""

    #: The canvas changed size: its view lays the pages out again.
    resized = Signal()

    def __init__(self, parent: QWidget, background: str, panel: str, text: str, muted: str,
                 highlight: str) -> None:
        super().__init__(parent)
        self.colours = {"background": background, "panel": panel, "text": text, "muted": muted,
                        "highlight": highlight}
        self.measure: Measure | None = None
        self.page: Page = Page()
        #: The note outlined (the newest one), or None.
        self.highlighted: int | None = None
        #: Centre the page's content vertically too (the spotlight), not only across.
        self.centred = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def set_page(self, measure: Measure, page: Page) -> None:
        self.measure = measure
        self.page = page
        self.update()

    def _offset(self) -> QPointF:
        """Centre the page's columns horizontally (the layout is exactly the canvas's width)."""
        if self.measure is None:
            return QPointF(0, 0)
        x = max(0.0, (self.width() - self.measure.setting.width) / 2)
        if not self.centred or not self.page.items:
            return QPointF(x, 0)
        left = min(item.x for item in self.page.items)
        right = max(item.x + item.w for item in self.page.items)
        bottom = max(item.y + item.h for item in self.page.items)
        return QPointF(max(0.0, (self.width() - (right - left)) / 2 - left),
                       max(0.0, (self.height() - bottom) / 2))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.colours["background"]))
        if self.measure is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(self._offset())
        s = self.measure.setting
        plain, bold = s.font(), s.font(bold=True)
        ascent = QFontMetricsF(plain).ascent()
        radius = s.padding / 2
        for item in self.page.items:
            rect = item.rect
            if item.kind == room.CLUSTER:
                frame = rect.adjusted(-s.gap / 2 + 2, 0, s.gap / 2 - 2, 0)
                painter.setPen(QPen(QColor(self.colours["muted"]), max(1.5, s.px / 16)))
                painter.setBrush(QColor(self.colours["panel"]))
                painter.drawRoundedRect(frame, radius * 2, radius * 2)
                painter.setPen(QColor(self.colours["text"]))
                painter.setFont(bold)
                self._lines(painter, item.lines, rect.x() + s.padding, rect.y() + s.padding,
                            ascent, s.line)
                if item.more:
                    painter.setFont(plain)
                    painter.setPen(QColor(self.colours["muted"]))
                    more = more_text(item.more)
                    painter.drawText(QPointF(rect.x() + s.padding,
                                             rect.bottom() - s.line + ascent - s.padding / 2), more)
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(item.fill))
            painter.drawRoundedRect(rect, radius, radius)
            if item.id == self.highlighted:
                painter.setPen(QPen(QColor(self.colours["highlight"]), max(3.0, s.px / 5)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), radius, radius)
            painter.setPen(QColor(NOTE_INK))
            x, y = rect.x() + s.padding, rect.y() + s.padding
            if item.label and item.lines:
                # The number in bold, then the rest of the first line.
                first = item.lines[0]
                rest = first[len(item.label):] if first.startswith(item.label) else first
                painter.setFont(bold)
                painter.drawText(QPointF(x, y + ascent), item.label)
                lead = QFontMetricsF(bold).horizontalAdvance(item.label)
                painter.setFont(plain)
                painter.drawText(QPointF(x + lead, y + ascent), rest)
                self._lines(painter, item.lines[1:], x, y + s.line, ascent, s.line)
            else:
                painter.setFont(plain)
                self._lines(painter, item.lines, x, y, ascent, s.line)

    @staticmethod
    def _lines(painter: QPainter, lines: Sequence[str], x: float, y: float, ascent: float,
               line: float) -> None:
        for index, text in enumerate(lines):
            painter.drawText(QPointF(x, y + ascent + index * line), text)

    def room_items(self, root: QWidget) -> list[RoomItem]:
        """The page's notes and cluster titles, checked honestly: every line inside its tile,
        the tile inside the canvas, and the lines together being all of the source text."""
        if self.measure is None:
            return []
        s = self.measure.setting
        offset = self._offset()
        origin = self.mapTo(root, offset.toPoint())
        # Half a pixel of slack: tiles are placed in fractional pixels (0.2 px past a 564-px
        # canvas is not a cut-off line).
        bounds = QRectF(-offset.x(), -offset.y(), self.width(), self.height()).adjusted(
            -0.5, -0.5, 0.5, 0.5
        )
        items: list[RoomItem] = []
        for item in self.page.items:
            bold = item.kind == room.CLUSTER
            wrapper = self.measure.bold if bold else self.measure.plain
            text = "\n".join(item.lines)
            # Inside its tile: shaped text (Arabic) may run a pixel or two past the sum of
            # its words' widths, into the padding; beyond the tile's edge it is cut.
            inner = item.rect.width() - s.padding
            needed = 2 * s.padding + len(item.lines) * s.line
            if item.kind == room.CLUSTER:
                needed = s.padding + len(item.lines) * s.line
            source = f"{item.label} {item.source}" if item.label else item.source
            if item.continued:
                source += " (continued)"
            elided = (
                not shows_whole(text, source)
                or wrapper.widest(item.lines) > inner + 1
                or needed > item.rect.height() + 1
                or not bounds.contains(item.rect)
            )
            rect = item.rect.translated(origin.x(), origin.y()).toAlignedRect()
            items.append(
                RoomItem(item.kind, item.id, text, elided, s.px,
                         (rect.x(), rect.y(), rect.width(), rect.height()), source)
            )
            if item.more:
                more = more_text(item.more)
                y = rect.bottom() - s.line - round(s.padding / 2)
                items.append(RoomItem(room.TEXT, None, more, False, s.px,
                                      (rect.x() + round(s.padding), y,
                                       round(self.measure.plain.width(more)), s.line), more))
        return items


def more_text(count: int) -> str:
    """A vote's cluster shows the notes that fit legibly, and counts the rest."""
    return f"+ {count} more {'note' if count == 1 else 'notes'}"
