"""Tables in the reader's direction: every handout table is made by :func:`table`.

A section lays its rows out in logical order (first column first) with its column widths
and its ``TableStyle`` commands. In a workshop whose language is written right to left
(Arabic, Hebrew, Persian…) :func:`table` mirrors them: the first column goes on the
right, padding and rules before/after a column swap sides, text that started at the left
is aligned right (numbers stay right-aligned, so their digits still line up), and bars and
charts in cells grow from the right. Each cell's own text keeps its direction: a number
or a Latin name in an Arabic table reads left to right (``text.py`` lays out every line
by the Unicode bidirectional algorithm).

Left-to-right tables are built exactly as before: no cost is added to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab import platypus
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

Command = tuple[Any, ...]

#: Commands whose meaning is a side of a cell: mirrored, each becomes the other.
_SIDES = {
    "LEFTPADDING": "RIGHTPADDING",
    "RIGHTPADDING": "LEFTPADDING",
    "LINEBEFORE": "LINEAFTER",
    "LINEAFTER": "LINEBEFORE",
}


def table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    commands: Sequence[Command],
    *,
    rtl: bool,
    **options: Any,
) -> Table:
    """A reportlab ``Table`` of ``rows`` styled by ``commands``, right to left when ``rtl``.

    ``options`` are the Table's own (``repeatRows``, ``splitInRow``…).
    """
    if rtl:
        rows, widths, commands = mirrored(rows, widths, commands)
    made = Table([list(row) for row in rows], colWidths=list(widths), **options)
    made.setStyle(TableStyle(list(commands)))
    return made


def mirrored(
    rows: Sequence[Sequence[object]], widths: Sequence[float], commands: Sequence[Command]
) -> tuple[list[list[object]], list[float], list[Command]]:
    """``rows``, ``widths`` and ``commands`` as a right-to-left reader reads the table."""
    count = len(widths)
    flipped_rows = [[_right_aligned(cell) for cell in reversed(row)] for row in rows]
    flipped = [("ALIGN", (0, 0), (-1, -1), "RIGHT")]
    flipped += [_mirror_command(command, count) for command in commands]
    return flipped_rows, list(reversed(widths)), flipped


def _column(index: int, count: int) -> int:
    return count - 1 - (index if index >= 0 else count + index)


def _mirror_command(command: Command, count: int) -> Command:
    name, start, stop, *rest = command
    name = _SIDES.get(name, name)
    (c0, r0), (c1, r1) = start, stop
    first, last = sorted((_column(c0, count), _column(c1, count)))
    if name == "ALIGN" and rest and str(rest[0]).upper() == "LEFT":
        rest = ["RIGHT", *rest[1:]]
    return (name, (first, r0), (last, r1), *rest)


# ------------------------------------------------------------------ what a cell holds

_RIGHT_STYLES: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}


def _right_style(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` aligned right (one copy per style, kept for the process)."""
    kept = _RIGHT_STYLES.get(id(style))
    if kept is None or kept[0] is not style:
        kept = (style, ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT))
        _RIGHT_STYLES[id(style)] = kept
    return kept[1]


def _right_aligned(cell: object) -> object:
    """The cell's content read from the right: paragraphs aligned right, bars mirrored."""
    if isinstance(cell, (list, tuple)):
        return [_right_aligned(each) for each in cell]
    if isinstance(cell, platypus.Paragraph) and cell.style.alignment in (TA_LEFT, TA_JUSTIFY):
        cell.style = _right_style(cell.style)
    elif isinstance(cell, Drawing):
        _mirror_shapes(cell, float(cell.width))
    return cell


def _mirror_shapes(group: Group, width: float) -> None:
    """Reflect a drawing's rectangles and labels about its middle (text is not reversed)."""
    for shape in group.contents:
        if isinstance(shape, Rect):
            shape.x = width - shape.x - shape.width
        elif isinstance(shape, String):
            shape.x = width - shape.x
            anchor = {"start": "end", "end": "start"}.get(shape.textAnchor)
            if anchor is not None:
                shape.textAnchor = anchor
        elif isinstance(shape, Group):
            _mirror_shapes(shape, width)


__all__ = ["mirrored", "table"]
