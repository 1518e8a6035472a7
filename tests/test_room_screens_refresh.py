"""A change on the purpose, offers/asks and pulse screens refreshes only what it touched.

Not timed (the figures are in docs/benchmarks.md, ``tests/benchmarks/bench_room_screens.py``):
these check the structure that makes each interaction cheap — the screens are kept per
workshop and built ahead, rows survive a change as the same item objects, a tab not shown
waits until it is — so an optimisation cannot silently regress into rebuilding everything.
Content is a real room's: 12 long purpose statements, 60 offers and asks, five pulse
statements (``tests/helpers/room_day.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.helpers import room_day

from workshop.domain.models import ActivityKind
from workshop.storage import read_pulse, read_purpose, read_reciprocity
from workshop.storage.document import Document
from workshop.storage.ops import agenda, participants
from workshop.storage.ops import purpose as purpose_ops
from workshop.storage.ops import reciprocity as reciprocity_ops
from workshop.ui.in_place import InPlaceRows
from workshop.ui.projector.audience import AudienceWindow
from workshop.ui.projector.state import PresentationState
from workshop.ui.pulse.screen import PulseScreen
from workshop.ui.purpose.screen import TAB_DRAFTS, TAB_ENDORSE, TAB_ROUNDS, PurposeScreen
from workshop.ui.reciprocity.screen import OffersAsksScreen
from workshop.ui.screens.base import ScreenContext
from workshop.ui.undo import UndoRunner
from workshop.ui.workshop_page import WorkshopPage


@dataclass
class Room:
    doc: Document
    day: room_day.RoomDay
    welcome: int
    page: WorkshopPage
    stack: QUndoStack
    runner: UndoRunner
    messages: list[str]


@pytest.fixture
def room(qtbot: QtBot, tmp_path: Path) -> Iterator[Room]:
    doc = Document.create(tmp_path / "room.workshop")
    day = room_day.build_twelve(doc, cards=60)
    (welcome,) = agenda.add_activity(doc, ActivityKind.WELCOME, "Welcome").inserted("activities")
    agenda.move_activity(doc, welcome, 0)
    messages: list[str] = []
    stack = QUndoStack()
    runner = UndoRunner(doc, stack, None, report=messages.append)
    page = WorkshopPage(ScreenContext(doc, runner))
    stack.setParent(page)  # Qt deletes it, not the GC (see conftest)
    qtbot.addWidget(page)
    unsubscribe = doc.subscribe(page.on_change)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    yield Room(doc, day, welcome, page, stack, runner, messages)
    unsubscribe()
    doc.close()


def _open(room: Room, activity_id: int) -> object:
    room.page.show_activity(activity_id)
    return room.page.screen


def _purpose(room: Room) -> PurposeScreen:
    screen = _open(room, room.day.purpose)
    assert isinstance(screen, PurposeScreen)
    return screen


def _list_items(widget: QListWidget) -> list[QListWidgetItem]:
    return [widget.item(row) for row in range(widget.count())]


def _table_items(table: QTableWidget) -> list[object]:
    return [table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())]


def _top_items(tree: QTreeWidget) -> list[object]:
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


# ------------------------------------------------------------------ kept screens


def test_screens_are_built_ahead_once_and_kept(room: Room) -> None:
    page = room.page
    steps = 0
    while page.build_ahead():
        steps += 1
        assert steps < 20
    assert steps == 6  # three screens, each built in one idle step and painted in the next
    built = dict(page._kept)
    assert {type(s) for s in built.values()} == {PurposeScreen, OffersAsksScreen, PulseScreen}
    purpose = _purpose(room)
    assert purpose is built[room.day.purpose]  # opening it shows the one built ahead
    assert _open(room, room.day.offers) is built[room.day.offers]
    assert _open(room, room.welcome) is not purpose  # a welcome is not kept: built each time
    assert _purpose(room) is purpose  # … and the purpose screen came back as it was
    assert not page.build_ahead()  # nothing left to build


def test_a_hidden_screen_catches_up_on_what_it_missed(room: Room) -> None:
    purpose = _purpose(room)
    labels = [purpose.themes.tree.topLevelItem(i).text(0)
              for i in range(purpose.themes.tree.topLevelItemCount())]
    hidden = labels[0]
    _open(room, room.day.offers)
    room.runner.run(purpose_ops.hide_terms, room.day.purpose, [hidden])  # e.g. from the CLI
    assert room.page._missed[room.day.purpose]
    assert _purpose(room) is purpose
    shown = [purpose.themes.tree.topLevelItem(i).text(0)
             for i in range(purpose.themes.tree.topLevelItemCount())]
    assert hidden not in shown
    assert [purpose.themes.hidden.item(i).text() for i in range(purpose.themes.hidden.count())] \
        == [hidden]
    assert room.day.purpose not in room.page._missed


def test_a_removed_activity_takes_its_kept_screen_with_it(room: Room, qtbot: QtBot) -> None:
    purpose = _purpose(room)
    _open(room, room.day.offers)
    room.runner.run(agenda.remove_activities, [room.day.purpose])
    assert room.day.purpose not in room.page._kept
    room.stack.undo()  # the activity is back (same id): a new screen shows its content
    again = _purpose(room)
    assert again is not purpose
    assert again.statements.list.count() == 12


def test_removing_the_shown_activity_leaves_no_kept_screen_behind(room: Room) -> None:
    _purpose(room)
    room.runner.run(agenda.remove_activities, [room.day.purpose])
    assert room.day.purpose not in room.page._kept
    assert not isinstance(room.page.screen, PurposeScreen)


def test_a_hidden_kept_screen_does_not_widen_the_page(room: Room) -> None:
    """A stacked widget takes the widest of its pages: a kept purpose screen hidden behind
    the welcome must not hold a laptop's window wider than the welcome needs."""
    while room.page.build_ahead():
        pass
    welcome = _open(room, room.welcome)
    assert isinstance(welcome, QWidget)
    host = room.page.screen_host
    QApplication.processEvents()
    assert host.minimumSizeHint().width() <= max(
        welcome.minimumSizeHint().width(), welcome.minimumWidth()
    )
    purpose = _purpose(room)
    QApplication.processEvents()
    assert host.minimumSizeHint().width() >= purpose.minimumSizeHint().width()


