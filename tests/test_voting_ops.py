"""Dot-vote operations on a real file: rules checked, results derived, every step undoable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.domain.roster import RosterEntry
from workshop.domain.voting import VoteTarget
from workshop.storage import read, read_votes
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops import agenda, board, details, participants
from workshop.storage.ops import voting as ops

PEOPLE = [("Amara", "Library"), ("Ben", "Library"), ("Chloé", "Council"), ("Dmitri", "")]


class Setup:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        participants.add_participants(doc, [RosterEntry(n, o) for n, o in PEOPLE])
        self.people = {p.name: p.id for p in read.participants(doc)}
        agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas")
        agenda.add_activity(doc, ActivityKind.DOT_VOTE, "Vote")
        agenda.add_activity(doc, ActivityKind.CLOSE, "Close")
        self.brainstorm, self.vote, self.close = (a.id for a in read.activities(doc))
        self.notes = []
        for text, author in [
            ("Youth space", "Amara"),
            ("Shared calendar", "Ben"),
            ("Food hub", None),
            ("Walking group", "Chloé"),
        ]:
            change = board.add_note(
                doc, self.brainstorm, text, author_id=self.people[author] if author else None
            )
            self.notes.append(change.inserted("notes")[0])

    def dots(self, name: str) -> dict[int, int]:
        return dict(read_votes.ballot_dots(self.doc, self.vote, self.people[name]))


@pytest.fixture
def s(doc: Document) -> Setup:
    return Setup(doc)


def _counts(doc: Document, vote: int) -> dict[str, int]:
    return {r.title: r.dots for r in read_votes.results(doc, vote).ranking}


def _undo_redo(doc: Document, change: Change, check_after: Callable[[], object]) -> None:
    """Undo restores the state before, redo the state after (compared as table snapshots)."""
    after = _snapshot(doc)
    doc.undo(change)
    doc.redo(change)
    assert _snapshot(doc) == after
    check_after()


def _snapshot(doc: Document) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: doc.db.conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        for table in ("votes", "ballots", "dots", "tallies", "activities", "notes")
    }


def test_defaults_point_at_the_brainstorm_before(s: Setup) -> None:
    vote = read_votes.settings(s.doc, s.vote)
    assert vote.source_activity_id == s.brainstorm
    assert (vote.dots_per_person, vote.max_per_item, vote.secret) == (5, 3, True)
    assert [i.title for i in read_votes.items(s.doc, vote)] == [
        "Youth space", "Shared calendar", "Food hub", "Walking group"
    ]
    assert read_votes.stored_settings(s.doc, s.vote) is None


def test_configure_then_fixed_after_first_dot_until_reset(s: Setup) -> None:
    change = ops.configure_vote(
        s.doc, s.vote, source_activity_id=s.brainstorm, dots_per_person=3, max_per_item=2,
        allow_own=False, secret=False,
    )
    vote = read_votes.settings(s.doc, s.vote)
    assert (vote.dots_per_person, vote.max_per_item, vote.allow_own, vote.secret) == (
        3, 2, False, False
    )
    before = _snapshot(s.doc)
    s.doc.undo(change)
    assert read_votes.stored_settings(s.doc, s.vote) is None
    s.doc.redo(change)
    assert _snapshot(s.doc) == before

    ops.add_dot(s.doc, s.vote, s.people["Amara"], s.notes[1])
    with pytest.raises(ValidationError, match="fixed because dots have been cast"):
        ops.configure_vote(s.doc, s.vote, source_activity_id=s.brainstorm, dots_per_person=9)
    reset = ops.reset_vote(s.doc, s.vote)
    assert read_votes.dots_cast(s.doc, s.vote) == 0
    ops.configure_vote(s.doc, s.vote, source_activity_id=s.brainstorm, dots_per_person=9)
    assert read_votes.settings(s.doc, s.vote).dots_per_person == 9
    # The reset itself is undoable: the dot comes back.
    s.doc.undo(s.doc.history()[-1].change)
    s.doc.undo(reset)
    assert s.dots("Amara") == {s.notes[1]: 1}


def test_configure_refuses_bad_input(s: Setup) -> None:
    with pytest.raises(ValidationError, match="between 1 and 99"):
        ops.configure_vote(s.doc, s.vote, source_activity_id=s.brainstorm, dots_per_person=0)
    with pytest.raises(ValidationError, match="Choose a brainstorm"):
        ops.configure_vote(s.doc, s.vote, source_activity_id=s.close)
    with pytest.raises(ValidationError, match="not a dot vote"):
        ops.add_dot(s.doc, s.close, s.people["Amara"], s.notes[0])
    with pytest.raises(ValidationError, match="no longer exists"):
        ops.add_dot(s.doc, 9999, s.people["Amara"], s.notes[0])
    with pytest.raises(ValidationError, match="participant no longer exists"):
        ops.add_dot(s.doc, s.vote, 9999, s.notes[0])
    with pytest.raises(ValidationError, match="no longer on the board"):
        ops.add_dot(s.doc, s.vote, s.people["Amara"], 9999)
    assert read_votes.stored_settings(s.doc, s.vote) is None  # nothing was written


def test_ballot_rules_at_the_laptop(s: Setup) -> None:
    ops.configure_vote(
        s.doc, s.vote, source_activity_id=s.brainstorm, dots_per_person=3, max_per_item=2,
        allow_own=False,
    )
    amara = s.people["Amara"]
    with pytest.raises(ValidationError, match="your own note"):
        ops.add_dot(s.doc, s.vote, amara, s.notes[0])
    ops.add_dot(s.doc, s.vote, amara, s.notes[1])
    ops.add_dot(s.doc, s.vote, amara, s.notes[1])
    with pytest.raises(ValidationError, match="Item cap reached"):
        ops.add_dot(s.doc, s.vote, amara, s.notes[1])
    ops.add_dot(s.doc, s.vote, amara, s.notes[2])
    with pytest.raises(ValidationError, match="No dots left"):
        ops.add_dot(s.doc, s.vote, amara, s.notes[3])
    change = ops.remove_dot(s.doc, s.vote, amara, s.notes[1])
    assert s.dots("Amara") == {s.notes[1]: 1, s.notes[2]: 1}
    _undo_redo(s.doc, change, lambda: None)
    with pytest.raises(ValidationError, match="no dot of yours"):
        ops.remove_dot(s.doc, s.vote, amara, s.notes[3])
    done = ops.finish_ballot(s.doc, s.vote, amara)
    assert [(b.name, b.done) for b in read_votes.who_voted(s.doc, s.vote)] == [("Amara", True)]
    with pytest.raises(ValidationError, match="already finished"):
        ops.add_dot(s.doc, s.vote, amara, s.notes[3])
    with pytest.raises(ValidationError, match="already finished"):
        ops.remove_dot(s.doc, s.vote, amara, s.notes[2])
    s.doc.undo(done)
    assert not read_votes.ballot_done(s.doc, s.vote, amara)
    ops.remove_dot(s.doc, s.vote, amara, s.notes[2])


def test_each_dot_is_undoable(s: Setup) -> None:
    change = ops.add_dot(s.doc, s.vote, s.people["Ben"], s.notes[0])
    assert change.label == "Add a dot"  # never names the item: the undo menu is public
    assert _counts(s.doc, s.vote)["Youth space"] == 1
    s.doc.undo(change)
    assert _counts(s.doc, s.vote)["Youth space"] == 0
    assert read_votes.who_voted(s.doc, s.vote) == []
    s.doc.redo(change)
    assert _counts(s.doc, s.vote)["Youth space"] == 1


def test_proxy_ballot(s: Setup) -> None:
    dmitri = s.people["Dmitri"]
    change = ops.cast_ballot(s.doc, s.vote, dmitri, {s.notes[0]: 2, s.notes[3]: 3})
    [status] = read_votes.who_voted(s.doc, s.vote)
    assert (status.name, status.proxy, status.done) == ("Dmitri", True, True)
    assert _counts(s.doc, s.vote) == {
        "Youth space": 2, "Walking group": 3, "Shared calendar": 0, "Food hub": 0
    }
    _undo_redo(s.doc, change, lambda: None)
    with pytest.raises(ValidationError, match="already has a ballot"):
        ops.cast_ballot(s.doc, s.vote, dmitri, {s.notes[1]: 1})
    with pytest.raises(ValidationError, match="Item cap"):
        ops.cast_ballot(s.doc, s.vote, s.people["Ben"], {s.notes[1]: 4})
    with pytest.raises(ValidationError, match="No dots left"):
        ops.cast_ballot(s.doc, s.vote, s.people["Ben"], {s.notes[1]: 3, s.notes[2]: 3})
    with pytest.raises(ValidationError, match="proxy ballot"):
        ops.add_dot(s.doc, s.vote, dmitri, s.notes[1])


def test_paper_tallies_apart_from_ballots(s: Setup) -> None:
    ops.add_dot(s.doc, s.vote, s.people["Ben"], s.notes[2])
    first = ops.set_tally(s.doc, s.vote, s.notes[2], 7)
    assert read_votes.tallies(s.doc, s.vote) == {s.notes[2]: 7}
    up = ops.adjust_tally(s.doc, s.vote, s.notes[2], +1)
    down = ops.adjust_tally(s.doc, s.vote, s.notes[1], +1)
    [food] = [r for r in read_votes.results(s.doc, s.vote).ranking if r.title == "Food hub"]
    assert (food.dots, food.ballot_dots, food.paper_dots) == (9, 1, 8)
    with pytest.raises(ValidationError, match="no paper dots"):
        ops.adjust_tally(s.doc, s.vote, s.notes[0], -1)
    with pytest.raises(ValidationError, match="between 0 and 9999"):
        ops.set_tally(s.doc, s.vote, s.notes[0], -3)
    for change in (down, up, first):
        s.doc.undo(change)
    assert read_votes.tallies(s.doc, s.vote) == {}
    for change in (first, up, down):
        s.doc.redo(change)
    assert read_votes.tallies(s.doc, s.vote) == {s.notes[2]: 8, s.notes[1]: 1}
    ops.set_tally(s.doc, s.vote, s.notes[1], 0)  # zero removes the row
    assert read_votes.tallies(s.doc, s.vote) == {s.notes[2]: 8}


def test_closed_vote_refuses_everything_until_reopened(s: Setup) -> None:
    amara = s.people["Amara"]
    ops.add_dot(s.doc, s.vote, amara, s.notes[1])
    close = ops.set_closed(s.doc, s.vote, True)
    for attempt in (
        lambda: ops.add_dot(s.doc, s.vote, amara, s.notes[1]),
        lambda: ops.remove_dot(s.doc, s.vote, amara, s.notes[1]),
        lambda: ops.set_tally(s.doc, s.vote, s.notes[1], 2),
        lambda: ops.finish_ballot(s.doc, s.vote, amara),
        lambda: ops.cast_ballot(s.doc, s.vote, s.people["Ben"], {s.notes[1]: 1}),
    ):
        with pytest.raises(ValidationError, match="closed"):
            attempt()
    s.doc.undo(close)
    ops.add_dot(s.doc, s.vote, amara, s.notes[1])


def test_reveal_and_hide_are_undoable(s: Setup) -> None:
    change = ops.set_revealed(s.doc, s.vote, True)
    assert read_votes.results(s.doc, s.vote).revealed
    s.doc.undo(change)
    assert not read_votes.results(s.doc, s.vote).revealed
    s.doc.redo(change)
    hide = ops.set_revealed(s.doc, s.vote, False)
    assert not read_votes.settings(s.doc, s.vote).revealed
    s.doc.undo(hide)
    assert read_votes.settings(s.doc, s.vote).revealed


def test_deleted_note_takes_its_dots_and_tally_and_undo_restores_both(s: Setup) -> None:
    ops.add_dot(s.doc, s.vote, s.people["Ben"], s.notes[2])
    ops.add_dot(s.doc, s.vote, s.people["Chloé"], s.notes[2])
    ops.set_tally(s.doc, s.vote, s.notes[2], 4)
    before = _counts(s.doc, s.vote)
    assert before["Food hub"] == 6
    change = board.delete_notes(s.doc, [s.notes[2]])
    assert "Food hub" not in _counts(s.doc, s.vote)
    assert s.doc.db.conn.execute("SELECT count(*) FROM dots").fetchone()[0] == 0
    assert read_votes.tallies(s.doc, s.vote) == {}
    s.doc.undo(change)
    assert _counts(s.doc, s.vote) == before
    s.doc.redo(change)
    assert read_votes.tallies(s.doc, s.vote) == {}


def test_removed_participant_takes_their_ballot(s: Setup) -> None:
    ops.add_dot(s.doc, s.vote, s.people["Ben"], s.notes[2])
    ops.add_dot(s.doc, s.vote, s.people["Amara"], s.notes[2])
    change = participants.remove_participants(s.doc, [s.people["Ben"]])
    assert [b.name for b in read_votes.who_voted(s.doc, s.vote)] == ["Amara"]
    assert _counts(s.doc, s.vote)["Food hub"] == 1
    s.doc.undo(change)
    assert [b.name for b in read_votes.who_voted(s.doc, s.vote)] == ["Amara", "Ben"]
    assert _counts(s.doc, s.vote)["Food hub"] == 2


def test_removed_vote_takes_everything_with_it(s: Setup) -> None:
    ops.add_dot(s.doc, s.vote, s.people["Ben"], s.notes[2])
    ops.set_tally(s.doc, s.vote, s.notes[1], 2)
    before = _snapshot(s.doc)
    change = agenda.remove_activities(s.doc, [s.vote])
    for table in ("votes", "ballots", "dots", "tallies"):
        assert _snapshot(s.doc)[table] == [], table
    s.doc.undo(change)
    assert _snapshot(s.doc) == before


def test_removed_brainstorm_leaves_the_vote_pointing_nowhere(s: Setup) -> None:
    ops.set_revealed(s.doc, s.vote, True)
    ops.add_dot(s.doc, s.vote, s.people["Ben"], s.notes[2])
    ops.set_tally(s.doc, s.vote, s.notes[1], 2)
    before = _snapshot(s.doc)
    change = agenda.remove_activities(s.doc, [s.brainstorm])
    vote = read_votes.settings(s.doc, s.vote)
    assert vote.source_activity_id is None and not vote.revealed
    assert read_votes.items(s.doc, vote) == []
    assert read_votes.dots_cast(s.doc, s.vote) == 0
    assert read_votes.results(s.doc, s.vote).ranking == ()
    s.doc.undo(change)
    assert _snapshot(s.doc) == before


def test_vote_on_clusters(s: Setup) -> None:
    board.group_notes(s.doc, [s.notes[0], s.notes[1]], "Young people")
    board.group_notes(s.doc, [s.notes[3]], "Health")
    ops.configure_vote(
        s.doc, s.vote, source_activity_id=s.brainstorm, target=VoteTarget.CLUSTERS,
        allow_own=False,
    )
    vote = read_votes.settings(s.doc, s.vote)
    items = read_votes.items(s.doc, vote)
    assert [i.title for i in items] == ["Young people", "Health"]
    chloe = s.people["Chloé"]
    health = items[1].id
    with pytest.raises(ValidationError, match="your own note"):
        ops.add_dot(s.doc, s.vote, chloe, health)
    ops.add_dot(s.doc, s.vote, chloe, items[0].id)  # Amara's and Ben's notes
    ops.add_dot(s.doc, s.vote, s.people["Amara"], items[0].id)  # shared: not only hers
    assert _counts(s.doc, s.vote) == {"Young people": 2, "Health": 0}
    # Deleting a note never touches dots on clusters with the same id.
    board.delete_notes(s.doc, [items[0].id])
    assert _counts(s.doc, s.vote)["Young people"] == 2


def test_make_agenda_from_results(s: Setup) -> None:
    details.update_details(s.doc, available_minutes=60)
    for name in ("Amara", "Ben", "Chloé"):
        ops.add_dot(s.doc, s.vote, s.people[name], s.notes[2])
    ops.add_dot(s.doc, s.vote, s.people["Amara"], s.notes[3])
    ops.set_tally(s.doc, s.vote, s.notes[1], 2)
    # 15 min each for Ideas, Vote, Close: 15 min left, so two items get 5 min each.
    plan = ops.plan_agenda(s.doc, s.vote, top=2)
    assert [(i.title, i.minutes) for i in plan.items] == [
        ("Food hub", 5), ("Shared calendar", 5)
    ]
    change = ops.make_agenda(s.doc, s.vote, top=2)
    titles = [a.title for a in read.activities(s.doc)]
    assert titles == ["Ideas", "Vote", "Food hub", "Shared calendar", "Close"]
    new = read.activities(s.doc)[2]
    assert new.kind is ActivityKind.PROMPT and new.timebox_minutes == 5
    assert "3 dots" in new.facilitator_notes
    s.doc.undo(change)
    assert [a.title for a in read.activities(s.doc)] == ["Ideas", "Vote", "Close"]
    s.doc.redo(change)
    assert len(read.activities(s.doc)) == 5
    # The facilitator can reorder what it made (undoable, through the agenda operations).
    agenda.move_activity(s.doc, read.activities(s.doc)[3].id, 2)
    assert [a.title for a in read.activities(s.doc)][2] == "Shared calendar"


def test_make_agenda_without_votes_is_refused(s: Setup) -> None:
    with pytest.raises(ValidationError, match="No item has enough dots"):
        ops.make_agenda(s.doc, s.vote, top=3)


def test_check_counts_the_vote_tables(s: Setup) -> None:
    ops.add_dot(s.doc, s.vote, s.people["Ben"], s.notes[2])
    counts = s.doc.counts()
    assert (counts["votes"], counts["ballots"], counts["dots"], counts["tallies"]) == (1, 1, 1, 0)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(["add", "remove", "tally", "undo"]), st.integers(0, 3),
                  st.integers(0, 3), st.integers(0, 5)),
        max_size=25,
    )
)
def test_stored_votes_never_break_the_rules(
    tmp_path: Path, steps: list[tuple[str, int, int, int]]
) -> None:
    """Through the real operations (and undo), budgets and caps hold and the results add up."""
    path = tmp_path / f"p{abs(hash(tuple(steps)))}.workshop"
    with Document.create(path, overwrite=True) as doc:
        setup = Setup(doc)
        ops.configure_vote(
            doc, setup.vote, source_activity_id=setup.brainstorm, dots_per_person=3,
            max_per_item=2,
        )
        people = list(setup.people.values())
        done: list[Change] = []
        for action, person, note, number in steps:
            pid, item = people[person], setup.notes[note]
            try:
                if action == "add":
                    done.append(ops.add_dot(doc, setup.vote, pid, item))
                elif action == "remove":
                    done.append(ops.remove_dot(doc, setup.vote, pid, item))
                elif action == "tally":
                    done.append(ops.set_tally(doc, setup.vote, item, number))
                elif done:
                    doc.undo(done.pop())
            except ValidationError:
                pass
            for p in people:
                used = read_votes.ballot_dots(doc, setup.vote, p)
                assert used.total() <= 3 and all(n <= 2 for n in used.values())
            results = read_votes.results(doc, setup.vote)
            dots = doc.db.conn.execute("SELECT count(*) FROM dots").fetchone()[0]
            paper = sum(read_votes.tallies(doc, setup.vote).values())
            assert sum(r.dots for r in results.ranking) == dots + paper == results.dots_cast


@pytest.mark.parametrize("target", list(VoteTarget))
def test_the_items_a_ballot_names_read_alone_are_those_of_the_whole_list(
    doc: Document, target: VoteTarget
) -> None:
    """A ballot is checked against just its items (a phone's ballot on a board of a
    thousand notes reads a few rows): the same items, in the same order, as the list."""
    from helpers.corpus import add_people, fill_board

    people = add_people(doc)
    brainstorm = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted(
        "activities"
    )[0]
    fill = fill_board(doc, brainstorm, authors=people[:6])
    vote = agenda.add_activity(doc, ActivityKind.DOT_VOTE, "Vote").inserted("activities")[0]
    ops.configure_vote(doc, vote, source_activity_id=brainstorm, target=target)
    settings = read_votes.settings(doc, vote)
    every = read_votes.items(doc, settings)
    assert len(every) >= 8
    ids = [i.id for i in every]
    for chosen in (ids[:1], ids[-3:], ids[::5], [*ids[2:4], 10**9, -(10**9)], []):
        alone = read_votes.items(doc, settings, chosen)
        assert alone == [i for i in every if i.id in set(chosen)], (target, chosen)
    assert fill.cluster_ids or target is VoteTarget.NOTES
    # A ballot on them is checked as before: own notes refused, unknown items refused.
    own = next((i for i in every if i.is_own(people[0])), None)
    assert own is not None or target is VoteTarget.CLUSTERS  # clusters are everyone's
    ops.configure_vote(
        doc, vote, source_activity_id=brainstorm, target=target, allow_own=False
    )
    if own is not None:
        with pytest.raises(ValidationError):
            ops.cast_ballot(doc, vote, people[0], {own.id: 1})
    with pytest.raises(ValidationError):
        ops.cast_ballot(doc, vote, people[0], {10**9: 1})
    other = next(i for i in every if not i.is_own(people[0]))
    assert ops.cast_ballot(doc, vote, people[0], {other.id: 1}).inserted("ballots")
