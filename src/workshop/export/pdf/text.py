"""The text layer every handout section uses: a ``Paragraph`` that prints every script.

Use :class:`Paragraph` (same arguments as reportlab's) for anything holding user
text, and :func:`draw_string` where text is drawn straight on the canvas (running
header and footer). With the markup of :func:`workshop.export.fonts.markup`:

- a paragraph with a right-to-left character, or with Devanagari, Thai or another
  script that needs shaping, is laid out by :mod:`.bidi`: lines in logical order,
  each shown in visual order, Arabic joined, complex runs shaped by HarfBuzz,
  aligned to the right when the paragraph starts right to left; any other
  paragraph is reportlab's own (no cost added to Latin text);
- emoji images take the size of the text around them.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from reportlab import platypus
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from workshop.export import fonts
from workshop.export.pdf import bidi

_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_NEEDS_SHAPING = re.compile("[\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\ua8e0-\ua8ff]")

#: Emoji images are this many times the font size, a little below the baseline.
EMOJI_SCALE = 1.15


@functools.cache
def shaping_available() -> bool:
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


def _shaped(text: str) -> bool:
    return _NEEDS_SHAPING.search(text) is not None and shaping_available()


_TAG = re.compile(r'<(/?)(b|strong)>|<font name="(Workshop[A-Za-z]+)">')


def _embolden(text: str, bold: bool) -> str:
    """Fallback runs inside ``<b>`` (or a bold style) in their bold face.

    reportlab's ``<font name=…>`` resets boldness to the named face's own, so the
    run of another script in a bold heading would print regular.
    """
    depth = 1 if bold else 0

    def replace(match: re.Match[str]) -> str:
        nonlocal depth
        if match.group(2):
            depth += -1 if match.group(1) else 1
            return match.group(0)
        name = match.group(3)
        if depth > 0 and name != fonts.REGULAR and _registered(name + "-Bold"):
            return f'<font name="{name}-Bold">'
        return match.group(0)

    return _TAG.sub(replace, text)


def _is_emoji_image(frag: Any) -> bool:
    definition = getattr(frag, "cbDefn", None)
    return (
        definition is not None
        and getattr(definition, "kind", "") == "img"
        and "workshop-emoji-" in str(getattr(definition, "src", ""))
    )


class TextParagraph(platypus.Paragraph):  # type: ignore[misc]  # reportlab ships no types
    """reportlab's Paragraph; shapes complex scripts and lays right-to-left lines right to left."""

    def __init__(self, text: str, style: ParagraphStyle | None = None, *args: Any, **kw: Any):
        if isinstance(text, str) and '<font name="Workshop' in text:
            bold = style is not None and style.fontName == fonts.BOLD
            text = _embolden(text, bold)
        super().__init__(text, style, *args, **kw)
        self._own = isinstance(text, str) and (
            _RTL.search(text) is not None or _NEEDS_SHAPING.search(text) is not None
        )
        self._lines: list[bidi.Line] = []
        self._rtl = False
        for frag in self.frags:
            if _is_emoji_image(frag):
                side = frag.fontSize * EMOJI_SCALE
                frag.cbDefn.width = frag.cbDefn.height = side
                frag.cbDefn.valign = -0.18 * side

    # -- right-to-left layout ------------------------------------------------------------

    def _pieces(self) -> list[bidi.Piece]:
        pieces = []
        for frag in self.frags:
            definition = getattr(frag, "cbDefn", None)
            if definition is not None and getattr(definition, "kind", "") == "img":
                pieces.append(
                    bidi.Piece(
                        "", frag.fontName, frag.fontSize, image=definition.src,
                        image_width=float(definition.width), image_height=float(definition.height),
                    )
                )
            elif getattr(frag, "lineBreak", False):
                pieces.append(bidi.Piece("", frag.fontName, frag.fontSize, line_break=True))
            else:
                pieces.append(
                    bidi.Piece(
                        frag.text, frag.fontName, frag.fontSize, frag.textColor, frag.rise,
                        shaped=_shaped(frag.text),
                    )
                )
        return pieces

    def _inner_width(self, width: float) -> float:
        return float(width - self.style.leftIndent - self.style.rightIndent)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._own:
            return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]
        self._lines, self._rtl = bidi.layout(
            self._pieces(), self._inner_width(availWidth)
        )
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if not self._own:
            return super().split(availWidth, availHeight)  # type: ignore[no-any-return]
        self.wrap(availWidth, availHeight)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self._lines):
            return [self]
        lines = self._lines
        return [
            BidiLines(lines[:fit], self._rtl, self.style),
            BidiLines(lines[fit:], self._rtl, self.style),
        ]

    def draw(self) -> None:
        if not self._own:
            super().draw()
            return
        _draw_lines(self.canv, self._lines, self._rtl, self.style, self.width)

    def minWidth(self) -> float:
        if not self._own:
            return float(super().minWidth())
        return max(
            (_measure_words(piece) for piece in self._pieces() if not piece.line_break),
            default=0.0,
        )


