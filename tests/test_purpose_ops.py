"""Purpose-blending operations on a real file: each validates, commits, and undoes exactly."""

from __future__ import annotations

import pytest

from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.domain.purpose_models import ROUND_FOURS, ROUND_PAIRS, PartyMode
from workshop.storage import read, read_purpose
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops import agenda, participants
from workshop.storage.ops import purpose as ops

STATEMENTS = {
    "Library": "We give every community free access to books, learning and safe spaces.",
    "Council": "We serve our communities and keep public spaces safe and welcoming.",
    "Youth Forum": "We make sure young people are heard and shape the town.",
    "Food Bank": "We make sure no family in our community goes hungry.",
    "Health Centre": "We help people and families stay healthy.",
}


def _snapshot(doc: Document) -> dict[str, list[tuple[object, ...]]]:
    conn = doc.db.conn
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'purpose_%'"
        )
    ]
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in sorted(tables)}


@pytest.fixture
def activity(doc: Document) -> int:
    change = agenda.add_activity(doc, ActivityKind.PURPOSE_BLEND, "Blending our purposes")
    return change.inserted("activities")[0]


@pytest.fixture
def by_org(doc: Document, activity: int) -> int:
    ops.set_purpose_settings(doc, activity, by=PartyMode.ORGANISATION)
    for name, text in STATEMENTS.items():
        ops.add_statement(doc, activity, name, text)
    return activity


def _undo_redo(doc: Document, change: Change) -> None:
    """Undo then redo ``change`` and check the purpose tables come back exactly."""
    after = _snapshot(doc)
    doc.undo(change)
    assert _snapshot(doc) != after
    doc.redo(change)
    assert _snapshot(doc) == after


def test_settings_default_and_change(doc: Document, activity: int) -> None:
    settings = read_purpose.settings(doc, activity)
    assert (settings.by, settings.language, settings.anonymous) == (
        PartyMode.PARTICIPANT, "english", False
    )
    change = ops.set_purpose_settings(doc, activity, language="French", anonymous=True)
    assert read_purpose.settings(doc, activity).language == "french"
    _undo_redo(doc, change)
    with pytest.raises(ValidationError, match="not a language"):
        ops.set_purpose_settings(doc, activity, language="elvish")


def test_statements_one_per_party_and_undo(doc: Document, activity: int) -> None:
    participants.add_participant(doc, "Amara", "Library")
    amara = read.participants(doc)[0].id
    change = ops.add_statement(doc, activity, amara, "  We are here to   open doors. ")
    assert change.label == "Add purpose of Amara"
    (statement,) = read_purpose.statements(doc, activity)
    assert (statement.party.label, statement.text) == ("Amara", "We are here to open doors.")
    _undo_redo(doc, change)
    with pytest.raises(ValidationError, match="already has"):
        ops.add_statement(doc, activity, amara, "Another")
    with pytest.raises(ValidationError, match="per participant"):
        ops.add_statement(doc, activity, "Library", "Text")
    with pytest.raises(ValidationError, match="cannot be empty"):
        ops.add_statement(doc, activity, amara, "   ")
    with pytest.raises(ValidationError, match="remove them"):
        ops.set_purpose_settings(doc, activity, by=PartyMode.ORGANISATION)
    _undo_redo(doc, ops.edit_statement(doc, statement.id, "We open doors."))
    _undo_redo(doc, ops.remove_statement(doc, statement.id))


def test_statements_need_a_purpose_activity(doc: Document) -> None:
    change = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas")
    with pytest.raises(ValidationError, match="not a purpose blend"):
        ops.add_statement(doc, change.inserted("activities")[0], 1, "Text")


