"""The vote when there are many ideas: a real room's 80–96 proposals (the shared corpus),
14 people in 6 organisations, on a laptop-sized screen, following the voters' keys."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from helpers.corpus import CLUSTERS, IDEAS, add_people, fill_board
from workshop.domain import voting as rules
from workshop.domain.models import ActivityKind
from workshop.domain.voting import VoteTarget
from workshop.storage import read_votes
from workshop.storage.document import Document
from workshop.storage.ops import agenda, board
from workshop.storage.ops import voting as ops
from workshop.ui.screens.base import ScreenContext
from workshop.ui.undo import UndoRunner
from workshop.ui.vote.screen import VoteScreen

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
LOOSE = len(IDEAS) - sum(len(v) for v in CLUSTERS.values())


@dataclass
class Room:
    doc: Document
    brainstorm: int
    vote: int
    people: list[int]
    screen: VoteScreen
    stack: QUndoStack
    messages: list[str]

    def w(self, name: str) -> QWidget:
        found = self.screen.findChild(QWidget, name)
        assert found is not None, name
        return found


def _room(qtbot: QtBot, doc: Document, ideas: tuple[str, ...], clusters: bool) -> Room:
    people = add_people(doc)
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Pomysły na budżet dzielnicy")
    agenda.add_activity(doc, ActivityKind.DOT_VOTE, "Co najpierw?")
    brainstorm, vote = (a for a in _activity_ids(doc))
    fill_board(doc, brainstorm, ideas=ideas, authors=people, clusters=clusters)
    stack = QUndoStack()
    messages: list[str] = []
    screen = VoteScreen(ScreenContext(doc, UndoRunner(doc, stack, report=messages.append)), vote)
    stack.setParent(screen)  # Qt deletes it, not the GC (see conftest)
    unsubscribe = doc.subscribe(screen.on_change)
    screen.destroyed.connect(lambda *_: unsubscribe())
    qtbot.addWidget(screen)
    screen.resize(1000, 620)  # the activity's part of a 1366 x 768 window
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    return Room(doc, brainstorm, vote, people, screen, stack, messages)


def _activity_ids(doc: Document) -> list[int]:
    return [int(r[0]) for r in doc.conn.execute("SELECT id FROM activities ORDER BY position")]


@pytest.fixture
def clustered(qtbot: QtBot, doc: Document) -> Iterator[Room]:
    """96 ideas, 62 of them in 8 clusters, 34 loose."""
    yield _room(qtbot, doc, IDEAS, clusters=True)


@pytest.fixture
def eighty(qtbot: QtBot, doc: Document) -> Iterator[Room]:
    """80 ideas voted on one by one, 5 dots each."""
    room = _room(qtbot, doc, IDEAS[:80], clusters=False)
    ops.configure_vote(doc, room.vote, source_activity_id=room.brainstorm, dots_per_person=5,
                       max_per_item=3)
    yield room


# ------------------------------------------------------------------ what is on the ballot


def test_ballot_scope_says_what_is_and_is_not_on_the_ballot() -> None:
    assert rules.ballot_scope(VoteTarget.CLUSTERS, 8, 36, 44) == (
        "On the ballot: 8 clusters (with their 36 notes). Not on it: 44 loose notes (in no "
        "cluster) — choose “clusters and loose notes” to include them."
    )
    assert rules.ballot_scope(VoteTarget.CLUSTERS_AND_NOTES, 8, 36, 44) == (
        "On the ballot: 8 clusters (with their 36 notes) and 44 loose notes."
    )
    assert rules.ballot_scope(VoteTarget.NOTES, 8, 36, 44).startswith(
        "On the ballot: every note, one by one (80 notes)."
    )
    assert rules.default_target(8, 44) is VoteTarget.CLUSTERS_AND_NOTES
    assert rules.default_target(8, 0) is VoteTarget.CLUSTERS
    assert rules.default_target(0, 44) is VoteTarget.NOTES


def test_clusters_and_loose_notes_is_offered_first_and_said_plainly(
    qtbot: QtBot, clustered: Room
) -> None:
    room = clustered
    qtbot.keyClick(room.screen.tabs, Qt.Key.Key_G, ALT)  # Settings
    target = room.w("voteTarget")
    scope = room.w("voteScope")
    assert isinstance(target, QComboBox) and isinstance(scope, QLabel)
    assert target.currentData() == VoteTarget.CLUSTERS_AND_NOTES.value, "the default"
    assert scope.text() == (
        f"On the ballot: 8 clusters (with their 62 notes) and {LOOSE} loose notes."
    )
    target.setCurrentIndex(target.findData(VoteTarget.CLUSTERS.value))
    assert f"Not on it: {LOOSE} loose notes" in scope.text()
    target.setCurrentIndex(target.findData(VoteTarget.CLUSTERS_AND_NOTES.value))
    # (An access key clicks after a short animation: wait for it, or it lands after the
    # test, on a closed file.)
    with qtbot.waitSignal(room.w("voteApplySettings").clicked):  # type: ignore[attr-defined]
        qtbot.keyClick(room.screen, Qt.Key.Key_Y, ALT)  # Apply settings
    settings = read_votes.settings(room.doc, room.vote)
    assert settings.target is VoteTarget.CLUSTERS_AND_NOTES
    items = read_votes.items(room.doc, settings)
    assert len(items) == 8 + LOOSE
    assert sum(1 for i in items if i.id < 0) == LOOSE
    summary = room.w("voteSummary")
    assert isinstance(summary, QLabel)
    assert f"8 clusters (with their 62 notes) and {LOOSE} loose notes" in summary.text()


def test_a_loose_note_removed_takes_its_dots_and_undo_brings_them_back(
    clustered: Room,
) -> None:
    room = clustered
    ops.configure_vote(room.doc, room.vote, source_activity_id=room.brainstorm,
                       target=VoteTarget.CLUSTERS_AND_NOTES)
    settings = read_votes.settings(room.doc, room.vote)
    loose = next(i for i in read_votes.items(room.doc, settings) if i.id < 0)
    ops.add_dot(room.doc, room.vote, room.people[0], loose.id)
    ops.set_tally(room.doc, room.vote, loose.id, 4)
    assert read_votes.results(room.doc, room.vote).ranking[0].dots == 5
    change = board.delete_notes(room.doc, [-loose.id])
    assert read_votes.ballot_dots(room.doc, room.vote, room.people[0]) == {}
    assert read_votes.tallies(room.doc, room.vote) == {}
    room.doc.undo(change)
    assert read_votes.ballot_dots(room.doc, room.vote, room.people[0]) == {loose.id: 1}
    assert read_votes.tallies(room.doc, room.vote) == {loose.id: 4}


# ------------------------------------------------------------------ 80 items at the laptop


def _press(qtbot: QtBot, keys: list[tuple[Qt.Key, Qt.KeyboardModifier]]) -> int:
    """Press ``keys`` where the keyboard is, as the voter does; returns how many."""
    for key, modifier in keys:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, key, modifier)
    return len(keys)


def _typed(text: str) -> list[tuple[Qt.Key, Qt.KeyboardModifier]]:
    return [(Qt.Key(ord(c.upper())), Qt.KeyboardModifier.NoModifier) for c in text]


def test_eighty_items_numbered_wrapped_and_a_ballot_in_few_keys(
    qtbot: QtBot, eighty: Room
) -> None:
    room = eighty
    laptop = room.screen.laptop
    laptop.people.setFocus()
    none = Qt.KeyboardModifier.NoModifier
    keys = _press(qtbot, [*_typed("Mat"), (Qt.Key.Key_Return, none)])  # Mateusz, Enter
    assert laptop.voter == room.people[7] and laptop.items.hasFocus()
    items = laptop.items
    assert items.count() == 80
    numbers = items.numbers
    settings = read_votes.settings(room.doc, room.vote)
    by_number = {n: i for i, n in numbers.items()}
    assert rules.ballot_numbers(read_votes.items(room.doc, settings)) == numbers
    # Wrapped: nothing runs off to the right, long proposals take more than one line.
    qtbot.waitUntil(lambda: not items.horizontalScrollBar().maximum())  # laid out
    qtbot.wait(50)
    assert items.horizontalScrollBar().maximum() == 0
    heights = [items.visualItemRect(items.item(r)).height() for r in range(items.count())]
    assert max(heights) >= 2 * min(heights)
    widest = max(items.visualItemRect(items.item(r)).right() for r in range(items.count()))
    assert widest <= items.viewport().width(), (widest, items.viewport().width())
    # Numbers: 12, 45 twice, 07 (seven), 80 — each typed, nothing else.
    keys += _press(qtbot, _typed("12") + _typed("45") + _typed("45") + _typed("07")
                   + _typed("80"))
    keys += _press(qtbot, [(Qt.Key.Key_Return, CTRL)])
    assert room.messages == []
    dots = read_votes.ballot_dots(room.doc, room.vote, room.people[7])
    assert dots == {by_number[12]: 1, by_number[45]: 2, by_number[7]: 1, by_number[80]: 1}
    assert read_votes.ballot_done(room.doc, room.vote, room.people[7])
    # The name (3 letters), Enter, two digits per dot, Ctrl+Enter: no arrows, no searching.
    assert keys == 3 + 1 + 2 * 5 + 1


def test_letters_find_an_item_and_a_one_digit_number_waits_for_space(
    qtbot: QtBot, eighty: Room
) -> None:
    room = eighty
    laptop = room.screen.laptop
    laptop.people.setFocus()
    none = Qt.KeyboardModifier.NoModifier
    _press(qtbot, [*_typed("Zof"), (Qt.Key.Key_Return, none)])
    items = laptop.items
    _press(qtbot, _typed("fruit"))
    current = items.current_item_id()
    assert current is not None and "fruit trees" in items.detail(current)
    assert read_votes.ballot_dots(room.doc, room.vote, room.people[4]) == {}, "letters only find"
    _press(qtbot, [(Qt.Key.Key_Space, none)])
    assert read_votes.ballot_dots(room.doc, room.vote, room.people[4]) == {current: 1}
    # "3" of 80 could become 30–39: it waits; Space puts the dot on 3.
    _press(qtbot, _typed("3"))
    three = next(i for i, n in items.numbers.items() if n == 3)
    assert items.current_item_id() == three
    assert read_votes.ballot_dots(room.doc, room.vote, room.people[4]).get(three, 0) == 0
    _press(qtbot, [(Qt.Key.Key_Space, none)])
    assert read_votes.ballot_dots(room.doc, room.vote, room.people[4])[three] == 1
    _press(qtbot, _typed("85"))  # "8" could be 80; 85 is not on the ballot
    reason = room.w("voteLaptopReason")
    assert isinstance(reason, QLabel) and reason.text() == (
        "There is no item 85: the items are 1–80."
    )


def test_voters_see_what_is_inside_a_cluster(qtbot: QtBot, clustered: Room) -> None:
    room = clustered
    ops.configure_vote(room.doc, room.vote, source_activity_id=room.brainstorm,
                       target=VoteTarget.CLUSTERS_AND_NOTES)
    laptop = room.screen.laptop
    laptop.people.setFocus()
    _press(qtbot, [*_typed("Ol"), (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)])
    items = laptop.items
    _press(qtbot, _typed("transport"))
    detail = room.w("voteLaptopDetail")
    assert isinstance(detail, QLabel)
    shown = " ".join(detail.text().split())
    assert "Transport" in shown
    for index in CLUSTERS["Transport"]:
        assert " ".join(IDEAS[index].split()) in shown
    row = items.row_text(items.current_item_id() or 0)
    assert f"({len(CLUSTERS['Transport'])} notes)" in row


# ------------------------------------------------------------------ secret ballots, small groups


def test_secret_ballots_hide_the_choices_of_organisations_with_fewer_than_3_voters(
    qtbot: QtBot, clustered: Room
) -> None:
    """Everyone votes; the two-person organisation's "most dots on" would be their ballots."""
    import io

    from pypdf import PdfReader

    from helpers.corpus import ORGANISATIONS, PEOPLE
    from workshop.export.pdf import handout_bytes

    room = clustered
    ops.configure_vote(room.doc, room.vote, source_activity_id=room.brainstorm,
                       target=VoteTarget.CLUSTERS_AND_NOTES, dots_per_person=3)
    items = read_votes.items(room.doc, read_votes.settings(room.doc, room.vote))
    for index, person in enumerate(room.people):
        ops.cast_ballot(room.doc, room.vote, person, {items[index % 5].id: 2, items[-1].id: 1})
    ops.set_revealed(room.doc, room.vote, True)
    room.screen.tabs.setCurrentIndex(room.screen.RESULTS)
    table = room.screen.results.organisations
    shown = {table.item(r, 0).text(): table.item(r, 4).text() for r in range(table.rowCount())}
    small = ORGANISATIONS[5]
    assert sum(1 for _n, org in PEOPLE if org == small) == 2
    assert shown[small] == "(kept secret: fewer than 3 voters)"
    assert shown[ORGANISATIONS[0]].startswith("“"), "three voters: shown"
    note = room.w("voteOrganisationsSecret")
    assert isinstance(note, QLabel) and "at least 3 of its people voted" in note.text()

    pdf = PdfReader(io.BytesIO(handout_bytes(room.doc)))
    text = " ".join(" ".join(p.extract_text() or "" for p in pdf.pages).split())
    assert "kept secret: fewer than 3 voters" in text
    assert "at least 3 of its people voted" in text
    # Open ballots show every organisation's choices.
    ops.reset_vote(room.doc, room.vote)
    ops.configure_vote(room.doc, room.vote, source_activity_id=room.brainstorm,
                       target=VoteTarget.CLUSTERS_AND_NOTES, secret=False)
    ops.cast_ballot(room.doc, room.vote, room.people[-1], {items[0].id: 2})
    ops.set_revealed(room.doc, room.vote, True)
    shown = {table.item(r, 0).text(): table.item(r, 4).text() for r in range(table.rowCount())}
    assert shown[small].startswith("“")


