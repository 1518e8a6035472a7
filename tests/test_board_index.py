"""The board index stays in step with the file, and answers as a full scan would.

Free cells from the row-bit grid are the cells ``free_slots`` finds from scratch; the
index of a board equals one read afresh after any gesture, undo or redo, after an edit
made by another program, and after an edit that was rolled back half-way.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from helpers.corpus import add_people, fill_board
from workshop.domain import board as b
from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.storage import board_index, read_board
from workshop.storage.document import Document
from workshop.storage.ops import agenda
from workshop.storage.ops import board as ops

place = st.tuples(st.integers(-300, 3000), st.integers(-300, 2000))


@settings(max_examples=80, deadline=None)
@given(
    notes=st.lists(place, max_size=40),
    frames=st.lists(st.tuples(place, st.integers(50, 900), st.integers(50, 700)), max_size=6),
    gone=st.lists(st.integers(0, 60), max_size=10),
    count=st.integers(1, 12),
    columns=st.integers(1, 20),
)
def test_cell_grid_finds_the_cells_a_full_scan_finds(
    notes: list[tuple[int, int]],
    frames: list[tuple[tuple[int, int], int, int]],
    gone: list[int],
    count: int,
    columns: int,
) -> None:
    rects = [b.note_rect(x, y) for x, y in notes]
    rects += [b.Rect(x, y, w, h) for (x, y), w, h in frames]
    grid = b.CellGrid()
    for rect in rects:
        grid.add(rect)
    removed = {i % len(rects) for i in gone} if rects else set()
    for i in sorted(removed):
        grid.remove(rects[i])
    kept = [r for i, r in enumerate(rects) if i not in removed]
    assert grid.free(count, columns) == b.free_slots(kept, count, columns=columns)


def test_rect_index_follows_moves_and_removals_and_huge_rectangles() -> None:
    index = b.RectIndex()
    index.add(b.note_rect(0, 0), 1)
    index.add(b.note_rect(400, 0), 2)
    index.add(b.Rect(-1e9, -1e9, 2e9, 10), "huge")  # an outside edit's absurd frame
    assert set(index.hit_keys(b.note_rect(10, 10))) == {1}
    index.add(b.note_rect(10, 400), 1)  # moved
    assert index.hit_keys(b.note_rect(10, 10)) == []
    assert index.hit_keys(b.note_rect(10, 10), skip={2}) == []
    assert index.hit_keys(b.note_rect(0, -1e9)) == ["huge"]
    index.remove("huge")
    index.remove(2)
    assert len(index) == 1 and index.hit_keys(b.note_rect(400, 0)) == []


def _fresh(doc: Document, activity: int) -> tuple[object, object]:
    """What the index holds for the board, and what a fresh read of the file gives."""
    live = board_index.space(doc, activity)
    fresh = board_index.read_space(doc, activity)
    return (
        (live.notes, dict(live.frames.items()), dict(live.loose.items())),
        (fresh.notes, dict(fresh.frames.items()), dict(fresh.loose.items())),
    )


@pytest.fixture
def board(doc: Document) -> int:
    """The shared corpus's long multilingual ideas, loose (gestures make the clusters)."""
    activity = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted("activities")[0]
    fill_board(doc, activity, authors=add_people(doc)[:5], clusters=False)
    return int(activity)


def test_the_index_follows_the_corpus_day_clusters_and_all(doc: Document) -> None:
    activity = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted("activities")[0]
    fill = fill_board(doc, activity)
    assert len(fill.cluster_ids) == 8
    live, fresh = _fresh(doc, activity)
    assert live == fresh


def test_the_index_follows_gestures_undo_and_redo(doc: Document, board: int) -> None:
    ids = [n.id for n in read_board.notes(doc, board)]
    steps = [
        lambda: ops.group_notes(doc, ids[:4], "Cztery"),
        lambda: ops.add_note(doc, board, "Nowy", position=(10.0, 10.0)),
        lambda: ops.move_notes(doc, {ids[10]: (5.0, 5.0), ids[11]: (900.0, 30.0)}),
        lambda: ops.move_cluster(doc, read_board.clusters(doc, board)[0].id, 400.0, 150.0),
        lambda: ops.set_note_cluster(doc, [ids[20]], read_board.clusters(doc, board)[0].id),
        lambda: ops.ungroup(doc, [read_board.clusters(doc, board)[0].id]),
        lambda: ops.delete_notes(doc, ids[5:8]),
        lambda: ops.tidy_up(doc, board),
    ]
    changes = []
    for make in steps:
        changes.append(make())
        live, fresh = _fresh(doc, board)
        assert live == fresh
    for change in reversed(changes):
        doc.undo(change)
        live, fresh = _fresh(doc, board)
        assert live == fresh
    for change in changes:
        doc.redo(change)
    live, fresh = _fresh(doc, board)
    assert live == fresh


def test_an_edit_by_another_program_is_seen(doc: Document, board: int) -> None:
    board_index.space(doc, board)  # built
    first_free = ops.add_note(doc, board, "probe")
    doc.undo(first_free)
    probe = first_free.rows[0].after
    assert probe is not None
    other = Database(doc.path)
    other["notes"].insert({"activity_id": board, "text": "From Datasette",
                           "x": probe["x"], "y": probe["y"]})
    other.conn.close()
    live, fresh = _fresh(doc, board)
    assert live == fresh
    added = ops.add_note(doc, board, "After the outside edit").rows[0].after
    assert added is not None and (added["x"], added["y"]) != (probe["x"], probe["y"])


def test_a_rolled_back_edit_that_the_index_followed_is_forgotten(
    doc: Document, board: int
) -> None:
    ids = [n.id for n in read_board.notes(doc, board)]
    board_index.space(doc, board)
    with pytest.raises(ValidationError), doc.edit("Half a gesture"):
        ops.move_notes(doc, {ids[0]: (5000.0, 5000.0)})
        board_index.space(doc, board)  # follows the move mid-edit
        raise ValidationError("refused")
    live, fresh = _fresh(doc, board)
    assert live == fresh


def test_a_note_centred_on_a_frame_edge_joins_it(doc: Document, board: int) -> None:
    ids = [n.id for n in read_board.notes(doc, board)]
    cluster_id = ops.group_notes(doc, ids[:2], "Para").inserted("clusters")[0]
    frame = read_board.cluster(doc, cluster_id)
    assert frame is not None
    # The moved note's centre lies exactly on the frame's right edge.
    x = frame.x + frame.width - b.NOTE_WIDTH / 2
    y = frame.y + frame.height / 2 - b.NOTE_HEIGHT / 2
    ops.move_notes(doc, {ids[12]: (x, y)})
    moved = read_board.note(doc, ids[12])
    assert moved is not None and moved.cluster_id == cluster_id