# ------------------------------------------------------------------------ purpose


def test_hiding_a_theme_touches_only_the_rows_it_changed(room: Room) -> None:
    purpose = _purpose(room)
    purpose.show_tab(TAB_ROUNDS)
    tree = purpose.themes.tree
    before = {tree.topLevelItem(i).text(0): tree.topLevelItem(i)
              for i in range(tree.topLevelItemCount())}
    statements = _list_items(purpose.statements.list)
    drafts = _list_items(purpose.drafts.list)
    ratings = _table_items(purpose.endorse.table)
    rounds = _top_items(purpose.rounds.tree)
    hidden = "residents"
    assert hidden in before

    room.runner.run(purpose_ops.hide_terms, room.day.purpose, [hidden])

    after = {tree.topLevelItem(i).text(0): tree.topLevelItem(i)
             for i in range(tree.topLevelItemCount())}
    assert hidden not in after
    assert all(after[label] is item for label, item in before.items() if label in after)
    assert _list_items(purpose.statements.list) == statements  # the same row objects
    assert _top_items(purpose.rounds.tree) == rounds  # the shown tab: nothing to change
    # The tabs not shown wait: refreshed (in place) when the facilitator looks at them.
    assert purpose._stale == {"drafts", "endorse"}
    purpose.show_tab(TAB_DRAFTS)
    assert _list_items(purpose.drafts.list) == drafts
    purpose.show_tab(TAB_ENDORSE)
    assert _table_items(purpose.endorse.table) == ratings
    assert not purpose._stale


def test_showing_the_theme_again_puts_back_one_row(room: Room) -> None:
    purpose = _purpose(room)
    room.runner.run(purpose_ops.hide_terms, room.day.purpose, ["residents"])
    rows = purpose.themes.rows
    kept = {label: rows.item(label) for label in ("community", "people") if rows.item(label)}
    (term,) = read_purpose.hidden_terms(room.doc, room.day.purpose)
    room.runner.run(purpose_ops.unhide_term, term.id)
    assert rows.item("residents") is not None
    assert all(rows.item(label) is item for label, item in kept.items())
    assert purpose.themes.hidden.count() == 0


