"""The offers-and-asks screen driven by the keyboard on a real file, with undo and redo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from workshop.domain.models import ActivityKind
from workshop.domain.reciprocity import CardKind
from workshop.domain.roster import RosterEntry
from workshop.storage import read_actions, read_reciprocity
from workshop.storage.document import Document
from workshop.storage.ops import agenda, participants
from workshop.ui.reciprocity.screen import OffersAsksScreen
from workshop.ui.screens.base import ScreenContext
from workshop.ui.screens.registry import screen_class
from workshop.ui.undo import UndoRunner

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@dataclass
class Room:
    doc: Document
    activity_id: int
    screen: OffersAsksScreen
    stack: QUndoStack
    messages: list[str]
    dues: list[str]

    def cards(self) -> list[tuple[CardKind, str, str]]:
        return [
            (c.kind, c.party.name, c.text)
            for c in read_reciprocity.cards(self.doc, self.activity_id)
        ]


@pytest.fixture
def room(qtbot: QtBot, tmp_path: Path) -> Iterator[Room]:
    doc = Document.create(tmp_path / "r.workshop")
    participants.add_participants(
        doc, [RosterEntry("Ana Silva", "Library"), RosterEntry("Ben Ode", "Council")]
    )
    activity = agenda.add_activity(doc, ActivityKind.OFFERS_ASKS, "Offers and asks").inserted(
        "activities"
    )[0]
    messages: list[str] = []
    stack = QUndoStack()
    runner = UndoRunner(doc, stack, None, report=messages.append)
    assert screen_class(ActivityKind.OFFERS_ASKS) is OffersAsksScreen
    screen = OffersAsksScreen(ScreenContext(doc, runner), activity)
    stack.setParent(screen)  # Qt deletes it, not the GC (see conftest)
    dues: list[str] = []
    screen.ask_due = lambda _parent, _title: dues.pop(0) if dues else ""
    unsubscribe = doc.subscribe(screen.on_change)
    screen.resize(1300, 850)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    yield Room(doc, activity, screen, stack, messages, dues)
    unsubscribe()
    screen.close()
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(screen)
    doc.close()


def type_card(qtbot: QtBot, room: Room, who: str | None, text: str) -> None:
    screen = room.screen
    if who is not None:
        screen.party_edit.setFocus()
        screen.party_edit.selectAll()
        qtbot.keyClicks(screen.party_edit, who)
        qtbot.keyClick(screen.party_edit, ENTER)  # Enter in "who" moves on to the text
        assert screen.text_edit.hasFocus()
    qtbot.keyClicks(screen.text_edit, text)
    qtbot.keyClick(screen.text_edit, ENTER)


def test_keyboard_capture_match_confirm_undo_redo(qtbot: QtBot, room: Room) -> None:
    screen = room.screen
    screen.focus_primary()
    assert screen.party_edit.hasFocus()
    type_card(qtbot, room, "Ana Silva", "Free meeting rooms in the evening")
    type_card(qtbot, room, None, "+Printing for flyers")  # who stays chosen; + makes an offer
    qtbot.keyClick(screen, Qt.Key.Key_K, ALT)  # Alt+K: asks from now on
    assert screen.ask_radio.isChecked()
    type_card(qtbot, room, "Ben", "A meeting room for the youth forum")
    assert room.cards() == [
        (CardKind.OFFER, "Ana Silva", "Free meeting rooms in the evening"),
        (CardKind.OFFER, "Ana Silva", "Printing for flyers"),
        (CardKind.ASK, "Ben Ode", "A meeting room for the youth forum"),
    ]
    assert screen.offers_list.count() == 2 and screen.asks_list.count() == 1
    assert screen.text_edit.text() == ""
    # the ask is selected and its best match is suggested first
    assert screen.suggestions_list.count() == 1
    assert "Free meeting rooms" in screen.suggestions_list.item(0).text()
    assert "meeting, room" in screen.suggestions_list.item(0).text()
    room.dues.append("2026-12-15")
    qtbot.keyClick(screen, Qt.Key.Key_M, CTRL)
    (commitment,) = read_reciprocity.commitments(room.doc, room.activity_id)
    assert (commitment.giver.name, commitment.receiver.name, commitment.due) == (
        "Ana Silva", "Ben Ode", "2026-12-15",
    )
    assert [a.what for a in read_actions.actions(room.doc)] == [
        "Free meeting rooms in the evening → Ben Ode"
    ]
    assert screen.commitments_table.rowCount() == 1
    assert screen.balance_table.item(0, 3).text() in {"", "only gives", "only receives"}
    assert "1 commitment" in screen.summary.text()
    assert screen.map.flows and len(screen.map.parties) == 2
    # Only the two rows the match touched change: ✓ on them, the same items kept.
    ask_item, offer_items = screen.asks_list.item(0), [
        screen.offers_list.item(r) for r in range(2)
    ]
    assert ask_item.text().startswith("✓ ") and offer_items[0].text().startswith("✓ ")
    assert not offer_items[1].text().startswith("✓ ")
    assert offer_items[0].toolTip() == "Part of a commitment"
    room.stack.undo()
    assert screen.asks_list.item(0) is ask_item and not ask_item.text().startswith("✓ ")
    assert screen.offers_list.item(0) is offer_items[0] and offer_items[0].toolTip() == ""
    room.stack.redo()
    assert screen.asks_list.item(0).text().startswith("✓ ")
    # five steps: three cards, one confirmation (with its action)... undo all, redo all
    assert room.stack.count() == 4
    while room.stack.canUndo():
        room.stack.undo()
    assert room.cards() == [] and screen.offers_list.count() == 0
    assert read_actions.actions(room.doc) == []
    while room.stack.canRedo():
        room.stack.redo()
    assert len(room.cards()) == 3 and screen.commitments_table.rowCount() == 1
    assert room.messages == []


def test_bad_input_is_explained_and_changes_nothing(qtbot: QtBot, room: Room) -> None:
    screen = room.screen
    type_card(qtbot, room, "Nobody Here", "Something")
    assert room.cards() == []
    assert "Nobody called" in room.messages[-1]
    assert screen.party_edit.hasFocus()
    screen.party_edit.setText("Ana Silva")
    screen.text_edit.clear()
    screen.text_edit.setFocus()
    qtbot.keyClick(screen.text_edit, ENTER)  # empty text
    assert "cannot be empty" in room.messages[-1]
    qtbot.keyClick(screen, Qt.Key.Key_M, CTRL)  # nothing to confirm
    assert "Select an ask" in room.messages[-1]
    assert room.cards() == [] and room.stack.count() == 0


def test_delete_and_edit_cards_and_commitments(qtbot: QtBot, room: Room) -> None:
    screen = room.screen
    type_card(qtbot, room, "Ana Silva", "Rooms")
    qtbot.keyClick(screen, Qt.Key.Key_K, ALT)
    type_card(qtbot, room, "Ben Ode", "Rooms please")
    qtbot.keyClick(screen, Qt.Key.Key_M, CTRL)
    assert len(read_reciprocity.commitments(room.doc)) == 1
    qtbot.keyClick(screen, Qt.Key.Key_M, ALT)  # the Commitments tab (Alt+M)
    assert screen.tabs.currentWidget() is screen.commitments_table
    screen.commitments_table.setFocus()
    screen.commitments_table.selectRow(0)
    qtbot.keyClick(screen.commitments_table, Qt.Key.Key_Delete)
    assert read_reciprocity.commitments(room.doc) == []
    screen.ask_text = lambda _parent, _current: "Rooms on Tuesdays"
    screen.offers_list.setFocus()
    screen.offers_list.setCurrentRow(0)
    qtbot.keyClick(screen.offers_list, Qt.Key.Key_F2)
    assert room.cards()[0][2] == "Rooms on Tuesdays"
    screen.offers_list.setFocus()
    screen.offers_list.setCurrentRow(0)
    qtbot.keyClick(screen.offers_list, Qt.Key.Key_Delete)
    assert [c[2] for c in room.cards()] == ["Rooms please"]
    room.stack.undo()
    assert len(room.cards()) == 2


def test_demo_screen_shows_commitments(qtbot: QtBot, demo_doc: Document) -> None:
    activity = read_reciprocity.offers_asks_activities(demo_doc)[0]
    stack = QUndoStack()
    screen = OffersAsksScreen(ScreenContext(demo_doc, UndoRunner(demo_doc, stack, None)), activity)
    stack.setParent(screen)  # Qt deletes it, not the GC (see conftest)
    qtbot.addWidget(screen)
    assert screen.commitments_table.rowCount() == 2
    assert screen.balance_table.rowCount() >= 10
    flags = {screen.balance_table.item(r, 3).text() for r in range(screen.balance_table.rowCount())}
    assert {"only gives", "only receives", "no match yet"} <= flags
    assert "2 commitments" in screen.summary.text()


def test_redate_commitment_with_f2(qtbot: QtBot, room: Room) -> None:
    screen = room.screen
    type_card(qtbot, room, "Ana Silva", "Rooms")
    qtbot.keyClick(screen, Qt.Key.Key_K, ALT)
    type_card(qtbot, room, "Ben Ode", "Rooms please")
    qtbot.keyClick(screen, Qt.Key.Key_M, CTRL)
    screen.tabs.setCurrentWidget(screen.commitments_table)
    screen.commitments_table.setFocus()
    screen.commitments_table.selectRow(0)
    room.dues.append("2027-01-31")
    qtbot.keyClick(screen.commitments_table, Qt.Key.Key_F2)
    assert read_reciprocity.commitments(room.doc)[0].due == "2027-01-31"
    assert read_actions.actions(room.doc)[0].due == "2027-01-31"
    room.dues.append("31 January")
    qtbot.keyClick(screen.commitments_table, Qt.Key.Key_F2)
    assert "not a date" in room.messages[-1]
    assert read_reciprocity.commitments(room.doc)[0].due == "2027-01-31"
