"""CSV cells that a spreadsheet cannot turn into formulas, and JSON that keeps every byte.

The payloads are what a hostile participant would type on a sticky or an action
(OWASP's "CSV injection" list). Each CSV is parsed back cell by cell; when
LibreOffice is installed (Debian's ``libreoffice-calc-nogui``) the files are also
converted by it headless and no cell may have become a formula.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from workshop.domain.models import ActivityKind
from workshop.export.csv_export import export_csv, safe_cell
from workshop.export.json_export import export_json
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.ops import actions, agenda, board, participants

PAYLOADS = [
    '=HYPERLINK("http://example.invalid","csv injection")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    "=1+1\x00hidden",
    "plain text with a bell\x07 and a vertical tab\x0b inside",
]
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def _hostile_doc(doc: Document) -> None:
    participants.add_participant(doc, "Ana Silva", "Library")
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas")
    activity = read.activities(doc)[0]
    for text in PAYLOADS:
        # Notes keep what was typed (only trimmed): the export must make it safe.
        board.add_note(doc, activity.id, "x" + text if text[0] in "\t\r" else text)
        actions.add_action(doc, text.strip() or "x")
    with doc.edit("raw", record=False) as ed:
        # Control characters and leading tab/CR can come in through older files.
        ed.conn.execute("UPDATE notes SET text = '\t=1+1' WHERE id = 5")
        ed.conn.execute("UPDATE notes SET text = '\r=1+1' WHERE id = 6")


def _cells(folder: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                found += [(path.name, cell) for cell in row]
    return found


def test_no_cell_starts_a_formula_and_controls_are_gone(doc: Document, tmp_path: Path) -> None:
    _hostile_doc(doc)
    out = tmp_path / "csv"
    out.mkdir()
    export_csv(doc, out)
    cells = _cells(out)
    texts = [cell for _, cell in cells]
    assert any("HYPERLINK" in c for c in texts)
    for name, cell in cells:
        assert not cell.startswith(DANGEROUS_START), (name, cell)
        assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in cell), (name, cell)
    assert "'=HYPERLINK(\"http://example.invalid\",\"csv injection\")" in texts
    assert "'\t=1+1" in texts
    assert "'=1+1hidden" in texts
    assert "plain text with a bell and a vertical tab inside" in texts


def test_numbers_stay_numbers_and_ordinary_text_is_untouched() -> None:
    assert safe_cell(-3) == -3
    assert safe_cell(2.5) == 2.5
    assert safe_cell(None) is None
    assert safe_cell("Zażółć gęślą jaźń — 2026-11-27") == "Zażółć gęślą jaźń — 2026-11-27"
    assert safe_cell("a = b + c") == "a = b + c"
    assert safe_cell("two\r\nlines") == "two\nlines"


def test_json_keeps_every_byte(doc: Document, tmp_path: Path) -> None:
    _hostile_doc(doc)
    export_json(doc, tmp_path / "out.json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    stored = [row["text"] for row in data["tables"]["notes"]]
    assert stored == [r[0] for r in doc.conn.execute("SELECT text FROM notes ORDER BY id")]
    assert "\t=1+1" in stored and "\r=1+1" in stored
    assert '=HYPERLINK("http://example.invalid","csv injection")' in stored


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_no_formula(doc: Document, tmp_path: Path) -> None:
    """LibreOffice converts each CSV to .fods (flat XML); no cell may carry a formula."""
    _hostile_doc(doc)
    out = tmp_path / "csv"
    out.mkdir()
    written = export_csv(doc, out)
    profile = tmp_path / "lo-profile"
    for path in written:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--infilter=CSV:44,34,76,1",
                "--convert-to",
                "fods",
                "--outdir",
                str(tmp_path / "fods"),
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=120,
            env={**os.environ, "HOME": str(tmp_path)},
        )
    converted = sorted((tmp_path / "fods").glob("*.fods"))
    assert len(converted) == len(written)
    for path in converted:
        xml = path.read_text(encoding="utf-8")
        assert "table:formula" not in xml, path.name
    notes_xml = (tmp_path / "fods" / "notes.fods").read_text(encoding="utf-8")
    assert "HYPERLINK" in notes_xml  # the text is there, shown as text
