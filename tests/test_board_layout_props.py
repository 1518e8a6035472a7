"""Random gestures on a real board file: cluster frames never overlap one another, no loose
note lies under a frame, every frame fits its notes, and undo of each gesture puts every
note and frame back exactly where it was (redo exactly where the gesture put them)."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.domain import board as b
from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.storage import read_board
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops import agenda
from workshop.storage.ops import board as ops

KINDS = ["add", "add_at", "group", "group", "move_notes", "move_into", "move_into",
         "move_cluster", "move_cluster", "ungroup", "set_cluster", "take_out", "delete", "tidy"]

coordinate = st.integers(-400, 2000)
step = st.tuples(
    st.sampled_from(KINDS),
    st.lists(st.integers(0, 1000), min_size=1, max_size=5),  # which notes / clusters
    coordinate,
    coordinate,
)


def snapshot(doc: Document, activity: int) -> tuple[object, ...]:
    return (
        tuple(read_board.notes(doc, activity)),
        tuple(read_board.clusters(doc, activity)),
    )


def check_layout(doc: Document, activity: int) -> None:
    notes = read_board.notes(doc, activity)
    clusters = read_board.clusters(doc, activity)
    for first, second in itertools.combinations(clusters, 2):
        assert not first.rect.intersects(second.rect), (first, second)
    for note in notes:
        if note.cluster_id is None:
            for cluster in clusters:
                assert not note.rect.intersects(cluster.rect), (note, cluster)
    for cluster in clusters:
        members = [n.rect for n in notes if n.cluster_id == cluster.id]
        frame = b.cluster_frame(members)
        if frame is not None:
            assert (frame.x, frame.y, frame.right, frame.bottom) == pytest.approx(
                (cluster.x, cluster.y, cluster.rect.right, cluster.rect.bottom)
            )


def gesture(
    doc: Document, activity: int, kind: str, picks: list[int], x: int, y: int
) -> Change | None:
    notes = read_board.notes(doc, activity)
    clusters = read_board.clusters(doc, activity)
    chosen = list(dict.fromkeys(notes[i % len(notes)].id for i in picks)) if notes else []
    cluster = clusters[picks[0] % len(clusters)] if clusters else None
    if kind == "add":
        return ops.add_note(doc, activity, f"note {len(notes)}")
    if kind == "add_at":
        return ops.add_note(doc, activity, f"note {len(notes)}", position=(x, y))
    if not notes:
        return None
    if kind == "group":
        return ops.group_notes(doc, chosen, "Theme")
    if kind == "move_notes":
        return ops.move_notes(
            doc, {n: (x + 37.0 * i, y + 23.0 * i) for i, n in enumerate(chosen)}
        )
    if kind == "delete":
        return ops.delete_notes(doc, chosen[:1])
    if kind == "tidy":
        return ops.tidy_up(doc, activity)
    if kind == "take_out":
        return ops.set_note_cluster(doc, chosen, None)
    if cluster is None:
        return None
    if kind == "move_into":
        # Drop a note on a frame's edge, so that it joins and the frame grows.
        cx = cluster.x + (x % int(cluster.width + b.NOTE_WIDTH)) - b.NOTE_WIDTH / 2
        cy = cluster.y + (y % int(cluster.height + b.NOTE_HEIGHT)) - b.NOTE_HEIGHT / 2
        return ops.move_notes(doc, {chosen[0]: (cx, cy)})
    if kind == "move_cluster":
        return ops.move_cluster(doc, cluster.id, x, y)
    if kind == "ungroup":
        return ops.ungroup(doc, [cluster.id])
    if kind == "set_cluster":
        return ops.set_note_cluster(doc, chosen, cluster.id)
    raise AssertionError(kind)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(step, min_size=1, max_size=30))
def test_frames_never_overlap_and_undo_restores(
    steps: list[tuple[str, list[int], int, int]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        doc = Document.create(Path(folder) / "board.workshop")
        try:
            activity = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted(
                "activities"
            )[0]
            ops.add_notes(doc, activity, [f"seed {i}" for i in range(12)])
            seeds = [n.id for n in read_board.notes(doc, activity)]
            ops.group_notes(doc, seeds[:3], "First")
            ops.group_notes(doc, seeds[6:8], "Second")
            for kind, picks, x, y in steps:
                before = snapshot(doc, activity)
                try:
                    change = gesture(doc, activity, kind, picks, x, y)
                except ValidationError:
                    assert snapshot(doc, activity) == before
                    continue
                check_layout(doc, activity)
                if change is None or change.is_empty:
                    continue
                after = snapshot(doc, activity)
                undone = doc.undo(change)
                assert snapshot(doc, activity) == before, kind
                doc.redo(change)
                assert snapshot(doc, activity) == after, kind
                assert undone is not None
        finally:
            doc.close()


def test_group_never_covers_an_older_cluster(doc: Document) -> None:
    """The end-to-end case: notes grouped around an older cluster go next to it, not on it."""
    activity = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted(
        "activities"
    )[0]
    ops.add_notes(doc, activity, [f"n{i}" for i in range(18)])
    ids = [n.id for n in read_board.notes(doc, activity)]
    older = ops.group_notes(doc, [ids[7], ids[8]], "Older").inserted("clusters")[0]
    before = read_board.cluster(doc, older)
    # Notes all round the older cluster: their centroid is right on it.
    newer = ops.group_notes(doc, [ids[0], ids[2], ids[12], ids[14]], "Newer").inserted(
        "clusters"
    )[0]
    assert read_board.cluster(doc, older) == before  # the older one stays put
    new = read_board.cluster(doc, newer)
    assert new is not None and before is not None
    assert not new.rect.intersects(before.rect)
    check_layout(doc, activity)


def test_dragged_cluster_stops_short_of_another(doc: Document) -> None:
    activity = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted(
        "activities"
    )[0]
    ops.add_notes(doc, activity, ["a", "b", "c", "d"])
    a, bb, c, d = (n.id for n in read_board.notes(doc, activity))
    first = ops.group_notes(doc, [a, bb], "First").inserted("clusters")[0]
    ops.move_notes(doc, {c: (0.0, 1000.0), d: (200.0, 1000.0)})
    second = ops.group_notes(doc, [c, d], "Second").inserted("clusters")[0]
    target = read_board.cluster(doc, first)
    assert target is not None
    ops.move_cluster(doc, second, target.x + 30, target.y + 30)
    moved = read_board.cluster(doc, second)
    assert moved is not None and not moved.rect.intersects(target.rect)
    # It went to the nearest free place: just past the other frame, a gap away.
    gaps = (
        moved.x - target.rect.right, target.x - moved.rect.right,
        moved.y - target.rect.bottom, target.y - moved.rect.bottom,
    )
    assert max(gaps) == pytest.approx(b.GAP)
    check_layout(doc, activity)


def test_set_note_cluster_lines_notes_up_under_the_cluster(doc: Document) -> None:
    activity = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted(
        "activities"
    )[0]
    ops.add_notes(doc, activity, ["a", "b", "far"])
    a, bb, far = (n.id for n in read_board.notes(doc, activity))
    ops.move_notes(doc, {far: (5000.0, 5000.0)})
    cluster = ops.group_notes(doc, [a, bb], "Pair").inserted("clusters")[0]
    ops.set_note_cluster(doc, [far], cluster)
    frame = read_board.cluster(doc, cluster)
    note = read_board.note(doc, far)
    assert frame is not None and note is not None
    assert frame.rect.right < 1000 and frame.rect.bottom < 1000  # grew by a row, not to 5000
    assert note.cluster_id == cluster
    check_layout(doc, activity)


rect_strategy = st.builds(
    b.Rect,
    st.integers(-300, 1500).map(float),
    st.integers(-300, 1500).map(float),
    st.integers(20, 600).map(float),
    st.integers(20, 500).map(float),
)


@given(rect_strategy, st.lists(rect_strategy, max_size=25))
def test_nearest_free_clears_every_obstacle_and_keeps_a_free_place(
    rect: b.Rect, obstacles: list[b.Rect]
) -> None:
    placed = b.nearest_free(rect, obstacles)
    assert placed is not None
    assert (placed.width, placed.height) == (rect.width, rect.height)
    assert not any(placed.intersects(o) for o in obstacles)
    if not any(rect.intersects(o) for o in obstacles):
        assert placed == rect


@given(
    st.dictionaries(st.integers(1, 50), rect_strategy, max_size=8),
    st.dictionaries(
        st.integers(100, 200),
        st.tuples(st.integers(-300, 1500), st.integers(-300, 1500)).map(
            lambda p: b.note_rect(*p)
        ),
        max_size=30,
    ),
    st.lists(st.integers(1, 50), max_size=8),
)
def test_settle_separates_moved_frames_and_clears_loose_notes(
    frames: dict[int, b.Rect], loose: dict[int, b.Rect], moved: list[int]
) -> None:
    # Start from frames that do not overlap (as on a board), except those just moved.
    fixed: dict[int, b.Rect] = {}
    for cid, rect in frames.items():
        if cid in moved or not any(rect.intersects(r) for r in fixed.values()):
            fixed[cid] = rect
    moved = [c for c in moved if c in fixed]
    still = [c for c in fixed if c not in moved]
    for first, second in itertools.combinations(still, 2):
        assert not fixed[first].intersects(fixed[second])
    layout = b.settle(fixed, loose, moved)
    result = {**fixed, **layout.clusters}
    assert set(layout.clusters) <= set(moved)  # only moved frames move
    for first, second in itertools.combinations(result.values(), 2):
        assert not first.intersects(second)
    notes = {i: b.note_rect(*layout.notes[i]) if i in layout.notes else r
             for i, r in loose.items()}
    for note in notes.values():
        assert not any(note.intersects(f) for f in result.values())


def test_frame_grown_by_a_dropped_note_makes_way_not_its_neighbour(doc: Document) -> None:
    activity = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted(
        "activities"
    )[0]
    ops.add_notes(doc, activity, ["a", "b", "c"])
    a, bb, c = (n.id for n in read_board.notes(doc, activity))
    ops.move_notes(doc, {bb: (0.0, 1000.0)})
    left = ops.group_notes(doc, [a], "Left").inserted("clusters")[0]
    frame = read_board.cluster(doc, left)
    assert frame is not None
    # The neighbour sits just right of the first frame.
    ops.move_notes(doc, {bb: (frame.rect.right + 40, frame.y + 56)})
    right = ops.group_notes(doc, [bb], "Right").inserted("clusters")[0]
    neighbour = read_board.cluster(doc, right)
    assert neighbour is not None and not neighbour.rect.intersects(frame.rect)
    # Drop c inside the first frame near its right edge: it joins and the frame grows
    # towards the neighbour; the grown cluster makes way, the neighbour stays put.
    ops.move_notes(doc, {c: (frame.rect.right - b.NOTE_WIDTH / 2 - 10, frame.y + 56)})
    assert read_board.note(doc, c).cluster_id == left  # type: ignore[union-attr]
    assert read_board.cluster(doc, right) == neighbour
    check_layout(doc, activity)
