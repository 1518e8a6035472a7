"""The facilitator's window fits an ordinary laptop screen (1366 × 768) with the run dock shown.

Every activity of the demo agenda and every other tab is selected in turn, in the
app's own theme (its padded buttons and tabs); the window must be able to shrink to
the laptop's size (its minimum size hint) and, resized to it, really be that size —
no screen may force the window wider. Its height must also leave room for a taskbar
and the window's title bar.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from helpers.windows import demo_window
from workshop.domain.models import ActivityKind
from workshop.kinds import spec_for
from workshop.storage import read, read_pulse
from workshop.storage.ops import agenda as agenda_ops
from workshop.storage.ops import participants as people_ops
from workshop.storage.ops import pulse as pulse_ops
from workshop.ui.main_window import MainWindow
from workshop.ui.theme import apply_theme
from workshop.ui.workshop_page import ACTIONS_TAB, DETAILS_TAB, PARTICIPANTS_TAB

LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 768
#: What a 768-px screen leaves inside a window: less a taskbar (~40 px) and a title bar (~30).
USABLE_HEIGHT = 700


@pytest.fixture(autouse=True)
def theme(qapp: QApplication) -> Iterator[None]:
    """The app's look (``ui/theme.qss``, 10.5-pt type): it pads more than the plain style."""
    font, style = qapp.font(), qapp.styleSheet()
    apply_theme(qapp)
    yield
    qapp.setStyleSheet(style)
    qapp.setFont(font)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    yield from demo_window(qtbot, data_dir)


def _settle() -> None:
    """Let the old screen go and the layouts settle: each level of the window asks its
    parent in turn, one round of events each (about seven levels deep)."""
    for _ in range(10):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.processEvents()


def _too_big(window: MainWindow, where: str) -> list[str]:
    """What stops the window from fitting the laptop, as sentences (empty: it fits)."""
    _settle()
    problems = []
    hint = window.minimumSizeHint()
    if hint.width() > LAPTOP_WIDTH or hint.height() > USABLE_HEIGHT:
        problems.append(f"{where}: needs at least {hint.width()} × {hint.height()} px")
    window.resize(LAPTOP_WIDTH, LAPTOP_HEIGHT)
    _settle()
    if window.width() > LAPTOP_WIDTH or window.height() > LAPTOP_HEIGHT:
        size = f"{window.width()} × {window.height()}"
        problems.append(f"{where}: resized to the laptop it is {size}")
    return problems


def _walk_the_day(window: MainWindow) -> list[str]:
    page = window.page
    assert page is not None and window.doc is not None
    assert window.projector.dock.isVisible()
    problems: list[str] = []
    activities = read.activities(window.doc)
    assert len(activities) >= 8
    for activity in activities:
        page.agenda.select(activity.id)
        assert page.current_activity_id() == activity.id
        where = f"{activity.kind.value} “{activity.title}”"
        problems += _too_big(window, where)
        # And each tab inside the screen (vote: ballot … settings; purpose: rounds … endorse).
        assert page.screen is not None
        for tabs in page.screen.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                problems += _too_big(window, f"{where}, its tab “{tabs.tabText(index)}”")
    for index, name in (
        (PARTICIPANTS_TAB, "Participants"),
        (DETAILS_TAB, "Details"),
        (ACTIONS_TAB, "Actions"),
    ):
        page.show_tab(index)
        problems += _too_big(window, f"the {name} tab")
    page.focus_activity()
    return problems


def test_every_screen_fits_a_laptop_with_the_run_dock(window: MainWindow) -> None:
    problems = _walk_the_day(window)
    assert not problems, "\n".join(problems)


