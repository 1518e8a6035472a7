"""The sticky-note board as plain values and geometry: no database, no Qt.

Positions are scene coordinates (one unit is one pixel at 100 % zoom). A note
is a fixed-size square-ish sticky; a cluster is a titled frame around its
notes. Everything here is deterministic so storage operations, the board
screen, the projector and the PDF export agree on where things are.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Container, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from workshop.domain import palettes
from workshop.domain.errors import Number, ValidationError

#: The longest note accepted; longer text is refused, never silently cut.
NOTE_TEXT_MAX = 2000
CLUSTER_TITLE_MAX = 200

NOTE_WIDTH = 180.0
NOTE_HEIGHT = 120.0
#: Space between notes in the automatic grid.
GAP = 20.0
#: Space between a cluster's frame and its notes, and the height of its title band.
CLUSTER_PADDING = 16.0
CLUSTER_HEADER = 40.0
#: Space between clusters (and between clusters and loose notes) after "Tidy up".
CLUSTER_GAP = 48.0
#: The automatic grid is at least this many notes wide; it widens as the board fills.
MIN_COLUMNS = 6
#: Arrow-key nudge distance (Shift+arrow moves ten times as far).
NUDGE = 10.0


@dataclass(frozen=True, slots=True)
class StickyColour:
    name: str
    fill: str  # "#rrggbb"


#: The six sticky colours, in shortcut order (Alt+1 … Alt+6); a note stores the index 0–5.
COLOURS: tuple[StickyColour, ...] = tuple(StickyColour(n, f) for n, f in palettes.STICKY)
COLOUR_HEX: tuple[str, ...] = tuple(c.fill for c in COLOURS)


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    activity_id: int
    text: str
    author_id: int | None
    colour: int  # index into COLOURS
    x: float
    y: float
    cluster_id: int | None
    created: str  # ISO timestamp, UTC

    @property
    def rect(self) -> Rect:
        return Rect(self.x, self.y, NOTE_WIDTH, NOTE_HEIGHT)


@dataclass(frozen=True, slots=True)
class Cluster:
    id: int
    activity_id: int
    title: str
    x: float
    y: float
    width: float
    height: float

    @property
    def rect(self) -> Rect:
        return Rect(self.x, self.y, self.width, self.height)


@dataclass(frozen=True, slots=True)
class BoardCounts:
    notes: int
    clusters: int
    loose: int  # notes in no cluster


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)

    def intersects(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def contains_point(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    @property
    def area(self) -> float:
        return self.width * self.height


def note_rect(x: float, y: float) -> Rect:
    return Rect(x, y, NOTE_WIDTH, NOTE_HEIGHT)


def bounding(rects: Iterable[Rect]) -> Rect | None:
    rects = list(rects)
    if not rects:
        return None
    left = min(r.x for r in rects)
    top = min(r.y for r in rects)
    return Rect(left, top, max(r.right for r in rects) - left, max(r.bottom for r in rects) - top)


#: How many items nearest a board's top-left are tried as the corner of its first view.
OPENING_CANDIDATES = 60
#: A first view nearer the top-left is kept if it shows at least this share of the notes
#: the fullest one shows: a board reads from its top-left.
OPENING_SHARE = 0.5


def opening_corner(
    notes: Sequence[Rect],
    items: Sequence[Rect],
    content: Rect,
    width: float,
    height: float,
    margin: float,
) -> tuple[float, float]:
    """The top-left corner of a ``width`` × ``height`` first view of a board too big to
    show whole at a legible size. A board reads from its top-left, but one moved about in
    the room can have nothing near the top-left corner of its bounding box (a note high
    up on the right, another far down on the left), and a view put there opened onto
    empty canvas. So: the corner nearest the board's top-left whose view shows at least
    :data:`OPENING_SHARE` of the notes the fullest one shows whole (half: a tidy board
    keeps its corner). Tried: the bounding box's corner, and ``margin`` above and left of
    each of the ``items`` nearest it (clusters, their titles with them, and loose notes)."""
    def nearness(corner: tuple[float, float]) -> float:
        return (corner[0] - content.x) + (corner[1] - content.y)

    corners = sorted(
        [(content.x, content.y)] + [(r.x - margin, r.y - margin) for r in items], key=nearness
    )[: OPENING_CANDIDATES + 1]

    def shown(corner: tuple[float, float]) -> int:
        left, top = corner
        right, bottom = left + width, top + height
        return sum(1 for n in notes
                   if n.x >= left and n.y >= top and n.right <= right and n.bottom <= bottom)

    counts = [shown(c) for c in corners]
    enough = max(counts) * OPENING_SHARE
    return next(c for c, count in zip(corners, counts, strict=True) if count >= enough)


# ------------------------------------------------------------------ text and colour


def clean_note_text(text: str) -> str:
    """Trim surrounding blank space; refuse empty and over-long notes with a sentence."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError("A note cannot be empty: type the idea first.")
    if len(cleaned) > NOTE_TEXT_MAX:
        raise ValidationError(
            "That note is {count} characters long; a note holds at most "
            "{note_text_max}. Nothing was added: shorten it or split it into several "
            "notes.",
            count=Number(len(cleaned)), note_text_max=Number(NOTE_TEXT_MAX),
        )
    return cleaned


