"""The board as words and in order, for screen readers and the keyboard.

A board is read like a page: blocks (a cluster with its notes, or a loose note) from
top to bottom and left to right, a cluster's notes in the same order inside it. The
arrow keys step through that order (Left/Right) or to the nearest note above or below
(Up/Down). A board coloured by organisation gets a legend, so colour never says it alone.
No Qt here: the board screen, the accessible list and the projector share it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workshop.domain import board as b

#: Two tops closer than this are on the same "line" of the board (read left to right).
_LINE = b.NOTE_HEIGHT / 2


@dataclass(frozen=True, slots=True)
class Block:
    """A cluster (``cluster`` set) with its notes, or one loose note."""

    cluster: b.Cluster | None
    notes: tuple[b.Note, ...]


def _key(x: float, y: float, ident: int) -> tuple[int, float, int]:
    return (int(y // _LINE), x, ident)


def reading_order(notes: Sequence[b.Note], clusters: Sequence[b.Cluster]) -> list[Block]:
    """The board's blocks in reading order (empty clusters included, they have a title)."""
    members: dict[int, list[b.Note]] = {c.id: [] for c in clusters}
    blocks: list[tuple[tuple[int, float, int], Block]] = []
    for note in notes:
        if note.cluster_id in members:
            members[note.cluster_id].append(note)
        else:
            blocks.append((_key(note.x, note.y, note.id), Block(None, (note,))))
    for cluster in clusters:
        inside = sorted(members[cluster.id], key=lambda n: _key(n.x, n.y, n.id))
        blocks.append((_key(cluster.x, cluster.y, -cluster.id), Block(cluster, tuple(inside))))
    blocks.sort(key=lambda item: item[0])
    return [block for _key_, block in blocks]


def note_sequence(blocks: Sequence[Block]) -> list[int]:
    """Every note id in reading order."""
    return [n.id for block in blocks for n in block.notes]


def describe_note(note: b.Note, author: str, cluster: b.Cluster | None = None) -> str:
    """What a screen reader says for a note: its text, author (when shown), colour, cluster."""
    parts = [" ".join(note.text.split())]
    if author:
        parts.append(f"by {author}")
    colour = b.COLOURS[note.colour].name if 0 <= note.colour < len(b.COLOURS) else ""
    if colour:
        parts.append(f"{colour.lower()} note")
    if cluster is not None:
        parts.append(f"in “{cluster.title}”")
    return ", ".join(parts)


def describe_cluster(cluster: b.Cluster, count: int) -> str:
    return f"Cluster “{cluster.title}”, {count} note{'s' if count != 1 else ''}"


def step(order: Sequence[int], current: int | None, delta: int) -> int | None:
    """The note ``delta`` places from ``current`` in reading order (clamped at the ends)."""
    if not order:
        return None
    if current not in order:
        return order[0] if delta >= 0 else order[-1]
    index = order.index(current) + delta
    return order[max(0, min(len(order) - 1, index))]


def nearest(
    positions: Mapping[int, tuple[float, float]], current: int | None, dx: int, dy: int
) -> int | None:
    """The nearest note in direction (``dx``, ``dy``) from ``current`` (None: none there).

    Distance along the direction counts once, the sideways offset twice, so the
    note straight below wins over a closer one far to the side.
    """
    if current is None or current not in positions:
        return None
    cx, cy = positions[current]
    best: tuple[float, int] | None = None
    for ident, (x, y) in positions.items():
        if ident == current:
            continue
        along = (x - cx) * dx + (y - cy) * dy
        if along <= 1:
            continue
        across = abs((x - cx) * dy) + abs((y - cy) * dx)
        score = along + 2 * across
        if best is None or score < best[0]:
            best = (score, ident)
    return None if best is None else best[1]


def organisation_legend(
    notes: Sequence[b.Note], organisation_of: Mapping[int, str], organisations: Sequence[str]
) -> list[tuple[int, str]]:
    """The colour legend of a board coloured by organisation: [(colour index, organisation)].

    Empty unless every note with a known author's organisation has that organisation's
    colour (``board.colour_for_organisation``), and at least two organisations appear.
    """
    seen: dict[str, int] = {}
    for note in notes:
        if note.author_id is None:
            continue
        organisation = organisation_of.get(note.author_id, "")
        if not organisation:
            continue
        colour = b.colour_for_organisation(organisation, organisations)
        if note.colour != colour:
            return []
        seen[organisation] = colour
    if len(seen) < 2:
        return []
    return sorted(((c, o) for o, c in seen.items()), key=lambda item: (item[0], item[1]))


def legend_lines(
    organisations: Sequence[str], every: Sequence[str] | None = None
) -> list[tuple[int, str]]:
    """The legend for the capture row's "colour by organisation": each organisation's colour."""
    known = every if every is not None else organisations
    return sorted(
        ((b.colour_for_organisation(o, known), o) for o in {o for o in organisations if o}),
        key=lambda item: (item[0], item[1].casefold()),
    )
