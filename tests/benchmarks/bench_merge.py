"""Merging 10 breakout tables of 500 new notes each into a main file of 2,000 notes.

Run: ``.venv/bin/python tests/benchmarks/bench_merge.py``. Writes its section of
docs/benchmarks.md. Target: at most 3× the baseline and under 2 s.

The baseline, measured in the same run and interleaved: a bare ``sqlite3`` connection
(same pragmas) ATTACHes the ten copies and copies the same 5,000 notes with one
``INSERT … SELECT`` each, in one transaction. The merge does more: it checks each copy
as opening a file does (header, ``quick_check``, format, identity), snapshots it, maps
ids (authors, clusters, activities), records each row's origin, captures every row it
writes for undo and records the undo step.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from report import write_section

from helpers.corpus import IDEAS
from workshop.domain.models import ActivityKind
from workshop.storage import breakout, journal, read
from workshop.storage.document import Document
from workshop.storage.merge import _attached, _checked, merge
from workshop.storage.ops import agenda, board

MAIN_NOTES = 2000
TABLES = 10
TABLE_NOTES = 500
REPEAT = 7


def _texts(start: int, count: int) -> list[str]:
    return [f"{IDEAS[(start + i) % len(IDEAS)]} ({start + i})" for i in range(count)]


def _setup(folder: Path) -> tuple[Path, list[Path], int]:
    main = folder / "main.workshop"
    with Document.create(main) as doc:
        agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas")
        activity = read.activities(doc)[0].id
        board.add_notes(doc, activity, _texts(0, MAIN_NOTES))
        copies = breakout.make_copies(doc, TABLES, folder).paths
    for k, copy in enumerate(copies):
        with Document.open(copy) as table:
            board.add_notes(table, activity, _texts(10_000 * (k + 1), TABLE_NOTES))
    return main, copies, activity


def _bare(main: Path, copies: list[Path]) -> None:
    conn = sqlite3.connect(main, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    for k, copy in enumerate(copies):
        conn.execute(f"ATTACH DATABASE ? AS b{k}", (str(copy),))
    columns = "activity_id, text, author_id, colour, x, y, cluster_id, created"
    conn.execute("BEGIN IMMEDIATE")
    for k in range(len(copies)):
        conn.execute(
            f"INSERT INTO notes ({columns}) SELECT {columns} FROM b{k}.notes WHERE id > ?",
            (MAIN_NOTES,),
        )
    conn.execute("COMMIT")
    conn.close()


def _ours(
    main: Path, copies: list[Path], *, capture: bool = True, steps: list[float] | None = None
) -> float:
    """Seconds for the merge; ``capture=False`` (diagnosis only) drops the undo capture.
    ``steps``: also undo and redo the merge in the same session (as the app's Ctrl+Z right
    after it does), and add their seconds there."""
    with Document.open(main) as doc:
        # The journal's triggers are made at a document's first edit, before any merge in
        # the app; their cost is measured apart (``_triggers``) and added for the CLI.
        journal.install(doc.conn)
        doc._journal_ready = True
        if not capture:
            # Diagnosis only: no capture triggers on this connection (the document installs
            # them before its first edit unless told they are there), and the merge's bulk
            # inserts run bare instead of through journal.insert_many.
            journal.uninstall(doc.conn)  # the capture table stays, its triggers go
            bulk = journal.insert_many
            journal.insert_many = _bare_insert  # type: ignore[assignment]
        try:
            start = time.perf_counter()
            change = merge(doc, copies).change
            seconds = time.perf_counter() - start
        finally:
            if not capture:
                journal.insert_many = bulk  # type: ignore[assignment]
        if steps is not None:
            for step in (doc.undo, doc.redo):
                start = time.perf_counter()
                step(change)
                steps.append(time.perf_counter() - start)
        return seconds


def _undo_redo(main: Path) -> tuple[float, float]:
    """Seconds to undo the merge made in ``main``, and to redo it, after reopening the file
    (from the history kept in it: row by row)."""
    with Document.open(main) as doc:
        step = doc.history()[-1].change
        start = time.perf_counter()
        doc.undo(step)
        undo = time.perf_counter() - start
        start = time.perf_counter()
        doc.redo(step)
        return undo, time.perf_counter() - start


def _bare_insert(
    conn: sqlite3.Connection, table: str, sql: str, params: Sequence[object] = ()
) -> int:
    return int(conn.execute(sql, tuple(params)).rowcount)


def _triggers(main: Path) -> float:
    """Seconds to make the undo journal's triggers (once per open document, first edit)."""
    with Document.open(main) as doc:
        start = time.perf_counter()
        journal.install(doc.conn)
        return time.perf_counter() - start


