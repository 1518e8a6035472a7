"""The activity screens in Spanish and in Arabic on a 1366 × 768 laptop, with a real room's
content: no English left, nothing clipped, the window no wider than the screen; and every
translate call one lupdate reads.

A day from the shared corpus with a participatory budget of its ideas and a review of
promises (tests/helpers/corpus_budget.py) is opened in the main window; each activity (the budget,
pulse, purpose, offers and asks, review and vote screens) and each of its tabs is shown.
The window must still fit the laptop, no widget may clip its text, and a visible text that
is not the workshop's own content fails when

- it still is, or contains, an English source text of the ``.ts`` (one the translation
  changes): a string left out of the tr() pass, or a translation not loaded;
- in Arabic, it has a Latin word at all (key names and file formats aside): English built
  outside ``translate``, say from the Qt-free layers.

Qt chooses its screens once per process, so the walks run in a child pytest with one
1366 × 768 screen, as tests/test_ui_languages.py does.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from helpers.clipping import clipped
from helpers.corpus_budget import corpus_day_with_budget
from helpers.windows import main_window, silent_questions
from test_ui_languages import _settle, content_of, shown_texts, walk_screens
from workshop.domain.models import ActivityKind
from workshop.ui import i18n_tools, language
from workshop.ui.theme import apply_theme

CHILD = os.environ.get("WORKSHOP_UI_LANGUAGES_ES_AR") == "1"
HERE = Path(__file__).resolve().parent
UI = HERE.parent / "src" / "workshop" / "ui"
CHILD_TESTS = 2
child_only = pytest.mark.skipif(not CHILD, reason="runs in the laptop-screen child process")
#: The screens this test walks (issue 17's second half of ui/).
KINDS = (ActivityKind.BUDGET, ActivityKind.PULSE, ActivityKind.PURPOSE_BLEND,
         ActivityKind.OFFERS_ASKS, ActivityKind.REVIEW, ActivityKind.DOT_VOTE)
#: Latin words an Arabic screen may show: key names, file formats, the app's name.
LATIN_ALLOWED = frozenset({
    "Ctrl", "Shift", "Alt", "Enter", "Esc", "Delete", "Backspace", "Insert", "Tab", "Page",
    "Up", "Down", "Workshop", "Pabulib", "pb", "CSV", "PDF", "JSON", "USB", "UTF", "YYYY",
    "MM", "DD", "HH", "EUR", "PLN", "USD",
})


@pytest.mark.skipif(CHILD, reason="this is the child process")
def test_es_ar_walks_in_a_child_process(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "WORKSHOP_TEST_QPA": f"offscreen:configfile={HERE / 'fixtures' / 'laptop-screen.json'}",
        "WORKSHOP_UI_LANGUAGES_ES_AR": "1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__)),
         "-k", "not child_process", "--basetemp", str(tmp_path / "child")],
        env=env, capture_output=True, text=True, timeout=600, cwd=HERE.parent,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert f"{CHILD_TESTS} passed" in result.stdout, result.stdout


@pytest.mark.skipif(CHILD, reason="the parent runs it")
def test_every_translate_call_in_the_ui_is_found_by_lupdate() -> None:
    """Run lupdate itself over ui/: a call whose count is not a plain name (``len(x)``,
    ``x.count``) is silently dropped by its Python parser, and its text stays English."""
    wanted = set()
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and len(node.args) >= 2
                    and (getattr(node.func, "id", None) == "translate"
                         or getattr(node.func, "attr", None) == "translate")
                    and all(isinstance(a, ast.Constant) for a in node.args[:2])):
                context, text = (a.value for a in node.args[:2])  # type: ignore[attr-defined]
                wanted.add((context, text, f"{path.relative_to(UI)}:{node.lineno}"))
    with tempfile.TemporaryDirectory() as work:
        ts = Path(work) / "all.ts"
        lupdate = Path(PySide6.__file__).parent / "lupdate"
        subprocess.run([str(lupdate), "-silent", *map(str, sorted(UI.rglob("*.py"))),
                        "-ts", str(ts)], check=True, timeout=300)
        found = i18n_tools.messages(ts)
    dropped = sorted(where for context, text, where in wanted if (context, text) not in found)
    assert not dropped, "lupdate does not find these translate calls:\n" + "\n".join(dropped)


# ------------------------------------------------------------------ the day and the walk


def _english(code: str) -> tuple[set[str], list[str]]:
    """The English sources the ``code`` translation changes: whole texts, and the longer
    ones (three words or more) that must not appear inside a shown text either."""
    whole: set[str] = set()
    for message in ET.parse(i18n_tools.ts_path(code)).getroot().iter("message"):
        if message.get("numerus") == "yes":
            continue
        source = (message.findtext("source") or "").replace("&", "")
        translation = (message.findtext("translation") or "").replace("&", "")
        if translation and translation != source and re.search(r"[A-Za-z]{2}", source):
            whole.add(source.strip())
    parts = sorted((s for s in whole if len(s.split()) >= 3 and "%" not in s and "{" not in s),
                   key=len, reverse=True)
    return whole, parts


def english_left(texts: Iterator[tuple[str, str]], content: list[str], code: str) -> list[str]:
    whole, parts = _english(code)
    # The content's own words, and their starts (a long title is shortened to "Des banc…").
    words = {w[:n] for text in content for w in re.findall(r"[^\W\d_]{2,}", text)
             for n in range(2, len(w) + 1)}
    found = []
    for where, text in texts:
        rest = re.sub(r"<[^>]+>", "", text.replace("&", ""))
        for own in content:
            rest = rest.replace(own, "")
        rest = rest.strip()
        if not rest:
            continue
        if rest in whole or any(part in rest for part in parts):
            found.append(f"{where}: {text!r}")
        elif code == "ar" and set(re.findall(r"[A-Za-z]{2,}", rest)) - LATIN_ALLOWED - words:
            found.append(f"{where}: {text!r} (Latin words in the Arabic UI)")
    return found


def _walk(qtbot: QtBot, data_dir: Path, path: Path, look: object) -> None:
    messages: list[str] = []
    window = main_window(data_dir, silent_questions(messages))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(path), messages
    page = window.page
    assert page is not None and window.doc is not None
    walk_screens(window, look, KINDS)
    window.projector.controller.close()
    window.close()


def _fits(window: QWidget, where: str) -> list[str]:
    """Longer words must not widen the window past the laptop (the screen would clip it)."""
    window.resize(1366, 768)
    _settle()
    if window.width() > 1366 or window.height() > 768:
        hint = window.minimumSizeHint()
        return [f"{where}: the window needs {hint.width()} × {hint.height()}"]
    return []


@child_only
@pytest.mark.parametrize("code", ["es", "ar"])
def test_the_activity_screens_speak_the_language_and_clip_nothing(
    code: str, qtbot: QtBot, data_dir: Path, tmp_path: Path, qapp: QApplication
) -> None:
    font, style = qapp.font(), qapp.styleSheet()
    apply_theme(qapp)
    day = tmp_path / "praga.workshop"
    corpus_day_with_budget(day)
    content = [*content_of(day), day.name]
    translators = language.install(qapp, code)
    english: list[str] = []
    problems: list[str] = []

    def look(widget: QWidget, where: str) -> None:
        english.extend(f"{where}: {t}" for t in english_left(shown_texts(widget), content, code))
        problems.extend(clipped(widget, where))
        problems.extend(_fits(widget, where))

    try:
        _walk(qtbot, data_dir, day, look)
    finally:
        language.uninstall(qapp, translators)
        qapp.setStyleSheet(style)
        qapp.setFont(font)
    english = list(dict.fromkeys(english))
    assert not english, f"{len(english)} texts still in English:\n" + "\n".join(english)
    assert not problems, "\n".join(problems)