def clean_cluster_title(title: str) -> str:
    cleaned = " ".join(title.split())
    if not cleaned:
        raise ValidationError("A cluster needs a title.")
    if len(cleaned) > CLUSTER_TITLE_MAX:
        raise ValidationError(
            "That cluster title is {count} characters long; the limit is "
            "{cluster_title_max}.",
            count=Number(len(cleaned)),
            cluster_title_max=Number(CLUSTER_TITLE_MAX),
        )
    return cleaned


def check_colour(colour: int) -> int:
    if not isinstance(colour, int) or not 0 <= colour < len(COLOURS):
        raise ValidationError("A sticky colour is one of 1–{count}.", count=len(COLOURS))
    return colour


def split_lines(text: str) -> list[str]:
    """One note per non-blank line of pasted or dropped text (surrounding spaces trimmed)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def colour_for_organisation(organisation: str, organisations: Sequence[str]) -> int:
    """The sticky colour of an organisation: its place in the sorted list, cycling the six.

    People with no organisation (or an unknown one) get the first colour.
    """
    names = sorted({o for o in organisations if o}, key=str.casefold)
    if organisation not in names:
        return 0
    return names.index(organisation) % len(COLOURS)


def summary(text: str, limit: int = 40) -> str:
    """A short one-line form of a note for undo labels and messages."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


# ------------------------------------------------------------------ placement


def grid_columns(count: int) -> int:
    """How wide the automatic grid is for a board of ``count`` notes (about 16:9 overall)."""
    pitch_x, pitch_y = NOTE_WIDTH + GAP, NOTE_HEIGHT + GAP
    wide = math.ceil(math.sqrt(max(count, 1) * (16 / 9) * pitch_y / pitch_x))
    return max(MIN_COLUMNS, wide)


def free_slots(
    occupied: Iterable[Rect],
    count: int,
    *,
    columns: int | None = None,
    origin: tuple[float, float] = (0.0, 0.0),
) -> list[tuple[float, float]]:
    """Top-left corners for ``count`` new notes on the grid, overlapping nothing in ``occupied``.

    Cells are filled row by row from ``origin``; the grid is ``columns`` wide
    (by default it widens as the board fills) and grows downwards without end,
    so there is always room. Runs in time proportional to the board, not its square
    (a board kept in a :class:`CellGrid` answers without looking at every note).
    """
    grid = CellGrid(origin)
    number = 0
    for rect in occupied:
        grid.add(rect)
        number += 1
    if columns is None:
        columns = grid_columns(number + count)
    return grid.free(count, columns)


