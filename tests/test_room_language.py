"""Nothing English in a Polish, Spanish or Arabic room: the handout and every audience view.

For each shipped language a workshop with every kind (the demo, plus the shared corpus's
long multilingual ideas on a second board) is exported as a handout and as one handout
per organisation, whose text is
extracted with pdftotext, and shown view by view on a projector at 1920×1080 and
1024×768, whose ``room_items()`` say what the room reads. No English text of the
catalogue may appear in either: every English text longer than three letters that the
target catalogue translates differently is looked for, piece by piece around its
placeholders ("Round {n}" → "Round"), case-insensitively (the handout's kickers are in
capitals). A piece that is also part of the workshop's own content (the demo's notes are
English) is not a leak and is skipped. (That every catalogue has every key, plural form
and placeholder of English's: ``tests/test_languages.py``.)
"""

from __future__ import annotations

import json
import re
import shutil
import string
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers.audience import audience_window, settle
from helpers.corpus import fill_board
from workshop.demo import fill_demo
from workshop.domain.languages import SHIPPED
from workshop.domain.models import ActivityKind
from workshop.export.pdf import handout_bytes
from workshop.export.pdf.per_organisation import export_per_organisation
from workshop.resources import resources_dir
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.ops import agenda, details
from workshop.ui.projector.audience import AudienceWindow
from workshop.ui.projector.state import PresentationState

#: The catalogue sections the room reads (the phone page has its own browser test).
ROOM_SECTIONS = ("handout", "room", "labels")


def _catalogue(language: str) -> dict[str, dict[str, object]]:
    path = resources_dir() / "languages" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _texts(value: object) -> list[str]:
    return [str(v) for v in value.values()] if isinstance(value, dict) else [str(value)]


def english_pieces(language: str) -> set[str]:
    """The English catalogue's words that ``language`` says otherwise, split at placeholders."""
    english, theirs = _catalogue("en"), _catalogue(language)
    pieces: set[str] = set()
    for section in ROOM_SECTIONS:
        for key, value in english[section].items():
            translated = set(_texts(theirs[section].get(key, "")))
            for text in _texts(value):
                if text in translated:
                    continue
                for literal, *_ in string.Formatter().parse(text):
                    piece = literal.strip(" ·:—–()+…,.“”\"'")
                    if sum(c.isalpha() for c in piece) > 3 and piece not in translated:
                        pieces.add(piece)
    return pieces


def content_of(doc: Document) -> str:
    """Every text the workshop's own people wrote (any text column of any table), folded."""
    texts: list[str] = []
    tables = [r[0] for r in doc.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        columns = [r[1] for r in doc.conn.execute(f"PRAGMA table_info({table})")
                   if (r[2] or "").upper() in ("TEXT", "")]
        for column in columns:
            for (value,) in doc.conn.execute(f'SELECT "{column}" FROM "{table}"'):
                if isinstance(value, str):
                    texts.append(value)
    return _fold("\n".join(texts))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def leaks(shown: str, pieces: set[str], content: str) -> list[str]:
    folded = _fold(shown)
    found = []
    for piece in sorted(pieces):
        word = _fold(piece)
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded) and word not in content:
            found.append(piece)
    return found


@pytest.fixture(scope="module")
def rooms(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One file per shipped language: the demo (every kind) and the corpus's board."""
    made = {}
    for language in SHIPPED:
        path = tmp_path_factory.mktemp(language) / "room.workshop"
        with Document.create(path, fill=fill_demo) as doc:
            details.update_details(doc, language=language)
            agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Corpus")
            board = read.activities(doc)[-1].id
            fill_board(doc, board)
        made[language] = path
    return made


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("language", SHIPPED)
def test_the_handout_has_no_english_words(
    rooms: dict[str, Path], tmp_path: Path, language: str
) -> None:
    with Document.open(rooms[language]) as doc:
        pdf = tmp_path / "handout.pdf"
        pdf.write_bytes(handout_bytes(doc))
        content = content_of(doc)
        pdfs = [pdf, *export_per_organisation(doc, pdf)]  # and one per organisation
    assert len(pdfs) > 2
    for path in pdfs:
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
        assert len(text) > 500
        assert leaks(text, english_pieces(language), content) == [], path.name


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[AudienceWindow]:
    yield from audience_window(qtbot)


@pytest.mark.parametrize("language", SHIPPED)
@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_the_projector_has_no_english_words(
    rooms: dict[str, Path], window: AudienceWindow, language: str, size: tuple[int, int]
) -> None:
    window.resize(*size)
    pieces = english_pieces(language)
    with Document.open(rooms[language]) as doc:
        content = content_of(doc)
        window.set_document(doc)
        shown_kinds = set()
        for activity_id in [None, *(a.id for a in read.activities(doc))]:
            window.set_state(PresentationState(activity_id=activity_id))
            window.show()
            settle()
            items = window.room_items()
            seen = "\n".join([*(item.text for item in items), *window.texts()])
            assert leaks(seen, pieces, content) == [], (activity_id, seen[:400])
            if activity_id is not None:
                shown_kinds.add(read.activity(doc, activity_id).kind)
        window.set_document(None)
    assert shown_kinds == set(ActivityKind)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_series_pages_have_no_english_words(tmp_path: Path) -> None:
    """The third meeting of a series (trends, radar, reciprocity balance, the review) in
    Spanish: the series' pages and charts speak it too."""
    from helpers.series_day import three_meetings

    last = three_meetings(tmp_path)[-1]
    with Document.open(last) as doc:
        details.update_details(doc, language="es")
        pdf = tmp_path / "handout.pdf"
        pdf.write_bytes(handout_bytes(doc))
        content = content_of(doc)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "A lo largo de las reuniones" in text and "Reunión 3" in text
    assert leaks(text, english_pieces("es"), content) == []


def test_the_review_on_the_projector_has_no_english_words(
    tmp_path: Path, window: AudienceWindow
) -> None:
    """A third meeting's review of promises (the list, its count, the charts' meetings)."""
    from helpers.series_day import three_meetings

    last = three_meetings(tmp_path)[-1]
    window.resize(1024, 768)
    with Document.open(last) as doc:
        details.update_details(doc, language="pl")
        content = content_of(doc)
        window.set_document(doc)
        for activity in read.activities(doc):
            window.set_state(PresentationState(activity_id=activity.id))
            window.show()
            settle()
            seen = "\n".join([*(item.text for item in window.room_items()), *window.texts()])
            assert leaks(seen, english_pieces("pl"), content) == [], seen[:400]
            if activity.kind is ActivityKind.REVIEW:
                assert "Zrobione: 1 z 3" in seen
        window.set_document(None)