def test_every_screen_fits_a_laptop_with_the_projector_open(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller = window.projector.controller
    controller.toggle()
    qtbot.waitExposed(controller.window)
    assert window.projector.panel.room.property("roomSees") == "live"
    problems = _walk_the_day(window)
    assert not problems, "\n".join(problems)


def test_the_start_page_fits_a_laptop(window: MainWindow) -> None:
    window.close_workshop()
    assert _too_big(window, "the start page") == []


def test_the_sidebar_and_the_run_dock_leave_the_screen_to_the_activity(
    window: MainWindow,
) -> None:
    """Together the agenda and the run panel may take at most 40 % of a laptop's width."""
    page = window.page
    assert page is not None
    sidebar = page.agenda.minimumSizeHint().width()
    dock = window.projector.dock.minimumSizeHint().width()
    assert sidebar + dock <= 0.4 * LAPTOP_WIDTH, (sidebar, dock)


def test_a_pulse_asked_again_and_again_still_fits(window: MainWindow) -> None:
    """Each round adds a histogram; past two they scroll sideways instead of widening."""
    page, doc = window.page, window.doc
    assert page is not None and doc is not None
    pulse = next(a for a in read.activities(doc) if a.kind is ActivityKind.PULSE)
    page.agenda.select(pulse.id)
    statement = read_pulse.statements(doc, pulse.id)[0]
    before = _too_big(window, "the pulse")
    for number in range(4):
        pulse_ops.add_round(doc, statement.id, f"Again {number + 1}")
    screen = page.screen
    assert screen is not None
    screen.statements_list.setCurrentRow(0)
    _settle()
    assert sum(1 for h in screen.histograms if h.isVisible()) >= 5  # type: ignore[attr-defined]
    assert before == [] and _too_big(window, "the pulse with six rounds") == []


LONG_TITLE = (
    "Which three priorities should the Riverside partnership tackle first in 2027, "
    "and who will carry each of them?"
)
LONG_PROMPT = (
    "Think about the people you serve, the partners in this room and what you could only do "
    "together; write one idea per note and keep it short enough to read from the back."
)


def test_long_titles_and_prompts_wrap_instead_of_widening(window: MainWindow) -> None:
    """A facilitator may name an activity (or a person) anything: the screens' titles wrap."""
    doc = window.doc
    assert doc is not None
    people_ops.add_participant(
        doc,
        "Dr. Maria-Concepción Fernández-Villalobos de la Torre",
        "Riverside and District Community Health and Wellbeing Partnership Trust",
    )
    for activity in read.activities(doc):
        agenda_ops.update_activity(
            doc,
            activity.id,
            kind=activity.kind,
            title=f"{spec_for(activity.kind).label}: {LONG_TITLE}",
            prompt=LONG_PROMPT,
            timebox_minutes=activity.timebox_minutes,
            facilitator_notes=LONG_PROMPT,
        )
    problems = _walk_the_day(window)
    assert not problems, "\n".join(problems)


def test_the_vote_results_stay_readable_on_a_laptop(window: MainWindow) -> None:
    """The results tab is dense: on a laptop it scrolls, and the rankings keep four rows."""
    page, doc = window.page, window.doc
    assert page is not None and doc is not None
    vote = next(a for a in read.activities(doc) if a.kind is ActivityKind.DOT_VOTE)
    page.agenda.select(vote.id)
    screen = page.screen
    assert screen is not None
    results = screen.results  # type: ignore[attr-defined]
    screen.tabs.setCurrentWidget(results)  # type: ignore[attr-defined]
    results.equal.setChecked(True)
    assert _too_big(window, "the vote's results, both rankings") == []
    for table in (results.ranking, results.weighted):
        row = table.verticalHeader().defaultSectionSize()
        assert table.viewport().height() >= 4 * row, table.objectName()


def test_a_board_opens_readable_on_a_laptop(window: MainWindow) -> None:
    """Fitting the whole demo board into a laptop window would draw blank stickies."""
    from workshop.ui.board.items import DETAIL_LOD
    from workshop.ui.board.screen import BoardScreen

    assert window.doc is not None and window.page is not None
    brainstorm = next(a for a in read.activities(window.doc) if a.kind == ActivityKind.BRAINSTORM)
    window.resize(1366, 768)
    window.page.agenda.select(brainstorm.id)
    for _ in range(10):
        QApplication.processEvents()
    screen = window.page.screen
    assert isinstance(screen, BoardScreen)
    assert screen.view.zoom() >= DETAIL_LOD
    screen.view.fit_all()  # Ctrl+0 still shows everything, however small
    assert screen.view.zoom() < DETAIL_LOD
