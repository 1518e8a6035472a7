"""Editing a participant's cell and the workshop's details: each edit is one undo step, and
showing what is stored (after any change) is never taken for an edit.

The panels fill their inputs under ``QSignalBlocker`` (no hand-kept ``_loading`` flags):
a reload that echoed back as an edit would add undo steps, or overwrite a refused value.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

import workshop
from helpers.corpus import PEOPLE
from helpers.tables import cell, set_cell, type_in_cell
from helpers.ui_source import ui_nodes
from workshop.domain.roster import RosterEntry
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.ops import participants
from workshop.ui.details_panel import DetailsPanel
from workshop.ui.participants_panel import _NAME, _ORGANISATION, ParticipantsPanel
from workshop.ui.rows_model import KEY_ROLE
from workshop.ui.screens.base import ScreenContext
from workshop.ui.undo import UndoRunner

SOURCE = Path(workshop.__file__).resolve().parent


@pytest.fixture
def room(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[Document, ScreenContext, QUndoStack]]:
    doc = Document.create(tmp_path / "room.workshop")
    participants.add_participants(doc, [RosterEntry(n, o) for n, o in PEOPLE])
    owner = QObject()  # the stack's Qt owner (see tests/conftest.py)
    stack = QUndoStack(owner)
    runner = UndoRunner(doc, stack, None, report=lambda _m: None)
    yield doc, ScreenContext(doc, runner), stack
    owner.deleteLater()
    doc.close()


def test_renaming_in_the_table_is_one_step_and_reloads_silently(
    qtbot: QtBot, room: tuple[Document, ScreenContext, QUndoStack]
) -> None:
    doc, ctx, stack = room
    panel = ParticipantsPanel(ctx)
    qtbot.addWidget(panel)
    unsubscribe = doc.subscribe(lambda change: panel.reload())
    before = read.participants(doc)
    person_id = int(cell(panel.table, 0, _NAME, KEY_ROLE))
    type_in_cell(qtbot, panel.table, 0, _NAME, "Zofia Wiśniewska-Ðorđević")
    assert stack.count() == 1  # the reload that followed was not an edit
    renamed = read.participant(doc, person_id)
    assert renamed is not None and renamed.name == "Zofia Wiśniewska-Ðorđević"
    assert cell(panel.table, panel.model.row_of(person_id), _NAME) == renamed.name
    assert set_cell(panel.table, 1, _ORGANISATION, "Cooperativa Água Viva")
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    panel.reload()
    assert read.participants(doc) == before
    assert stack.count() == 2  # undoing and showing it again added nothing
    unsubscribe()


def test_a_refused_cell_edit_shows_the_stored_value_and_keeps_the_selection(
    qtbot: QtBot, room: tuple[Document, ScreenContext, QUndoStack]
) -> None:
    doc, ctx, stack = room
    messages: list[str] = []
    ctx.runner.report = messages.append
    panel = ParticipantsPanel(ctx)
    qtbot.addWidget(panel)
    unsubscribe = doc.subscribe(panel.on_change)
    panel.resize(1366, 700)
    panel.show()
    qtbot.waitExposed(panel)
    name = cell(panel.table, 2, _NAME)
    panel.table.selectRow(2)
    type_in_cell(qtbot, panel.table, 2, _NAME, "   ")  # a name cannot be blank
    assert messages and stack.count() == 0
    assert cell(panel.table, 2, _NAME) == name  # the stored value, not the typed one
    # an edit elsewhere (a new person) reloads the table; the selected person stays selected
    person_id = panel.selected_ids()
    participants.add_participant(doc, "Ángel Núñez", "Biblioteca")
    assert panel.selected_ids() == person_id and panel.table.model().rowCount() == len(PEOPLE) + 1
    unsubscribe()


def test_details_reload_is_not_an_edit(
    qtbot: QtBot, room: tuple[Document, ScreenContext, QUndoStack]
) -> None:
    doc, ctx, stack = room
    panel = DetailsPanel(ctx)
    qtbot.addWidget(panel)
    anonymous = read.details(doc).anonymous
    panel.anonymous.setChecked(not anonymous)  # the facilitator's click: one step
    assert stack.count() == 1 and read.details(doc).anonymous is (not anonymous)
    stack.undo()
    panel.reload()  # shows the undone value: the checkbox flips back, silently
    assert panel.anonymous.isChecked() is anonymous
    assert stack.count() == 1 and stack.index() == 0
    assert read.details(doc).anonymous is anonymous


#: The names such flags had (the phones panel's and the board outline's were ``_syncing``).
LOADING_FLAGS = {"_loading", "_syncing", "_filling", "_refreshing", "_updating"}


def test_no_loading_flags_in_the_ui() -> None:
    """Inputs are silenced with QSignalBlocker while filled, not with a flag each handler
    must remember to check."""
    found = [
        f"{module}:{node.lineno}"
        for module, node in ui_nodes()
        if isinstance(node, ast.Attribute) and node.attr in LOADING_FLAGS
    ]
    assert found == []


#: Where ``blockSignals`` may still be called (module → why). None today: every input is
#: filled under ``with QSignalBlocker(widget):``, which unblocks even when filling raises
#: and restores a widget that was already blocked, or shows a model that emits no edits.
BLOCK_SIGNALS_ALLOWED: dict[str, str] = {}


def test_signals_are_silenced_with_qsignalblocker() -> None:
    """A hand-paired ``blockSignals(True)``/``(False)`` leaves a widget deaf when anything
    between them raises, and unblocks a widget its caller had blocked."""
    found = [
        f"{module}:{node.lineno}"
        for module, node in ui_nodes()
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "blockSignals"
        and module not in BLOCK_SIGNALS_ALLOWED
    ]
    assert found == [], "use `with QSignalBlocker(widget):` instead"


def test_edited_tables_are_views_on_item_models() -> None:
    """A table the facilitator edits in place is a view on a ``RowsModel`` (its edits go
    through the model's operation), not a hand-filled ``QTableWidget``: no item signals."""
    found = [
        f"{module} {node.value.attr if isinstance(node.value, ast.Attribute) else ''}"
        for module, node in ui_nodes()
        if isinstance(node, ast.Attribute) and node.attr in ("itemChanged", "cellChanged")
    ]
    # The budget ballot's tick list is a list, not a table: its ticks are a draft ballot.
    assert found == ["ui/budgeting/ballots.py projects"], found
