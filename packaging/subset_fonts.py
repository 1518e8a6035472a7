"""Make the bundled Chinese/Japanese, Korean and emoji fallback fonts from the system's.

The handout needs TrueType outlines for CJK and Korean and a colour emoji font; the whole
fonts are 4 MB (Droid Sans Fallback), 4.7 MB (Nanum Gothic) and 11 MB (Noto Color
Emoji). Kept here are the characters real text uses, so a bare machine prints them:

- ``WorkshopCJK-subset.ttf`` from Droid Sans Fallback (Apache 2.0): every character of
  GB 2312 (simplified Chinese), JIS X 0208 (Japanese kanji, kana) and Big5 (traditional
  Chinese), CJK punctuation, full-width forms — 16,900 characters;
- ``WorkshopKorean-subset.ttf`` from Nanum Gothic (SIL OFL 1.1): all 11,172 Hangul
  syllables, the jamo and compatibility jamo;
- ``WorkshopEmoji-subset.ttf`` from Noto Color Emoji (SIL OFL 1.1): every emoji, flags and
  joined sequences included, without the skin-tone variants (a toned emoji prints in the
  default tone, ``export/emoji_images.py``), which are half the font.

Each subset is renamed after itself (a modified font may not use a Reserved Font Name);
copyright and licence entries stay. Hinting is dropped (the PDF is printed or zoomed,
never rendered at screen sizes by us).
A system font of the same family, when present, is still preferred (``font_fallback``):
these subsets are the floor, not the ceiling. Run with fontTools installed
(``pip install fonttools``; not a dependency of the app)::

    .venv/bin/python packaging/subset_fonts.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

SYSTEM = Path("/usr/share/fonts/truetype")
SOURCES = {
    "WorkshopCJK-subset.ttf": SYSTEM / "droid/DroidSansFallbackFull.ttf",
    "WorkshopKorean-subset.ttf": SYSTEM / "nanum/NanumGothic.ttf",
    "WorkshopEmoji-subset.ttf": SYSTEM / "noto/NotoColorEmoji.ttf",
}
#: CJK punctuation, kana, full-width forms: kept in every CJK subset.
SHARED = {*range(0x3000, 0x3100), *range(0x31F0, 0x3200), *range(0xFF00, 0xFFF0)}
SKIN_TONES = set(range(0x1F3FB, 0x1F400))


def encodable(codec: str) -> set[int]:
    """The characters from U+2E80 on that a legacy East Asian encoding can hold."""
    found = set()
    for code in range(0x2E80, 0x10000):
        try:
            chr(code).encode(codec)
        except UnicodeEncodeError:
            continue
        found.add(code)
    return found


def wanted(name: str, cmap: set[int]) -> set[int]:
    if name.startswith("WorkshopCJK"):
        return SHARED | encodable("gb2312") | encodable("shift_jis") | encodable("big5")
    if name.startswith("WorkshopKorean"):
        return SHARED | {*range(0xAC00, 0xD7A4), *range(0x1100, 0x1200), *range(0x3130, 0x3190)}
    return cmap - SKIN_TONES


def rename(font: object, family: str) -> None:
    """A modified font takes a name of its own (Nanum's licence reserves "Nanum"), keeping
    its copyright and licence entries."""
    table = font["name"]  # type: ignore[index]
    for record in table.names:
        if record.nameID in (1, 4, 16):
            record.string = family
        elif record.nameID in (3, 6):
            record.string = family.replace(" ", "")
        elif record.nameID in (2, 17):
            record.string = "Regular"


def main(out: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    out.mkdir(parents=True, exist_ok=True)
    for name, source in SOURCES.items():
        font = TTFont(source)
        options = subset.Options()
        options.layout_features = ["*"]  # ligatures make emoji sequences and flags
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.hinting = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=wanted(name, set(font.getBestCmap())))
        subsetter.subset(font)
        rename(font, name.removesuffix(".ttf"))
        font.save(out / name)
        print(f"{name}: {(out / name).stat().st_size / 1e6:.2f} MB from {source.name}")


if __name__ == "__main__":
    fonts = Path(__file__).parents[1] / "resources" / "fonts"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else fonts)
