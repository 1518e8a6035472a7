"""The actions tab driven by the keyboard on a real file, with undo and redo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from helpers.tables import cell, texts, type_in_cell
from workshop.domain.actions import ActionStatus, SourceKind
from workshop.domain.models import ActivityKind
from workshop.domain.roster import RosterEntry
from workshop.storage import read_actions
from workshop.storage.document import Document
from workshop.storage.ops import agenda, participants
from workshop.storage.ops import board as board_ops
from workshop.ui.actions_panel import DUE, OWNER, WHAT, ActionsPanel, add_action_from
from workshop.ui.screens.base import ScreenContext
from workshop.ui.undo import UndoRunner

ENTER = Qt.Key.Key_Return


@dataclass
class Panel:
    doc: Document
    panel: ActionsPanel
    ctx: ScreenContext
    stack: QUndoStack
    messages: list[str]

    def rows(self) -> list[tuple[str, str, str, str]]:
        return [
            (a.what, a.owner_label, a.due, a.status.value) for a in read_actions.actions(self.doc)
        ]


@pytest.fixture
def panel(qtbot: QtBot, tmp_path: Path) -> Iterator[Panel]:
    doc = Document.create(tmp_path / "a.workshop")
    participants.add_participants(
        doc, [RosterEntry("Ana Silva", "Library"), RosterEntry("Ben Ode", "Council")]
    )
    messages: list[str] = []
    stack = QUndoStack()
    ctx = ScreenContext(doc, UndoRunner(doc, stack, None, report=messages.append))
    widget = ActionsPanel(ctx, today=lambda: date(2026, 12, 1))
    stack.setParent(widget)  # Qt deletes it, not the GC (see conftest)
    unsubscribe = doc.subscribe(widget.on_change)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield Panel(doc, widget, ctx, stack, messages)
    unsubscribe()
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    doc.close()


def add(qtbot: QtBot, p: Panel, what: str, owner: str = "", due: str = "") -> None:
    panel = p.panel
    panel.what_edit.setFocus()
    qtbot.keyClicks(panel.what_edit, what)
    qtbot.keyClick(panel.what_edit, Qt.Key.Key_Tab)
    assert panel.owner_edit.hasFocus()
    qtbot.keyClicks(panel.owner_edit, owner)
    qtbot.keyClick(panel.owner_edit, Qt.Key.Key_Tab)
    assert panel.due_edit.hasFocus()
    qtbot.keyClicks(panel.due_edit, due)
    qtbot.keyClick(panel.due_edit, ENTER)


def test_add_by_keyboard_move_along_edit_remove_undo(qtbot: QtBot, panel: Panel) -> None:
    add(qtbot, panel, "Book the hall", "Council (organisation)", "2026-12-10")
    assert panel.panel.what_edit.hasFocus() and panel.panel.what_edit.text() == ""
    panel.panel.owner_edit.clear()
    panel.panel.due_edit.clear()
    add(qtbot, panel, "Write up the notes", "Ana", "2026-11-20")
    panel.panel.owner_edit.clear()
    panel.panel.due_edit.clear()
    add(qtbot, panel, "Find a venue")
    assert panel.rows() == [
        ("Book the hall", "Council", "2026-12-10", "open"),
        ("Write up the notes", "Ana Silva (Library)", "2026-11-20", "open"),
        ("Find a venue", "No owner yet", "", "open"),
    ]
    table = panel.panel.table
    # sorted by due date; the overdue one is flagged
    assert cell(table, 0, WHAT) == "Write up the notes"
    assert cell(table, 0, DUE, Qt.ItemDataRole.ToolTipRole) == "Overdue"
    # In words, not only in red: the status says it, and the date's cell reads it out.
    assert cell(table, 0, 3) == "Open · overdue"
    assert cell(table, 1, 3) == "Open"
    assert cell(table, 0, DUE, Qt.ItemDataRole.AccessibleTextRole) == "2026-11-20, overdue"
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert read_actions.actions(panel.doc)[1].status is ActionStatus.DONE
    # edit the owner cell by typing a name (F2, type, Enter)
    row = texts(table, WHAT).index("Find a venue")
    type_in_cell(qtbot, table, row, OWNER, "Ben Ode")
    assert panel.rows()[2][1] == "Ben Ode (Council)"
    row = texts(table, WHAT).index("Find a venue")
    assert table.selectionModel().isRowSelected(row), "the edited row stays selected"
    type_in_cell(qtbot, table, row, DUE, "next week")
    assert "not a date" in panel.messages[-1]
    assert panel.rows()[2][2] == "" and cell(table, row, DUE) == ""  # the stored value
    assert panel.stack.count() == 6  # three adds, two moves along, one owner: no echo
    type_in_cell(qtbot, table, row, DUE, "2026-11-30")  # due earlier: the row moves up
    assert texts(table, WHAT).index("Find a venue") == 0 and panel.rows()[2][2] == "2026-11-30"
    assert table.selectionModel().isRowSelected(0), "the moved row stays selected"
    row = 0
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [r[0] for r in panel.rows()] == ["Book the hall", "Write up the notes"]
    while panel.stack.canUndo():
        panel.stack.undo()
    assert panel.rows() == [] and table.model().rowCount() == 0
    while panel.stack.canRedo():
        panel.stack.redo()
    assert len(panel.rows()) == 2 and table.model().rowCount() == 2


def test_unknown_owner_and_empty_text_are_refused(qtbot: QtBot, panel: Panel) -> None:
    add(qtbot, panel, "Something", "Zed")
    assert "Nobody called" in panel.messages[-1] and panel.rows() == []
    assert panel.panel.owner_edit.hasFocus()
    panel.panel.owner_edit.clear()
    panel.panel.what_edit.clear()
    qtbot.keyClick(panel.panel.what_edit, ENTER)
    assert "cannot be empty" in panel.messages[-1]
    assert panel.stack.count() == 0


def test_add_action_from_a_note(qtbot: QtBot, panel: Panel) -> None:
    agenda.add_activity(panel.doc, ActivityKind.BRAINSTORM, "Ideas")
    board_ops.add_note(panel.doc, 1, "Community fridge")
    note = panel.doc.db.conn.execute("SELECT id FROM notes").fetchone()[0]
    change = add_action_from(panel.ctx, SourceKind.NOTE, note, "Ask about a fridge")
    assert change is not None
    (action,) = read_actions.actions(panel.doc)
    assert action.source_text == "Note: Community fridge"
    assert cell(panel.panel.table, 0, 4) == "Note: Community fridge"
    assert add_action_from(panel.ctx, "cluster", 999, "x") is None
    assert "no longer exists" in panel.messages[-1]


def test_filter(qtbot: QtBot, panel: Panel) -> None:
    add(qtbot, panel, "One")
    add(qtbot, panel, "Two")
    table = panel.panel.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    panel.panel.filter_combo.setCurrentIndex(panel.panel.filter_combo.findData("doing"))
    assert table.model().rowCount() == 1
    panel.panel.filter_combo.setCurrentIndex(0)
    assert table.model().rowCount() == 2


def test_a_long_what_is_shown_whole_on_a_laptop(qtbot: QtBot, panel: Panel) -> None:
    """On a 1366×768 laptop "Circulate the draft…" was cut to "Circulate t…": it wraps now."""
    long = (
        "Circulate the adopted purpose to every board and ask each to endorse it formally "
        "before the March partnership meeting"
    )
    add(qtbot, panel, long, "Ana Silva")
    panel.panel.resize(700, 500)  # the Actions tab beside the run dock on a laptop
    qtbot.wait(20)
    table = panel.panel.table
    assert cell(table, 0, 0) == long
    rect = table.visualRect(table.model().index(0, 0))
    needed = table.fontMetrics().boundingRect(
        0, 0, rect.width() - 8, 10_000, int(Qt.TextFlag.TextWordWrap), long
    ).height()
    assert rect.height() >= needed
