"""Board operations on a real file: one change each, undoable, redoable, kept on reopening."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.domain import board as b
from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.storage import read, read_board
from workshop.storage.document import Document
from workshop.storage.ops import agenda, participants
from workshop.storage.ops import board as ops


@pytest.fixture
def activity(doc: Document) -> int:
    change = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas", "What next?")
    return change.inserted("activities")[0]


def snapshot(doc: Document, activity_id: int) -> tuple[object, ...]:
    return (
        tuple(read_board.notes(doc, activity_id)),
        tuple(read_board.clusters(doc, activity_id)),
    )


def test_add_note_places_in_grid_without_overlap(doc: Document, activity: int) -> None:
    for text in ["one", "two", "three", "four", "five", "six", "seven"]:
        ops.add_note(doc, activity, text)
    notes = read_board.notes(doc, activity)
    assert [n.text for n in notes] == ["one", "two", "three", "four", "five", "six", "seven"]
    rects = [n.rect for n in notes]
    assert all(not r.intersects(o) for i, r in enumerate(rects) for o in rects[i + 1 :])
    assert notes[0].x == 0 and notes[0].y == 0


def test_add_note_validates(doc: Document, activity: int) -> None:
    with pytest.raises(ValidationError, match="cannot be empty"):
        ops.add_note(doc, activity, "   ")
    with pytest.raises(ValidationError, match="2,000"):
        ops.add_note(doc, activity, "x" * 2001)
    with pytest.raises(ValidationError, match="participant"):
        ops.add_note(doc, activity, "hi", author_id=999)
    with pytest.raises(ValidationError, match="activity"):
        ops.add_note(doc, 999, "hi")
    with pytest.raises(ValidationError, match="colour"):
        ops.add_note(doc, activity, "hi", colour=9)
    assert read_board.counts(doc, activity).notes == 0


def test_add_notes_is_one_change_and_refuses_long_line(doc: Document, activity: int) -> None:
    change = ops.add_notes(doc, activity, ["a", "", "b", "c"], colour=2)
    assert len(change.inserted("notes")) == 3
    assert {n.colour for n in read_board.notes(doc, activity)} == {2}
    with pytest.raises(ValidationError, match="Line 2"):
        ops.add_notes(doc, activity, ["fine", "y" * 2001])
    assert read_board.counts(doc, activity).notes == 3
    doc.undo(change)
    assert read_board.counts(doc, activity).notes == 0


def test_every_operation_undoes_and_redoes(doc: Document, activity: int) -> None:
    participants.add_participant(doc, "Amara", "Library")
    author = read.participants(doc)[0].id
    start = snapshot(doc, activity)
    changes = []
    changes.append(ops.add_notes(doc, activity, [f"idea {i}" for i in range(6)], author_id=author))
    ids = [n.id for n in read_board.notes(doc, activity)]
    changes.append(ops.add_note(doc, activity, "Café 図書館 مكتبة 🎉"))
    changes.append(ops.edit_note_text(doc, ids[0], "edited"))
    changes.append(ops.set_note_colour(doc, ids[:2], 4))
    changes.append(ops.move_notes(doc, {ids[1]: (900.0, 900.0)}))
    changes.append(ops.group_notes(doc, ids[2:5], "Transport"))
    cluster_id = read_board.clusters(doc, activity)[0].id
    changes.append(ops.rename_cluster(doc, cluster_id, "Getting around"))
    changes.append(ops.move_cluster(doc, cluster_id, 2000.0, 50.0))
    changes.append(ops.set_note_cluster(doc, [ids[5]], cluster_id))
    changes.append(ops.tidy_up(doc, activity))
    changes.append(ops.delete_notes(doc, [ids[0], ids[3]]))
    changes.append(ops.ungroup(doc, [cluster_id]))
    end = snapshot(doc, activity)
    for change in reversed(changes):
        doc.undo(change)
    assert snapshot(doc, activity) == start
    for change in changes:
        doc.redo(change)
    assert snapshot(doc, activity) == end


def test_group_arranges_block_and_pushes_covered_notes_aside(
    doc: Document, activity: int
) -> None:
    ops.add_notes(doc, activity, [f"n{i}" for i in range(12)])
    ids = [n.id for n in read_board.notes(doc, activity)]
    ops.group_notes(doc, [ids[0], ids[7], ids[11]], "Youth")
    (cluster,) = read_board.clusters(doc, activity)
    assert cluster.title == "Youth"
    notes = read_board.notes(doc, activity)
    members = [n for n in notes if n.cluster_id == cluster.id]
    assert len(members) == 3
    assert b.cluster_frame([n.rect for n in members]) == cluster.rect
    for note in notes:
        if note.cluster_id is None:
            assert not note.rect.intersects(cluster.rect)


def test_move_into_and_out_of_cluster_regroups(doc: Document, activity: int) -> None:
    ops.add_notes(doc, activity, ["a", "b", "c"])
    a, bb, c = (n.id for n in read_board.notes(doc, activity))
    ops.group_notes(doc, [a, bb], "Pair")
    cluster = read_board.clusters(doc, activity)[0]
    # Drop c inside the frame: it joins and the frame grows to fit it.
    ops.move_notes(doc, {c: (cluster.x + 30, cluster.y + 60)})
    assert read_board.note(doc, c).cluster_id == cluster.id  # type: ignore[union-attr]
    # Drag a far away: it leaves, and the frame shrinks.
    ops.move_notes(doc, {a: (5000.0, 5000.0)})
    assert read_board.note(doc, a).cluster_id is None  # type: ignore[union-attr]
    refit = read_board.cluster(doc, cluster.id)
    assert refit is not None and refit.rect.right < 5000


def test_move_cluster_moves_its_notes(doc: Document, activity: int) -> None:
    ops.add_notes(doc, activity, ["a", "b"])
    ids = [n.id for n in read_board.notes(doc, activity)]
    ops.group_notes(doc, ids, "G")
    cluster = read_board.clusters(doc, activity)[0]
    before = read_board.notes(doc, activity)
    ops.move_cluster(doc, cluster.id, cluster.x + 100, cluster.y + 50)
    after = read_board.notes(doc, activity)
    assert [(n.x - 100, n.y - 50) for n in after] == [(n.x, n.y) for n in before]


def test_removing_activity_or_author_keeps_rules(doc: Document, activity: int) -> None:
    participants.add_participant(doc, "Ben")
    author = read.participants(doc)[0].id
    ops.add_note(doc, activity, "mine", author_id=author)
    participants.remove_participants(doc, [author])
    assert read_board.notes(doc, activity)[0].author_id is None
    ops.group_notes(doc, [read_board.notes(doc, activity)[0].id], "G")
    change = agenda.remove_activities(doc, [activity])
    assert read_board.counts(doc, activity) == b.BoardCounts(0, 0, 0)
    doc.undo(change)
    assert read_board.counts(doc, activity) == b.BoardCounts(1, 1, 0)


def test_board_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "board.workshop"
    with Document.create(path) as doc:
        activity = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted(
            "activities"
        )[0]
        ops.add_notes(doc, activity, ["x", "y", "z"], colour=3)
        ids = [n.id for n in read_board.notes(doc, activity)]
        ops.group_notes(doc, ids[:2], "XY")
        saved = snapshot(doc, activity)
    with Document.open(path) as doc:
        assert snapshot(doc, activity) == saved
        assert doc.counts()["notes"] == 3 and doc.counts()["clusters"] == 1


def test_demo_board(demo_doc: Document) -> None:
    brainstorm = next(
        a for a in read.activities(demo_doc) if a.kind is ActivityKind.BRAINSTORM
    )
    counts = read_board.counts(demo_doc, brainstorm.id)
    assert 35 <= counts.notes <= 45
    assert 3 <= counts.clusters <= 5
    assert counts.loose >= 3
    texts = " ".join(n.text for n in read_board.notes(demo_doc, brainstorm.id))
    assert "é" in texts and "🌱" in texts
    assert any("\u0600" <= ch <= "\u06ff" or "\u4e00" <= ch <= "\u9fff" for ch in texts)