def test_merge_and_unmerge_terms(doc: Document, by_org: int) -> None:
    before = {t.label for t in read_purpose.analysis(doc, by_org).themes}
    assert "youth" not in before
    ops.add_statement(doc, by_org, "Schools", "We teach youth.")
    change = ops.merge_terms(doc, by_org, ["youth", "young people"])
    assert change.label == "Merge “youth” = “young people”"
    youth = next(t for t in read_purpose.analysis(doc, by_org).themes if t.label == "youth")
    assert youth.parties == ("o:Youth Forum", "o:Schools")
    _undo_redo(doc, change)
    # Merging into an existing merge folds the two together.
    ops.merge_terms(doc, by_org, ["teenagers", "youth"])
    (merge,) = read_purpose.synonyms(doc, by_org)
    assert merge.phrases == ("teenagers", "youth", "young people")
    with pytest.raises(ValidationError, match="already counted as one"):
        ops.merge_terms(doc, by_org, ["youths", "young people"])
    with pytest.raises(ValidationError, match="only common words"):
        ops.merge_terms(doc, by_org, ["the", "youth"])
    with pytest.raises(ValidationError, match="at least two"):
        ops.merge_terms(doc, by_org, ["community", "communities"])
    _undo_redo(doc, ops.unmerge_terms(doc, merge.id))
    assert read_purpose.synonyms(doc, by_org) == []


def test_hide_and_unhide_terms(doc: Document, by_org: int) -> None:
    assert "safe" in {t.label for t in read_purpose.analysis(doc, by_org).themes}
    change = ops.hide_term(doc, by_org, "safe")
    assert "safe" not in {t.label for t in read_purpose.analysis(doc, by_org).themes}
    _undo_redo(doc, change)
    with pytest.raises(ValidationError, match="already hidden"):
        ops.hide_term(doc, by_org, "Safe")
    (hidden,) = read_purpose.hidden_terms(doc, by_org)
    _undo_redo(doc, ops.unhide_term(doc, hidden.id))
    several = ops.hide_terms(doc, by_org, ["spaces", "safe", "hungry"])
    assert several.label == "Hide 3 terms"
    assert len(read_purpose.hidden_terms(doc, by_org)) == 3
    _undo_redo(doc, several)


def test_propose_pairs_fours_adjust_and_capture(doc: Document, by_org: int) -> None:
    change = ops.propose_groups(doc, by_org, ROUND_PAIRS)
    pairs = read_purpose.groups(doc, by_org, ROUND_PAIRS)
    assert sorted(len(g.statement_ids) for g in pairs) == [2, 3]
    assert sorted(i for g in pairs for i in g.statement_ids) == [
        s.id for s in read_purpose.statements(doc, by_org)
    ]
    _undo_redo(doc, change)
    # Adjust: move one statement of the trio into a new group, then into the other pair.
    trio = next(g for g in pairs if len(g.statement_ids) == 3)
    other = next(g for g in pairs if g is not trio)
    moved = trio.statement_ids[0]
    _undo_redo(doc, ops.move_to_group(doc, moved, ROUND_PAIRS, None))
    assert len(read_purpose.groups(doc, by_org, ROUND_PAIRS)) == 3
    ops.move_to_group(doc, moved, ROUND_PAIRS, other.id)
    groups = read_purpose.groups(doc, by_org, ROUND_PAIRS)
    assert len(groups) == 2  # the emptied group went away
    with pytest.raises(ValidationError, match="already in that group"):
        ops.move_to_group(doc, moved, ROUND_PAIRS, other.id)
    _undo_redo(doc, ops.capture_group_statement(doc, other.id, "Safe spaces for all."))
    fours = ops.propose_groups(doc, by_org, ROUND_FOURS, most_similar=True)
    (four,) = read_purpose.groups(doc, by_org, ROUND_FOURS)
    assert len(four.statement_ids) == 5
    _undo_redo(doc, fours)
    _undo_redo(doc, ops.clear_round(doc, by_org, ROUND_FOURS))


def test_pairs_need_two_statements(doc: Document, activity: int) -> None:
    with pytest.raises(ValidationError, match="at least two"):
        ops.propose_groups(doc, activity, ROUND_PAIRS)


