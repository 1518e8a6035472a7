"""A whole "Collaboration kick-off", end to end, on the real main window, keyboard first.

The day itself is scripted in tests/helpers/day.py (shared with the crash test, the
README screenshots and the day benchmark). Qt chooses its platform once per process, so
the day runs in a child pytest whose offscreen platform has two virtual screens (1920×1080
laptop, 1280×720 projector): the audience window goes full screen on the second one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import day as d
from workshop.domain.models import ActivityKind, ActivityStatus
from workshop.storage import (
    read,
    read_actions,
    read_board,
    read_pulse,
    read_purpose,
    read_reciprocity,
    read_votes,
)
from workshop.ui.main_window import MainWindow

CHILD = os.environ.get("WORKSHOP_E2E_CHILD") == "1"
HERE = Path(__file__).resolve().parent


@pytest.mark.skipif(CHILD, reason="this is the child process")
def test_whole_day_on_two_screens_in_a_child_process(tmp_path: Path) -> None:
    config = HERE / "fixtures" / "two-screens.json"
    env = {
        **os.environ,
        "WORKSHOP_TEST_QPA": f"offscreen:configfile={config}",
        "WORKSHOP_E2E_CHILD": "1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__)),
         "-k", "not child_process", "--basetemp", str(tmp_path / "child")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=HERE.parent,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout, result.stdout


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[tuple[MainWindow, d.Answers]]:
    answers = d.Answers(tmp_path)
    win = d.make_window(data_dir, answers)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    yield win, answers
    win.close()


@pytest.mark.skipif(not CHILD, reason="runs in the two-screen child process")
def test_whole_day(qtbot: QtBot, window: tuple[MainWindow, d.Answers], tmp_path: Path) -> None:
    win, answers = window
    path, pdf = tmp_path / "harbour.workshop", tmp_path / "harbour record.pdf"
    day = d.Day(win, answers, path, pdf)

    def after(step: str) -> None:
        assert answers.messages == [], (step, answers.messages)
        if step == "projector":
            audience = win.projector.controller.window
            qtbot.waitUntil(audience.isFullScreen)
            qtbot.waitUntil(lambda: audience.screen().name() == "Projector")
            assert win.screen().name() == "Main"

    day.after_step = after
    day.run()
    assert len(day.room_checks) >= 20

    # What the facilitator ends the day with.
    doc = win.doc
    assert doc is not None
    snapshot = _snapshot(doc)
    assert all(a.status is ActivityStatus.DONE for a in read.activities(doc))

    # Close the workshop, open the file again: everything is there, undo included.
    steps = win.undo_stack.count()
    win.close_workshop()
    assert not win.projector.controller.window.isVisible()
    assert win.open_path(path)
    assert win.doc is not None
    assert _snapshot(win.doc) == snapshot
    assert win.undo_stack.count() == steps
    assert pdf.stat().st_size > 10_000


def _snapshot(doc: object) -> dict[str, object]:
    from workshop.storage.document import Document

    assert isinstance(doc, Document)
    activities = read.activities(doc)
    kinds = [a.kind for a in activities]
    assert kinds.count(ActivityKind.PULSE) == 2
    brainstorm = next(a for a in activities if a.kind is ActivityKind.BRAINSTORM)
    vote = next(a for a in activities if a.kind is ActivityKind.DOT_VOTE)
    purpose = next(a for a in activities if a.kind is ActivityKind.PURPOSE_BLEND)
    pulses = [a for a in activities if a.kind is ActivityKind.PULSE]
    notes = read_board.notes(doc, brainstorm.id)
    results = read_votes.results(doc, vote.id)
    assert len(read.participants(doc)) == 10
    assert len(notes) == 30 and len(read_board.clusters(doc, brainstorm.id)) == 4
    assert len(read_votes.who_voted(doc, vote.id)) == 10
    assert read_votes.settings(doc, vote.id).revealed
    assert read_purpose.adopted_purpose(doc) == d.ADOPTED
    assert len(read_reciprocity.commitments(doc)) == 2
    assert len(read_actions.actions(doc)) == 4
    assert [s.text for p in pulses for s in read_pulse.statements(doc, p.id)] == [
        d.PULSE_STATEMENT
    ] * 2
    return {
        "details": read.details(doc),
        "participants": read.participants(doc),
        "activities": activities,
        "notes": notes,
        "clusters": read_board.clusters(doc, brainstorm.id),
        "ranking": [(r.title, r.dots) for r in results.preferred()],
        "purpose": read_purpose.drafts(doc, purpose.id),
        "commitments": read_reciprocity.commitments(doc),
        "actions": read_actions.actions(doc),
    }
