"""Every text the laptop's UI shows can be translated, and the shipped translations are whole.

(a) A walk over ``src/workshop/ui`` finds literal strings given to Qt's text APIs
(labels, buttons, actions, tooltips, titles, accessible names, dialogs …) outside
``QCoreApplication.translate``. The projector's audience views are left out on purpose:
the room reads them in the workshop's own language (``workshop.catalogue``), not the
laptop's. (b) Each shipped ``.ts`` is finished, has no obsolete entries, holds exactly
what lupdate finds in the sources today, and its ``.qm`` is compiled from it.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helpers.translatable import unreadable_by_lupdate, untranslated
from workshop.domain import palettes
from workshop.domain.actions import ActionStatus
from workshop.domain.models import ActivityStatus
from workshop.ui import i18n_tools, words

UI = Path(i18n_tools.__file__).resolve().parent
#: What the room sees, drawn in the workshop's language (docs/architecture.md, "Languages").
ROOM_MODULES = frozenset({
    "projector/views.py", "projector/tiles.py", "projector/board_view.py",
    "projector/vote_view.py", "projector/pulse_view.py", "projector/purpose_view.py",
    "projector/offers_view.py", "projector/review_view.py", "projector/budget_view.py",
    "projector/spotlight_view.py", "projector/theme.py", "projector/textfit.py",
    "projector/screenshots.py",
})


def _laptop_modules() -> list[Path]:
    return [p for p in sorted(UI.rglob("*.py"))
            if p.relative_to(UI).as_posix() not in ROOM_MODULES]


def test_every_shown_literal_in_the_ui_is_translatable() -> None:
    found = [lit.where for path in _laptop_modules() for lit in untranslated(path)]
    assert not found, "not passed through QCoreApplication.translate:\n" + "\n".join(found)


def test_no_module_constant_of_words_escapes_translation() -> None:
    """A sentence kept in a module-level constant and shown later through a function (a
    table cell's text: ``NO_SOURCE = "added here"`` did) is not a call the walk above
    sees: such constants must be marked with ``QT_TRANSLATE_NOOP``."""
    import ast
    import re

    words = re.compile(r"[A-Za-z]{2,} [a-z]{2,}")
    found = []
    for path in _laptop_modules():
        if path.name == "sentences.py":  # generated: every entry is marked
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            if (isinstance(value, ast.Constant) and isinstance(value.value, str)
                    and words.search(value.value)):
                found.append(f"{path.relative_to(UI)}:{node.lineno}: {value.value[:50]!r}")
    assert not found, "mark with QT_TRANSLATE_NOOP:\n" + "\n".join(found)


def test_every_translate_call_is_one_lupdate_reads() -> None:
    found = [line for path in _laptop_modules() for line in unreadable_by_lupdate(path)]
    assert not found, "\n".join(found)


def test_the_walk_finds_what_it_should(tmp_path: Path) -> None:
    """The checker itself: a bare literal, an f-string and a conditional are caught; a
    translated text, an objectName and a key sequence are not."""
    source = tmp_path / "sample.py"
    source.write_text(
        "label = QLabel('Hello')\n"
        "button.setToolTip(f'{n} notes')\n"
        "box.setWindowTitle('Open' if a else 'Closed')\n"
        "menu.addAction(QIcon.fromTheme('x'), 'Quit')\n"
        "ok = QLabel(QCoreApplication.translate('Ctx', 'Fine'))\n"
        "ok.setObjectName('someName')\n"
        "combo.addItem(translate('Ctx', 'Yes'), 'yes-data')\n"
        "QMessageBox.warning(self, translate('C', 'Workshop'), message)\n",
        encoding="utf-8",
    )
    lines = sorted(lit.node.lineno for lit in untranslated(source))
    assert lines == [1, 2, 3, 3, 4]


def test_words_from_the_qt_free_layers_are_all_marked() -> None:
    """The colour, status and kind words the UI translates are the domain's own."""
    assert list(words.COLOUR_NAMES) == [name for name, _fill in palettes.STICKY]
    assert list(words.STATUS_WORDS) == [s.label for s in ActionStatus]
    assert list(words.ACTIVITY_STATUS_WORDS) == [s.value for s in ActivityStatus]


# ------------------------------------------------------------------ the .ts files


@pytest.fixture(scope="module")
def extracted() -> list[tuple[str, str, bool]]:
    """What lupdate finds in today's sources."""
    return i18n_tools.extract()


@pytest.mark.parametrize("code", i18n_tools.compiled())
def test_a_shipped_translation_holds_exactly_the_current_strings(
    code: str, extracted: list[tuple[str, str, bool]]
) -> None:
    """(English, the source language, holds only the plurals: "1 note", "2 notes".)"""
    current = {(c, s) for c, s, plural in extracted if plural or code != "en"}
    held = i18n_tools.messages(i18n_tools.ts_path(code))
    missing = sorted(current - held)
    assert not missing, f"run packaging/update-translations.sh; new in the sources: {missing[:10]}"
    stale = sorted(held - current)
    assert not stale, f"run packaging/update-translations.sh; gone from the sources: {stale[:10]}"


@pytest.mark.parametrize("code", i18n_tools.compiled())
def test_a_shipped_translation_is_finished(code: str) -> None:
    root = ET.parse(i18n_tools.ts_path(code)).getroot()
    assert root.get("language") == code
    unfinished = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if kind in {"unfinished", "obsolete", "vanished"} or not all(texts):
                unfinished.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert not unfinished, f"{len(unfinished)} unfinished in {code}:\n" + "\n".join(
        unfinished[:20]
    )


@pytest.mark.parametrize("code", i18n_tools.compiled())
def test_a_shipped_translation_keeps_every_placeholder(code: str) -> None:
    """{name}, %n and %1 must survive translation, or the app shows the wrong number."""
    root = ET.parse(i18n_tools.ts_path(code)).getroot()
    wrong = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        wanted = sorted(i18n_tools.PLACEHOLDER.findall(source))
        translation = message.find("translation")
        assert translation is not None
        for text in [f.text for f in translation.iter("numerusform")] or [translation.text]:
            # (A plural's singular form may say "one" instead of %n.)
            singular = message.get("numerus") == "yes" and "%n" not in (text or "")
            found = sorted(i18n_tools.PLACEHOLDER.findall(text or ""))
            if text and found != wanted and not (singular and found == [w for w in wanted
                                                                         if w != "%n"]):
                wrong.append(f"{source!r} → {text!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", i18n_tools.compiled())
def test_the_compiled_qm_is_made_from_the_ts(code: str, tmp_path: Path) -> None:
    ts = i18n_tools.ts_path(code)
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"missing {qm.name}: run packaging/update-translations.sh"
    fresh = i18n_tools.lrelease(shutil.copy(ts, tmp_path / ts.name) and tmp_path / ts.name)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}"
