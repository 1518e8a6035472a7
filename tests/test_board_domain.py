"""The board's pure rules: text limits, colours, placement without overlap, tidy-up, frames."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.domain import board as b
from workshop.domain.errors import ValidationError


def test_note_text_is_trimmed_and_unicode_kept() -> None:
    assert b.clean_note_text("  Café à côté 図書館 مكتبة 📚 \n") == "Café à côté 図書館 مكتبة 📚"


def test_empty_note_refused() -> None:
    with pytest.raises(ValidationError, match="cannot be empty"):
        b.clean_note_text(" \n\t ")


def test_note_at_limit_accepted_and_over_limit_refused_with_numbers() -> None:
    assert len(b.clean_note_text("x" * b.NOTE_TEXT_MAX)) == 2000
    with pytest.raises(ValidationError) as info:
        b.clean_note_text("x" * 2001)
    message = str(info.value)
    assert "2,001" in message and "2,000" in message and "Nothing was added" in message


def test_six_colours_are_hex() -> None:
    assert len(b.COLOURS) == 6
    assert all(len(c.fill) == 7 and c.fill.startswith("#") for c in b.COLOURS)
    assert b.check_colour(5) == 5
    with pytest.raises(ValidationError, match="1–6"):
        b.check_colour(6)


def test_colour_by_organisation_is_stable_and_cycles() -> None:
    orgs = ["Youth Forum", "Food Bank", "Library", "Council", "Health", "Arts", "Zoo", ""]
    ordered = sorted({o for o in orgs if o}, key=str.casefold)
    colours = [b.colour_for_organisation(o, orgs) for o in ordered]
    assert colours == [0, 1, 2, 3, 4, 5, 0]
    assert b.colour_for_organisation("", orgs) == 0
    assert b.colour_for_organisation("Unknown", orgs) == 0


def test_split_lines_skips_blank_lines() -> None:
    assert b.split_lines("one\n\n  two  \r\nthree\n") == ["one", "two", "three"]


def test_summary_elides() -> None:
    assert b.summary("short") == "short"
    assert b.summary("a" * 100, 10).endswith("…")
    assert len(b.summary("a" * 100, 10)) == 10


def test_free_slots_fill_grid_row_by_row() -> None:
    slots = b.free_slots([], 3, columns=2)
    pitch_x, pitch_y = b.NOTE_WIDTH + b.GAP, b.NOTE_HEIGHT + b.GAP
    assert slots == [(0, 0), (pitch_x, 0), (0, pitch_y)]


def test_free_slots_skip_occupied_and_clusters() -> None:
    frame = b.Rect(0, 0, 2 * b.NOTE_WIDTH + b.GAP, b.NOTE_HEIGHT)  # covers two cells
    slots = b.free_slots([frame, b.note_rect(10, 10)], 2, columns=4)
    pitch_x = b.NOTE_WIDTH + b.GAP
    assert slots == [(2 * pitch_x, 0), (3 * pitch_x, 0)]


@given(
    st.lists(
        st.tuples(st.floats(-500, 3000), st.floats(-500, 3000)), max_size=40
    ),
    st.integers(1, 30),
)
def test_free_slots_never_overlap_anything(existing: list[tuple[float, float]], count: int) -> None:
    occupied = [b.note_rect(x, y) for x, y in existing]
    slots = b.free_slots(occupied, count)
    new = [b.note_rect(x, y) for x, y in slots]
    assert len(new) == count
    for rect in new:
        assert not any(rect.intersects(o) for o in occupied)
    for first, second in itertools.combinations(new, 2):
        assert not first.intersects(second)


def test_grid_widens_as_board_fills() -> None:
    assert b.grid_columns(1) == b.MIN_COLUMNS
    assert b.grid_columns(2000) > b.grid_columns(100)


def test_cluster_frame_pads_notes_and_has_title_band() -> None:
    frame = b.cluster_frame([b.note_rect(100, 200), b.note_rect(300, 200)])
    assert frame is not None
    assert frame.x == 100 - b.CLUSTER_PADDING
    assert frame.y == 200 - b.CLUSTER_PADDING - b.CLUSTER_HEADER
    assert frame.right == 300 + b.NOTE_WIDTH + b.CLUSTER_PADDING
    keep = b.Rect(1, 2, 3, 4)
    assert b.cluster_frame([], minimum=keep) == keep


def test_cluster_at_prefers_current_then_smallest() -> None:
    big = b.Cluster(1, 1, "Big", 0, 0, 1000, 1000)
    small = b.Cluster(2, 1, "Small", 100, 100, 200, 200)
    assert b.cluster_at(150, 150, [big, small]) == 2
    assert b.cluster_at(150, 150, [big, small], current=1) == 1
    assert b.cluster_at(5000, 5000, [big, small], current=1) is None


def test_tidy_layout_has_no_overlaps() -> None:
    clusters = [(1, [1, 2, 3]), (2, [4]), (3, list(range(5, 15)))]
    loose = list(range(20, 33))
    layout = b.tidy_layout(clusters, loose)
    frames = list(layout.clusters.values())
    for first, second in itertools.combinations(frames, 2):
        assert not first.intersects(second)
    loose_rects = [b.note_rect(*layout.notes[i]) for i in loose]
    for rect in loose_rects:
        assert not any(rect.intersects(f) for f in frames)
    for first, second in itertools.combinations(loose_rects, 2):
        assert not first.intersects(second)
    for cid, ids in clusters:
        frame = layout.clusters[cid]
        for note_id in ids:
            note = b.note_rect(*layout.notes[note_id])
            assert frame.x < note.x and note.right < frame.right
            assert frame.y + b.CLUSTER_HEADER < note.y and note.bottom < frame.bottom
