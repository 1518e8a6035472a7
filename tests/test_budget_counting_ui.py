"""A city-sized participatory budget never freezes the window: the laptop's results tab
and the projector say "Counting…" at once, the event loop keeps turning while a worker
reads the 20,000 ballots (on a connection of its own) and counts them, and both fill in
from the one count when it is done."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from helpers.pb_city import city
from test_budgeting_ui import budget_id, make
from workshop.domain import pabulib
from workshop.domain.budgeting import Rule
from workshop.domain.models import ActivityKind
from workshop.storage import budget_results
from workshop.storage import read_budgeting as rb
from workshop.storage.document import Document
from workshop.storage.ops import agenda
from workshop.storage.ops import budgeting as ops
from workshop.ui.projector.controller import ProjectorController

#: Generous: the count takes ~18 s alone and far longer beside the rest of the suite.
COUNT_WAIT_MS = 600_000


def _reads_recorded(monkeypatch: pytest.MonkeyPatch, doc: Document) -> list[tuple[str, bool]]:
    """Every read of an election from now on: (its thread's name, whether it read with
    the document's own connection)."""
    reads: list[tuple[str, bool]] = []
    read = rb.election

    def recorded(source: Document | sqlite3.Connection, activity_id: int,
                 **kw: bool) -> object:
        reads.append((threading.current_thread().name, source is doc or source is doc.conn))
        return read(source, activity_id, **kw)

    monkeypatch.setattr(rb, "election", recorded)
    return reads


def test_a_city_sized_budget_counts_off_the_gui_thread(
    qtbot: QtBot, doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agenda.add_activity(doc, ActivityKind.BUDGET, "Budżet obywatelski 2026")
    aid = int(doc.conn.execute("SELECT max(id) FROM activities").fetchone()[0])
    ops.import_pb(doc, aid, pabulib.from_election(city()))  # 150 projects, 20,000 ballots
    ops.set_revealed(doc, aid, True)
    ops.show_rule(doc, aid, Rule.MES_COMPLETED)  # the projector shares the laptop's count
    assert rb.counting(doc, aid).big
    reads = _reads_recorded(monkeypatch, doc)

    host = QWidget()
    QVBoxLayout(host).addWidget(QLineEdit())
    qtbot.addWidget(host)
    host.show()
    projector = ProjectorController(
        host, doc, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        clock=lambda: 1_800_000_000.0,
    )
    unsubscribe = doc.subscribe(projector.on_change)
    try:
        # "at once" without a race: no count may begin before both have looked
        with budget_results._ONE_AT_A_TIME:
            screen, _stack, _messages = make(qtbot, doc)
            screen.tabs.setCurrentWidget(screen.results)
            tab = screen.results
            # the laptop says it is counting, and shows no stale or partial table
            assert tab.counting.isVisible() and not tab.outcome.isVisible()
            assert tab.counting.text().startswith("Counting the votes…")
            projector.open()
            qtbot.waitExposed(projector.window)
            projector.show_in_room(aid)
            assert "Counting the votes…" in projector.window.texts()

        ticks: list[int] = []
        timer = QTimer(screen)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(20)
        qtbot.waitUntil(tab.outcome.isVisible, timeout=COUNT_WAIT_MS)
        assert len(ticks) > 3  # the event loop kept turning while the worker counted
        timer.stop()
        assert not tab.counting.isVisible()
        assert tab.outcome.rowCount() == 150 and tab.comparison.rowCount() == 2
        assert tab.comparison.item(1, 0).text() == "Equal Shares, completed"
        qtbot.waitUntil(lambda: any(
            t.startswith("Equal Shares, completed · ") for t in projector.window.texts()
        ), timeout=COUNT_WAIT_MS)
        footer = projector.window.findChild(QLabel, "budgetFooter")
        assert footer is not None and "of 20,000 voters" in footer.text()
        # the CSV and the handout read the same count: nothing left to count
        assert rb.counting(doc, aid).done() is not None
        # the ballots were read once, in the worker, on a connection of its own: the
        # window's thread only asked how many there are
        assert reads == [("budget-count", False)]
        screen.grab().save(str(tmp_path / "budget-city-results.png"))
    finally:
        unsubscribe()
        projector.close()
        projector.window.deleteLater()


def test_a_ballot_cast_while_counting_shows_the_newer_count(
    qtbot: QtBot, demo_doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo counted as a city would be (in a worker): a ballot cast meanwhile makes the
    count under way stale, and the tab fills in from the newer one only."""
    monkeypatch.setattr(budget_results, "BIG", 0)
    aid = budget_id(demo_doc)
    voters = len(rb.election(demo_doc, aid).ballots)
    reads = _reads_recorded(monkeypatch, demo_doc)
    with budget_results._ONE_AT_A_TIME:  # another count holds the worker
        screen, _stack, _messages = make(qtbot, demo_doc)
        screen.tabs.setCurrentWidget(screen.results)
        tab = screen.results
        assert tab.counting.isVisible() and not tab.outcome.isVisible()
        stale = tab.waiter._job
        ops.cast_ballot(demo_doc, aid, None, [rb.projects(demo_doc, aid)[0].id])
        assert tab.counting.isVisible() and tab.waiter._job is not stale
    qtbot.waitUntil(tab.outcome.isVisible, timeout=COUNT_WAIT_MS)
    assert stale is not None and stale.cancelled()
    assert tab.comparison.item(0, 3).text().endswith(f" of {voters + 1}")
    # the stale count never began, so only the newer state's ballots were read: in the worker
    assert reads == [("budget-count", False)]


def test_a_room_sized_vote_with_a_citys_costs_goes_to_a_worker(
    qtbot: QtBot, doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """12 projects × 16 ballots is a room's size, but with a city's costs its completion
    takes seconds: the window gives it up after a moment (``AT_ONCE_SECONDS`` of CPU; here
    0, so the test does not depend on this machine's speed), says "Counting…" and fills
    in from the worker. A room's vote is still shown at once (the other budget tests)."""
    from workshop.ui.budgeting import counting

    monkeypatch.setattr(counting, "AT_ONCE_SECONDS", 0.0)
    agenda.add_activity(doc, ActivityKind.BUDGET, "Budżet z kosztami miasta")
    aid = int(doc.conn.execute("SELECT max(id) FROM activities").fetchone()[0])
    ops.import_pb(doc, aid, pabulib.from_election(city(12, 16)))
    ops.set_revealed(doc, aid, True)
    assert not rb.counting(doc, aid).big
    screen, _stack, _messages = make(qtbot, doc)
    screen.tabs.setCurrentWidget(screen.results)
    tab = screen.results
    assert tab.counting.isVisible() and not tab.outcome.isVisible()
    qtbot.waitUntil(tab.outcome.isVisible, timeout=COUNT_WAIT_MS)
    assert tab.outcome.rowCount() == 12
    assert rb.counting(doc, aid).done() is not None


def test_a_count_a_worker_finishes_after_the_workshop_closed_is_let_go(
    qtbot: QtBot, demo_doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The results tab outlived its workshop (a screen not yet deleted when the file was
    closed) while a worker counted: the count ends quietly, with nothing read from the
    closed file (it had raised "Cannot operate on a closed database" in the event loop)."""
    monkeypatch.setattr(budget_results, "BIG", 0)  # counted in a worker, as a city is
    with budget_results._ONE_AT_A_TIME:  # the worker waits until the file is closed
        screen, _stack, _messages = make(qtbot, demo_doc)
        screen.tabs.setCurrentWidget(screen.results)
        tab = screen.results
        assert tab.counting.isVisible() and tab.waiter.counting
        demo_doc.close()
        assert demo_doc.closed
    qtbot.waitUntil(lambda: not tab.waiter.counting, timeout=COUNT_WAIT_MS)
    qtbot.wait(50)  # anything the count set off has run
    assert tab.counting.isVisible()  # left as it was