class CellGrid:
    """How many notes and frames cover each cell of the automatic grid, kept row by row as bits.

    A row is one Python integer whose bit ``c`` is set while something covers column ``c``,
    so the first free cells are found a row at a time (a full row is one comparison),
    not by looking at every note. Rectangles are added and removed as the board changes.
    """

    #: Wider than any automatic grid (10 million notes are ~3,500 columns); cells further
    #: right are never offered, so they need not be counted.
    MAX_COLUMNS = 8192
    #: Rows one rectangle may block; a larger one (only an outside edit makes one) blocks
    #: just its first rows here, which at worst offers a cell under its far end.
    MAX_ROWS = 4096

    def __init__(self, origin: tuple[float, float] = (0.0, 0.0)) -> None:
        self.origin = origin
        self._counts: dict[tuple[int, int], int] = {}
        self._rows: dict[int, int] = {}

    def _cells(self, rect: Rect) -> Iterator[tuple[int, int]]:
        """Exactly the cells whose note rectangle ``rect`` overlaps (open intervals:
        touching edges do not overlap)."""
        pitch_x, pitch_y = NOTE_WIDTH + GAP, NOTE_HEIGHT + GAP
        ox, oy = self.origin
        first_col = max(math.floor((rect.x - ox - NOTE_WIDTH) / pitch_x) + 1, 0)
        last_col = min(math.ceil((rect.right - ox) / pitch_x) - 1, self.MAX_COLUMNS - 1)
        first_row = max(math.floor((rect.y - oy - NOTE_HEIGHT) / pitch_y) + 1, 0)
        last_row = min(math.ceil((rect.bottom - oy) / pitch_y) - 1, first_row + self.MAX_ROWS)
        for row in range(first_row, last_row + 1):
            for col in range(first_col, last_col + 1):
                yield (col, row)

    def add(self, rect: Rect) -> None:
        counts, rows = self._counts, self._rows
        for cell in self._cells(rect):
            held = counts.get(cell, 0)
            counts[cell] = held + 1
            if not held:
                rows[cell[1]] = rows.get(cell[1], 0) | (1 << cell[0])

    def remove(self, rect: Rect) -> None:
        counts, rows = self._counts, self._rows
        for cell in self._cells(rect):
            held = counts.get(cell, 0)
            if held <= 1:
                counts.pop(cell, None)
                bits = rows.get(cell[1], 0) & ~(1 << cell[0])
                if bits:
                    rows[cell[1]] = bits
                else:
                    rows.pop(cell[1], None)
            else:
                counts[cell] = held - 1

    def free(
        self, count: int, columns: int, also: Iterable[Rect] = ()
    ) -> list[tuple[float, float]]:
        """The first ``count`` free cells, row by row, in a grid ``columns`` wide; ``also``
        are rectangles to treat as covered this once."""
        extra = CellGrid(self.origin)
        for rect in also:
            extra.add(rect)
        pitch_x, pitch_y = NOTE_WIDTH + GAP, NOTE_HEIGHT + GAP
        ox, oy = self.origin
        mask = (1 << columns) - 1
        slots: list[tuple[float, float]] = []
        row = 0
        while len(slots) < count:
            free = ~(self._rows.get(row, 0) | extra._rows.get(row, 0)) & mask
            while free and len(slots) < count:
                lowest = free & -free
                slots.append((ox + (lowest.bit_length() - 1) * pitch_x, oy + row * pitch_y))
                free ^= lowest
            row += 1
        return slots