def test_drafts_ratings_and_adoption(doc: Document, by_org: int) -> None:
    first = ops.new_draft(doc, by_org, "A safe, healthy community.")
    assert first.label == "Draft 1"
    _undo_redo(doc, first)
    d1 = read_purpose.drafts(doc, by_org)[0]
    second = ops.new_draft(doc, by_org, "A safe, healthy community where no family goes hungry.",
                           parent_id=d1.id)
    _undo_redo(doc, second)
    third = ops.new_draft_from_phrases(doc, by_org, ["young people are heard", "safe spaces"])
    drafts = read_purpose.drafts(doc, by_org)
    assert [(d.number, d.text) for d in drafts][2] == (3, "Young people are heard; safe spaces.")
    assert drafts[1].parent_id == d1.id
    _undo_redo(doc, third)
    d2 = drafts[1]
    rating = ops.rate(doc, d2.id, "Food Bank", 5, "Yes!")
    assert rating.label == "Rate draft 2: Food Bank 5/5"
    _undo_redo(doc, rating)
    _undo_redo(doc, ops.rate(doc, d2.id, "Food Bank", 4))  # replaces, never duplicates
    assert [(r.party.label, r.score) for r in read_purpose.ratings(doc, d2.id)] == [
        ("Food Bank", 4)
    ]
    with pytest.raises(ValidationError, match="0 to 5"):
        ops.rate(doc, d2.id, "Food Bank", 6)
    with pytest.raises(ValidationError, match="stays as it was"):
        ops.edit_draft(doc, d2.id, "Changed")
    adopt = ops.adopt_draft(doc, d2.id)
    assert read_purpose.adopted_purpose(doc) == d2.text
    _undo_redo(doc, adopt)
    with pytest.raises(ValidationError, match="adopted"):
        ops.rate(doc, d2.id, "Library", 3)
    with pytest.raises(ValidationError, match="un-adopt"):
        ops.remove_draft(doc, d2.id)
    # Adopting another draft un-adopts the first.
    ops.adopt_draft(doc, d1.id)
    assert [d.adopted for d in read_purpose.drafts(doc, by_org)] == [True, False, False]
    summary = read_purpose.summary(doc, by_org)
    assert summary is not None and summary.adopted is not None
    assert summary.adopted.number == 1
    assert len(summary.coverage) == 5
    _undo_redo(doc, ops.unadopt_draft(doc, d1.id))
    _undo_redo(doc, ops.edit_draft(doc, drafts[2].id, "Young people are heard."))
    _undo_redo(doc, ops.remove_draft(doc, d1.id))
    assert read_purpose.draft(doc, d2.id).parent_id is None  # type: ignore[union-attr]


def test_removing_a_participant_or_the_activity_takes_purpose_rows(
    doc: Document, activity: int
) -> None:
    participants.add_participant(doc, "Amara", "Library")
    participants.add_participant(doc, "Ben", "Council")
    amara, ben = (p.id for p in read.participants(doc))
    ops.add_statement(doc, activity, amara, "Books for every community.")
    ops.add_statement(doc, activity, ben, "Safe community spaces.")
    ops.propose_groups(doc, activity, ROUND_PAIRS)
    ops.new_draft(doc, activity, "A safe community.")
    draft = read_purpose.drafts(doc, activity)[0]
    ops.rate(doc, draft.id, amara, 5)
    before = _snapshot(doc)
    removal = participants.remove_participants(doc, [amara])
    assert [s.party.label for s in read_purpose.statements(doc, activity)] == ["Ben"]
    assert read_purpose.ratings(doc, draft.id) == []
    doc.undo(removal)
    assert _snapshot(doc) == before
    removal = agenda.remove_activities(doc, [activity])
    assert all(rows == [] for rows in _snapshot(doc).values())
    doc.undo(removal)
    assert _snapshot(doc) == before
