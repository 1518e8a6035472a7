"""Every script prints: a labelled mixed-script corpus through capture → PDF handout.

- no missing-glyph box in the rendered pages (a detector for hollow boxes, proven on
  a real placeholder and on an unassigned character first);
- the extracted text of each left-to-right line equals its input;
- each right-to-left line's words come out in the visual order Qt's own text layout
  gives them (Qt is the known-good reference: it joins and reorders Arabic itself).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import deque
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import landscape
from reportlab.platypus import Paragraph as PlainParagraph
from reportlab.platypus import SimpleDocTemplate

from helpers.scripts import CORPUS, scripts_handout
from workshop.export import fonts
from workshop.export.pdf import style as st
from workshop.export.pdf.text import Paragraph


def _words(text: str) -> list[str]:
    return text.split()


def _key(word: str) -> str:
    """A word compared across PDF and input: NFKC (joined forms → letters), letters only."""
    return "".join(c for c in unicodedata.normalize("NFKC", word) if c.isalnum())


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus captured as notes of a brainstorm, exported as the handout."""
    return scripts_handout(tmp_path_factory.mktemp("every-script"))


def _single_lines(path: Path) -> Path:
    """Each corpus line alone on a wide line, through the handout's text layer."""
    story = [Paragraph(fonts.markup(text), st.styles().body) for _s, text, _r in CORPUS]
    SimpleDocTemplate(str(path), pagesize=landscape(st.PAGE_SIZES["a4"]), invariant=1).build(
        story
    )
    return path


needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) not installed: .ci/test installs them",
)


# -- the missing-glyph detector ------------------------------------------------------------


def _hollow_boxes(image: Image.Image) -> list[tuple[int, int]]:
    """Sizes of ink components shaped like a missing-glyph box: a hollow rectangle.

    A component counts when its pixels cover nearly all of its bounding box's
    border (corners included, which round letters and CJK strokes miss) and
    almost none of its inside.
    """
    grey = image.convert("L")
    width, height = grey.size
    ink = [[v < 200 for v in row] for row in _rows(grey, width, height)]
    seen = [[False] * width for _ in range(height)]
    found: list[tuple[int, int]] = []
    for y in range(height):
        for x in range(width):
            if not ink[y][x] or seen[y][x]:
                continue
            pixels = _component(ink, seen, x, y, width, height)
            xs = [p[0] for p in pixels]
            ys = [p[1] for p in pixels]
            left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
            w, h = right - left + 1, bottom - top + 1
            if w < 4 or h < 6 or h > 60 or w > 1.2 * h:
                continue  # not glyph-sized (rules, table borders, sticky edges)
            filled = set(pixels)
            border = [
                (i, j)
                for i in range(left, right + 1)
                for j in range(top, bottom + 1)
                if i in (left, right) or j in (top, bottom)
            ]
            inside = w * h - len(border)
            on_border = sum(1 for p in border if p in filled)
            in_inside = len(filled) - on_border
            if on_border >= 0.9 * len(border) and in_inside <= 0.15 * max(inside, 1):
                found.append((w, h))
    return found


def _rows(grey: Image.Image, width: int, height: int) -> list[bytes]:
    data = grey.tobytes()
    return [data[y * width : (y + 1) * width] for y in range(height)]


def _component(
    ink: list[list[bool]], seen: list[list[bool]], x: int, y: int, width: int, height: int
) -> list[tuple[int, int]]:
    queue = deque([(x, y)])
    seen[y][x] = True
    out = []
    while queue:
        cx, cy = queue.popleft()
        out.append((cx, cy))
        for nx, ny in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)):
            if 0 <= nx < width and 0 <= ny < height and ink[ny][nx] and not seen[ny][nx]:
                seen[ny][nx] = True
                queue.append((nx, ny))
    return out


def _render(pdf: Path, folder: Path, dpi: int = 110) -> list[Image.Image]:
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(folder / "page")], check=True
    )
    return [Image.open(p) for p in sorted(folder.glob("page*.png"))]


def _missing_boxes(tmp_path: Path) -> set[tuple[int, int]]:
    """The sizes the glyph-missing box has on the page: the placeholder and a font's .notdef.

    Drawn by reportlab itself (a plain paragraph, no fallback) at the handout's sizes.
    """
    pdf = tmp_path / "missing.pdf"
    plain = st.styles()
    story = [
        PlainParagraph(f"a {fonts.PLACEHOLDER} \u0378 \u4e2d b", style)
        for style in (plain.body, plain.sticky, plain.cell)
    ]
    SimpleDocTemplate(str(pdf), invariant=1).build(story)
    folder = tmp_path / "missing"
    folder.mkdir()
    return {size for page in _render(pdf, folder) for size in _hollow_boxes(page)}


