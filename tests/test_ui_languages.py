"""The translated UIs on a 1366 × 768 laptop: nothing untranslated, clipped or overlapping.

Two walks over a real room's day (the shared corpus: long, multilingual notes) through
every activity, each of its tabs, the other tabs, the menus and the dialogs:

- under the pseudo-translation (every text 40 % longer and in [brackets], generated from
  today's sources, never shipped): each visible text that is not the workshop's own
  content must be bracketed (else it escaped translation), none may be clipped, and the
  window still fits the laptop's screen;
- in Polish and in Arabic (right to left, the window mirrored): none may be clipped and
  the window still fits the laptop's screen.

Qt chooses its screens once per process, so the walks run in a child pytest with one
1366 × 768 screen, as tests/test_laptop_screen.py does.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Collection, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers.clipping import clipped
from helpers.corpus_budget import corpus_day_with_budget
from helpers.corpus_day import corpus_day
from helpers.windows import main_window, silent_questions
from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.ui import i18n_tools, language
from workshop.ui.main_window import MainWindow
from workshop.ui.theme import apply_theme
from workshop.ui.workshop_page import ACTIONS_TAB, DETAILS_TAB, PARTICIPANTS_TAB

CHILD = os.environ.get("WORKSHOP_UI_LANGUAGES") == "1"
HERE = Path(__file__).resolve().parent
CHILD_TESTS = 6
child_only = pytest.mark.skipif(not CHILD, reason="runs in the laptop-screen child process")


@pytest.mark.skipif(CHILD, reason="this is the child process")
def test_ui_languages_in_a_child_process(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "WORKSHOP_TEST_QPA": f"offscreen:configfile={HERE / 'fixtures' / 'laptop-screen.json'}",
        "WORKSHOP_UI_LANGUAGES": "1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__)),
         "-k", "not child_process", "--basetemp", str(tmp_path / "child")],
        env=env, capture_output=True, text=True, timeout=600, cwd=HERE.parent,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert f"{CHILD_TESTS} passed" in result.stdout, result.stdout


# ------------------------------------------------------------------ what is shown


def _settle() -> None:
    for _ in range(8):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.processEvents()


def _menu_texts(menu: QMenu) -> Iterator[str]:
    menu.aboutToShow.emit()  # menus that fill themselves when opened (File › Export)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())  # type: ignore[arg-type]


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each text a person sees in ``root``: labels, buttons, titles,
    tabs, table headers, combo boxes, placeholders and the window's menus."""
    yield "window title", root.windowTitle()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget.parentWidget(), QDialogButtonBox):
            continue  # (a button box's OK and Cancel are Qt's own, in qtbase_<lang>)
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and not widget.pixmap():
            yield name, re.sub(r"<[^>]+>", "", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QComboBox):
            yield name, widget.currentText()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield name, widget.tabText(index)
        if isinstance(widget, QTableView):  # widgets and views on item models
            model = widget.model()
            for column in range(model.columnCount() if model is not None else 0):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if header is not None:
                    yield f"{name} header", str(header)
        placeholder = getattr(widget, "placeholderText", None)
        if callable(placeholder) and not getattr(widget, "text", lambda: "x")():
            yield f"{name} placeholder", placeholder()
    if isinstance(root, MainWindow):
        for menu in root.menuBar().findChildren(QMenu):
            if menu.parent() is root.menuBar():
                yield "menu", menu.title()
                for text in _menu_texts(menu):
                    yield "menu", text


def content_of(path: Path) -> list[str]:
    """Every text the workshop file holds (titles, notes, names): the room's own words;
    and what is named in its own language or by the system (the workshop's language
    choices, the screens' names, the file's path)."""
    from PySide6.QtGui import QGuiApplication

    from workshop.domain.languages import LANGUAGES

    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found: set[str] = set()
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                found.update(v for v in row if isinstance(v, str) and len(v) >= 2)
    found.update(LANGUAGES.values())
    found.update(("Workshop", runtime()))  # the app's name; the About box's versions
    found.update(screen.name() for screen in QGuiApplication.screens())
    found.add(str(path))
    return sorted(found, key=len, reverse=True)


def runtime() -> str:
    from workshop.ui.about import about_info

    return about_info(Path("/")).runtime


WORD = re.compile(r"[^\W\d_]{2,}")


def untranslated(texts: Iterator[tuple[str, str]], content: list[str]) -> list[str]:
    """Texts with a word that is neither in [brackets] nor the workshop's own content."""
    found = []
    for where, text in texts:
        rest = text.replace("&", "")
        while (shorter := re.sub(r"\[[^\[\]]*\]", "", rest)) != rest:
            rest = shorter  # nested: "[[3 notes] from [2 tables]]"
        for own in content:
            if own in rest:
                rest = rest.replace(own, "")
        rest = re.sub(r"/\S+", "", rest)  # a file's or folder's path
        if WORD.search(rest):
            found.append(f"{where}: {text!r}")
    return found


# ------------------------------------------------------------------ the walks


