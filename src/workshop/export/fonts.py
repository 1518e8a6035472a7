"""The handout's fonts, and user text split into runs that each font can draw.

DejaVu Sans (bundled) is the primary face: Latin with its diacritics, Greek,
Cyrillic. Each character it lacks is looked up in the fallbacks of
:mod:`workshop.export.font_fallback` (Arabic/Persian, Hebrew, Devanagari, Thai,
CJK, Korean, symbols); emoji become small colour images
(:mod:`workshop.export.emoji_images`). User text passes through :func:`markup`
(for ``Paragraph``; lay it out with :class:`workshop.export.pdf.text.Paragraph`,
which shapes complex scripts and lays right-to-left text right to left) or
:func:`runs`; it is never taken as markup, and what no font here has becomes a
visible grey box instead of vanishing.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from html import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop.export import emoji_images, font_fallback
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
            raise ExportError(
                "The bundled font {file} is missing or damaged.",
                file=path,
            ) from exc
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


@dataclass(frozen=True)
class Run:
    """A piece of text drawn one way: in ``font``, as an emoji ``image``, or as the placeholder."""

    text: str
    font: str | None = REGULAR
    image: str | None = None

    @property
    def missing(self) -> bool:
        return self.font is None and self.image is None


def _prefers_fallback(code: int) -> bool:
    """Arabic and Hebrew: DejaVu has the letters, but Noto's are the ones readers expect."""
    return 0x0590 <= code <= 0x08FF or 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def _font_of(code: int) -> str | None:
    if _prefers_fallback(code):
        return font_fallback.font_for(code) or (REGULAR if code in _coverage() else None)
    if code in _coverage():
        return REGULAR
    return font_fallback.font_for(code)


def runs(text: str) -> list[Run]:
    """Split ``text`` into runs of one font each (per-character fallback), emoji and misses.

    Control characters are dropped (newlines kept), tabs become spaces. Combining
    marks and joiners stay with the run before them, so a base letter and its
    accents come from one font. An emoji sequence (joined family, skin tone, flag)
    becomes one image when the colour emoji font is there, else its characters
    fall back like any other; what no font has becomes one placeholder per sequence.
    """
    out: list[Run] = []
    current: list[str] = []
    current_font: str = REGULAR

    def flush() -> None:
        if current:
            out.append(Run("".join(current), current_font))
            current.clear()

    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\t":
            char = " "
        category = unicodedata.category(char)
        if char != "\n" and category in ("Cc", "Cs"):
            i += 1
            continue
        if emoji_images.is_emoji_start(text, i):
            end = emoji_images.sequence_end(text, i)
            image = emoji_images.image_for(text[i:end])
            if image is not None:
                flush()
                out.append(Run(text[i:end], None, image))
                i = end
                continue
        code = ord(char)
        if char == "\n" or (current and (category in ("Mn", "Me", "Cf") or code in _MODIFIERS)):
            current.append(char)
            i += 1
            continue
        if (
            current
            and current_font != REGULAR
            and category[0] in "ZP"
            and font_fallback.covers(current_font, code)
        ):  # spaces and punctuation inside a run of another script stay in its font
            current.append(char)
            i += 1
            continue
        font = _font_of(code)
        if font is None:
            flush()
            emoji = emoji_images.is_emoji_start(text, i)
            end = emoji_images.sequence_end(text, i) if emoji else i + 1
            out.append(Run(text[i:end], None))
            i = end
            continue
        if font != current_font:
            flush()
            current_font = font
        current.append(char)
        i += 1
    flush()
    return out


def _escape(piece: str) -> str:
    return escape(piece, quote=False).replace("\n", "<br/>")


#: Inline emoji start at this size; ``pdf.text.Paragraph`` scales them to each line's type.
EMOJI_DEFAULT_SIZE = 9


def markup(text: str) -> str:
    """``text`` as paragraph markup that prints literally, each run in a font that has it.

    Emoji are inline images; a character no font here has becomes a grey box.
    """
    out = []
    for run in runs(text):
        if run.image is not None:
            size = EMOJI_DEFAULT_SIZE
            out.append(f'<img src="{run.image}" width="{size}" height="{size}" valign="-1.5"/>')
        elif run.font is None:
            out.append(f'<font color="{PLACEHOLDER_COLOUR}">{PLACEHOLDER}</font>')
        elif run.font == REGULAR:
            out.append(_escape(run.text))
        else:
            out.append(f'<font name="{run.font}">{_escape(run.text)}</font>')
    return "".join(out)