def _checks(main: Path, copies: list[Path]) -> float:
    """Seconds to attach and check the ten copies as opening a file does (part of every
    merge: header, ``quick_check``, format, identity)."""
    with Document.open(main, read_only=True) as doc:
        start = time.perf_counter()
        with _attached(doc.conn, copies) as aliases:
            _checked(doc.conn, aliases, copies, breakout.identity(doc.conn).uuid, whole=False)
        return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source, copies, _activity = _setup(folder)
        bare_times: list[float] = []
        ours_times: list[float] = []
        uncaptured: list[float] = []
        checks: list[float] = []
        triggers: list[float] = []
        undos: list[float] = []
        redos: list[float] = []
        reopened_undos: list[float] = []
        reopened_redos: list[float] = []
        for rep in range(REPEAT):
            target = folder / f"run-{rep}.workshop"
            shutil.copy(source, target)
            start = time.perf_counter()
            _bare(target, copies)
            bare_times.append(time.perf_counter() - start)
            target.unlink()
            target = folder / f"ours-{rep}.workshop"
            shutil.copy(source, target)
            steps: list[float] = []
            ours_times.append(_ours(target, copies, steps=steps))
            undos.append(steps[0])
            redos.append(steps[1])
            if rep < 3:
                undo, redo = _undo_redo(target)
                reopened_undos.append(undo)
                reopened_redos.append(redo)
            plain = folder / f"plain-{rep}.workshop"
            shutil.copy(source, plain)
            uncaptured.append(_ours(plain, copies, capture=False))
            checks.append(_checks(source, copies))
            triggers.append(_triggers(plain))
            with Document.open(target, read_only=True) as doc:
                assert doc.counts()["notes"] == MAIN_NOTES + TABLES * TABLE_NOTES
        bare = statistics.median(bare_times) * 1000
        ours = statistics.median(ours_times) * 1000
        plain_ms = statistics.median(uncaptured) * 1000
        checks_ms = statistics.median(checks) * 1000
        triggers_ms = statistics.median(triggers) * 1000
        undo_ms = statistics.median(undos) * 1000
        redo_ms = statistics.median(redos) * 1000
        undo_again_ms = statistics.median(reopened_undos) * 1000
        redo_again_ms = statistics.median(reopened_redos) * 1000
    steps_ms = f"{undo_ms:.0f} ms, {redo_ms:.0f} ms"
    again_ms = f"{undo_again_ms:.0f} ms, {redo_again_ms:.0f} ms"
    ratio = ours / bare
    plain_x = plain_ms / bare
    capture_ms = ours - plain_ms
    cli_ms = ours + triggers_ms
    cli_x = cli_ms / bare
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    body = f"""
## Merging breakout tables

`workshop merge` of {TABLES} breakout copies with {TABLE_NOTES} new notes each into a main
file of {MAIN_NOTES:,} notes (each copy holds the main file's notes too), median of {REPEAT}
runs, interleaved. Baseline: a bare `sqlite3` connection ATTACHes the same copies and copies
the same {TABLES * TABLE_NOTES:,} notes with `INSERT … SELECT`, one transaction.
Machine: 2 cores shared with other agents, load average {load} (1, 5, 15 min) at the end.

| what | median |
|---|---|
| bare ATTACH + INSERT … SELECT | {bare:.0f} ms |
| merge (checks, id mapping, origins, undo capture, one undo step) | {ours:.0f} ms |
| **ratio** | **{ratio:.1f}×** (target ≤ 3× and < 2 s) |
| the same merge without the undo capture (diagnosis only) | {plain_ms:.0f} ms ({plain_x:.1f}×) |
| of which: attaching and checking the copies (`quick_check`, format…) | {checks_ms:.0f} ms |
| not in the merge: the undo journal's triggers (a document's first edit) | {triggers_ms:.0f} ms |
| `workshop merge` right after opening (merge + triggers) | {cli_ms:.0f} ms ({cli_x:.1f}×) |
| Undo, then Redo of the merge (same session: rows checked at once) | {steps_ms} |
| the same after reopening the file (row by row; median of 3) | {again_ms} |

How: the merge's notes and their `origins` rows are each one `INSERT … SELECT` from the
ATTACHed copy, with the ids and the origin rule in SQL; they are captured for undo in bulk
(`journal.insert_many`): the row-by-row capture stands aside for that statement and one
query writes the inserted rows' images as the history's JSON text, so no Python runs per
row. The copies are checked while ATTACHed for the merge (no second connection each), and
a table a copy added nothing to costs one `EXISTS` query. Before (a JSON image per row from
a trigger, decoded in Python and encoded again; each copy opened apart to be checked) the
same benchmark gave 15.8× (937 ms), and 16–17× when run from that commit on this machine
on the day of this change (load average 6–8).

Where the rest goes: the undo images are still written whole ({capture_ms:.0f} ms, about
{capture_ms / ours:.0%}: thousands of rows of long multilingual text, built by SQLite's JSON
functions and committed in the history entry with `synchronous=FULL`), because undo must
refuse when another program changed a merged row (decision 0002) and redo must bring the
rows back after reopening; and the merge writes twice the rows the baseline does (each
note's `origins` row: what makes merging again idempotent and a main-file edit win), after
checking ten files. Under 2 s: met. ≤ 3×: not met; the merge without any undo capture is
already {plain_x:.1f}×. Figures move by ±25% from run to run with the machine's load.

Run: `.venv/bin/python tests/benchmarks/bench_merge.py`
"""
    print(body)
    write_section("merge", body)


if __name__ == "__main__":
    main()