# ------------------------------------------------------------------ results and ballot layout


def test_results_who_voted_done_and_proxy_read_whole_on_a_laptop(
    qtbot: QtBot, clustered: Room
) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from workshop.ui.vote.results import RankingTable

    room = clustered
    ops.configure_vote(room.doc, room.vote, source_activity_id=room.brainstorm,
                       target=VoteTarget.CLUSTERS, dots_per_person=3)
    items = read_votes.items(room.doc, read_votes.settings(room.doc, room.vote))
    assert len(items) == 8
    for index, person in enumerate(room.people[:-1]):
        ops.cast_ballot(room.doc, room.vote, person, {items[index % 8].id: 2, items[7].id: 1})
    for item in items:
        ops.set_tally(room.doc, room.vote, item.id, 7)
    # The last person's ballot is cast by proxy: said calmly, not in the red of a refusal.
    screen = room.screen
    screen.tabs.setCurrentIndex(screen.PROXY)
    proxy = screen.proxy
    proxy.items.setFocus()
    qtbot.keyClick(proxy.items, Qt.Key.Key_1)
    qtbot.keyClick(proxy.items, Qt.Key.Key_Return, CTRL)
    reason = room.w("voteProxyReason")
    assert isinstance(reason, QLabel) and reason.text().startswith("Proxy ballot for")
    assert reason.property("verdict") == "done"  # the theme's calm ink, not a refusal's red

    ops.set_revealed(room.doc, room.vote, True)
    screen.tabs.setCurrentIndex(screen.RESULTS)
    QApplication.processEvents()
    ranking = screen.results.ranking
    assert isinstance(ranking, RankingTable) and ranking.rowCount() == 8
    # Every row in view of the page (one scroll area, no table scrolling inside it).
    rows = sum(ranking.rowHeight(r) for r in range(8))
    assert ranking.viewport().height() >= rows, "the ranking shows all 8 rows"
    metrics = ranking.fontMetrics()
    for r in range(8):
        text = ranking.item(r, 2).text()
        assert "(7 on paper)" in text
        assert metrics.horizontalAdvance(text) + 8 <= ranking.columnWidth(2), text
    # Who has voted: one line per person in the narrow column.
    voters = screen.voters
    line = voters.fontMetrics().lineSpacing()
    for r in range(voters.count()):
        assert voters.visualItemRect(voters.item(r)).height() < 2 * line, voters.item(r).text()
    # The ballot's Done button holds its whole (semibold) text.
    done = screen.laptop.done
    bold = QFont(done.font())
    bold.setWeight(QFont.Weight.DemiBold)
    assert done.minimumWidth() >= QFontMetrics(bold).horizontalAdvance(done.text())
