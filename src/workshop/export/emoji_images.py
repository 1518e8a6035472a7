"""Emoji as small colour images for the handout.

The only complete emoji font on a Linux desktop, Noto Color Emoji, holds bitmaps
(CBDT), which reportlab cannot embed as text. Pillow (already a reportlab
dependency) draws a whole emoji sequence, joiners and skin tones included, into a
PNG once per sequence and process (in a private temporary folder removed at exit);
the paragraph then shows it as an inline image
the height of the text. The PNG bytes depend only on the sequence and the font, so
the handout stays deterministic.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from workshop.export import font_fallback

_SIZE = 109  # the bitmap strike Noto Color Emoji carries


def _is_pictographic(code: int) -> bool:
    return (
        0x1F000 <= code <= 0x1FAFF
        or 0x1F1E6 <= code <= 0x1F1FF
        or 0x2600 <= code <= 0x27BF
        or 0x2300 <= code <= 0x23FF
        or 0x2B00 <= code <= 0x2BFF
        or code in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D)
    )


#: Characters that continue an emoji sequence (presentation selector, skin tones, tags, keycap).
_CONTINUE = frozenset(
    [0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)]
)
ZWJ = 0x200D


def is_emoji_start(text: str, index: int) -> bool:
    """Whether an emoji picture starts at ``text[index]``.

    Characters of the main emoji blocks always do; older symbols (☕ ✅ ❤) only when
    followed by the emoji presentation selector U+FE0F, otherwise the text font draws them.
    """
    code = ord(text[index])
    if 0x1F000 <= code <= 0x1FAFF:
        return True
    if _is_pictographic(code):
        nxt = text[index + 1] if index + 1 < len(text) else ""
        return nxt in ("\ufe0f", "\u20e3")
    return False


def sequence_end(text: str, start: int) -> int:
    """The index after the emoji sequence starting at ``start`` (ZWJ chains, flags, modifiers)."""
    i = start + 1
    if 0x1F1E6 <= ord(text[start]) <= 0x1F1FF:  # a flag is a pair of regional indicators
        if i < len(text) and 0x1F1E6 <= ord(text[i]) <= 0x1F1FF:
            return i + 1
        return i
    while i < len(text):
        code = ord(text[i])
        if code in _CONTINUE:
            i += 1
        elif code == ZWJ and i + 1 < len(text) and _is_pictographic(ord(text[i + 1])):
            i += 2
        else:
            break
    return i


@functools.cache
def _cache_dir() -> Path:
    """A private folder for this process's emoji pictures, removed when it exits."""
    folder = Path(tempfile.mkdtemp(prefix="workshop-emoji-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@functools.cache
def _font() -> Any:
    path = font_fallback.emoji_font()
    if path is None:
        return None
    try:
        from PIL import ImageFont  # Pillow comes with reportlab

        return ImageFont.truetype(str(path), _SIZE)
    except (OSError, ImportError):
        return None


@functools.cache
def _without_tones() -> bool:
    path = font_fallback.emoji_font()
    return path is not None and path.name == font_fallback.EMOJI_WITHOUT_TONES


def available() -> bool:
    return _font() is not None


@functools.cache
def image_for(sequence: str) -> str | None:
    """Path of a square PNG of ``sequence``, or None when no emoji font can draw it."""
    font = _font()
    if font is None:
        return None
    if _without_tones():  # the bundled subset: a toned emoji in the default tone
        sequence = "".join(c for c in sequence if not 0x1F3FB <= ord(c) <= 0x1F3FF)
    from PIL import Image, ImageDraw

    name = "-".join(f"{ord(c):x}" for c in sequence) + ".png"
    path = _cache_dir() / name
    if path.exists():
        return str(path)
    canvas = Image.new("RGBA", (_SIZE * 4, 136), (0, 0, 0, 0))
    ImageDraw.Draw(canvas).text((0, 0), sequence, font=font, embedded_color=True)
    box = canvas.getbbox()
    if box is None:  # the font has no picture for it
        return None
    side = 136
    square = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    picture = canvas.crop((0, 0, min(box[2], _SIZE * 4), 136))
    if picture.width > side:  # an unjoined sequence drew as several: keep it readable
        picture = picture.resize((side, max(1, int(136 * side / picture.width))))
    square.paste(picture, ((side - picture.width) // 2, (side - picture.height) // 2))
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    square.save(temporary, format="PNG")
    os.replace(temporary, path)
    return str(path)
