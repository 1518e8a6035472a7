"""A handout table's header wraps between words, never inside one, in every language.

Columns sized for English headers printed Polish ones broken mid-word ("Miejsc/e",
"Głosują/cy", seen on the Polish handout's vote and budget pages): ``data_table`` widens
a column to its header's longest word, taking the room from columns that can spare it.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from workshop.demo import fill_demo
from workshop.export.pdf import handout_bytes, reading
from workshop.export.pdf.flowables import header_fit
from workshop.export.pdf.style import styles
from workshop.export.pdf.text import Paragraph
from workshop.storage.document import Document
from workshop.storage.ops import details

PADDING = 8.0


def _headers(tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch) -> tuple[
    bytes, list[tuple[list[Any], list[float]]]
]:
    """The handout of the demo in ``language``, and every data table's header and widths."""
    seen: list[tuple[list[Any], list[float]]] = []
    table = reading.table

    def recorded(rows: Any, widths: Any, commands: Any, *, rtl: bool, **options: Any) -> Any:
        if options.get("repeatRows"):  # a data table with a header row
            seen.append((list(rows[0]), [float(w) for w in widths]))
        return table(rows, widths, commands, rtl=rtl, **options)

    monkeypatch.setattr(reading, "table", recorded)
    with Document.create(tmp_path / f"{language}.workshop", fill=fill_demo) as doc:
        details.update_details(doc, language=language)
        pdf = handout_bytes(doc)
    return pdf, seen


@pytest.mark.parametrize("language", ["en", "pl", "es", "ar"])
def test_every_header_word_fits_its_column(
    tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pdf, seen = _headers(tmp_path, language, monkeypatch)
    assert len(seen) >= 5  # vote, organisations, budget comparison and outcomes, actions…
    for header, widths in seen:
        for cell, width in zip(header, widths, strict=True):
            if hasattr(cell, "minWidth"):
                assert cell.minWidth() + PADDING <= width + 1e-6, (language, cell.text, width)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
def test_the_polish_handout_prints_its_headers_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf, _seen = _headers(tmp_path, "pl", monkeypatch)
    path = tmp_path / "pl.pdf"
    path.write_bytes(pdf)
    words = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                           text=True, check=True).stdout.split()
    assert "Miejsce" in words and "Głosujący" in words
    assert "Miejsc" not in words and "Głosują" not in words


def test_the_room_for_a_header_comes_from_columns_that_can_spare_it() -> None:
    head = styles().cell_head
    header = [Paragraph("Głosujący", head), Paragraph("Pozycja", head), Paragraph("#", head)]
    need = header[0].minWidth() + PADDING + 0.5  # half a point against rounding
    widths = header_fit(header, [need - 20, 300.0, 40.0], PADDING)
    assert widths[0] >= need and sum(widths) == pytest.approx(need - 20 + 340)
    assert widths[1] < 300 and widths[2] < 40  # each gave in proportion to its spare room
    assert header_fit(header, [need, 300.0, 40.0], PADDING) == [need, 300.0, 40.0]
    # no room to spare anywhere: the widths stay as they were
    tight = [need - 20, header[1].minWidth() + PADDING + 0.5,
             header[2].minWidth() + PADDING + 0.5]
    assert header_fit(header, tight, PADDING) == tight


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "20,000 ballots"), ("pl", "20\u00a0000 kart"), ("es", "20.000 papeletas")],
)
def test_a_count_in_a_label_is_written_as_the_language_writes_numbers(
    language: str, expected: str
) -> None:
    """The handout's and the room's "N ballots" (and every counted label): "20000
    ballots" was printed without a separator."""
    from workshop.catalogue import label_text
    from workshop.export.localised import words

    assert words(language).label("ballots", n=20_000) == expected
    assert label_text("ballots", language, n=20_000).startswith("20000")  # as it is
    assert words(language).label("ballots", n=1) == label_text("ballots", language, n=1)


def test_a_small_count_is_written_alike_without_babel_in_every_language() -> None:
    """``Words.number`` writes 0–999 itself (the agenda's minutes at start-up need no
    Babel): exactly what Babel writes, in every locale it knows."""
    from babel.localedata import locale_identifiers
    from babel.numbers import format_decimal

    from workshop.export.localised import Words

    for locale in locale_identifiers():
        for value in (0, 7, 10, 15, 99, 100, 999):
            assert format_decimal(value, format="#,##0", locale=locale) == str(value), locale
    for language in ("en", "pl", "es", "ar"):
        words = Words(language)
        assert [words.number(v) for v in (0, 15, 999)] == ["0", "15", "999"]
        assert words.number(1000) == format_decimal(1000, format="#,##0", locale=words._cldr)
        assert words.number(-5) == format_decimal(-5, format="#,##0", locale=words._cldr)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
@pytest.mark.parametrize("language", ["pl", "es"])
def test_an_amount_never_wraps_before_its_currency(
    tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """"2 900 / EUR" was seen in a narrow "why" column of the Polish handout: the amount
    and its currency are joined by a no-break space, so they always share a line."""
    pdf, _seen = _headers(tmp_path, language, monkeypatch)
    path = tmp_path / f"{language}.pdf"
    path.write_bytes(pdf)
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                           text=True, check=True).stdout
    words = re.findall(r'yMin="([\d.]+)"[^>]*>([^<]*)</word>', boxes)
    amounts = 0
    for (y_before, before), (y, word) in itertools.pairwise(words):
        if word == "EUR" and before[-1:].isdigit():
            amounts += 1
            assert abs(float(y) - float(y_before)) < 1.0, f"“{before}” / “{word}”"
    assert amounts >= 20