def _like(size: tuple[int, int], boxes: set[tuple[int, int]]) -> bool:
    return any(abs(size[0] - w) <= 1 and abs(size[1] - h) <= 1 for w, h in boxes)


@needs_poppler
def test_the_box_detector_sees_a_missing_glyph(tmp_path: Path) -> None:
    # Placeholder and .notdef (twice: U+0378 and CJK in DejaVu) at three sizes.
    assert len(_missing_boxes(tmp_path)) >= 3


@needs_poppler
def test_no_missing_glyph_box_on_any_page(handout: Path, tmp_path: Path) -> None:
    boxes = _missing_boxes(tmp_path)
    single = _single_lines(tmp_path / "lines.pdf")
    for pdf, name in ((handout, "handout"), (single, "lines")):
        folder = tmp_path / name
        folder.mkdir()
        pages = _render(pdf, folder)
        assert pages
        seen = [size for page in pages for size in _hollow_boxes(page) if _like(size, boxes)]
        assert seen == [], pdf


@needs_poppler
def test_left_to_right_lines_extract_as_typed(tmp_path: Path) -> None:
    single = _single_lines(tmp_path / "lines.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(single), "-"], check=True, capture_output=True, text=True
    ).stdout
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    for script, expected, rtl in CORPUS:
        if rtl or script in ("emoji", "latin-with-arabic"):
            continue  # emoji are images; right-to-left runs are checked by word order
        assert " ".join(expected.split()) in lines, (script, lines)
    joined = " ".join(lines)
    assert "Great idea and for" in " ".join(joined.split())  # emoji are pictures between


@needs_poppler
def test_the_handout_holds_every_line(handout: Path) -> None:
    text = subprocess.run(
        ["pdftotext", str(handout), "-"], check=True, capture_output=True, text=True
    ).stdout
    keys = _key(text)
    for script, expected, rtl in CORPUS:
        if rtl or script in ("emoji", "latin-with-arabic"):
            continue
        assert _key(expected) in keys, script


def _qt_visual_words(text: str) -> list[int]:
    """Indices of ``text``'s words, left to right as Qt lays the line out."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    layout = QTextLayout(text, QFont("DejaVu Sans", 12))
    option = QTextOption()
    option.setTextDirection(
        __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.LayoutDirection.LayoutDirectionAuto
    )
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    centres = []
    for index, match in enumerate(re.finditer(r"\S+", text)):
        # A position inside the word: at a run's edge the cursor's x is ambiguous.
        middle = (match.start() + match.end()) // 2
        centres.append((line.cursorToX(middle)[0], index))
    return [index for _x, index in sorted(centres)]


def _pdf_visual_words(pdf: Path, text: str, page: int) -> list[int]:
    """Indices of ``text``'s words, left to right as drawn on ``page`` of ``pdf``."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout
    words = _words(text)
    keys = [_key(w) for w in words]
    placed = []
    for match in re.finditer(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', html):
        drawn = match.group(2).replace("&amp;", "&")
        # Drawn right to left, a word's joined forms come out reversed: undo that first.
        for candidate in (_key(drawn), _key(drawn[::-1])):
            if candidate in keys and candidate:
                index = keys.index(candidate)
                placed.append((float(match.group(1)), index))
                break
    return [index for _x, index in sorted(placed)]  # one line: fonts' boxes differ in y


@needs_poppler
def test_right_to_left_lines_read_in_qts_word_order(tmp_path: Path, qapp: object) -> None:
    rtl_lines = [text for _s, text, rtl in CORPUS if rtl] + [
        text for s, text, _r in CORPUS if s == "latin-with-arabic"
    ]
    for number, text in enumerate(rtl_lines, start=1):
        pdf = tmp_path / f"rtl{number}.pdf"
        SimpleDocTemplate(str(pdf), invariant=1).build(
            [Paragraph(fonts.markup(text), st.styles().body)]
        )
        expected = _qt_visual_words(text)
        drawn = _pdf_visual_words(pdf, text, 1)
        assert drawn == expected, (text, drawn, expected)


def _ink_centre(image: object) -> float:
    """Mean x of the dark (text) pixels of a painted note."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    xs = [
        x
        for y in range(image.height() - 30)  # above the author line
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 100
    ]
    return sum(xs) / len(xs)


def _painted_note(text: str, audience: bool = False) -> object:
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    from workshop.domain import board as b
    from workshop.ui.board.items import NoteItem

    item = NoteItem(b.Note(1, 1, text, None, 0, 0, 0, None, "2026-11-27"), "Ana", audience=audience)
    image = QImage(int(b.NOTE_WIDTH), int(b.NOTE_HEIGHT), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


@pytest.mark.parametrize("audience", [False, True], ids=["board", "projector"])
def test_a_right_to_left_note_sits_right_on_the_board(qapp: object, audience: bool) -> None:
    """The laptop's board and the projector's (its audience scene) draw notes alike."""
    from workshop.domain import board as b

    middle = b.NOTE_WIDTH / 2
    assert _ink_centre(_painted_note("نريد حديقة", audience)) > middle
    assert _ink_centre(_painted_note("פגישה עם Anna", audience)) > middle
    assert _ink_centre(_painted_note("We met جمعية", audience)) < middle


def test_qt_finds_a_font_for_every_script_on_the_board_and_projector(qapp: object) -> None:
    """The board, projector and dialogs rely on Qt's fallback: each script needs a font."""
    from PySide6.QtGui import QFontDatabase

    system = QFontDatabase.WritingSystem
    for writing in (
        system.Greek, system.Cyrillic, system.Arabic, system.Hebrew, system.Devanagari,
        system.Thai, system.SimplifiedChinese, system.Japanese, system.Korean,
    ):
        assert QFontDatabase.families(writing), f"no font for {writing.name}"
    assert any("Emoji" in family for family in QFontDatabase.families())


def test_every_section_lays_out_text_through_the_text_layer() -> None:
    """reportlab's own Paragraph leaves Arabic unjoined and left to right: only text.py uses it."""
    import ast

    root = Path(__file__).resolve().parents[1] / "src" / "workshop" / "export"
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "text.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and (node.module or "").startswith("reportlab.platypus")
                and any(alias.name == "Paragraph" for alias in node.names)
            ):
                offenders.append(str(path.relative_to(root)))
    assert offenders == [], "use workshop.export.pdf.text.Paragraph"


