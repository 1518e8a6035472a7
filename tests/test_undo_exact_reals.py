"""Undo and redo restore positions bit for bit, whatever the zoom made of them."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.domain.models import ActivityKind
from workshop.storage.document import Document
from workshop.storage.ops import agenda

# Board coordinates, sizes and scores, with every fraction a zoom can produce. (SQLite's
# printf is exact to 17 digits well beyond this range; near 1.8e308 it is not.)
finite = st.floats(min_value=-1e100, max_value=1e100, allow_nan=False, width=64)


@settings(max_examples=100, deadline=None)
@given(before=st.lists(finite, min_size=1, max_size=20), shift=finite)
def test_real_values_survive_capture_undo_redo_and_the_history(
    tmp_path_factory: object, before: list[float], shift: float
) -> None:
    folder = tmp_path_factory.mktemp("reals")  # type: ignore[attr-defined]
    with Document.create(folder / "reals.workshop") as doc:
        board = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted("activities")[0]
        with doc.edit("Place notes") as ed:
            for x in before:
                ed.conn.execute(
                    "INSERT INTO notes (activity_id, text, x, y) VALUES (?, 'n', ?, 0)", (board, x)
                )
        with doc.edit("Move notes") as ed:
            ed.conn.execute("UPDATE notes SET x = ? WHERE 1", (shift,))
        moved = ed.change
        assert moved is not None
        if moved.is_empty:  # nothing really moved: nothing to undo
            return
        after = [shift] * len(before)

        def xs() -> list[float]:
            return [row[0] for row in doc.conn.execute("SELECT x FROM notes ORDER BY id")]

        doc.undo(moved)
        assert xs() == before
        doc.redo(moved)
        assert xs() == after
        stored = doc.history()[-1].change
        doc.undo(stored)  # the copy kept in the file is just as exact
        assert xs() == before
        assert all(not math.isnan(x) for x in xs())