def _measure_words(piece: bidi.Piece) -> float:
    if piece.image is not None:
        return piece.image_width
    return max((stringWidth(w, piece.font, piece.size) for w in piece.text.split()), default=0.0)


#: Used like reportlab's own (untyped, like it, so tables of paragraphs type as before).
Paragraph: Any = TextParagraph


class BidiLines(platypus.Flowable):  # type: ignore[misc]
    """The lines of a right-to-left paragraph that went on after a page or frame break."""

    def __init__(self, lines: list[bidi.Line], rtl: bool, style: ParagraphStyle) -> None:
        super().__init__()
        self.lines = lines
        self.rtl = rtl
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self.lines):
            return [self]
        return [
            BidiLines(self.lines[:fit], self.rtl, self.style),
            BidiLines(self.lines[fit:], self.rtl, self.style),
        ]

    def draw(self) -> None:
        _draw_lines(self.canv, self.lines, self.rtl, self.style, self.width)


def _draw_lines(
    canvas: Any, lines: list[bidi.Line], rtl: bool, style: ParagraphStyle, width: float
) -> None:
    left = style.leftIndent
    inner = width - style.leftIndent - style.rightIndent
    height = len(lines) * style.leading
    canvas.saveState()
    if style.backColor is not None:
        canvas.setFillColor(style.backColor)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setFillColor(style.textColor)
    y = height - style.fontSize
    for line in lines:
        if style.alignment == TA_CENTER:
            x = left + (inner - line.width) / 2
        elif style.alignment == TA_RIGHT or (rtl and style.alignment == TA_LEFT):
            x = left + inner - line.width
        else:  # left, or justified (drawn ragged)
            x = left
        bidi.draw_line(canvas, line, x, y)
        y -= style.leading
    canvas.restoreState()


def _pieces_of(text: str, font: str, size: float) -> list[bidi.Piece]:
    bold = font == fonts.BOLD
    pieces = []
    for run in fonts.runs(" ".join(text.split())):
        if run.image is not None:
            side = size * EMOJI_SCALE
            pieces.append(
                bidi.Piece("", font, size, image=run.image, image_width=side, image_height=side)
            )
        elif run.font is None:
            pieces.append(bidi.Piece(fonts.PLACEHOLDER, fonts.REGULAR, size))
        elif run.font == fonts.REGULAR:
            pieces.append(bidi.Piece(run.text, font, size))
        else:
            name = run.font + "-Bold" if bold and _registered(run.font + "-Bold") else run.font
            pieces.append(bidi.Piece(run.text, name, size, shaped=_shaped(run.text)))
    return pieces


def _registered(name: str) -> bool:
    from reportlab.pdfbase import pdfmetrics

    return name in pdfmetrics.getRegisteredFontNames()


def string_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` drawn by :func:`draw_string` (every run in its own font)."""
    lines, _ = bidi.layout(_pieces_of(text, font, size), 1e9)
    return sum(line.width for line in lines)


def draw_string(
    canvas: Any, x: float, y: float, text: str, font: str, size: float, anchor: str = "left"
) -> None:
    """Draw one line of user text at ``x`` (its left, right or centre by ``anchor``).

    Every script prints in a font that has it; right-to-left text shows right to left.
    """
    lines, _ = bidi.layout(_pieces_of(text, font, size), 1e9)
    if not lines:
        return
    line = lines[0]
    if anchor == "right":
        x -= line.width
    elif anchor == "centre":
        x -= line.width / 2
    bidi.draw_line(canvas, line, x, y)


__all__ = ["BidiLines", "Paragraph", "TextParagraph", "draw_string", "string_width"]
