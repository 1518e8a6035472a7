"""Offers and asks, pulse checks and actions in the file: operations, undo/redo, dependents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from workshop.domain.actions import ActionStatus, SourceKind
from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.domain.pulse import IMPACT_CONDITIONS, Scale
from workshop.domain.reciprocity import CardKind, Party
from workshop.domain.roster import RosterEntry
from workshop.storage import read, read_actions, read_pulse, read_reciprocity
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops import actions as action_ops
from workshop.storage.ops import agenda, participants
from workshop.storage.ops import board as board_ops
from workshop.storage.ops import pulse as pulse_ops
from workshop.storage.ops import reciprocity as ops

TABLES = (
    "reciprocity_cards",
    "commitments",
    "actions",
    "pulse_statements",
    "pulse_rounds",
    "pulse_tallies",
    "pulse_answers",
    "participants",
    "activities",
    "notes",
)


def snapshot(doc: Document) -> dict[str, list[tuple[object, ...]]]:
    return {
        t: doc.db.conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES
    }


@pytest.fixture
def room(doc: Document) -> dict[str, int]:
    participants.add_participants(
        doc,
        [
            RosterEntry("Ana", "Library"),
            RosterEntry("Ben", "Council"),
            RosterEntry("Cat", "Council"),
        ],
    )
    ids = {p.name: p.id for p in read.participants(doc)}
    agenda.add_activity(doc, ActivityKind.OFFERS_ASKS, "Offers and asks")
    agenda.add_activity(doc, ActivityKind.PULSE, "Pulse")
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas")
    acts = {a.title: a.id for a in read.activities(doc)}
    agenda.update_activity(
        doc, acts["Pulse"], kind=ActivityKind.PULSE, title="Pulse", prompt="",
        timebox_minutes=10, anonymous=False,
    )
    return {**ids, "oa": acts["Offers and asks"], "pulse": acts["Pulse"], "ideas": acts["Ideas"]}


def person(doc: Document, pid: int) -> Party:
    found = read.participant(doc, pid)
    assert found is not None
    return Party.person(found)


def card_id(doc: Document, activity_id: int, text: str) -> int:
    return next(c.id for c in read_reciprocity.cards(doc, activity_id) if c.text == text)


def test_cards_matches_and_commitment_with_action(doc: Document, room: dict[str, int]) -> None:
    oa = room["oa"]
    ops.add_card(doc, oa, CardKind.OFFER, person(doc, room["Ana"]), "Meeting rooms, free")
    ops.add_card(doc, oa, CardKind.ASK, person(doc, room["Ben"]), "A room for meetings")
    ops.add_card(doc, oa, CardKind.ASK, Party.group("Library"), "More meeting rooms")
    cards = read_reciprocity.cards(doc, oa)
    assert [(c.kind, c.party.label) for c in cards] == [
        (CardKind.OFFER, "Ana (Library)"),
        (CardKind.ASK, "Ben (Council)"),
        (CardKind.ASK, "Library"),
    ]
    offer, ask, own = (c.id for c in cards)
    suggestions = read_reciprocity.suggestions(doc, oa)
    assert [m.offer_id for m in suggestions[ask]] == [offer]
    assert suggestions[own] == []  # the library's own person offers it
    with pytest.raises(ValidationError, match="own ask"):
        ops.confirm_match(doc, offer, own)
    with pytest.raises(ValidationError, match="not a date"):
        ops.confirm_match(doc, offer, ask, due="soon")
    change = ops.confirm_match(doc, offer, ask, due="2026-12-15")
    assert change.label == "Confirm: Ana → Ben"
    (commitment,) = read_reciprocity.commitments(doc, oa)
    assert (commitment.giver.name, commitment.receiver.name, commitment.due) == (
        "Ana", "Ben", "2026-12-15",
    )
    assert read_reciprocity.suggestions(doc, oa)[ask] == []
    (action,) = read_actions.actions(doc)
    assert action.owner == person(doc, room["Ana"])
    assert action.what == "Meeting rooms, free → Ben"
    assert action.source_kind is SourceKind.COMMITMENT and action.due == "2026-12-15"
    assert action.source_text == "Commitment: Meeting rooms, free"
    with pytest.raises(ValidationError, match="already committed"):
        ops.confirm_match(doc, offer, ask)
    ops.edit_commitment(doc, commitment.id, what="Room 2 on Tuesdays", due="2026-12-20")
    (action,) = read_actions.actions(doc)
    assert (action.what, action.due) == ("Room 2 on Tuesdays → Ben", "2026-12-20")
    with pytest.raises(ValidationError, match="part of a commitment"):
        ops.edit_card(doc, offer, text="x", kind=CardKind.ASK)
    ops.edit_card(doc, offer, text="Meeting rooms, free on weekdays")
    ops.remove_commitments(doc, [commitment.id])
    assert read_actions.actions(doc) == []


def test_card_validation(doc: Document, room: dict[str, int]) -> None:
    ana = person(doc, room["Ana"])
    with pytest.raises(ValidationError, match="cannot be empty"):
        ops.add_card(doc, room["oa"], CardKind.OFFER, ana, "   ")
    with pytest.raises(ValidationError, match="offers-and-asks"):
        ops.add_card(doc, room["pulse"], CardKind.OFFER, ana, "x")
    with pytest.raises(ValidationError, match="no longer on the participant list"):
        ops.add_card(doc, room["oa"], CardKind.OFFER, Party(999, "Ghost", ""), "x")
    with pytest.raises(ValidationError):
        ops.remove_cards(doc, [])


def test_pulse_rounds_tally_answers(doc: Document, room: dict[str, int]) -> None:
    pulse = room["pulse"]
    pulse_ops.add_statement(doc, pulse, "I trust this group", Scale.FIST, round_label="Check-in")
    (statement,) = read_pulse.statements(doc, pulse)
    (first,) = read_pulse.rounds(doc, statement.id)
    assert first.title == "Check-in"
    pulse_ops.set_tally(doc, first.round_id, {2: 3, 3: 2, 5: 1})
    pulse_ops.add_answer(doc, first.round_id, 4)
    pulse_ops.add_answer(doc, first.round_id, 4, room["Ana"])
    with pytest.raises(ValidationError, match="already answered"):
        pulse_ops.add_answer(doc, first.round_id, 3, room["Ana"])
    with pytest.raises(ValidationError, match="0–5"):
        pulse_ops.add_answer(doc, first.round_id, 6)
    (first,) = read_pulse.rounds(doc, statement.id)
    assert first.distribution.counts == (0, 0, 3, 2, 2, 1)
    assert read_pulse.answered(doc, first.round_id) == {room["Ana"]}
    pulse_ops.set_tally(doc, first.round_id, {2: 0})
    assert read_pulse.tally(doc, first.round_id) == {3: 2, 5: 1}
    with pytest.raises(ValidationError, match="already answered on this scale"):
        pulse_ops.edit_statement(doc, statement.id, "I trust this group", Scale.AGREE)
    pulse_ops.add_round(doc, statement.id, "Check-out")
    second = read_pulse.rounds(doc, statement.id)[1]
    assert (second.number, second.title, second.distribution.total) == (2, "Check-out", 0)
    pulse_ops.set_revealed(doc, second.round_id, True)
    assert read_pulse.rounds(doc, statement.id)[1].revealed
    pulse_ops.remove_round(doc, second.round_id)
    with pytest.raises(ValidationError, match="at least one round"):
        pulse_ops.remove_round(doc, first.round_id)
    pulse_ops.clear_round(doc, first.round_id)
    assert read_pulse.rounds(doc, statement.id)[0].distribution.total == 0
    with pytest.raises(ValidationError, match="pulse check activity"):
        pulse_ops.add_statement(doc, room["oa"], "x")


def test_impact_check_and_history_across_activities(doc: Document, room: dict[str, int]) -> None:
    pulse = room["pulse"]
    pulse_ops.add_impact_check(doc, pulse)
    statements = read_pulse.statements(doc, pulse)
    assert [s.condition for s in statements] == [c.key for c in IMPACT_CONDITIONS]
    assert all(s.scale is Scale.AGREE for s in statements)
    with pytest.raises(ValidationError, match="already asks all five"):
        pulse_ops.add_impact_check(doc, pulse)
    radar = read_pulse.impact(doc, pulse)
    assert radar is not None and all(p.level is None for p in radar)
    first_round = read_pulse.rounds(doc, statements[0].id)[0]
    pulse_ops.set_tally(doc, first_round.round_id, {4: 2, 5: 1})
    radar = read_pulse.impact(doc, pulse)
    assert radar is not None and radar[0].median == 4 and radar[0].level == 0.75
    # the same words asked again in a later pulse activity join the history
    agenda.add_activity(doc, ActivityKind.PULSE, "Check-out")
    later = read.activities(doc)[-1].id
    pulse_ops.add_statement(doc, later, statements[0].text + "  ", Scale.AGREE)
    (again,) = read_pulse.statements(doc, later)
    history = read_pulse.history(doc, again.id)
    assert [(r.activity_title, r.distribution.total) for r in history] == [("Pulse", 3), ("", 0)]
    assert read_pulse.impact(doc, later) is None


def test_actions_ops(doc: Document, room: dict[str, int]) -> None:
    board_ops.add_note(doc, room["ideas"], "Community fridge")
    note = doc.db.conn.execute("SELECT id FROM notes").fetchone()[0]
    action_ops.add_action(
        doc, "Ask about a fridge", person(doc, room["Cat"]), "2026-12-01",
        source_kind=SourceKind.NOTE, source_id=note,
    )
    action_ops.add_action(doc, "Book the hall", Party.group("Council"))
    with pytest.raises(ValidationError, match="no longer exists"):
        action_ops.add_action(doc, "x", source_kind=SourceKind.CLUSTER, source_id=999)
    with pytest.raises(ValidationError, match="not a real date"):
        action_ops.add_action(doc, "x", due="2026-02-31")
    first, second = read_actions.actions(doc)
    assert first.source_text == "Note: Community fridge"
    assert second.owner_label == "Council"
    action_ops.set_action_status(doc, first.id, ActionStatus.DOING)
    action_ops.update_action(
        doc, second.id, what="Book the big hall", owner=None, due="", status=ActionStatus.DONE
    )
    first, second = read_actions.actions(doc)
    assert first.status is ActionStatus.DOING
    assert (second.what, second.owner) == ("Book the big hall", None)
    assert second.status is ActionStatus.DONE
    board_ops.delete_notes(doc, [note])
    kept = read_actions.action(doc, first.id)
    assert kept is not None and kept.source_kind is SourceKind.NONE
    action_ops.remove_actions(doc, [first.id, second.id])
    assert read_actions.actions(doc) == []


def _everything(doc: Document, room: dict[str, int]) -> list[Callable[[], Change]]:
    oa, pulse = room["oa"], room["pulse"]
    ana, ben = person(doc, room["Ana"]), person(doc, room["Ben"])
    steps: list[Callable[[], Change]] = [
        lambda: ops.add_card(doc, oa, CardKind.OFFER, ana, "Printing for flyers"),
        lambda: ops.add_card(doc, oa, CardKind.ASK, ben, "Flyers printed"),
        lambda: ops.add_card(doc, oa, CardKind.ASK, ana, "Volunteers"),
        lambda: ops.confirm_match(
            doc, card_id(doc, oa, "Printing for flyers"), card_id(doc, oa, "Flyers printed")
        ),
        lambda: pulse_ops.add_statement(doc, pulse, "We move at the right pace"),
        lambda: pulse_ops.set_tally(doc, _round(doc, pulse), {3: 4, 4: 2}),
        lambda: pulse_ops.add_answer(doc, _round(doc, pulse), 5, room["Ben"]),
        lambda: pulse_ops.add_round(doc, read_pulse.statements(doc, pulse)[0].id, "Later"),
        lambda: action_ops.add_action(doc, "Send the notes", ben, "2026-12-02"),
        lambda: ops.edit_card(doc, card_id(doc, oa, "Volunteers"), text="Two volunteers"),
    ]
    return steps


def _round(doc: Document, pulse: int) -> int:
    statement = read_pulse.statements(doc, pulse)[0]
    return read_pulse.rounds(doc, statement.id)[0].round_id


def test_every_operation_undoes_and_redoes(doc: Document, room: dict[str, int]) -> None:
    start = snapshot(doc)
    changes = [step() for step in _everything(doc, room)]
    end = snapshot(doc)
    for change in reversed(changes):
        doc.undo(change)
    assert snapshot(doc) == start
    for change in changes:
        doc.redo(change)
    assert snapshot(doc) == end


@pytest.mark.parametrize("removal", ["participant", "activity_oa", "activity_pulse", "card"])
def test_removals_take_dependents_and_undo_restores(
    doc: Document, room: dict[str, int], removal: str
) -> None:
    for step in _everything(doc, room):
        step()
    before = snapshot(doc)
    if removal == "participant":
        change = participants.remove_participants(doc, [room["Ana"]])
        assert read_reciprocity.commitments(doc) == []
        # Ana's own action (from the commitment) went; Ben's stays, his answer stays anonymous
        assert [a.what for a in read_actions.actions(doc)] == ["Send the notes"]
    elif removal == "activity_oa":
        change = agenda.remove_activities(doc, [room["oa"]])
        assert doc.db.conn.execute("SELECT count(*) FROM reciprocity_cards").fetchone()[0] == 0
    elif removal == "activity_pulse":
        change = agenda.remove_activities(doc, [room["pulse"]])
        assert doc.db.conn.execute("SELECT count(*) FROM pulse_rounds").fetchone()[0] == 0
    else:
        change = ops.remove_cards(doc, [card_id(doc, room["oa"], "Flyers printed")])
        assert read_reciprocity.commitments(doc) == []
    doc.undo(change)
    assert snapshot(doc) == before


def test_removed_participant_hands_actions_to_organisation(
    doc: Document, room: dict[str, int]
) -> None:
    action_ops.add_action(doc, "Write it up", person(doc, room["Cat"]))
    pulse_ops.add_statement(doc, room["pulse"], "Pace")
    pulse_ops.add_answer(doc, _round(doc, room["pulse"]), 3, room["Cat"])
    participants.remove_participants(doc, [room["Cat"]])
    (action,) = read_actions.actions(doc)
    assert action.owner == Party.group("Council")
    assert read_pulse.answer_count(doc, _round(doc, room["pulse"])) == 1


def test_organisation_summary(doc: Document, room: dict[str, int]) -> None:
    for step in _everything(doc, room):
        step()
    assert read_actions.organisations(doc) == ["Council", "Library"]
    library = read_actions.organisation_summary(doc, "library")
    assert [c.text for c in library.offers] == ["Printing for flyers"]
    assert [c.text for c in library.asks] == ["Two volunteers"]
    assert len(library.gives) == 1 and not library.receives
    assert [a.what for a in library.actions] == ["Printing for flyers → Ben"]
    council = read_actions.organisation_summary(doc, "Council")
    assert len(council.receives) == 1 and [a.what for a in council.actions] == ["Send the notes"]


def test_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "r.workshop"
    with Document.create(path) as doc:
        agenda.add_activity(doc, ActivityKind.PULSE, "Pulse")
        pulse = read.activities(doc)[0].id
        pulse_ops.add_statement(doc, pulse, "Pace")
        pulse_ops.set_tally(doc, _round(doc, pulse), {1: 1})
    with Document.open(path) as doc:
        assert doc.format == (1, 6) or doc.format >= (1, 6)
        statement = read_pulse.statements(doc, read.activities(doc)[0].id)[0]
        assert read_pulse.rounds(doc, statement.id)[0].distribution.total == 1


def test_demo_has_offers_asks_pulse_rounds_impact_and_actions(demo_doc: Document) -> None:
    (oa,) = read_reciprocity.offers_asks_activities(demo_doc)
    assert len(read_reciprocity.cards(demo_doc, oa)) >= 10
    assert len(read_reciprocity.commitments(demo_doc, oa)) == 2
    (pulse,) = read_pulse.pulse_activities(demo_doc)
    trust = read_pulse.statements(demo_doc, pulse)[0]
    assert [r.title for r in read_pulse.rounds(demo_doc, trust.id)] == ["Check-in", "Check-out"]
    radar = read_pulse.impact(demo_doc, pulse)
    assert radar is not None and all(p.median is not None for p in radar)
    kinds = {a.source_kind for a in read_actions.actions(demo_doc)}
    assert {SourceKind.COMMITMENT, SourceKind.NOTE, SourceKind.CLUSTER, SourceKind.VOTE} <= kinds


def test_named_answers_need_anonymity_off(doc: Document) -> None:
    participants.add_participant(doc, "Ana")
    agenda.add_activity(doc, ActivityKind.PULSE, "Pulse")
    pulse = read.activities(doc)[0].id
    pulse_ops.add_statement(doc, pulse, "Pace")
    ana = read.participants(doc)[0].id
    with pytest.raises(ValidationError, match="anonymous"):
        pulse_ops.add_answer(doc, _round(doc, pulse), 3, ana)
    pulse_ops.add_answer(doc, _round(doc, pulse), 3)
    assert read_pulse.answered(doc, _round(doc, pulse)) == set()


def test_a_confirmed_match_teaches_the_workshop_and_undo_unlearns(
    doc: Document, room: dict[str, int]
) -> None:
    """A confirmed "gazebo" ↔ "marquee" match makes them synonyms for the workshop's asks."""
    oa = room["oa"]
    ana, ben, cat = (person(doc, room[n]) for n in ("Ana", "Ben", "Cat"))
    ops.add_card(doc, oa, CardKind.OFFER, ana, "Marquee to borrow")
    ops.add_card(doc, oa, CardKind.ASK, ben, "A gazebo for the summer fair")
    ops.add_card(doc, oa, CardKind.ASK, cat, "Could someone lend a gazebo for our fete?")
    offer = card_id(doc, oa, "Marquee to borrow")
    first = card_id(doc, oa, "A gazebo for the summer fair")
    second = card_id(doc, oa, "Could someone lend a gazebo for our fete?")
    assert read_reciprocity.suggestions(doc, oa)[second] == []
    confirmed = ops.confirm_match(doc, offer, first)
    (match,) = read_reciprocity.suggestions(doc, oa)[second]
    assert match.offer_id == offer and "gazebo ↔ marquee" in match.shared
    doc.undo(confirmed)
    assert read_reciprocity.suggestions(doc, oa)[second] == []
