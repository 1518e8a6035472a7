"""The pulse check screen driven by the keyboard on a real file, with undo and redo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from workshop.domain.models import ActivityKind
from workshop.domain.pulse import Scale
from workshop.domain.roster import RosterEntry
from workshop.storage import read_pulse
from workshop.storage.document import Document
from workshop.storage.ops import agenda, details, participants
from workshop.ui.pulse.screen import ONE_BY_ONE_TAB, PulseScreen
from workshop.ui.screens.base import ScreenContext
from workshop.ui.screens.registry import screen_class
from workshop.ui.undo import UndoRunner

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@dataclass
class Pulse:
    doc: Document
    activity_id: int
    screen: PulseScreen
    stack: QUndoStack
    messages: list[str]

    def counts(self, round_index: int = 0) -> tuple[int, ...]:
        statement = read_pulse.statements(self.doc, self.activity_id)[0]
        return read_pulse.rounds(self.doc, statement.id)[round_index].distribution.counts


def make(qtbot: QtBot, doc: Document, activity: int) -> Pulse:
    messages: list[str] = []
    stack = QUndoStack()
    runner = UndoRunner(doc, stack, None, report=messages.append)
    assert screen_class(ActivityKind.PULSE) is PulseScreen
    screen = PulseScreen(ScreenContext(doc, runner), activity)
    stack.setParent(screen)  # Qt deletes it, not the GC (see conftest)
    screen.ask_label = lambda _parent, suggestion: suggestion
    unsubscribe = doc.subscribe(screen.on_change)
    screen.destroyed.connect(lambda *_: unsubscribe())
    screen.resize(1200, 850)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    return Pulse(doc, activity, screen, stack, messages)


@pytest.fixture
def pulse(qtbot: QtBot, tmp_path: Path) -> Iterator[Pulse]:
    doc = Document.create(tmp_path / "p.workshop")
    participants.add_participants(doc, [RosterEntry("Ana", "Library"), RosterEntry("Ben", "")])
    activity = agenda.add_activity(doc, ActivityKind.PULSE, "Check-in").inserted("activities")[0]
    result = make(qtbot, doc, activity)
    yield result
    # Empty the parentless undo stack now: left to the garbage collector, it is destroyed
    # at a random later moment and deletes commands already gone (a crash seen in a
    # later test, issue 16's full run).
    result.stack.clear()
    result.screen.close()
    result.screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    doc.close()


def test_statement_tally_rounds_undo_redo(qtbot: QtBot, pulse: Pulse) -> None:
    screen = pulse.screen
    qtbot.keyClick(screen, Qt.Key.Key_N, CTRL)
    assert screen.statement_edit.hasFocus()
    qtbot.keyClicks(screen.statement_edit, "I trust this group")
    qtbot.keyClick(screen.statement_edit, ENTER)
    (statement,) = read_pulse.statements(pulse.doc, pulse.activity_id)
    assert statement.scale is Scale.FIST
    assert screen.statement_label.text() == "I trust this group"
    # paper tally typed in one line, lowest value first
    screen.quick_tally.setFocus()
    qtbot.keyClicks(screen.quick_tally, "0 1 3 6 2")
    qtbot.keyClick(screen.quick_tally, ENTER)
    assert pulse.counts() == (0, 1, 3, 6, 2, 0)
    assert screen.spins[3].value() == 6
    # one box changed by typing
    spin = screen.spins[5]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "4")
    qtbot.keyClick(spin, ENTER)
    assert pulse.counts() == (0, 1, 3, 6, 2, 4)
    histogram = screen.histograms[0]
    assert histogram.isVisible() and "16 answers · median 3" in histogram.accessibleDescription()
    # ask again: a second round beside the first
    qtbot.keyClick(screen, Qt.Key.Key_R, CTRL)
    assert screen.round_combo.count() == 2 and screen.round_combo.currentText() == "Check-out"
    assert sum(1 for h in screen.histograms if h.isVisible()) == 2
    screen.quick_tally.setFocus()
    qtbot.keyClicks(screen.quick_tally, "0 0 0 1 5 2")
    qtbot.keyClick(screen.quick_tally, ENTER)
    assert pulse.counts(1) == (0, 0, 0, 1, 5, 2)
    assert "moved +1" in screen.histograms[1].accessibleDescription()
    steps = pulse.stack.count()
    assert steps == 5
    while pulse.stack.canUndo():
        pulse.stack.undo()
    assert read_pulse.statements(pulse.doc, pulse.activity_id) == []
    assert screen.statements_list.count() == 0
    while pulse.stack.canRedo():
        pulse.stack.redo()
    assert pulse.counts(1) == (0, 0, 0, 1, 5, 2)
    assert pulse.messages == []


def test_one_by_one_is_anonymous_and_hidden_until_shown(qtbot: QtBot, pulse: Pulse) -> None:
    screen = pulse.screen
    screen.statement_edit.setText("We move at the right pace")
    screen.scale_combo.setCurrentIndex(screen.scale_combo.findData(Scale.AGREE.value))
    qtbot.keyClick(screen.statement_edit, ENTER)
    qtbot.keyClick(screen, Qt.Key.Key_B, ALT)  # the One by one tab
    assert screen.entry_tabs.currentIndex() == ONE_BY_ONE_TAB
    screen.pad.setFocus()
    for key in (Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_0):
        qtbot.keyClick(screen.pad, key)
    assert pulse.counts() == (0, 0, 0, 2, 1)  # 0 is not on the agreement scale
    assert "not on this scale" in pulse.messages[-1]
    rows = pulse.doc.db.conn.execute("SELECT participant_id FROM pulse_answers").fetchall()
    assert rows == [(None,), (None,), (None,)]
    assert not screen.who_combo.isEnabled()
    histogram = screen.histograms[0]
    assert "hidden" in histogram.accessibleDescription()
    assert "median" not in histogram.accessibleDescription()
    qtbot.keyClick(screen, Qt.Key.Key_R, CTRL | SHIFT)
    assert "median 4" in screen.histograms[0].accessibleDescription()
    pulse.stack.undo()  # hide again
    assert "hidden" in screen.histograms[0].accessibleDescription()
    pulse.stack.undo()  # the last answer
    assert pulse.counts() == (0, 0, 0, 1, 1)


def test_named_answers_when_not_anonymous(qtbot: QtBot, tmp_path: Path) -> None:
    doc = Document.create(tmp_path / "n.workshop")
    participants.add_participants(doc, [RosterEntry("Ana", "Library")])
    details.update_details(doc, anonymous=False)
    activity = agenda.add_activity(doc, ActivityKind.PULSE, "Pulse").inserted("activities")[0]
    pulse = make(qtbot, doc, activity)
    assert pulse.screen.who_combo.count() == 1  # a pulse check is anonymous by default
    agenda.update_activity(
        doc, activity, kind=ActivityKind.PULSE, title="Pulse", prompt="", timebox_minutes=10,
        anonymous=False,
    )
    assert pulse.screen.who_combo.findText("Ana") > 0
    screen = pulse.screen
    screen.statement_edit.setText("Pace")
    qtbot.keyClick(screen.statement_edit, ENTER)
    screen.entry_tabs.setCurrentIndex(ONE_BY_ONE_TAB)
    screen.who_combo.setCurrentIndex(screen.who_combo.findText("Ana"))
    screen.pad.setFocus()
    qtbot.keyClick(screen.pad, Qt.Key.Key_3)
    qtbot.keyClick(screen.pad, Qt.Key.Key_2)
    assert "already answered" in pulse.messages[-1]
    assert pulse.counts() == (0, 0, 0, 1, 0, 0)
    screen.close()
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    doc.close()


def test_impact_check_radar_and_bad_tally(qtbot: QtBot, pulse: Pulse) -> None:
    screen = pulse.screen
    assert not screen.radar_box.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_I, CTRL)
    assert screen.statements_list.count() == 5
    assert screen.radar_box.isVisible()
    screen.quick_tally.setText("1 2 3 4 5 6")
    qtbot.keyClick(screen.quick_tally, ENTER)
    assert "has 5 values" in pulse.messages[-1]
    screen.quick_tally.setText("0 0 1 2 1")
    qtbot.keyClick(screen.quick_tally, ENTER)
    assert screen.radar.points[0].median == 4
    assert "Agenda" not in screen.radar.accessibleDescription()  # full labels for readers
    assert "Common agenda: median 4" in screen.radar.accessibleDescription()
    screen.statements_list.setFocus()
    qtbot.keyClick(screen.statements_list, Qt.Key.Key_Delete)
    assert screen.statements_list.count() == 4


def test_demo_pulse_shows_rounds_side_by_side(qtbot: QtBot, demo_doc: Document) -> None:
    activity = read_pulse.pulse_activities(demo_doc)[0]
    pulse = make(qtbot, demo_doc, activity)
    screen = pulse.screen
    visible = [h for h in screen.histograms if h.isVisible()]
    assert [h.title for h in visible] == ["Check-in", "Check-out"]
    assert "moved +1" in visible[1].accessibleDescription()
    assert screen.radar_box.isVisible() and len(screen.radar.points) == 5
    screen.close()
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_edit_statement_with_f2(qtbot: QtBot, pulse: Pulse) -> None:
    screen = pulse.screen
    screen.statement_edit.setText("Pace")
    qtbot.keyClick(screen.statement_edit, ENTER)
    screen.ask_text = lambda _parent, current: current + " is right"
    screen.statements_list.setFocus()
    qtbot.keyClick(screen.statements_list, Qt.Key.Key_F2)
    assert read_pulse.statements(pulse.doc, pulse.activity_id)[0].text == "Pace is right"
    assert screen.statement_label.text() == "Pace is right"
    pulse.stack.undo()
    assert screen.statement_label.text() == "Pace"


def _focused_type(qtbot: QtBot, text: str) -> None:
    """Type where the keyboard is, as the facilitator does, and press Enter."""
    from PySide6.QtWidgets import QApplication

    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, ENTER)


def test_readme_steps_statement_enter_then_counts_enter_record_a_tally(
    qtbot: QtBot, pulse: Pulse
) -> None:
    """The README's keys: Ctrl+N, a statement, Enter, the show of hands, Enter."""
    screen = pulse.screen
    qtbot.keyClick(screen, Qt.Key.Key_N, CTRL)
    _focused_type(qtbot, "I trust this group")
    assert screen.quick_tally.hasFocus(), "after a statement the keyboard goes to its tally"
    _focused_type(qtbot, "0 1 2 5 4 1")
    assert [s.text for s in read_pulse.statements(pulse.doc, pulse.activity_id)] == [
        "I trust this group"
    ]
    assert pulse.counts() == (0, 1, 2, 5, 4, 1)


