"""The workshop's language: catalogues complete, CLDR dates and numbers, the handout follows it."""

from __future__ import annotations

import io
import json
import re
import string

import pytest
from babel import Locale
from pypdf import PdfReader

from workshop.catalogue import SECTIONS, handout_text, room_text
from workshop.domain.errors import ValidationError
from workshop.domain.languages import LANGUAGES, SHIPPED
from workshop.export.localised import words
from workshop.export.pdf import handout_bytes
from workshop.resources import resources_dir
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.ops import details


def _load(language: str) -> dict[str, dict[str, object]]:
    path = resources_dir() / "languages" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", SHIPPED)
@pytest.mark.parametrize("section", SECTIONS)
def test_every_shipped_catalogue_is_complete(language: str, section: str) -> None:
    english = _load("en")[section]
    theirs = _load(language)[section]
    assert sorted(set(english) - set(theirs)) == [], f"{language} misses these {section} texts"
    assert sorted(set(theirs) - set(english)) == [], f"{language} has {section} texts English lacks"
    forms = set(Locale.parse(language).plural_form.tags) | {"other"}
    for key, value in theirs.items():
        reference = english[key]
        english_texts = reference.values() if isinstance(reference, dict) else [reference]
        allowed = set().union(*(_fields(str(t)) for t in english_texts))
        if isinstance(reference, dict):
            assert isinstance(value, dict), (language, key)
            assert set(value) == forms, (language, key, "needs exactly these plural forms")
            texts = list(value.values())
        else:
            assert isinstance(value, str) and value.strip(), (language, key)
            texts = [value]
        for text in texts:
            assert _fields(str(text)) <= allowed, (language, key, text)


def test_dates_times_and_numbers_follow_the_workshops_language() -> None:
    assert words("pl").long_date("2026-11-27") == "piątek, 27 listopada 2026"
    assert words("es").long_date("2026-11-27") == "viernes, 27 de noviembre de 2026"
    assert words("en").long_date("2026-11-27") == "Friday 27 November 2026"
    assert "نوفمبر" in words("ar").long_date("2026-11-27")
    assert words("en").time("09:30") == "09:30"
    assert words("pl").number(1234.5, 1) == "1\u00a0234,5"
    assert words("pl")("notes", n=5) == "5 karteczek"
    assert words("pl")("notes", n=3) == "3 karteczki"
    assert words("ar")("notes", n=2) == "ملاحظتان"


def test_a_language_without_a_catalogue_reads_english_words_with_its_own_dates() -> None:
    assert "cy" in LANGUAGES and "cy" not in SHIPPED
    assert handout_text("page", "cy", number=1, total=2) == "Page 1 of 2"
    assert room_text("minutes_left", "cy", n=2) == "2 minutes left"
    assert words("cy").long_date("2026-11-27") == "Dydd Gwener, 27 Tachwedd 2026"


def test_room_text_for_the_projector() -> None:
    assert room_text("minutes_left", "pl", n=5) == "Zostało 5 minut"
    assert room_text("minutes_left", "es", n=1) == "Queda 1 minuto"
    assert room_text("common_purpose", "ar") == "هدفنا المشترك"


def test_the_language_is_a_workshop_detail_with_undo(doc: Document) -> None:
    assert read.details(doc).language == "en"
    change = details.update_details(doc, language="pl")
    assert read.details(doc).language == "pl"
    doc.undo(change)
    assert read.details(doc).language == "en"
    with pytest.raises(ValidationError, match="not a workshop language"):
        details.update_details(doc, language="klingon")
    assert read.details(doc).language == "en"


def test_the_handout_speaks_the_workshops_language(doc: Document) -> None:
    details.update_details(
        doc, title="Warsztat dzielnicy", date="2026-11-27", language="pl", goal="Wspólny plan"
    )
    text = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(handout_bytes(doc))).pages
    )
    text = " ".join(text.split())
    assert "piątek, 27 listopada 2026" in text
    assert re.search(r"Strona \d z \d", text)
    assert "pełny zapis" in text
    for label in ("ZAPIS WARSZTATU", "CEL DNIA", "DATA", "Program", "DZIEŃ", "KTO WZIĄŁ UDZIAŁ"):
        assert label in text, label
    assert "Friday" not in text and "Page 1 of" not in text
    assert "GOAL OF THE DAY" not in text and "WORKSHOP RECORD" not in text


def test_the_details_tab_sets_the_workshops_language(qtbot: object, doc: Document) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QComboBox, QWidget

    from workshop.ui.details_panel import DetailsPanel
    from workshop.ui.screens.base import ScreenContext
    from workshop.ui.undo import UndoRunner

    # The stack has a Qt owner, as the app's has the main window (a parentless one
    # collected later inside a reference cycle crashes the interpreter).
    owner = QWidget()
    qtbot.addWidget(owner)  # type: ignore[attr-defined]
    stack = QUndoStack(owner)
    runner = UndoRunner(doc, stack)
    panel = DetailsPanel(ScreenContext(doc, runner), owner)
    combo = panel.findChild(QComboBox, "detailsLanguage")
    assert combo is not None and combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("pl"))
    combo.activated.emit(combo.currentIndex())
    assert read.details(doc).language == "pl"
    stack.undo()
    assert read.details(doc).language == "en"
    panel.reload()
    assert combo.currentData() == "en"


def test_a_template_in_each_shipped_language_sets_the_workshops_language(doc: Document) -> None:
    from workshop.domain.templates import load_templates
    from workshop.resources import templates_dir
    from workshop.storage.ops import agenda

    templates = load_templates(templates_dir())
    by_language = {t.language for t in templates}
    assert set(SHIPPED) <= by_language
    polish = next(t for t in templates if t.language == "pl")
    agenda.apply_template(doc, polish)
    assert read.details(doc).language == "pl"
    assert read.activities(doc)[0].title == "Powitanie i runda otwierająca"


def test_the_projector_speaks_the_workshops_language(qtbot: object, doc: Document) -> None:
    from workshop.domain.models import ActivityKind
    from workshop.storage.ops import agenda
    from workshop.ui.projector.theme import Theme, palette
    from workshop.ui.projector.view_choice import view_class

    details.update_details(doc, language="pl")
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Pomysły", "")
    activity = read.activities(doc)[0]
    view = view_class(activity, agenda=False)(doc, activity, palette(Theme.DARK))
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    assert view.empty.text() == "Pomysły pojawią się tutaj, gdy zostaną dodane."  # type: ignore[attr-defined]
    assert view.room_text("minutes_left", n=2) == "Zostały 2 minuty"


def test_a_purpose_blend_analyses_in_the_workshops_language(doc: Document) -> None:
    from workshop.domain.models import ActivityKind
    from workshop.domain.purpose import languages
    from workshop.storage import read_purpose
    from workshop.storage.ops import agenda

    agenda.add_activity(doc, ActivityKind.PURPOSE_BLEND, "Purposes", "")
    activity = read.activities(doc)[0].id
    assert read_purpose.settings(doc, activity).language == "english"
    details.update_details(doc, language="es")
    assert read_purpose.settings(doc, activity).language == "spanish"
    details.update_details(doc, language="pl")  # lemmas where the analysis has Polish
    expected = "polish" if "polish" in languages() else "english"
    assert read_purpose.settings(doc, activity).language == expected
    details.update_details(doc, language="cy")  # no data for Welsh: analysed as English
    assert read_purpose.settings(doc, activity).language == "english"
