"""The bundled font (DejaVu Sans, ``resources/fonts/``) and text that is safe to lay out with it.

reportlab's built-in Helvetica covers Latin-1 only and is not embedded; DejaVu
Sans covers Latin, Greek and Cyrillic (and more) and is embedded as a subset.
User text passes through :func:`markup` (for ``Paragraph``) or :func:`plain`
(for ``drawString``): it is never taken as markup, and each character the font
lacks (most emoji, CJK…) becomes a visible placeholder instead of vanishing.
"""

from __future__ import annotations

import functools
import unicodedata
from html import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop.export.errors import ExportError
from workshop.resources import fonts_dir

REGULAR = "WorkshopSans"
BOLD = "WorkshopSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

#: Shown for a character the font cannot draw (U+25A1 WHITE SQUARE, which DejaVu has).
PLACEHOLDER = "□"
PLACEHOLDER_COLOUR = "#8a8f98"

#: Characters that only modify the one before them (emoji presentation, skin tones, joiners).
_MODIFIERS = frozenset(
    [0x200D, 0x20E3, *range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)]
)


@functools.cache
def register() -> None:
    """Register the bundled fonts with reportlab (once per process)."""
    folder = fonts_dir()
    for name, filename in _FILES.items():
        path = folder / filename
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # reportlab raises TTFError, OSError…
            raise ExportError(f"The bundled font {path} is missing or damaged.") from exc
    # <b> in a paragraph picks the bold face; there is no italic face, so italic stays upright.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


@functools.cache
def _coverage() -> frozenset[int]:
    """Code points both faces can draw (so bold and regular text fall back alike)."""
    register()
    faces = [pdfmetrics.getFont(name).face for name in _FILES]
    covered = set(faces[0].charToGlyph)
    for face in faces[1:]:
        covered &= set(face.charToGlyph)
    return frozenset(covered)


def _pieces(text: str) -> list[tuple[bool, str]]:
    """Split ``text`` into (drawable, piece) runs; each undrawable character is one piece.

    Control characters are dropped (newlines kept), tabs become spaces. Modifiers
    that follow an undrawable character (or a joiner after one) are absorbed, so
    an emoji sequence like a family or a skin-toned thumb yields one placeholder.
    """
    covered = _coverage()
    pieces: list[tuple[bool, str]] = []
    plain: list[str] = []
    after_missing = False
    joined = False
    for char in text:
        code = ord(char)
        if char == "\t":
            char, code = " ", 32
        if char != "\n" and unicodedata.category(char) in ("Cc", "Cs"):
            continue
        if after_missing and code in _MODIFIERS:
            joined = code == 0x200D
            continue
        if code in covered or char == "\n":
            plain.append(char)
            after_missing = joined = False
            continue
        if joined:  # the next emoji of a joined sequence: same placeholder
            joined = False
            continue
        if plain:
            pieces.append((True, "".join(plain)))
            plain = []
        pieces.append((False, char))
        after_missing = True
    if plain:
        pieces.append((True, "".join(plain)))
    return pieces


def markup(text: str) -> str:
    """``text`` as paragraph markup that prints literally; missing glyphs become a grey box."""
    out = []
    for drawable, piece in _pieces(text):
        if drawable:
            out.append(escape(piece, quote=False).replace("\n", "<br/>"))
        else:
            out.append(f'<font color="{PLACEHOLDER_COLOUR}">{PLACEHOLDER}</font>')
    return "".join(out)


def plain(text: str) -> str:
    """``text`` for ``canvas.drawString``: one line, missing glyphs replaced by the placeholder."""
    return "".join(
        piece if drawable else PLACEHOLDER for drawable, piece in _pieces(" ".join(text.split()))
    )