def test_counts_typed_into_the_statement_box_are_offered_as_the_tally(
    qtbot: QtBot, pulse: Pulse
) -> None:
    screen = pulse.screen
    questions: list[str] = []
    answers = [True, False]
    screen.ask_tally = lambda _parent, question: questions.append(question) or answers.pop(0)
    qtbot.keyClick(screen, Qt.Key.Key_N, CTRL)
    _focused_type(qtbot, "I trust this group")
    qtbot.keyClick(screen, Qt.Key.Key_N, CTRL)  # back in the statement box by habit
    _focused_type(qtbot, "0 1 2 5 4 1")
    assert "looks like the show of hands" in questions[0] and "I trust this group" in questions[0]
    assert len(read_pulse.statements(pulse.doc, pulse.activity_id)) == 1
    assert pulse.counts() == (0, 1, 2, 5, 4, 1)
    assert screen.statement_edit.text() == ""
    # Answered "no": it really is a statement.
    qtbot.keyClick(screen, Qt.Key.Key_N, CTRL)
    _focused_type(qtbot, "3 2")
    assert [s.text for s in read_pulse.statements(pulse.doc, pulse.activity_id)][-1] == "3 2"


def test_alt_t_reaches_the_tally(qtbot: QtBot, pulse: Pulse) -> None:
    screen = pulse.screen
    qtbot.keyClick(screen, Qt.Key.Key_N, CTRL)
    _focused_type(qtbot, "We share one goal")
    qtbot.keyClick(screen, Qt.Key.Key_B, ALT)  # One by one
    assert screen.entry_tabs.currentIndex() == ONE_BY_ONE_TAB
    screen.statements_list.setFocus()
    qtbot.keyClick(screen.statements_list, Qt.Key.Key_T, ALT)
    assert screen.entry_tabs.currentIndex() == 0 and screen.quick_tally.hasFocus()
    _focused_type(qtbot, "1 1 1 1 1 1")
    assert pulse.counts() == (1, 1, 1, 1, 1, 1)
