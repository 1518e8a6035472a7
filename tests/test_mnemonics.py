"""No Alt+letter does two things: menus, page tabs and every screen's buttons, labels and tabs.

Two visible mnemonics on one letter make Alt+letter ambiguous (Qt then only moves the
focus, or cycles, instead of acting). Found by the end-to-end day: Alt+E opened the Edit
menu instead of the vote's Settings tab.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers import day as d
from workshop.storage import read
from workshop.ui import i18n_tools, language
from workshop.ui.main_window import MainWindow
from workshop.ui.workshop_page import ACTIONS_TAB, DETAILS_TAB, PARTICIPANTS_TAB


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def clashes(window: MainWindow) -> dict[str, list[str]]:
    """Letters claimed by more than one visible mnemonic (disabled ones count: they wake)."""
    claims: dict[str, list[str]] = {}

    def claim(text: str, what: str) -> None:
        letter = _letter(text)
        if letter:
            claims.setdefault(letter, []).append(f"{what} {text!r}")

    for menu in window.menuBar().actions():
        claim(menu.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                claim(widget.tabText(index), "tab")
        elif isinstance(widget, QAbstractButton):
            claim(widget.text(), "button")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            claim(widget.title(), "group")
    return {letter: who for letter, who in claims.items() if len(who) > 1}


@pytest.fixture(params=i18n_tools.compiled())
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, data_dir: Path,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    """The demo's window in each UI language (a translation chooses its own letters)."""
    translators = language.install(qapp, request.param)
    win = d.make_window(data_dir, d.Answers(tmp_path))
    qtbot.addWidget(win)
    assert win.open_demo()
    yield win
    win.close()
    language.uninstall(qapp, translators)


def test_no_alt_letter_does_two_things(qtbot: QtBot, window: MainWindow) -> None:
    page = window.page
    assert page is not None and window.doc is not None
    found: dict[str, dict[str, list[str]]] = {}
    for tab in (PARTICIPANTS_TAB, DETAILS_TAB, ACTIONS_TAB):
        page.show_tab(tab)
        qtbot.wait(1)
        if clash := clashes(window):
            found[f"page tab {tab}"] = clash
    for activity in read.activities(window.doc):
        page.agenda.select(activity.id)
        page.show_tab(0)
        screen = page.screen
        assert screen is not None
        tabs = [w for w in screen.findChildren(QTabWidget) if w.parent() is not None]
        for tab_widget in tabs or [None]:
            for index in range(tab_widget.count() if tab_widget else 1):
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(index)
                qtbot.wait(1)
                if clash := clashes(window):
                    found[f"{activity.kind.value} {activity.title} tab {index}"] = clash
    assert found == {}
