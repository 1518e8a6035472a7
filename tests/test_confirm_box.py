"""One Yes/Cancel question for every screen (``ui/dialogs.confirm``): the real box, answered
as a facilitator would (Enter, Esc, a click), through each screen that asks it."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import workshop
from helpers.ui_source import ui_nodes
from workshop.ui.board.grouping import ask_move_dialog
from workshop.ui.board.paste import confirm_add_notes
from workshop.ui.dialogs import Answer, choose, confirm
from workshop.ui.export_actions import _confirm_replace, _offer_open
from workshop.ui.pulse.questions import ask_counts_are_tally
from workshop.ui.share import ask_keep_voters

SOURCE = Path(workshop.__file__).resolve().parent


@dataclass
class Seen:
    """What the box showed: title, text, its buttons and which one Enter presses."""

    title: str = ""
    text: str = ""
    buttons: list[str] = field(default_factory=list)
    default: str = ""


def answer_next_box(answer: Callable[[QMessageBox], None]) -> Seen:
    """Answer the next message box once it is up (its own modal loop is running)."""
    seen = Seen()

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.title, seen.text = box.windowTitle(), box.text()
        seen.buttons = sorted(b.text().replace("&", "") for b in box.buttons())
        default = box.defaultButton()
        seen.default = default.text().replace("&", "") if default is not None else ""
        answer(box)

    QTimer.singleShot(0, look)
    return seen


def key(which: Qt.Key) -> Callable[[QMessageBox], None]:
    """A real key press on the box (Enter: its default button; Esc: its escape button)."""
    return lambda box: QTest.keyClick(box.focusWidget() or box, which)


def click(text: str) -> Callable[[QMessageBox], None]:
    def press(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()

    return press


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_enter_gives_the_default_answer_and_esc_never_confirms(parent: QWidget) -> None:
    seen = answer_next_box(key(Qt.Key.Key_Return))
    assert confirm(parent, "Add notes", "Add 12 lines as notes?") is True
    assert (seen.title, seen.text, seen.buttons, seen.default) == (
        "Add notes", "Add 12 lines as notes?", ["Cancel", "Yes"], "Yes"
    )
    answer_next_box(key(Qt.Key.Key_Escape))
    assert confirm(parent, "Add notes", "Add 12 lines as notes?") is False
    seen = answer_next_box(key(Qt.Key.Key_Return))
    assert confirm(parent, "Replace?", "Replace it?", default=False) is False
    assert seen.default == "Cancel"


def test_answers_in_the_callers_words(parent: QWidget) -> None:
    seen = answer_next_box(click("Move them"))
    assert confirm(parent, "Group", "Move the notes?", "Move them", refuse_label="Not now")
    assert seen.buttons == ["Move them", "Not now"]
    seen = answer_next_box(click("Close"))
    assert not confirm(parent, "Ready", "Open it?", Answer.Open, refuse_label=Answer.Close)
    assert seen.buttons == ["Close", "Open"] and seen.default == "Open"


def test_every_screen_asks_with_the_same_box(parent: QWidget, tmp_path: Path) -> None:
    seen = answer_next_box(key(Qt.Key.Key_Return))
    assert confirm_add_notes(parent, "Add 3 lines as 3 notes?") is True
    assert seen.title == "Add notes" and seen.default == "Yes"
    existing = tmp_path / "handout.pdf"
    seen = answer_next_box(key(Qt.Key.Key_Return))
    assert _confirm_replace(parent, [existing]) is False  # Enter keeps the file
    assert seen.title == "Replace?" and "handout.pdf" in seen.text
    seen = answer_next_box(click("Yes"))
    assert _confirm_replace(parent, [existing, tmp_path / "b.pdf"]) is True
    assert "2 files already exist" in seen.text
    seen = answer_next_box(key(Qt.Key.Key_Return))
    assert _offer_open(parent, existing) is True and seen.buttons == ["Close", "Open"]
    seen = answer_next_box(click("No"))
    assert ask_counts_are_tally(parent, "Record 0 1 2 as the tally?") is False
    assert seen.buttons == ["No", "Yes"] and seen.title == "Record the tally?"


def test_three_answers_move_leave_or_cancel(parent: QWidget) -> None:
    seen = answer_next_box(key(Qt.Key.Key_Return))
    assert ask_move_dialog(parent, "3 notes are already grouped. Move them?", False) is False
    assert seen.buttons == ["Cancel", "Leave them", "Move them"] and seen.default == "Leave them"
    answer_next_box(key(Qt.Key.Key_Escape))
    assert ask_move_dialog(parent, "Move them?", True) is None  # Esc groups nothing
    answer_next_box(click("Move them"))
    assert ask_move_dialog(parent, "Move them?", False) is True
    seen = answer_next_box(key(Qt.Key.Key_Return))
    assert ask_keep_voters(parent) is False  # Enter: leave who voted out of the copy
    assert seen.buttons == ["Cancel", "No", "Yes"] and seen.title == "Share a copy"
    answer_next_box(key(Qt.Key.Key_Escape))
    assert ask_keep_voters(parent) is None
    answer_next_box(click("Yes"))
    assert ask_keep_voters(parent) is True
    answer_next_box(lambda box: box.close())
    assert choose(parent, "Q", "?", ["Go", "Wait", Answer.Cancel], escape=1) == 1


def test_no_screen_builds_its_own_question_box() -> None:
    """Every question goes through ``confirm`` or ``choose``: no ``QMessageBox.question``
    and no ``QMessageBox(`` outside ``ui/dialogs.py`` and the crash report
    (``ui/crash_dialog.py``)."""
    own_boxes = {"ui/dialogs.py", "ui/crash_dialog.py"}  # (the crash report tells, not asks)
    found = [
        f"{module}:{node.lineno}"
        for module, node in ui_nodes()
        if module not in own_boxes
        and (
            (
                isinstance(node, ast.Attribute)
                and node.attr == "question"
                and isinstance(node.value, ast.Name)
                and node.value.id == "QMessageBox"
            )
            or (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QMessageBox"
            )
        )
    ]
    assert found == [], "ask with workshop.ui.dialogs.confirm or choose"
