"""The vote screen driven like a room would: three people at the laptop (mouse and keys), a
paper tally typed, a proxy, reveal, ranking, organisation weighting, agenda; every step
undone and redone. Secret ballots: the facilitator's screen shows who voted, never what."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from workshop.domain.models import ActivityKind
from workshop.domain.roster import RosterEntry
from workshop.storage import read, read_votes
from workshop.storage.document import Document
from workshop.storage.ops import agenda, board, details, participants
from workshop.storage.ops import voting as ops
from workshop.ui.screens.base import ScreenContext
from workshop.ui.screens.registry import screen_class
from workshop.ui.undo import UndoRunner
from workshop.ui.vote.screen import VoteScreen

ALT = Qt.KeyboardModifier.AltModifier

PEOPLE = [
    ("Amara", "Library"),
    ("Ben", "Library"),
    ("Chloé", "Library"),
    ("Dmitri", "Council"),
    ("Farah", "Youth Forum"),
]
NOTES = [
    ("Youth space", "Farah"),
    ("Shared calendar", "Dmitri"),
    ("Food hub", None),
    ("Walking group", "Amara"),
]


class Room:
    def __init__(self, doc: Document, qtbot: QtBot) -> None:
        participants.add_participants(doc, [RosterEntry(n, o) for n, o in PEOPLE])
        self.people = {p.name: p.id for p in read.participants(doc)}
        agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas")
        agenda.add_activity(doc, ActivityKind.DOT_VOTE, "What first?")
        agenda.add_activity(doc, ActivityKind.CLOSE, "Close")
        self.brainstorm, self.vote, _ = (a.id for a in read.activities(doc))
        for text, author in NOTES:
            board.add_note(doc, self.brainstorm, text, author_id=self.people.get(author or ""))
        details.update_details(doc, available_minutes=90)
        ops.configure_vote(
            doc, self.vote, source_activity_id=self.brainstorm, dots_per_person=3,
            max_per_item=2, allow_own=False,
        )
        self.doc = doc
        self.messages: list[str] = []
        self.stack = QUndoStack()
        runner = UndoRunner(doc, self.stack, report=self.messages.append)
        self.screen = VoteScreen(ScreenContext(doc, runner), self.vote)
        self.stack.setParent(self.screen)  # Qt deletes it, not the GC (see conftest)
        self.unsubscribe = doc.subscribe(self.screen.on_change)
        qtbot.addWidget(self.screen)
        self.screen.resize(1400, 900)
        self.screen.show()
        qtbot.waitExposed(self.screen)
        self.qtbot = qtbot

    def w(self, name: str) -> QWidget:
        found = self.screen.findChild(QWidget, name)
        assert found is not None, name
        return found

    def click_row(self, view: QListWidget, text: str, button: Qt.MouseButton) -> None:
        row = next(view.item(i) for i in range(view.count()) if text in view.item(i).text())
        view.scrollToItem(row)
        self.qtbot.mouseClick(view.viewport(), button, pos=view.visualItemRect(row).center())

    def pick(self, name: str) -> None:
        people = self.screen.laptop.people
        self.click_row(people, name, Qt.MouseButton.LeftButton)
        self.qtbot.mouseClick(self.w("voteLaptopStart"), Qt.MouseButton.LeftButton)

    def snapshot(self) -> dict[str, list[tuple[object, ...]]]:
        return {
            t: self.doc.db.conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("votes", "ballots", "dots", "tallies", "activities")
        }


@pytest.fixture
def room(doc: Document, qtbot: QtBot) -> Iterator[Room]:
    r = Room(doc, qtbot)
    yield r
    r.unsubscribe()


def _texts(widget: QWidget) -> list[str]:
    """Every text the screen renders in labels and lists (what the room could read)."""
    texts = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    views = [widget] if isinstance(widget, QListWidget) else []
    for view in views + widget.findChildren(QListWidget):
        if view.isVisible():
            texts += [view.item(i).text() for i in range(view.count())]
    return texts


def test_registered_for_dot_votes() -> None:
    assert screen_class(ActivityKind.DOT_VOTE) is VoteScreen


def test_full_vote_with_undo_and_redo(room: Room, qtbot: QtBot) -> None:
    s = room.screen
    start = room.snapshot()
    items = s.laptop.items
    left = room.w("voteLaptopLeft")
    reason = room.w("voteLaptopReason")
    assert isinstance(left, QLabel) and isinstance(reason, QLabel)

    # 1. Ben votes with the mouse: two dots on "Food hub", one too many, one taken back.
    room.pick("Ben")
    assert s.laptop.who.text() == "Ben is voting"
    assert left.text() == "3 of 3 dots left"
    assert not s.tabs.isTabEnabled(s.RESULTS)  # results are out of reach while he votes
    for _ in range(3):
        room.click_row(items, "Food hub", Qt.MouseButton.LeftButton)
    assert "Item cap reached: at most 2" in reason.text()
    assert "  ●●" in items.row_text(items.current_item_id() or 0)  # after its number
    room.click_row(items, "Food hub", Qt.MouseButton.RightButton)
    room.click_row(items, "Youth space", Qt.MouseButton.LeftButton)
    room.click_row(items, "Youth space", Qt.MouseButton.LeftButton)
    assert left.text() == "0 of 3 dots left"
    room.click_row(items, "Walking group", Qt.MouseButton.LeftButton)
    assert "No dots left" in reason.text()
    qtbot.mouseClick(room.w("voteLaptopDone"), Qt.MouseButton.LeftButton)
    assert "Thank you, Ben" in room.w("voteLaptopMessage").text()  # type: ignore[attr-defined]
    assert items.count() == 0  # his choices are gone before the next person comes
    assert s.tabs.isTabEnabled(s.RESULTS)

    # 2. Amara votes with the keyboard only.
    people = s.laptop.people
    people.setFocus()
    qtbot.keyClicks(people, "Am")
    assert people.currentItem().text().startswith("Amara")
    qtbot.keyClick(people, Qt.Key.Key_Return)
    assert s.laptop.voter == room.people["Amara"]
    assert items.hasFocus()
    qtbot.keyClick(items, Qt.Key.Key_Space)  # "Youth space"
    qtbot.keyClick(items, Qt.Key.Key_Down)
    qtbot.keyClick(items, Qt.Key.Key_Plus)  # "Shared calendar"
    qtbot.keyClick(items, Qt.Key.Key_Plus)
    qtbot.keyClick(items, Qt.Key.Key_Minus)
    qtbot.keyClick(items, Qt.Key.Key_Down)
    qtbot.keyClick(items, Qt.Key.Key_Down)  # "Walking group": her own note
    assert "your note" in items.currentItem().text()
    qtbot.keyClick(items, Qt.Key.Key_Space)
    assert "your own note" in reason.text()
    qtbot.keyClick(items, Qt.Key.Key_Up)
    qtbot.keyClick(items, Qt.Key.Key_Return)  # "Food hub"
    assert left.text() == "0 of 3 dots left"
    qtbot.keyClick(items, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert s.laptop.voter is None

    # 3. Dmitri starts, steps away with Esc, comes back and finishes.
    room.pick("Dmitri")
    room.click_row(items, "Youth space", Qt.MouseButton.LeftButton)
    qtbot.keyClick(items, Qt.Key.Key_Escape)
    assert s.laptop.voter is None and items.count() == 0
    assert "… Dmitri" in _texts(room.w("voteVoters"))  # "…": still voting
    room.pick("Dmitri")
    assert left.text() == "2 of 3 dots left"
    room.click_row(items, "Food hub", Qt.MouseButton.LeftButton)
    qtbot.mouseClick(room.w("voteLaptopDone"), Qt.MouseButton.LeftButton)

    # Secret ballots: who has voted, never what.
    voters = room.w("voteVoters")
    assert isinstance(voters, QListWidget)
    listed = [voters.item(i).text() for i in range(voters.count())]
    assert listed == ["✓ Amara", "✓ Ben", "✓ Dmitri"]  # organisations in the tooltips
    assert room.w("voteVotersCount").text() == "3 of 5 have voted"  # type: ignore[attr-defined]
    titles = [text for text, _ in NOTES]
    for text in _texts(s):
        assert "●" not in text
        if any(name in text for name, _ in PEOPLE):
            assert not any(title in text for title in titles), text
    s.tabs.setCurrentIndex(s.RESULTS)
    hidden = room.w("voteResultsHidden").text()  # type: ignore[attr-defined]
    assert "hidden" in hidden and not room.w("voteRanking").isVisible()

    # 4. Paper tally, typed: a number and Enter moves on; + and - adjust.
    s.tabs.setCurrentIndex(s.TALLY)
    tally = s.tally.input
    assert tally.hasFocus()
    qtbot.keyClicks(tally, "4")
    qtbot.keyClick(tally, Qt.Key.Key_Return)  # Youth space: 4, move to Shared calendar
    qtbot.keyClick(tally, Qt.Key.Key_Return)  # nothing typed: just move on (Food hub)
    qtbot.keyClick(tally, Qt.Key.Key_Plus)
    qtbot.keyClick(tally, Qt.Key.Key_Plus)
    qtbot.keyClick(tally, Qt.Key.Key_Minus)  # Food hub: 1
    ids = [i.id for i in read_votes.items(room.doc, read_votes.settings(room.doc, room.vote))]
    assert read_votes.tallies(room.doc, room.vote) == {ids[0]: 4, ids[2]: 1}
    assert room.w("voteTallyTotal").text() == "Paper dots: 5 on 2 items."  # type: ignore[attr-defined]

    # 5. A proxy ballot for Farah, who is ill today.
    s.tabs.setCurrentIndex(s.PROXY)
    combo = s.proxy.person
    combo.setCurrentIndex(combo.findText("Farah"))
    room.click_row(s.proxy.items, "Youth space", Qt.MouseButton.LeftButton)  # her own
    assert "your own note" in room.w("voteProxyReason").text()  # type: ignore[attr-defined]
    room.click_row(s.proxy.items, "Shared calendar", Qt.MouseButton.LeftButton)
    room.click_row(s.proxy.items, "Shared calendar", Qt.MouseButton.LeftButton)
    room.click_row(s.proxy.items, "Walking group", Qt.MouseButton.LeftButton)
    qtbot.mouseClick(room.w("voteProxyCast"), Qt.MouseButton.LeftButton)
    assert "✓ Farah" in _texts(voters)
    farah = next(voters.item(i) for i in range(voters.count()) if "Farah" in voters.item(i).text())
    assert farah.toolTip() == "Farah (Youth Forum): by proxy"
    assert "(1 by proxy)" in room.w("voteVotersCount").text()  # type: ignore[attr-defined]
    assert combo.findText("Farah") < 0

    # 6. Reveal: ranked bars, counts, ties marked, voters and dots cast.
    s.tabs.setCurrentIndex(s.RESULTS)
    qtbot.keyClick(s, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert room.w("voteReveal").text() == "Hide results"  # type: ignore[attr-defined]
    summary = room.w("voteResultsSummary").text()  # type: ignore[attr-defined]
    assert summary == "4 voters · 11 dots on ballots · 5 on paper · 16 dots cast in all"
    # Youth space: Ben 2, Amara 1, Dmitri 1 and 4 on paper; Food hub: 1 + 1 + 1 and 1 on paper.
    assert s.results.ranking.texts() == [
        ("1", "Youth space", "8  (4 on paper)"),
        ("2", "Food hub", "4  (1 on paper)"),
        ("3", "Shared calendar", "3"),
        ("4", "Walking group", "1"),
    ]
    assert room.w("voteResultsTies").text() == ""  # type: ignore[attr-defined]

    # 7. Each organisation weighs the same: both rankings side by side.
    assert not s.results.weighted.isVisible()
    s.results.equal.click()
    assert s.results.weighted.isVisible() and s.results.ranking.isVisible()
    # Library 6 dots, Council 2, Youth Forum 3: each organisation counts for 11 / 3 dots.
    assert s.results.weighted.texts() == [
        ("1", "Youth space", "7.7"),
        ("2", "Food hub", "4.1"),
        ("3", "Shared calendar", "3.1"),
        ("4", "Walking group", "1.2"),
    ]
    orgs = s.results.organisations
    assert [orgs.item(r, 0).text() for r in range(orgs.rowCount())] == [
        "Council", "Library", "Youth Forum"
    ]
    assert [orgs.item(r, 3).text() for r in range(3)] == ["× 1.83", "× 0.61", "× 1.22"]
    # Secret ballots: an organisation of fewer than 3 voters would give ballots away.
    # (The Library's third person did not vote: two voters are too few as well.)
    assert [orgs.item(r, 4).text() for r in range(3)] == [
        "(kept secret: fewer than 3 voters)"
    ] * 3

    # 8. Make the agenda: top 2 from the equal-weight ranking, after the vote.
    s.results.top_n.setValue(2)
    assert "Adds 2 activities" in s.results.preview.text()
    qtbot.mouseClick(room.w("voteAgendaMake"), Qt.MouseButton.LeftButton)
    assert [a.title for a in read.activities(room.doc)] == [
        "Ideas", "What first?", "Youth space", "Food hub", "Close"
    ]
    assert room.messages == []

    # Every step undoes, back to the start, and redoes to the end.
    end = room.snapshot()
    steps = room.stack.count()
    assert steps >= 20
    for _ in range(steps):
        room.stack.undo()
    assert room.snapshot() == start
    assert room.w("voteVoters").count() == 0  # type: ignore[attr-defined]
    assert room.w("voteReveal").text() == "Reveal results"  # type: ignore[attr-defined]
    for _ in range(steps):
        room.stack.redo()
    assert room.snapshot() == end
    assert s.results.ranking.texts()[0] == ("1", "Youth space", "8  (4 on paper)")


def test_ties_are_marked(room: Room) -> None:
    a, b = room.people["Amara"], room.people["Ben"]
    items = [i.id for i in read_votes.items(room.doc, read_votes.settings(room.doc, room.vote))]
    ops.cast_ballot(room.doc, room.vote, a, {items[0]: 1, items[2]: 1})
    ops.set_revealed(room.doc, room.vote, True)
    room.screen.reload()
    ranking = room.screen.results.ranking.texts()
    assert ranking[:2] == [("1 (tie)", "Youth space", "1"), ("1 (tie)", "Food hub", "1")]
    assert ranking[2][0] == "–"  # no dots: not ranked
    ties = room.w("voteResultsTies").text()  # type: ignore[attr-defined]
    assert ties == "Tie for place 1 (1 dot each): “Youth space”, “Food hub”"
    assert b not in read_votes.ballot_dots(room.doc, room.vote, b)


def test_settings_fixed_after_first_dot_and_reset_is_undoable(room: Room, qtbot: QtBot) -> None:
    s = room.screen
    s.tabs.setCurrentIndex(s.SETTINGS)
    s.settings.dots.setValue(4)
    qtbot.mouseClick(room.w("voteApplySettings"), Qt.MouseButton.LeftButton)
    assert read_votes.settings(room.doc, room.vote).dots_per_person == 4
    assert "4 dots each" in room.w("voteSummary").text()  # type: ignore[attr-defined]
    s.tabs.setCurrentIndex(s.LAPTOP)
    room.pick("Ben")
    room.click_row(s.laptop.items, "Food hub", Qt.MouseButton.LeftButton)
    qtbot.mouseClick(room.w("voteLaptopDone"), Qt.MouseButton.LeftButton)
    s.tabs.setCurrentIndex(s.SETTINGS)
    assert not s.settings.dots.isEnabled()
    assert "fixed" in room.w("voteSettingsFixed").text()  # type: ignore[attr-defined]
    qtbot.mouseClick(room.w("voteReset"), Qt.MouseButton.LeftButton)
    assert s.settings.dots.isEnabled() and room.w("voteVoters").count() == 0  # type: ignore[attr-defined]
    room.stack.undo()
    assert not s.settings.dots.isEnabled() and room.w("voteVoters").count() == 1  # type: ignore[attr-defined]


def test_closed_vote_refuses_at_the_laptop(room: Room, qtbot: QtBot) -> None:
    s = room.screen
    s.tabs.setCurrentIndex(s.SETTINGS)
    qtbot.mouseClick(room.w("voteClose"), Qt.MouseButton.LeftButton)
    assert room.w("voteClose").text() == "Reopen vote"  # type: ignore[attr-defined]
    assert "closed" in room.w("voteSummary").text()  # type: ignore[attr-defined]
    s.tabs.setCurrentIndex(s.LAPTOP)
    room.pick("Ben")
    assert s.laptop.voter is None
    assert room.w("voteLaptopMessage").text() == "The vote is closed."  # type: ignore[attr-defined]


def test_open_ballots_show_what(room: Room, qtbot: QtBot) -> None:
    ops.configure_vote(
        room.doc, room.vote, source_activity_id=room.brainstorm, secret=False
    )
    room.pick("Ben")
    room.click_row(room.screen.laptop.items, "Food hub", Qt.MouseButton.LeftButton)
    texts = _texts(room.w("voteVoters"))
    assert texts == ["… Ben — 1× Food hub"]


def test_every_interactive_widget_is_named(room: Room) -> None:
    """Stable objectNames and accessible names (Qt's own inner parts aside)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QTabBar,
    )

    def inside_qt_part(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar)):
                return True
            parent = parent.parentWidget()
        return False

    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)
    named = []
    for widget in room.screen.findChildren(QWidget):
        if not isinstance(widget, kinds) or widget.window() is not room.screen:
            continue
        if inside_qt_part(widget) or isinstance(widget.parentWidget(), QAbstractItemView):
            continue  # spin box editors, combo popups, tab scrollers, table corner buttons
        assert widget.objectName().startswith("vote"), widget
        assert widget.accessibleName(), widget.objectName()
        named.append(widget.objectName())
    assert len(named) == len(set(named)), "objectNames must be unique"
    assert {"voteLaptopItems", "voteTallyInput", "voteReveal", "voteAgendaMake"} <= set(named)