@pytest.fixture
def day(qtbot: QtBot, data_dir: Path, tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    font, style = qapp.font(), qapp.styleSheet()
    apply_theme(qapp)
    path = tmp_path / "praga.workshop"
    corpus_day(path)
    yield path
    qapp.setStyleSheet(style)
    qapp.setFont(font)


def _walk(
    qtbot: QtBot, data_dir: Path, path: Path, look: object, width: int = 1366
) -> list[str]:
    """Open ``path`` in the main window and call ``look(widget, where)`` on each screen;
    returns where the window grew past a ``width`` × 768 screen (longer words must not
    widen it: then the screen clips it, not a widget)."""
    grew: list[str] = []
    inner = look

    def look(widget: QWidget, where: str) -> None:  # type: ignore[no-redef]
        if isinstance(widget, MainWindow):
            widget.resize(width, 768)  # as small as the laptop: can it be?
            _settle()
            hint = widget.minimumSizeHint()
            if widget.width() > width or widget.height() > 768:
                grew.append(f"{where}: the window needs {hint.width()} × {hint.height()}")
        inner(widget, where)  # type: ignore[operator]

    messages: list[str] = []
    window = main_window(data_dir, silent_questions(messages))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    _settle()
    look(window, "start page")  # type: ignore[operator]
    assert window.open_path(path), messages
    page = window.page
    assert page is not None and window.doc is not None
    walk_screens(window, look)
    for dialog in _dialogs(window):
        dialog.show()
        _settle()
        look(dialog, dialog.objectName())  # type: ignore[operator]
        dialog.reject()
    window.projector.controller.close()
    window.close()
    return grew


def walk_screens(
    window: MainWindow, look: object, kinds: Collection[ActivityKind] | None = None
) -> None:
    """Show every activity (of ``kinds``), each of its tabs, then Participants, Details and
    Actions, calling ``look(window, where)`` at each stop: the language walks' one route."""
    page = window.page
    assert page is not None and window.doc is not None
    for activity in read.activities(window.doc):
        if kinds is not None and activity.kind not in kinds:
            continue
        page.agenda.select(activity.id)
        _settle()
        where = activity.kind.value
        look(window, where)  # type: ignore[operator]
        assert page.screen is not None
        for tabs in page.screen.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                _settle()
                look(window, f"{where} › {tabs.objectName()} {index}")  # type: ignore[operator]
    for index, name in ((PARTICIPANTS_TAB, "participants"), (DETAILS_TAB, "details"),
                        (ACTIONS_TAB, "actions")):
        page.show_tab(index)
        _settle()
        look(window, name)  # type: ignore[operator]


def _dialogs(window: MainWindow) -> list[QDialog]:
    from workshop.domain.models import Participant
    from workshop.ui.about import AboutDialog, about_info
    from workshop.ui.dialogs import ActivityForm, ParticipantForm
    from workshop.ui.preferences import PreferencesDialog

    assert window.doc is not None
    activity = read.activities(window.doc)[2]
    person: Participant = read.participants(window.doc)[0]
    return [
        PreferencesDialog(window.settings, "en", window),
        AboutDialog(about_info(window.backups.root), window),
        ActivityForm(window, activity).dialog,
        ParticipantForm(window, person).dialog,
    ]


@child_only
def test_the_pseudo_translation_leaves_nothing_untranslated_or_clipped(
    qtbot: QtBot, data_dir: Path, day: Path, tmp_path: Path, qapp: QApplication
) -> None:
    qm = i18n_tools.pseudo(tmp_path / "workshop_pseudo.qm")
    translators = language.install(qapp, "en", extra=qm)
    assert translators, "the pseudo-translation loads"
    content = content_of(day)
    missed: list[str] = []
    problems: list[str] = []

    def look(widget: QWidget, where: str) -> None:
        missed.extend(f"{where}: {t}" for t in untranslated(shown_texts(widget), content))
        problems.extend(clipped(widget, where))

    try:
        # 40 % longer words must not widen the window past the laptop either: rows of
        # buttons wrap (ui/flow.py), long texts wrap or scroll.
        grew = _walk(qtbot, data_dir, day, look)
    finally:
        language.uninstall(qapp, translators)
    missed = list(dict.fromkeys(missed))
    assert not missed, f"{len(missed)} texts escaped translation:\n" + "\n".join(missed)
    assert not grew, "the window grew past 1366 × 768:\n" + "\n".join(grew)
    assert not problems, "\n".join(problems)


@child_only
@pytest.mark.parametrize("code", ["pl", "ar"])
def test_a_shipped_language_fits_the_laptop_and_clips_nothing(
    code: str, qtbot: QtBot, data_dir: Path, day: Path, qapp: QApplication
) -> None:
    """Polish (long words) and Arabic (right to left, the window mirrored)."""
    translators = language.install(qapp, code)
    assert len(translators) == 2, "Qt's own translation and ours"
    problems: list[str] = []
    directions: set[Qt.LayoutDirection] = set()

    def look(widget: QWidget, where: str) -> None:
        directions.add(widget.layoutDirection())
        problems.extend(clipped(widget, where))

    try:
        problems += _walk(qtbot, data_dir, day, look)
    finally:
        language.uninstall(qapp, translators)
    rtl = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert directions == {rtl}
    assert not problems, "\n".join(problems)


@child_only
@pytest.mark.parametrize("code", ["pl", "ar", "es"])
def test_a_shipped_language_fits_a_1024_wide_window(
    code: str, qtbot: QtBot, data_dir: Path, day: Path, tmp_path: Path, qapp: QApplication
) -> None:
    """A 1024 × 768 screen (an older laptop; the window beside a projector's settings):
    every screen and tab in Polish, Arabic and Spanish, the budget and the review of
    promises included. Only the shown page of a stack or tab widget sizes it
    (``ui/shown_page.py``): a Spanish budget's hidden Results tab had kept the window
    1,140 px wide on every tab."""
    budget_day = tmp_path / "budżet.workshop"
    corpus_day_with_budget(budget_day)
    translators = language.install(qapp, code)
    problems: list[str] = []

    def look(widget: QWidget, where: str) -> None:
        problems.extend(clipped(widget, where))

    try:
        problems += _walk(qtbot, data_dir, budget_day, look, width=1024)
    finally:
        language.uninstall(qapp, translators)
    assert not problems, "\n".join(problems)