@pytest.mark.skipif(os.environ.get("WORKSHOP_SYSTEM_FONTS") != "0",
                    reason="checked in the run with the system's fonts hidden")
def test_with_system_fonts_hidden_the_fallbacks_are_the_bundled_ones() -> None:
    from workshop.export import emoji_images, font_fallback
    from workshop.resources import fonts_dir

    for fallback in font_fallback.FALLBACKS[:6]:  # every script of the corpus
        path = font_fallback.find(fallback.regular)
        assert path is not None and path.parent == fonts_dir(), fallback.name
    emoji = font_fallback.emoji_font()
    assert emoji is not None and emoji.name == font_fallback.EMOJI_WITHOUT_TONES
    assert emoji_images.image_for("👩🏽\u200d💻") is not None  # in the default tone


@needs_poppler
@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("WORKSHOP_SYSTEM_FONTS") == "0", reason="this is that run")
def test_every_script_prints_on_a_machine_with_only_the_bundled_fonts() -> None:
    """The PDF checks above again, in a process that sees none of the system's fonts
    (``WORKSHOP_SYSTEM_FONTS=0``): what the bundle prints on a bare machine."""
    checks = ("no_missing_glyph or extract_as_typed or holds_every_line"
              " or fallbacks_are_the_bundled_ones")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:randomly", "-k", checks],
        env={**os.environ, "WORKSHOP_SYSTEM_FONTS": "0", "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).parents[1], capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-4000:]
    assert "4 passed" in result.stdout, result.stdout[-2000:]


def test_the_board_gets_the_bundled_cjk_and_korean_fonts_on_a_bare_machine(
    tmp_path: Path,
) -> None:
    """With no system font for Chinese, Japanese or Korean (fontconfig pointed at an empty
    folder), the app adds the bundled subsets, so Qt's fallback finds them."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{tmp_path / "none"}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtGui import QFontDatabase as D\n"
        "app = QApplication([])\n"
        "W = D.WritingSystem\n"
        "before = [D.families(w) for w in (W.SimplifiedChinese, W.Japanese, W.Korean)]\n"
        "from workshop.ui.theme import load_fallbacks\n"
        "load_fallbacks()\n"
        "after = [D.families(w) for w in (W.SimplifiedChinese, W.Japanese, W.Korean)]\n"
        "print(before, after)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        env={**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == (
        "[[], [], []] [['WorkshopCJK-subset'], ['WorkshopCJK-subset'], "
        "['WorkshopKorean-subset']]"
    )
