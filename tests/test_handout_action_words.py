"""The agenda's total and the action list's own words follow the workshop's language.

The agenda's "4 h 15 planned of 4 h: 15 min over", an action's source ("Note: …") and
"No owner yet" used to be English sentences built in the domain and storage layers, so a
Polish handout printed them in English (found by looking at an Arabic handout page).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from workshop.demo import fill_demo
from workshop.export.pdf import handout_bytes
from workshop.storage.document import Document
from workshop.storage.ops import details

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _handout_text(tmp_path: Path, language: str) -> str:
    with Document.create(tmp_path / f"{language}.workshop", fill=fill_demo) as doc:
        details.update_details(doc, language=language)
        pdf = tmp_path / f"{language}.pdf"
        pdf.write_bytes(handout_bytes(doc))
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def test_a_polish_handout_says_the_agenda_total_and_action_sources_in_polish(
    tmp_path: Path,
) -> None:
    text = _handout_text(tmp_path, "pl")
    assert "Zaplanowano 4 godz. 15 z 4 godz.: 15 min za dużo" in text
    assert "Karteczka: Community fridge" in text  # the note's own words stay as written
    assert "Zobowiązanie: Free meeting rooms" in text
    assert "Nie przypisano" in text
    for english in ("planned", "No owner yet", "Note:", "Cluster:", "Commitment:",
                    "Vote result"):
        assert english not in text


def test_the_english_handout_keeps_its_sentences(tmp_path: Path) -> None:
    text = _handout_text(tmp_path, "en")
    assert "4 h 15 planned of 4 h: 15 min over" in text
    assert "Note: Community fridge" in text and "No owner yet" in text
