"""Fonts for the scripts DejaVu Sans lacks, found in the bundle or on the system, loaded lazily.

reportlab embeds TrueType outlines only (CFF-flavoured OpenType such as Noto Sans
CJK is refused), so each fallback names TrueType files: the small Noto fonts for
Arabic/Persian, Hebrew, Devanagari and Thai are bundled in ``resources/fonts/``;
the large CJK and Korean fonts and the colour emoji font are looked up on the
system first (Debian's fonts-droid-fallback, fonts-nanum, fonts-noto-color-emoji,
which ``packaging/ensure-system.sh`` installs), then in subsets of them bundled for
a bare machine (``packaging/subset_fonts.py``: the characters of GB 2312, JIS X 0208
and Big5; every Hangul syllable; every emoji without skin tones). The environment
variable ``WORKSHOP_SYSTEM_FONTS=0`` hides the system's fonts (what a bare machine
prints; the every-script test runs so too). A fallback is registered with reportlab
only the first time a character needs it, so a Latin-only handout pays nothing.
See ``docs/decisions/0010-every-script-prints.md``.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop.resources import fonts_dir


@dataclass(frozen=True)
class Fallback:
    """One fallback face: its reportlab name and candidate file names, best first."""

    name: str
    regular: tuple[str, ...]
    bold: tuple[str, ...] = ()


#: Tried in this order for a character the primary font lacks.
FALLBACKS: tuple[Fallback, ...] = (
    Fallback(
        "WorkshopArabic",
        ("NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf"),
        ("NotoSansArabic-Bold.ttf", "NotoNaskhArabic-Bold.ttf"),
    ),
    Fallback("WorkshopHebrew", ("NotoSansHebrew-Regular.ttf",), ("NotoSansHebrew-Bold.ttf",)),
    Fallback(
        "WorkshopDevanagari",
        ("NotoSansDevanagari-Regular.ttf",),
        ("NotoSansDevanagari-Bold.ttf",),
    ),
    Fallback("WorkshopThai", ("NotoSansThai-Regular.ttf",), ("NotoSansThai-Bold.ttf",)),
    Fallback(
        "WorkshopCJK",
        ("DroidSansFallbackFull.ttf", "DroidSansFallback.ttf", "WorkshopCJK-subset.ttf"),
    ),
    Fallback(
        "WorkshopKorean",
        ("NanumGothic.ttf", "NanumBarunGothic.ttf", "WorkshopKorean-subset.ttf"),
        ("NanumGothicBold.ttf",),
    ),
    Fallback(
        "WorkshopSymbols", ("NotoSansSymbols2-Regular.ttf", "NotoSansSymbols-Regular.ttf")
    ),
    Fallback("WorkshopSansExtra", ("NotoSans-Regular.ttf",), ("NotoSans-Bold.ttf",)),
)

#: The colour emoji font (bitmaps: drawn as small images, see ``emoji_images``).
EMOJI_FILES = ("NotoColorEmoji.ttf", "WorkshopEmoji-subset.ttf")
#: The bundled emoji subset has no skin-tone variants (a toned emoji prints in the default).
EMOJI_WITHOUT_TONES = "WorkshopEmoji-subset.ttf"


def _system_font_dirs() -> list[Path]:
    if os.environ.get("WORKSHOP_SYSTEM_FONTS") == "0":
        return []
    home = Path.home()
    dirs = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
    ]
    data_home = os.environ.get("XDG_DATA_HOME")
    if data_home:
        dirs.append(Path(data_home) / "fonts")
    return [d for d in dirs if d.is_dir()]


@functools.cache
def _index() -> dict[str, Path]:
    """File name → path for every font file on the system, the bundle's taking precedence."""
    found: dict[str, Path] = {}
    for folder in _system_font_dirs():
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith(".ttf"):
                    found.setdefault(name, Path(root) / name)
    bundled = fonts_dir()
    if bundled.is_dir():
        for path in bundled.glob("*.ttf"):
            found[path.name] = path
    return found


def find(names: tuple[str, ...]) -> Path | None:
    """The first of ``names`` present in the bundle or on the system."""
    index = _index()
    for name in names:
        if name in index:
            return index[name]
    return None


@functools.cache
def load(fallback: Fallback) -> frozenset[int] | None:
    """Register ``fallback`` (and its bold face) with reportlab; its coverage, or None if absent."""
    path = find(fallback.regular)
    if path is None:
        return None
    try:
        font = TTFont(fallback.name, str(path))
        pdfmetrics.registerFont(font)
    except Exception:  # a damaged or CFF-only file: as if absent
        return None
    bold_name = fallback.name
    bold_path = find(fallback.bold)
    if bold_path is not None:
        try:
            pdfmetrics.registerFont(TTFont(fallback.name + "-Bold", str(bold_path)))
            bold_name = fallback.name + "-Bold"
        except Exception:
            bold_name = fallback.name
    addMapping(fallback.name, 0, 0, fallback.name)
    addMapping(fallback.name, 1, 0, bold_name)
    addMapping(fallback.name, 0, 1, fallback.name)
    addMapping(fallback.name, 1, 1, bold_name)
    return frozenset(font.face.charToGlyph)


@functools.cache
def font_for(code: int) -> str | None:
    """The first fallback that draws ``code``, or None when no font here has it."""
    for fallback in FALLBACKS:
        coverage = load(fallback)
        if coverage is not None and code in coverage:
            return fallback.name
    return None


def emoji_font() -> Path | None:
    return find(EMOJI_FILES)


def covers(name: str, code: int) -> bool:
    """Whether the (already loaded) fallback called ``name`` draws ``code``."""
    for fallback in FALLBACKS:
        if fallback.name == name:
            coverage = load(fallback)
            return coverage is not None and code in coverage
    return False
