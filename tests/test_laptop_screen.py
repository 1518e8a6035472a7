"""On a 1366 × 768 laptop screen: the window's first size, a restored place, a whole day.

Qt chooses its screens once per process, so these checks run in a child pytest
whose offscreen platform has one 1366 × 768 screen (tests/fixtures/laptop-screen.json).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers.clipping import clipped as _clipped
from helpers.corpus_day import corpus_day
from helpers.windows import main_window, silent_questions
from workshop.ui.main_window import MainWindow
from workshop.ui.settings import AppSettings

CHILD = os.environ.get("WORKSHOP_LAPTOP_SCREEN") == "1"
HERE = Path(__file__).resolve().parent
CHILD_TESTS = 3


@pytest.mark.skipif(CHILD, reason="this is the child process")
def test_laptop_screen_in_a_child_process(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "WORKSHOP_TEST_QPA": f"offscreen:configfile={HERE / 'fixtures' / 'laptop-screen.json'}",
        "WORKSHOP_LAPTOP_SCREEN": "1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__)),
         "-k", "not child_process", "--basetemp", str(tmp_path / "child")],
        env=env, capture_output=True, text=True, timeout=300, cwd=HERE.parent,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{CHILD_TESTS} passed" in result.stdout, result.stdout


child_only = pytest.mark.skipif(not CHILD, reason="runs in the laptop-screen child process")


def _screen() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    assert screen.geometry() == QRect(0, 0, 1366, 768), "the child's one screen"
    return screen.availableGeometry()


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    messages: list[str] = []
    win = main_window(data_dir, silent_questions(messages))
    qtbot.addWidget(win)
    yield win
    win.projector.controller.close()
    win.close()


@child_only
def test_the_first_window_fits_the_laptop_screen(qtbot: QtBot, window: MainWindow) -> None:
    available = _screen()
    window.show()
    qtbot.waitExposed(window)
    assert available.contains(window.frameGeometry()), window.frameGeometry()
    assert window.height() <= available.height() - 30, "room for a title bar"


@child_only
def test_a_saved_place_off_every_screen_is_brought_back(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    """Saved on a big second screen that is gone now: 1900 × 1000 at x = 2000."""
    window.setGeometry(2000, 40, 1900, 1000)
    window.settings.set_geometry(window.saveGeometry())
    window.close()
    again = main_window(data_dir, silent_questions([]))
    qtbot.addWidget(again)
    assert isinstance(again.settings, AppSettings)
    again.show()
    qtbot.waitExposed(again)
    available = _screen()
    assert available.contains(again.frameGeometry()), again.frameGeometry()
    again.projector.controller.close()
    again.close()


# ------------------------------------------------------------------ a real room's day


@child_only
def test_a_real_rooms_day_on_a_laptop_screen_fits_and_clips_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, qapp: QApplication
) -> None:
    from PySide6.QtWidgets import QTabWidget

    from workshop.storage import read
    from workshop.ui.theme import apply_theme
    from workshop.ui.vote.screen import VoteScreen
    from workshop.ui.workshop_page import ACTIONS_TAB, DETAILS_TAB, PARTICIPANTS_TAB

    font, style = qapp.font(), qapp.styleSheet()
    apply_theme(qapp)
    try:
        path = tmp_path / "praga.workshop"
        corpus_day(path)
        window.show()
        qtbot.waitExposed(window)
        assert window.open_path(path)
        page = window.page
        assert page is not None and window.doc is not None
        problems: list[str] = []

        def look(where: str) -> None:
            for _ in range(8):
                QApplication.processEvents()
            problems.extend(_clipped(window, where))

        for activity in read.activities(window.doc):
            page.agenda.select(activity.id)
            where = f"{activity.kind.value}"
            look(where)
            assert page.screen is not None
            for tabs in page.screen.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    look(f"{where} › {tabs.tabText(index).replace('&', '')}")
            if isinstance(page.screen, VoteScreen):  # the last person's ballot, 102 items
                screen = page.screen
                screen.tabs.setCurrentIndex(screen.LAPTOP)
                people = screen.laptop.people
                people.setCurrentRow(next(
                    r for r in range(people.count())
                    if people.item(r).flags() & Qt.ItemFlag.ItemIsEnabled
                ))
                screen.laptop.start()
                assert screen.laptop.voter is not None
                look(f"{where} › the ballot")
                screen.laptop.leave()
        for index, name in ((PARTICIPANTS_TAB, "participants"), (DETAILS_TAB, "details"),
                            (ACTIONS_TAB, "actions")):
            page.show_tab(index)
            look(name)
        assert available_contains(window), window.frameGeometry()
        assert not problems, "\n".join(problems)
    finally:
        qapp.setStyleSheet(style)
        qapp.setFont(font)


def available_contains(window: MainWindow) -> bool:
    return _screen().contains(window.frameGeometry())
