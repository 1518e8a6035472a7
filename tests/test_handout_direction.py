"""Handout tables in the reader's direction (export/pdf/reading.py).

A workshop in Arabic prints its tables right to left: the first column on the right, text
aligned right, bars growing from the right; a Polish one stays left to right. Checked on
the real room's day (the shared corpus) by where the words of a table's header land on
the page (``pdftotext -bbox``), and on the mirroring itself.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT

from workshop.export.localised import words
from workshop.export.pdf import reading
from workshop.export.pdf import style as st
from workshop.export.pdf.flowables import Bar
from workshop.export.pdf.handout import handout_bytes
from workshop.export.pdf.text import Paragraph
from workshop.storage.document import Document
from workshop.storage.ops import details

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)


def _key(word: str) -> str:
    """A word as drawn compared with its source: joined forms → letters, letters only."""
    return "".join(c for c in unicodedata.normalize("NFKC", word) if c.isalnum())


@pytest.fixture(scope="module")
def handouts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The corpus day's full handout in Arabic and in Polish."""
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers.corpus_day import corpus_day

    made = {}
    for language in ("ar", "pl"):
        folder = tmp_path_factory.mktemp(f"direction-{language}")
        path = folder / "day.workshop"
        corpus_day(path)
        doc = Document.open(path)
        try:
            details.update_details(doc, language=language)
            pdf = folder / "handout.pdf"
            pdf.write_bytes(handout_bytes(doc))
        finally:
            doc.close()
        made[language] = pdf
    return made


def _first_line_with(pdf: Path, first: str, second: str) -> tuple[float, float]:
    """The x of ``first`` and of ``second`` (their first words) where they first appear
    side by side (a table's header row: the same page, within a line's height)."""
    first, second = first.split()[0], second.split()[0]
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    for body in re.split(r"<page ", html):
        placed: dict[str, list[tuple[float, float]]] = {}
        for match in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', body
        ):
            drawn = match.group(3).replace("&amp;", "&")
            for candidate in {_key(drawn), _key(drawn[::-1])}:  # drawn right to left
                placed.setdefault(candidate, []).append(
                    (float(match.group(1)), float(match.group(2))))
        for x1, y1 in placed.get(_key(first), []):
            for x2, y2 in placed.get(_key(second), []):
                if abs(y1 - y2) < 12:
                    return x1, x2
    raise AssertionError(f"no header holds both {first!r} and {second!r}")


@needs_poppler
@pytest.mark.parametrize(("first", "second"), [("vote.item", "vote.dots"),
                                               ("agenda.activity", "agenda.minutes")])
def test_an_arabic_handouts_first_column_is_on_the_right_and_polish_on_the_left(
    handouts: dict[str, Path], first: str, second: str
) -> None:
    ar, pl = words("ar"), words("pl")
    before, after = _first_line_with(handouts["ar"], ar(first), ar(second))
    assert before > after, "Arabic: the earlier column is right of the later one"
    before, after = _first_line_with(handouts["pl"], pl(first), pl(second))
    assert before < after, "Polish: the earlier column is left of the later one"


def test_mirroring_swaps_columns_sides_and_alignment() -> None:
    s = st.styles()
    name, number = Paragraph("Name", s.cell), Paragraph("12", s.cell_right)
    title = Paragraph("Title", s.empty)
    bar = Bar(0.25, 100)
    rows = [[name, number, bar], [title, "plain", ""]]
    commands = [
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LINEBEFORE", (0, 0), (0, -1), 2, st.ACCENT),
        ("BACKGROUND", (1, 0), (-1, 0), st.PAPER),
        ("ALIGN", (1, 1), (1, 1), "LEFT"),
    ]
    flipped_rows, widths, flipped = reading.mirrored(rows, [50, 20, 100], commands)
    assert widths == [100, 20, 50]
    assert flipped_rows[0] == [bar, number, name] and flipped_rows[1][2] is title
    assert name.style.alignment == TA_RIGHT, "text that started left now starts right"
    assert number.style.alignment == TA_RIGHT, "numbers stay right: their digits line up"
    assert title.style.alignment == TA_CENTER
    assert s.cell.alignment == TA_LEFT, "the shared style is not changed"
    assert flipped == [
        ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
        ("RIGHTPADDING", (2, 0), (2, -1), 0),
        ("LINEAFTER", (2, 0), (2, -1), 2, st.ACCENT),
        ("BACKGROUND", (0, 0), (1, 0), st.PAPER),
        ("ALIGN", (1, 1), (1, 1), "RIGHT"),
    ]
    track, filled = bar.contents[:2]
    assert track.x == 0 and filled.x + filled.width == pytest.approx(100), "grows from the right"


def test_a_left_to_right_table_is_built_as_it_was() -> None:
    s = st.styles()
    cell = Paragraph("Name", s.cell)
    made = reading.table([[cell, "1"]], [50, 20], [("LEFTPADDING", (0, 0), (0, 0), 0)],
                         rtl=False)
    assert made._cellvalues[0] == [cell, "1"] and cell.style is s.cell
    assert made._argW == [50, 20]