def test_results_tab_by_keyboard(room: Room, qtbot: QtBot) -> None:
    """Reveal, ranking, make action, equal weight, top N / threshold, timebox and the agenda:
    all by keys, Tab walking the tab top to bottom, no Alt+letter lost."""
    from workshop.storage import read_actions

    s = room.screen
    r = s.results
    ids = [i.id for i in read_votes.items(room.doc, read_votes.settings(room.doc, room.vote))]
    ops.set_tally(room.doc, room.vote, ids[1], 5)  # Shared calendar
    ops.set_tally(room.doc, room.vote, ids[0], 3)  # Youth space
    ops.add_dot(room.doc, room.vote, room.people["Dmitri"], ids[3])  # Walking group
    ops.finish_ballot(room.doc, room.vote, room.people["Dmitri"])
    s.tabs.setCurrentIndex(s.RESULTS)
    assert r.reveal.hasFocus()

    qtbot.keyClick(r.reveal, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert r.ranking.hasFocus()
    assert r.ranking.selected_titles() == ["Shared calendar"]
    qtbot.keyClick(r.ranking, Qt.Key.Key_Down)
    assert r.ranking.selected_titles() == ["Youth space"]

    # Alt+K: the selected result becomes an action.
    qtbot.keyClick(r.ranking, Qt.Key.Key_K, ALT)  # a mnemonic clicks after a short flash
    qtbot.waitUntil(lambda: bool(read_actions.actions(room.doc)))
    assert [a.what for a in read_actions.actions(room.doc)] == ["Youth space"]

    # Tab walks the shown page top to bottom (the rankings, then the agenda row).
    r.reveal.setFocus()
    order = []
    for _ in range(9):
        qtbot.keyClick(s.focusWidget(), Qt.Key.Key_Tab)
        order.append(s.focusWidget().objectName())
    assert order == [
        "voteEqualWeight", "voteRanking", "voteMakeAction", "voteOrganisations",
        "voteAgendaTopChoice",  # the checked one of the two rules; arrows switch the rule
        "voteAgendaTop", "voteAgendaMinDots", "voteAgendaTimebox", "voteAgendaMake",
    ]

    # Alt+W: each organisation weighs the same (both rankings shown).
    qtbot.keyClick(s.focusWidget(), Qt.Key.Key_W, ALT)
    qtbot.waitUntil(lambda: read_votes.settings(room.doc, room.vote).equal_org_weight)
    assert r.weighted.isVisible()
    r.ranking.setFocus()
    qtbot.keyClick(r.ranking, Qt.Key.Key_Tab)
    assert r.weighted.hasFocus()  # the second ranking sits next in the Tab order

    # Alt+L and a number: all with at least 3 dots; Alt+O and a number: the top 1.
    qtbot.keyClick(s.focusWidget(), Qt.Key.Key_L, ALT)
    qtbot.waitUntil(r.min_choice.isChecked)
    assert r.min_choice.hasFocus()
    qtbot.keyClick(r.min_choice, Qt.Key.Key_Tab)
    assert r.min_dots.hasFocus()
    r.min_dots.selectAll()
    qtbot.keyClicks(r.min_dots, "3")
    assert "Adds 2 activities" in r.preview.text()
    qtbot.keyClick(s.focusWidget(), Qt.Key.Key_O, ALT)
    qtbot.waitUntil(r.top_choice.isChecked)
    assert r.top_choice.hasFocus()
    qtbot.keyClick(r.top_choice, Qt.Key.Key_Tab)
    assert r.top_n.hasFocus()
    r.top_n.selectAll()
    qtbot.keyClicks(r.top_n, "1")
    assert "Adds 1 activity" in r.preview.text()

    # Alt+U: the timebox; Alt+M: make the agenda.
    qtbot.keyClick(s.focusWidget(), Qt.Key.Key_U, ALT)
    assert r.timebox.hasFocus()
    r.timebox.selectAll()
    qtbot.keyClicks(r.timebox, "20")
    qtbot.keyClick(r.timebox, Qt.Key.Key_M, ALT)
    qtbot.waitUntil(lambda: len(read.activities(room.doc)) > 3)
    added = [a for a in read.activities(room.doc) if a.title not in {"Ideas", "What first?",
                                                                     "Close"}]
    assert [(a.title, a.timebox_minutes) for a in added] == [("Shared calendar", 20)]
    assert room.messages == []

    # Ctrl+R again hides the results; the focus goes back to the reveal button.
    qtbot.keyClick(s.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert r.reveal.hasFocus() and not r.ranking.isVisible()