def grid_positions(
    count: int, columns: int, origin: tuple[float, float]
) -> list[tuple[float, float]]:
    """``count`` note positions in a plain grid ``columns`` wide starting at ``origin``."""
    pitch_x, pitch_y = NOTE_WIDTH + GAP, NOTE_HEIGHT + GAP
    return [
        (origin[0] + (i % columns) * pitch_x, origin[1] + (i // columns) * pitch_y)
        for i in range(count)
    ]


def grid_size(count: int, columns: int) -> tuple[float, float]:
    """Width and height of a grid of ``count`` notes ``columns`` wide (0 × 0 when empty)."""
    if count <= 0:
        return (0.0, 0.0)
    cols = min(count, columns)
    rows = math.ceil(count / columns)
    return (cols * NOTE_WIDTH + (cols - 1) * GAP, rows * NOTE_HEIGHT + (rows - 1) * GAP)


# ------------------------------------------------------------------ clusters


def cluster_frame(notes: Iterable[Rect], *, minimum: Rect | None = None) -> Rect | None:
    """The frame drawn around a cluster's notes: padding on every side and a title band on top.

    With no notes, returns ``minimum`` (an emptied cluster keeps its frame).
    """
    box = bounding(notes)
    if box is None:
        return minimum
    return Rect(
        box.x - CLUSTER_PADDING,
        box.y - CLUSTER_PADDING - CLUSTER_HEADER,
        box.width + 2 * CLUSTER_PADDING,
        box.height + 2 * CLUSTER_PADDING + CLUSTER_HEADER,
    )


def cluster_columns(count: int) -> int:
    """A cluster's notes sit in a near-square grid, a little wider than tall."""
    return max(1, math.ceil(math.sqrt(max(count, 1))))


def pack_cluster(
    count: int, top_left: tuple[float, float]
) -> tuple[Rect, list[tuple[float, float]]]:
    """Frame and note positions for a cluster of ``count`` notes, its frame at ``top_left``."""
    columns = cluster_columns(count)
    inner = (top_left[0] + CLUSTER_PADDING, top_left[1] + CLUSTER_HEADER + CLUSTER_PADDING)
    positions = grid_positions(count, columns, inner)
    width, height = grid_size(max(count, 1), columns)
    frame = Rect(
        top_left[0],
        top_left[1],
        width + 2 * CLUSTER_PADDING,
        height + 2 * CLUSTER_PADDING + CLUSTER_HEADER,
    )
    return frame, positions


def cluster_at(
    x: float, y: float, clusters: Sequence[Cluster], *, current: int | None = None
) -> int | None:
    """The cluster a note whose centre is at (x, y) belongs to after a move.

    The note's own cluster wins while the centre stays inside its frame;
    otherwise the smallest frame containing the centre; otherwise none.
    """
    inside = [c for c in clusters if c.rect.contains_point(x, y)]
    if not inside:
        return None
    if current is not None and any(c.id == current for c in inside):
        return current
    return min(inside, key=lambda c: (c.rect.area, c.id)).id


@dataclass(frozen=True, slots=True)
class Layout:
    """Where "Tidy up" puts everything: note id → top-left, cluster id → frame."""

    notes: Mapping[int, tuple[float, float]]
    clusters: Mapping[int, Rect]


def tidy_layout(
    clusters: Sequence[tuple[int, Sequence[int]]],
    loose: Sequence[int],
    *,
    origin: tuple[float, float] = (0.0, 0.0),
    row_width: float | None = None,
) -> Layout:
    """Arrange clusters (each a near-square grid of its notes) in rows, then loose notes below.

    ``clusters`` pairs each cluster id with its note ids in reading order.
    Rows of clusters wrap at ``row_width`` (by default about 16:9 for the whole
    board). Nothing overlaps: frames are separated by CLUSTER_GAP.
    """
    packed = [(cid, pack_cluster(len(ids), (0.0, 0.0)), ids) for cid, ids in clusters]
    total_area = sum(frame.area for _, (frame, _), _ in packed)
    loose_w, loose_h = grid_size(len(loose), grid_columns(len(loose)))
    total_area += loose_w * loose_h
    if row_width is None:
        widest = max([frame.width for _, (frame, _), _ in packed] + [loose_w, NOTE_WIDTH])
        row_width = max(widest, math.sqrt(max(total_area, 1.0) * 16 / 9))
    notes: dict[int, tuple[float, float]] = {}
    frames: dict[int, Rect] = {}
    x, y = origin
    row_height = 0.0
    for cid, (frame, positions), ids in packed:
        if x > origin[0] and x + frame.width > origin[0] + row_width:
            x = origin[0]
            y += row_height + CLUSTER_GAP
            row_height = 0.0
        frames[cid] = Rect(x, y, frame.width, frame.height)
        for note_id, (px, py) in zip(ids, positions, strict=True):
            notes[note_id] = (px + x, py + y)
        x += frame.width + CLUSTER_GAP
        row_height = max(row_height, frame.height)
    if packed:
        y += row_height + CLUSTER_GAP
    columns = max(1, int((row_width + GAP) // (NOTE_WIDTH + GAP)))
    for note_id, position in zip(loose, grid_positions(len(loose), columns, (origin[0], y)),
                                 strict=True):
        notes[note_id] = position
    return Layout(notes, frames)


# ------------------------------------------------------------------ keeping frames apart

#: Below this a "gap" overlap is rounding, not an overlap (scene units).
_EPS = 1e-6
#: How many places near a covered loose note are tried before it goes to a free grid cell.
NEAR_TRIES = 24


def _overlap(a: Rect, o: Rect, margin: float) -> bool:
    """Whether ``a`` comes within ``margin`` of ``o`` (touching at exactly ``margin`` is clear).

    With no margin this is :meth:`Rect.intersects`.
    """
    eps = _EPS if margin else 0.0
    return (
        a.x < o.right + margin - eps
        and o.x - margin + eps < a.right
        and a.y < o.bottom + margin - eps
        and o.y - margin + eps < a.bottom
    )


class RectIndex:
    """Rectangles in buckets of a coarse grid, so "what does this overlap?" is not a scan.

    Each rectangle has a key (a note or cluster id, or a number given here), so the
    index can follow a board as rectangles move, appear and go.
    """

    CELL = 256.0
    #: A rectangle over more buckets than this (only an outside edit makes one) is kept
    #: in a short list that every query checks, rather than in thousands of buckets.
    MAX_CELLS = 1024

    def __init__(self, rects: Iterable[Rect] = ()) -> None:
        self._rects: dict[Hashable, Rect] = {}
        self._cells: dict[tuple[int, int], dict[Hashable, None]] = {}
        self._huge: dict[Hashable, None] = {}
        self._numbers = itertools.count()
        for rect in rects:
            self.add(rect)

    def __len__(self) -> int:
        return len(self._rects)

    def __contains__(self, key: object) -> bool:
        return key in self._rects

    def get(self, key: Hashable) -> Rect | None:
        return self._rects.get(key)

    def items(self) -> Iterable[tuple[Hashable, Rect]]:
        return self._rects.items()

    def _buckets(self, rect: Rect, margin: float) -> list[tuple[int, int]] | None:
        """The buckets ``rect`` (grown by ``margin``) covers, or None when that is too many."""
        size = self.CELL
        cols = range(
            math.floor((rect.x - margin) / size), math.floor((rect.right + margin) / size) + 1
        )
        rows = range(
            math.floor((rect.y - margin) / size), math.floor((rect.bottom + margin) / size) + 1
        )
        if len(cols) * len(rows) > self.MAX_CELLS:
            return None
        return [(col, row) for col in cols for row in rows]

    def add(self, rect: Rect, key: Hashable | None = None) -> Hashable:
        """Add ``rect`` under ``key`` (replacing what the key had); returns the key."""
        if key is None:
            key = ("#", next(self._numbers))
        elif key in self._rects:
            self.remove(key)
        self._rects[key] = rect
        buckets = self._buckets(rect, 0.0)
        if buckets is None:
            self._huge[key] = None
        else:
            for cell in buckets:
                self._cells.setdefault(cell, {})[key] = None
        return key

    def remove(self, key: Hashable) -> None:
        rect = self._rects.pop(key, None)
        if rect is None:
            return
        if self._huge.pop(key, 0) is None:
            return
        for cell in self._buckets(rect, 0.0) or ():
            bucket = self._cells.get(cell)
            if bucket is not None:
                bucket.pop(key, None)
                if not bucket:
                    del self._cells[cell]

    def hit_keys(
        self, rect: Rect, margin: float = 0.0, skip: Container[Hashable] = ()
    ) -> list[Hashable]:
        """Keys of the rectangles ``rect`` overlaps, or comes within ``margin`` of
        (the test of :func:`_overlap`, unrolled: this is the board's innermost loop)."""
        eps = _EPS if margin else 0.0
        left, right = rect.x - margin + eps, rect.x + rect.width + margin - eps
        top, bottom = rect.y - margin + eps, rect.y + rect.height + margin - eps
        size = self.CELL
        cols = range(math.floor((rect.x - margin) / size),
                     math.floor((rect.x + rect.width + margin) / size) + 1)
        rows = range(math.floor((rect.y - margin) / size),
                     math.floor((rect.y + rect.height + margin) / size) + 1)
        rects, found = self._rects, dict[Hashable, None]()
        if len(cols) * len(rows) > self.MAX_CELLS:
            candidates: Iterable[Hashable] = list(rects)
        else:
            cells = self._cells
            candidates = [
                key for col in cols for row in rows for key in cells.get((col, row), ())
            ]
            candidates.extend(self._huge)
        for key in candidates:
            if key in found or key in skip:
                continue
            o = rects[key]
            if o.x < right and left < o.x + o.width and o.y < bottom and top < o.y + o.height:
                found[key] = None
        return list(found)

    def hits(
        self, rect: Rect, margin: float = 0.0, skip: Container[Hashable] = ()
    ) -> list[Rect]:
        """The rectangles ``rect`` overlaps, or comes within ``margin`` of."""
        return [self._rects[key] for key in self.hit_keys(rect, margin, skip)]


class Layers:
    """Several indexes seen as one obstacle set, each less the keys it leaves out."""

    def __init__(self, *layers: tuple[RectIndex, Container[Hashable]]) -> None:
        self._layers = layers

    def hits(self, rect: Rect, margin: float = 0.0) -> list[Rect]:
        return [r for index, skip in self._layers for r in index.hits(rect, margin, skip)]


def nearest_free(
    rect: Rect,
    obstacles: Iterable[Rect] | RectIndex | Layers,
    *,
    gap: float = GAP,
    tries: int | None = None,
) -> Rect | None:
    """``rect`` where it is, if it overlaps no obstacle; otherwise moved as little as possible
    to a place ``gap`` clear of every obstacle.

    The search goes outward from ``rect``: a place that still overlaps something is pushed
    just past that obstacle (right, left, down or up) and the nearest untried place is tried
    next. Every push lands on an obstacle's edge, so the search is finite, and pushing right
    past ever further right edges always ends clear of everything. With ``tries`` it gives
    up (None) after trying that many places (a crowded board: use :func:`free_slots`).
    """
    index = obstacles if isinstance(obstacles, RectIndex | Layers) else RectIndex(obstacles)
    if not index.hits(rect):
        return rect
    width, height = rect.width, rect.height
    queue: list[tuple[float, float, float]] = [(0.0, rect.y, rect.x)]
    seen = {(rect.x, rect.y)}
    while queue:
        if tries is not None:
            if tries <= 0:
                return None
            tries -= 1
        _, y, x = heapq.heappop(queue)
        candidate = Rect(x, y, width, height)
        hits = index.hits(candidate, gap)
        if not hits:
            return candidate
        for o in hits:
            for nx, ny in (
                (o.right + gap, y),
                (o.x - gap - width, y),
                (x, o.bottom + gap),
                (x, o.y - gap - height),
            ):
                if (nx, ny) not in seen:
                    seen.add((nx, ny))
                    heapq.heappush(queue, (math.hypot(nx - rect.x, ny - rect.y), ny, nx))
    raise AssertionError("unreachable: pushing right always ends clear")  # pragma: no cover


class BoardSpace:
    """Where everything on one board is: frames and loose notes indexed by place, and the
    automatic grid's covered cells. Kept in step with the board (``storage/board_index.py``),
    it lets an edit look only at its neighbourhood."""

    def __init__(self) -> None:
        self.frames = RectIndex()  # cluster id → frame
        self.loose = RectIndex()  # note id → rectangle, notes in no cluster
        self.cells = CellGrid()  # every note and frame
        self.notes: dict[int, tuple[float, float, int | None]] = {}  # id → x, y, cluster

    @property
    def size(self) -> int:
        """Notes and frames on the board (what the automatic grid's width follows)."""
        return len(self.notes) + len(self.frames)

    def put_note(self, note_id: int, x: float, y: float, cluster_id: int | None) -> None:
        self.drop_note(note_id)
        self.notes[note_id] = (x, y, cluster_id)
        rect = note_rect(x, y)
        self.cells.add(rect)
        if cluster_id is None:
            self.loose.add(rect, note_id)

    def drop_note(self, note_id: int) -> None:
        old = self.notes.pop(note_id, None)
        if old is not None:
            self.cells.remove(note_rect(old[0], old[1]))
            self.loose.remove(note_id)

    def put_frame(self, cluster_id: int, frame: Rect) -> None:
        self.drop_frame(cluster_id)
        self.frames.add(frame, cluster_id)
        self.cells.add(frame)

    def drop_frame(self, cluster_id: int) -> None:
        old = self.frames.get(cluster_id)
        if old is not None:
            self.frames.remove(cluster_id)
            self.cells.remove(old)

    def frames_at(self, x: float, y: float) -> list[tuple[int, Rect]]:
        """Frames containing the point (x, y), with their cluster ids."""
        point = Rect(x, y, 0.0, 0.0)
        found = []
        # Any frame within a unit, then the exact test (a centre on the edge is inside).
        for key in self.frames.hit_keys(point, 1.0):
            frame = self.frames.get(key)
            if frame is not None and frame.contains_point(x, y):
                found.append((int(key), frame))  # type: ignore[call-overload]
        return found


def settle(
    frames: Mapping[int, Rect],
    loose: Mapping[int, Rect],
    moved: Sequence[int],
) -> Layout:
    """Keep cluster frames apart and loose notes off them after the ``moved`` frames changed.

    ``frames`` maps every cluster of a board to its frame, ``loose`` every loose note to its
    rectangle. Each frame in ``moved`` (in that order: put the one the user acted on first)
    that overlaps another frame goes to the nearest place clear of all the others, which stay
    put. Then every loose note a frame covers moves aside to the nearest place clear of the
    frames and of the other loose notes (where that is not close by, as on a crowded grid,
    to the first free cells of the grid, like a new note). Returns only what moves:
    cluster id → new frame, note id → new top-left.
    """
    space = BoardSpace()
    for cluster_id, frame in frames.items():
        space.put_frame(cluster_id, frame)
    for note_id, rect in loose.items():
        space.put_note(note_id, rect.x, rect.y, None)
    return settle_space(space, moved, list(loose))


def settle_space(space: BoardSpace, moved: Sequence[int], notes: Iterable[int] = ()) -> Layout:
    """:func:`settle` on a board whose frames and notes were right before the ``moved`` frames
    changed and ``notes`` moved or appeared: only their neighbourhood is looked at."""
    new_frames: dict[int, Rect] = {}
    moved_index = RectIndex()  # the new places of the frames moved so far
    order = [c for c in dict.fromkeys(moved) if c in space.frames]
    for cluster_id in order:
        frame = space.frames.get(cluster_id)
        assert frame is not None
        others = Layers((space.frames, {cluster_id, *new_frames}), (moved_index, ()))
        placed = nearest_free(frame, others)
        if placed is not None and placed != frame:
            new_frames[cluster_id] = placed
            moved_index.add(placed, cluster_id)
    frames_now = Layers((space.frames, set(new_frames)), (moved_index, ()))

    def rect_of(note_id: int) -> Rect:
        rect = space.loose.get(note_id)
        assert rect is not None
        return rect

    candidates: set[int] = set()
    for cluster_id in order:
        frame = new_frames.get(cluster_id) or space.frames.get(cluster_id)
        assert frame is not None
        candidates.update(int(k) for k in space.loose.hit_keys(frame))  # type: ignore[call-overload]
    candidates.update(n for n in notes if n in space.loose)
    covered = sorted(
        (i for i in candidates if frames_now.hits(rect_of(i))),
        key=lambda i: (rect_of(i).y, rect_of(i).x, i),
    )
    result: dict[int, tuple[float, float]] = {}
    if covered:
        placed_notes = RectIndex()
        obstacles = Layers(
            (space.frames, set(new_frames)), (moved_index, ()),
            (space.loose, set(covered)), (placed_notes, ()),
        )
        far: list[int] = []
        for note_id in covered:
            spot = nearest_free(rect_of(note_id), obstacles, tries=NEAR_TRIES)
            if spot is None:
                far.append(note_id)
                continue
            placed_notes.add(spot)
            result[note_id] = (spot.x, spot.y)
        if far:
            also = [*new_frames.values(), *(note_rect(x, y) for x, y in result.values())]
            columns = grid_columns(space.size + len(far))
            result.update(zip(far, space.cells.free(len(far), columns, also), strict=True))
    return Layout(result, new_frames)


def cluster_origin(notes: Sequence[Rect]) -> tuple[float, float]:
    """Top-left of the frame of a new cluster of ``notes``: its block of notes centred on
    theirs, in whole units (a single note's frame goes round it where it is).
    """
    count = len(notes)
    cx = sum(r.centre[0] for r in notes) / max(count, 1)
    cy = sum(r.centre[1] for r in notes) / max(count, 1)
    width, height = grid_size(max(count, 1), cluster_columns(count))
    return (
        float(round(cx - width / 2 - CLUSTER_PADDING)),
        float(round(cy - height / 2 - CLUSTER_PADDING - CLUSTER_HEADER)),
    )
