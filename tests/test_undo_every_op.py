"""Every operation in ``storage/ops/`` round-trips through undo and redo, exactly.

The cases come from the operations themselves (``helpers.every_op.operations``):
an operation added without a case fails the first test. Each case runs on a copy of
the demo workshop: do, undo, redo, undo, redo, comparing every row of every content
table each time, then once more from the copy of the step kept in the file.
"""

from __future__ import annotations

import pytest

from helpers.every_op import CASES, operations
from helpers.operations import snapshot
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.schema import CLOCK_COLUMNS

OPERATIONS = sorted(operations())


@pytest.fixture
def demo(demo_copy: Document) -> Document:
    return demo_copy


def test_every_operation_has_a_case() -> None:
    missing = sorted(set(OPERATIONS) - set(CASES))
    stale = sorted(set(CASES) - set(OPERATIONS))
    assert not missing, f"add a case to tests/helpers/every_op.py for: {missing}"
    assert not stale, f"these cases name no operation: {stale}"


@pytest.mark.parametrize("name", OPERATIONS)
def test_do_undo_redo_restores_the_whole_file(name: str, demo: Document) -> None:
    call = CASES[name](demo)
    before = snapshot(demo)
    seen: list[Change] = []
    demo.subscribe(seen.append)
    change = call()
    after = snapshot(demo)
    assert after != before, f"{name} changed nothing"
    assert seen == [change], "listeners hear of every committed change, once"

    if change.history_id is None:
        # Saved outside the history (the clock): it may only write clock columns.
        for row in change.rows:
            assert row.table in CLOCK_COLUMNS, f"{name} wrote {row.table} outside undo"
            if row.before is not None and row.after is not None:
                written = {c for c in row.after if row.after[c] != row.before.get(c)}
                assert written <= CLOCK_COLUMNS[row.table], f"{name} wrote {written}"
        return

    for _ in range(2):  # twice round: the images replay from any state they describe
        assert demo.undo(change).tables == change.tables
        assert snapshot(demo) == before, f"undo of {name}"
        assert demo.redo(change).tables == change.tables
        assert snapshot(demo) == after, f"redo of {name}"
    assert len(seen) == 5
    stored = demo.history()[-1]
    assert stored.change.history_id == change.history_id and not stored.undone
    demo.undo(stored.change)
    assert snapshot(demo) == before, f"undo of {name} from the history in the file"
