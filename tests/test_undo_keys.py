"""Ctrl+Z / Ctrl+Shift+Z undo and redo the last action wherever the keyboard is.

Following the facilitator's keys in each capture box of the real window: type,
Enter, Ctrl+Z. The action is undone (the row is gone) and the box stays empty
(before, Ctrl+Z put the text back into the box and left the row, so Enter added
it twice). A box holding text not yet added undoes its own typing first.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from helpers.windows import main_window, silent_questions
from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.ui.main_window import MainWindow
from workshop.ui.workshop_page import ACTIONS_TAB, PARTICIPANTS_TAB

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    messages: list[str] = []
    win = main_window(data_dir, silent_questions(messages))
    qtbot.addWidget(win)
    win.show()
    assert win.open_demo(), messages
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.projector.controller.close()
    win.close()


def _open(window: MainWindow, kind: ActivityKind | None, tab: int | None) -> None:
    page = window.page
    assert page is not None and window.doc is not None
    if kind is not None:
        activity = next(a for a in read.activities(window.doc) if a.kind is kind)
        page.agenda.select(activity.id)
        page.focus_activity()
    if tab is not None:
        page.show_tab(tab)
    QApplication.processEvents()  # a panel built on first show appears on the next turn


def _rows(window: MainWindow, table: str) -> int:
    assert window.doc is not None
    return int(window.doc.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, window: MainWindow, name: str, text: str) -> None:
    box = window.findChild(QWidget, name)
    assert box is not None and box.isVisible(), name
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


# (what the facilitator opens, the boxes typed into in order, the table that grows)
CASES = {
    "board capture": (ActivityKind.BRAINSTORM, None, ["boardCaptureText"], "notes"),
    "pulse statement": (ActivityKind.PULSE, None, ["pulseStatementText"], "pulse_statements"),
    "purpose": (
        ActivityKind.PURPOSE_BLEND, None, ["purposeParty", "purposeStatementText"],
        "purpose_statements",
    ),
    "offers and asks": (
        ActivityKind.OFFERS_ASKS, None, ["offersAsksParty", "offersAsksText"],
        "reciprocity_cards",
    ),
    "participants": (None, PARTICIPANTS_TAB, ["participantName"], "participants"),
    "actions": (None, ACTIONS_TAB, ["actionWhat"], "actions"),
}
#: QTest types ASCII only (qasciikey.cpp); the demo's first participant fills in the parties.
TEXTS: dict[str, str] = {}


@pytest.mark.parametrize("case", list(CASES))
def test_ctrl_z_after_adding_undoes_the_action_not_the_box(
    qtbot: QtBot, window: MainWindow, case: str
) -> None:
    kind, tab, boxes, table = CASES[case]
    _open(window, kind, tab)
    if case in ("purpose", "offers and asks"):
        # A named party who exists: the first participant of the demo.
        assert window.doc is not None
        name = read.participants(window.doc)[0].name
        TEXTS["purposeParty"] = TEXTS["offersAsksParty"] = name
    before = _rows(window, table)
    for box in boxes:
        _type(qtbot, window, box, TEXTS.get(box, "Benches in the riverside park - more shade"))
    assert _rows(window, table) == before + 1, case

    box = _focus()
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert _rows(window, table) == before, f"{case}: Ctrl+Z did not undo the action"
    for name in boxes:
        edit = window.findChild(QLineEdit, name)
        if edit is not None and name != "offersAsksParty":
            assert edit.text() == "", f"{case}: Ctrl+Z put text back into {name}"

    qtbot.keyClick(_focus(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert _rows(window, table) == before + 1, f"{case}: Ctrl+Shift+Z did not redo"
    qtbot.keyClick(_focus(), Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(_focus(), Qt.Key.Key_Y, CTRL)
    assert _rows(window, table) == before + 1, f"{case}: Ctrl+Y did not redo"


def test_a_box_with_typing_not_yet_added_undoes_its_own_typing_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(window, ActivityKind.BRAINSTORM, None)
    before = _rows(window, "notes")
    _type(qtbot, window, "boardCaptureText", "Pierwsza")
    box = window.findChild(QLineEdit, "boardCaptureText")
    assert box is not None
    box.setFocus()
    qtbot.keyClicks(box, "Druga")
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert box.text() == "", "the box's own typing is undone first"
    assert _rows(window, "notes") == before + 1, "the added note stays"
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL | SHIFT)
    assert box.text() == "Druga", "and redone in the box"
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert box.text() == "Druga", "deleting the typing is the box's own edit too"
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert box.text() == "" and not box.isUndoAvailable()
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert _rows(window, "notes") == before, "an empty box leaves Ctrl+Z to the action"


def test_paste_list_dialog_ctrl_enter_is_ok(qtbot: QtBot) -> None:
    from workshop.ui.participants_panel import pasted_list_dialog

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        dialog, text = pasted_list_dialog(None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        text.setFocus()
        qtbot.keyClicks(text, "Ana Silva, Library")
        qtbot.keyClick(text, Qt.Key.Key_Return)  # plain Enter: a new line
        qtbot.keyClicks(text, "Ben Ode, Youth Forum")
        assert dialog.result() == 0 and dialog.isVisible()
        qtbot.keyClick(text, key, CTRL)
        assert dialog.result() == dialog.DialogCode.Accepted.value
        assert text.toPlainText() == "Ana Silva, Library\nBen Ode, Youth Forum"


def test_a_note_open_for_editing_keeps_the_undo_keys(qtbot: QtBot, window: MainWindow) -> None:
    """F2 opens a note's text in place: Ctrl+Z there must not undo the last action under it."""
    from workshop.ui.board.screen import BoardScreen

    _open(window, ActivityKind.BRAINSTORM, None)
    _type(qtbot, window, "boardCaptureText", "A note to edit")
    page = window.page
    assert page is not None and isinstance(page.screen, BoardScreen)
    before = _rows(window, "notes")
    note_id = max(page.screen.scene.notes)
    page.screen.view.edit_note(note_id)
    editor = _focus()
    assert editor is not page.screen.capture.text
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert _rows(window, "notes") == before, "the note is still there"