def test_a_rating_refreshes_the_ratings_alone(room: Room) -> None:
    purpose = _purpose(room)
    purpose.show_tab(TAB_ENDORSE)
    endorse = purpose.endorse
    statements = _list_items(purpose.statements.list)
    themes = _top_items(purpose.themes.tree)
    cells = _table_items(endorse.table)
    endorse.party.setCurrentIndex(0)
    rated = endorse.party.currentText()
    endorse.score.setValue(5)
    endorse.rate()
    table = endorse.table
    (row,) = [r for r in range(table.rowCount()) if table.item(r, 0).text() == rated]
    assert endorse.table.item(row, 1).text().endswith("5"), room.messages
    assert _table_items(endorse.table) == cells  # the same cells, one of them re-read
    assert _list_items(purpose.statements.list) == statements
    assert _top_items(purpose.themes.tree) == themes
    assert endorse.party.currentIndex() == 1  # ready for the next party


def test_keeping_a_draft_adds_one_row(room: Room) -> None:
    purpose = _purpose(room)
    purpose.show_tab(TAB_DRAFTS)
    drafts = purpose.drafts
    before = _list_items(drafts.list)
    statements = _list_items(purpose.statements.list)
    drafts.text.setPlainText("Every resident of Eastgate warm, fed and heard.")
    drafts.save_new()
    after = _list_items(drafts.list)
    assert len(after) == len(before) + 1
    assert after[1:] == before  # the newest on top; the others are the same rows
    assert drafts.rows.touched == 1  # the new draft alone
    assert _list_items(purpose.statements.list) == statements


def test_editing_a_statement_touches_its_row_alone(room: Room) -> None:
    """In place, yet showing what changed: the edited statement's row, the others as they were
    (unless the edit moved a theme's number or colour)."""
    purpose = _purpose(room)
    statement = read_purpose.statements(room.doc, room.day.purpose)[0]
    others = [purpose.statements.rows.item(s.id)
              for s in read_purpose.statements(room.doc, room.day.purpose)[1:]]
    room.runner.run(purpose_ops.edit_statement, statement.id, statement.text + " Xylophones.")
    row = purpose.statements.rows.item(statement.id)
    assert row is not None and "Xylophones." in row.text()
    assert purpose.statements.rows.touched == 1
    assert [purpose.statements.rows.item(s.id)
            for s in read_purpose.statements(room.doc, room.day.purpose)[1:]] == others


# -------------------------------------------------------------------- offers, asks


def test_confirming_a_match_keeps_the_cards_rows(room: Room) -> None:
    screen = _open(room, room.day.offers)
    assert isinstance(screen, OffersAsksScreen)
    screen.ask_due = lambda _parent, _title: ""  # type: ignore[method-assign]
    asks = [c for c in read_reciprocity.cards(room.doc, room.day.offers) if c.kind.value == "ask"]
    screen.asks_list.setCurrentRow(len(asks) - 1)
    offers = _list_items(screen.offers_list)
    ask_rows = _list_items(screen.asks_list)
    balance = _table_items(screen.balance_table)
    screen.suggestions_list.setCurrentRow(0)
    screen.confirm_selected()
    assert len(read_reciprocity.commitments(room.doc, room.day.offers)) == 1
    assert _list_items(screen.offers_list) == offers  # two rows gain a ✓, none is re-made
    assert _list_items(screen.asks_list) == ask_rows
    assert sum(item.text().startswith("✓") for item in ask_rows) == 1
    assert _table_items(screen.balance_table) == balance  # the same cells, figures updated
    room.stack.undo()
    assert _list_items(screen.offers_list) == offers
    assert not any(item.text().startswith("✓") for item in ask_rows)
    assert screen.commitments_table.rowCount() == 0
    room.stack.redo()
    assert screen.commitments_table.rowCount() == 1


