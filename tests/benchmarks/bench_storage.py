"""Latency of one edit operation on a 1,000-participant document (target ≤ 1 ms median).

Run: ``.venv/bin/python tests/benchmarks/bench_storage.py``. Writes its section of
docs/benchmarks.md. The baseline, measured in the same run and interleaved with
the operations so both see the same disk and noise: a bare ``sqlite3`` INSERT
(or UPDATE) and COMMIT on a file with the same pragmas (WAL, synchronous=FULL).

An operation does more than the bare write: it validates, captures the before and
after images of every row it writes (temporary triggers), records the undo entry
in the history table, and tells listeners. All of that is in the measured time.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import write_section

from workshop.domain.roster import RosterEntry
from workshop.storage.document import Document
from workshop.storage.ops import details, participants

ROWS = 1000
REPEAT = 300


def _bare(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE participants (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " organisation TEXT NOT NULL DEFAULT '', colour TEXT NOT NULL DEFAULT '')"
    )
    conn.execute("CREATE TABLE workshop (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
    conn.execute("INSERT INTO workshop VALUES (1, 'Untitled')")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO participants (name, organisation) VALUES (?, ?)",
        [(f"Person {i}", f"Org {i % 7}") for i in range(ROWS)],
    )
    conn.execute("COMMIT")
    return conn


def _interleaved(
    first: Callable[[int], object], second: Callable[[int], object]
) -> tuple[float, float]:
    """Median milliseconds of ``first`` and ``second``, taking turns."""
    a: list[float] = []
    b: list[float] = []
    for index in range(REPEAT):
        for fn, times in ((first, a), (second, b)) if index % 2 else ((second, b), (first, a)):
            start = time.perf_counter()
            fn(index)
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(a), statistics.median(b)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        bare = _bare(root / "bare.sqlite")
        doc = Document.create(root / "bench.workshop")
        participants.add_participants(
            doc, [RosterEntry(f"Person {i}", f"Org {i % 7}") for i in range(ROWS)]
        )
        doc.subscribe(lambda change: None)  # a window listening, as in the app

        def bare_insert(i: int) -> None:
            bare.execute("BEGIN IMMEDIATE")
            bare.execute(
                "INSERT INTO participants (name, organisation) VALUES (?, ?)", (f"New {i}", "X")
            )
            bare.execute("COMMIT")

        def bare_update(i: int) -> None:
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("UPDATE workshop SET title = ? WHERE id = 1", (f"Title {i}",))
            bare.execute("COMMIT")

        add_base, add_op = _interleaved(
            bare_insert, lambda i: participants.add_participant(doc, f"New {i}", "Library")
        )
        update_base, update_op = _interleaved(
            bare_update, lambda i: details.update_details(doc, title=f"Title {i}")
        )
        changes = [participants.add_participant(doc, f"Undo {i}") for i in range(REPEAT)]
        undo_times = []
        for change in reversed(changes):
            start = time.perf_counter()
            doc.undo(change)
            undo_times.append((time.perf_counter() - start) * 1000)
        undo_op = statistics.median(undo_times)
        rows = doc.counts()["participants"]
        doc.close()
        bare.close()

    def row(what: str, base: float | None, op: float, against: float) -> str:
        shown = "—" if base is None else f"{base:.3f} ms"
        return f"| {what} | {shown} | **{op:.3f} ms** | {op / against:.2f}× |"

    table = "\n".join(
        [
            "| what | bare baseline | operation | ratio to baseline |",
            "|---|---|---|---|",
            row("`add_participant` vs INSERT + COMMIT", add_base, add_op, add_base),
            row("`update_details(title=…)` vs UPDATE + COMMIT", update_base, update_op,
                update_base),
            row("`doc.undo(change)` of an added participant (vs INSERT)", None, undo_op, add_base),
        ]
    )
    verdict = "met" if max(add_op, update_op, undo_op) <= 1 else "**not met**"
    body = f"""## Storage: one edit operation on a {ROWS:,}-participant document

`.venv/bin/python tests/benchmarks/bench_storage.py` — medians of {REPEAT} runs each, the
operation and its bare baseline taking turns. Baseline: plain `sqlite3`, same pragmas
(WAL, `synchronous=FULL`), one statement and COMMIT. The operation also validates,
journals every row it writes (before/after images), records the undo entry in `history`
and notifies a listener — all inside the same single durable commit.

{table}

Target: one edit ≤ 1 ms median — {verdict} ({rows:,} participants in the file at the end).
"""
    write_section("storage", body)
    print(body)


if __name__ == "__main__":
    main()
