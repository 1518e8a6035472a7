"""Text reportlab cannot lay out alone: right to left, or needing shaping, line by line.

reportlab's own right-to-left paragraphs need ReportLab's ``rlbidi`` (not on
PyPI), and its HarfBuzz shaping still places words left to right. So text that
holds a right-to-left character is broken into lines here, in logical order, and
each line is reordered by the Unicode bidirectional algorithm (python-bidi's
reference implementation, which mirrors brackets) after Arabic letters were
given their joined forms (arabic-reshaper). Marks are moved after their base so
they sit on the right letter. A run in a script that needs shaping (Devanagari,
Thai…) is one font by construction and is shaped by HarfBuzz on its own
(reportlab's paragraph shaping takes a whole word in its first run's font, and
fails on a word that mixes fonts). See ``docs/decisions/0010-every-script-prints.md``.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bidi import algorithm as uba
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import bidiShapedText

from workshop.domain.text_direction import starts_right_to_left

_OBJECT = "\ufffc"  # stands for an inline image in the bidi algorithm (a neutral)


@dataclass
class Piece:
    """Logical text in one font, size and colour, or an inline image (``image`` set)."""

    text: str
    font: str
    size: float
    colour: Any = None
    rise: float = 0.0
    image: Any = None
    image_width: float = 0.0
    image_height: float = 0.0
    line_break: bool = False
    shaped: bool = False


@dataclass
class Segment:
    """A visual run of one line: drawn at ``x`` left to right."""

    text: str
    piece: Piece
    width: float


@dataclass
class Line:
    segments: list[Segment] = field(default_factory=list)
    width: float = 0.0


@functools.cache
def _reshaper() -> Any:
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "support_ligatures": True}
    )


def _is_arabic(char: str) -> bool:
    code = ord(char)
    return 0x0600 <= code <= 0x08FF


def _width(piece: Piece, text: str) -> float:
    if piece.image is not None:
        return piece.image_width * len(text)
    if piece.shaped:
        return float(bidiShapedText(text, None, fontName=piece.font, fontSize=piece.size,
                                    shaping=True)[1])
    return float(stringWidth(text, piece.font, piece.size))


def _logical(pieces: Sequence[Piece]) -> list[tuple[str, int]]:
    """Characters in logical order, each with its piece; Arabic given its joined forms."""
    chars: list[tuple[str, int]] = []
    for index, piece in enumerate(pieces):
        if piece.line_break:
            chars.append(("\n", index))
        elif piece.image is not None:
            chars.append((_OBJECT, index))
        else:
            text = piece.text
            if any(_is_arabic(c) for c in text):
                text = _reshaper().reshape(text)
            chars.extend((c, index) for c in text)
    return chars


def _words(chars: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """Split at spaces; each word keeps its trailing space (dropped again at a line's end)."""
    words: list[list[tuple[str, int]]] = []
    current: list[tuple[str, int]] = []
    for item in chars:
        current.append(item)
        if item[0] == " ":
            words.append(current)
            current = []
    if current:
        words.append(current)
    return words


def _measure(items: Sequence[tuple[str, int]], pieces: Sequence[Piece]) -> float:
    total = 0.0
    start = 0
    for i in range(1, len(items) + 1):
        if i == len(items) or items[i][1] != items[start][1]:
            piece = pieces[items[start][1]]
            total += _width(piece, "".join(c for c, _ in items[start:i]))
            start = i
    return total


def break_lines(
    pieces: Sequence[Piece], width: float
) -> tuple[list[list[tuple[str, int]]], bool]:
    """Logical lines that fit ``width`` (greedy, at spaces; a too-long word at characters)."""
    chars = _logical(pieces)
    rtl = starts_right_to_left("".join(c for c, _ in chars))
    lines: list[list[tuple[str, int]]] = []
    paragraph: list[tuple[str, int]] = []
    paragraphs: list[list[tuple[str, int]]] = []
    for item in chars:
        if item[0] == "\n":
            paragraphs.append(paragraph)
            paragraph = []
        else:
            paragraph.append(item)
    paragraphs.append(paragraph)
    for para in paragraphs:
        line: list[tuple[str, int]] = []
        used = 0.0
        for word in _words(para):
            word_width = _measure([w for w in word if w[0] != " "], pieces)
            if line and used + word_width > width:
                lines.append(line)
                line, used = [], 0.0
            while not line and word_width > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and (
                    _measure(word[:cut], pieces) > width
                    or unicodedata.category(word[cut][0]) in ("Mn", "Mc", "Me")
                ):
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                word_width = _measure(word, pieces)
            line.extend(word)
            used += _measure(word, pieces)
        lines.append(line)
    return lines, rtl


def _visual(line: list[tuple[str, int]], rtl: bool) -> list[tuple[str, int]]:
    """One line in display order (UAX #9 rules W1–L4, marks after their base)."""
    while line and line[-1][0] == " ":
        line = line[:-1]
    if not line:
        return []
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels("".join(c for c, _ in line), storage)
    for slot, (_char, index) in zip(storage["chars"], line, strict=True):
        slot["piece"] = index
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    out: list[tuple[str, int]] = []
    marks: list[tuple[str, int]] = []
    for slot in storage["chars"]:
        item = (slot["ch"], slot["piece"])
        if slot["level"] % 2 and unicodedata.category(slot["ch"]) in ("Mn", "Me"):
            marks.append(item)  # in a reversed run a mark comes before its base
            continue
        out.append(item)
        out.extend(marks)
        marks = []
    out.extend(marks)
    return out


def layout(pieces: Sequence[Piece], width: float) -> tuple[list[Line], bool]:
    """Lines of visual segments that fit ``width``, and whether the paragraph runs right to left."""
    logical, rtl = break_lines(pieces, width)
    lines = []
    for logical_line in logical:
        visual = _visual(logical_line, rtl)
        line = Line()
        start = 0
        for i in range(1, len(visual) + 1):
            if i == len(visual) or visual[i][1] != visual[start][1]:
                piece = pieces[visual[start][1]]
                text = "".join(c for c, _ in visual[start:i])
                segment = Segment(text, piece, _width(piece, text))
                line.segments.append(segment)
                line.width += segment.width
                start = i
        lines.append(line)
    return lines, rtl


def draw_line(canvas: Any, line: Line, x: float, y: float) -> None:
    """Draw ``line``'s segments from ``x`` on the baseline ``y``."""
    for segment in line.segments:
        piece = segment.piece
        if piece.image is not None:
            for k in range(len(segment.text)):
                canvas.drawImage(
                    piece.image, x + k * piece.image_width, y - piece.image_height * 0.18,
                    piece.image_width, piece.image_height, mask="auto",
                )
        else:
            canvas.setFont(piece.font, piece.size)
            if piece.colour is not None:
                canvas.setFillColor(piece.colour)
            canvas.drawString(x, y + piece.rise, segment.text, shaping=piece.shaped)
        x += segment.width