def test_the_same_cards_suggest_from_one_computation(room: Room) -> None:
    first = read_reciprocity.suggestions(room.doc, room.day.offers)
    assert read_reciprocity.suggestions(room.doc, room.day.offers) is first
    offer, ask = next((m.offer_id, ask) for ask, ms in first.items() for m in ms[:1])
    room.runner.run(reciprocity_ops.confirm_match, offer, ask, due="")
    changed = read_reciprocity.suggestions(room.doc, room.day.offers)
    assert changed is not first and offer not in [m.offer_id for m in changed.get(ask, [])]
    room.stack.undo()
    assert read_reciprocity.suggestions(room.doc, room.day.offers) is first


# --------------------------------------------------------------------------- pulse


def test_choosing_the_statement_the_room_sees_does_not_reload_the_screen(
    room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _open(room, room.day.pulse)
    assert isinstance(screen, PulseScreen)
    reloads: list[None] = []
    original = screen.reload
    monkeypatch.setattr(screen, "reload", lambda: (reloads.append(None), original())[1])
    rows = _list_items(screen.statements_list)
    statements = read_pulse.statements(room.doc, room.day.pulse)
    screen.statements_list.setCurrentRow(2)
    shown, _shift = read_pulse.on_screen(room.doc, room.day.pulse)
    assert shown is not None and shown.id == statements[2].id
    assert reloads == []
    assert _list_items(screen.statements_list) == rows
    screen.shift_box.setChecked(True)  # "show the shift": the box stays ticked
    assert read_pulse.on_screen(room.doc, room.day.pulse)[1] is True
    assert screen.shift_box.isChecked()
    assert reloads == []
    # A change the screen does show still reloads it: someone new for the "who" box.
    room.runner.run(participants.add_participant, "Zofia Nowak", "")
    assert reloads == [None]


# ----------------------------------------------------------------- the row keeper


def test_in_place_rows_insert_move_and_remove_only_what_differs(qtbot: QtBot) -> None:
    widget = QListWidget()
    qtbot.addWidget(widget)
    filled: list[object] = []

    def fill(item: QListWidgetItem, shows: object) -> None:
        filled.append(shows)
        item.setText(str(shows))

    rows = InPlaceRows[QListWidgetItem](widget, fill)
    rows.show([(1, "a"), (2, "b"), (3, "c")])
    a, _b, c = _list_items(widget)
    assert rows.touched == 3
    rows.show([(3, "c"), (1, "a"), (4, "d")])  # 2 goes, 3 moves up, 4 is new
    assert [i.text() for i in _list_items(widget)] == ["c", "a", "d"]
    assert _list_items(widget)[:2] == [c, a]
    assert rows.touched == 1 and filled[-1] == "d"
    rows.show([(3, "C"), (1, "a"), (4, "d")])  # one row reads otherwise
    assert rows.touched == 1 and _list_items(widget)[0] is c and c.text() == "C"


# ------------------------------------------------------------------------ projector


class _Paints(QObject):
    """Counts paint events per widget."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[int, int] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.counts[id(watched)] = self.counts.get(id(watched), 0) + 1
        return False


def test_the_projector_paints_a_change_once(room: Room, qtbot: QtBot) -> None:
    """A hidden theme reaches the room in one paint of the audience window (its view's
    widgets each painted at most once), not one per label or tile it changed."""
    room.runner.run(purpose_ops.set_purpose_settings, room.day.purpose, themes_shown=True)
    window = AudienceWindow()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.set_document(room.doc)
    window.show()
    window.set_state(PresentationState(activity_id=room.day.purpose))
    unsubscribe = room.doc.subscribe(window.on_change)
    qtbot.waitExposed(window)
    QApplication.processEvents()
    paints = _Paints()
    for widget in [window, *window.findChildren(QWidget)]:
        widget.installEventFilter(paints)
    room.runner.run(purpose_ops.hide_terms, room.day.purpose, ["residents"])
    QApplication.processEvents()
    unsubscribe()
    assert paints.counts.get(id(window)) == 1
    assert max(paints.counts.values()) == 1
