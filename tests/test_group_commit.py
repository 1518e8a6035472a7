"""A group commit (``Document.group``): many edits, one transaction, each still itself.

The phones' one writer commits the posts waiting together this way
(``docs/decisions/0016-phone-group-commit.md``): one fsync for a room's burst, while each
post keeps its own undo step, its own refusal and its own report; listeners hear of the
group only when told, and always before any later change.
"""

from __future__ import annotations

import pytest

from helpers.corpus import IDEAS, add_people
from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.storage import board_index, read_board
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops import agenda
from workshop.storage.ops import board as ops


@pytest.fixture
def board(doc: Document) -> int:
    return int(agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted("activities")[0])


def _texts(doc: Document, board: int) -> list[str]:
    return [n.text for n in read_board.notes(doc, board)]


def test_each_edit_of_a_group_is_its_own_undo_step_and_a_refused_one_rolls_back_alone(
    doc: Document, board: int
) -> None:
    authors = add_people(doc)[:3]
    history_before = len(doc.history())
    with doc.group() as changes:
        first = ops.add_note(doc, board, IDEAS[0], author_id=authors[0])
        with pytest.raises(ValidationError):
            ops.add_note(doc, board, "x" * 5000)  # too long: refused, alone
        second = ops.add_note(doc, board, IDEAS[1], author_id=authors[1])
        assert doc.in_edit  # nothing is on disk yet
    assert changes == [first, second]
    assert _texts(doc, board) == [IDEAS[0], IDEAS[1]]
    entries = doc.history()[history_before:]
    assert [e.change.label for e in entries] == [first.label, second.label]
    assert first.history_id == entries[0].change.history_id
    doc.undo(second)  # the later post goes; the earlier stays
    assert _texts(doc, board) == [IDEAS[0]]


def test_listeners_hear_once_when_told_and_before_any_later_change(
    doc: Document, board: int
) -> None:
    heard: list[Change] = []
    doc.subscribe(heard.append)
    with doc.group():
        ops.add_note(doc, board, IDEAS[2])
        ops.add_note(doc, board, IDEAS[3])
    assert heard == []  # committed, held for the owner to tell
    with doc.group():
        ops.add_note(doc, board, IDEAS[4])
    later = ops.add_note(doc, board, IDEAS[5])  # an edit of the laptop's own
    assert len(heard) == 2 and heard[1] is later
    assert len(heard[0].inserted("notes")) == 3  # the two groups, as one change
    doc.tell_held()
    assert len(heard) == 2  # nothing held any more


def test_the_board_index_follows_across_the_edits_of_a_group(doc: Document, board: int) -> None:
    with doc.group():
        for text in IDEAS[:12]:
            ops.add_note(doc, board, text)
    doc.tell_held()
    notes = read_board.notes(doc, board)
    places = {(n.x, n.y) for n in notes}
    assert len(places) == 12, "each note found a free cell of its own"
    live = board_index.space(doc, board)
    fresh = board_index.read_space(doc, board)
    assert live.notes == fresh.notes


def test_a_group_that_fails_leaves_nothing_of_any_of_its_edits(
    doc: Document, board: int
) -> None:
    heard: list[Change] = []
    doc.subscribe(heard.append)
    history_before = len(doc.history())
    with pytest.raises(KeyboardInterrupt), doc.group():
        ops.add_note(doc, board, IDEAS[6])
        ops.add_note(doc, board, IDEAS[7])
        raise KeyboardInterrupt  # the process is stopped before the commit
    assert _texts(doc, board) == []
    assert len(doc.history()) == history_before
    doc.tell_held()
    assert heard == []  # nothing was committed, so nothing is told
    assert ops.add_note(doc, board, IDEAS[8]).inserted("notes")  # the file goes on
    assert _texts(doc, board) == [IDEAS[8]]
    live = board_index.space(doc, board)
    assert live.notes == board_index.read_space(doc, board).notes


def test_a_group_cannot_start_inside_an_edit(doc: Document) -> None:
    with pytest.raises(RuntimeError), doc.edit("Outer"), doc.group():
        pass


def test_a_group_ends_what_could_be_redone_as_any_new_edit_does(
    doc: Document, board: int
) -> None:
    undone = ops.add_note(doc, board, IDEAS[9])
    doc.undo(undone)
    assert [e.undone for e in doc.history()][-1]
    with doc.group():
        with pytest.raises(ValidationError):
            ops.add_note(doc, board, "")  # refused first: nothing dropped by it
        first = ops.add_note(doc, board, IDEAS[10])
        second = ops.add_note(doc, board, IDEAS[11])
    entries = doc.history()
    assert not any(e.undone for e in entries)
    assert [e.change.history_id for e in entries[-2:]] == [first.history_id, second.history_id]
    assert _texts(doc, board) == [IDEAS[10], IDEAS[11]]
