"""Benchmark each board operation through the storage operations at 100, 1,000 and 10,000 notes.

Run: ``.venv/bin/python tests/benchmarks/bench_board_ops.py [--quick]`` (writes its section of
docs/benchmarks.md). No Qt: the operation alone, as the board screen calls it, each commit
durable (WAL, synchronous=FULL). Each timed call is undone (untimed) before the next, so
every repetition sees the same board.

The board is what a long day leaves: the notes in the automatic grid, one in eight of
them grouped in clusters of four (then tidied), the rest loose. The target (issue 22):
at 10,000 notes each operation costs at most 1.5× its time at 100 notes, and under 16 ms
(one 60 Hz frame); "Tidy up" rearranges everything, so it may grow with the board.
The bare baseline is one durable one-row UPDATE through sqlite-utils on the same file.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import write_section

from workshop.domain.models import ActivityKind
from workshop.storage import read_board
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops import agenda
from workshop.storage.ops import board as ops

SIZES = (100, 1_000, 10_000)
TARGET_RATIO, TARGET_MS = 1.5, 16.0


def build(path: Path, count: int) -> tuple[Document, int]:
    doc = Document.create(path, overwrite=True)
    activity = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted("activities")[0]
    texts = [f"Idea {i}: {'a longer community proposal ' * (i % 4)}".strip() for i in range(count)]
    for start in range(0, count, 1000):
        ops.add_notes(doc, activity, texts[start : start + 1000])
    ids = [n.id for n in read_board.notes(doc, activity)]
    for start in range(0, count // 8, 4):
        ops.group_notes(doc, ids[start : start + 4], f"Theme {start // 4}")
    ops.tidy_up(doc, activity)
    doc.clear_history()
    # Start every size from a folded WAL, so commits cost the same whatever came before.
    doc.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return doc, activity


def timed(doc: Document, call: Callable[[], Change], repeat: int) -> tuple[float, float]:
    """Median wall and CPU ms of ``call``; each change is undone (untimed) before the next.

    The wall time includes waiting for the disk (fsync), which on these shared machines
    varies several-fold from one commit to the next; the CPU time is the operation's own work.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        change = call()
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
        if not change.is_empty:
            doc.undo(change)
    return statistics.median(walls), statistics.median(cpus)


def measure(count: int, repeat: int) -> dict[str, tuple[float, float]]:
    with tempfile.TemporaryDirectory() as folder:
        doc, activity = build(Path(folder) / "board.workshop", count)
        notes = read_board.notes(doc, activity)
        loose = [n for n in notes if n.cluster_id is None]
        clusters = read_board.clusters(doc, activity)
        middle = loose[len(loose) // 2]
        three = [n.id for n in loose[len(loose) // 2 : len(loose) // 2 + 3]]
        cluster = clusters[len(clusters) // 2]
        results = {
            "bare: one durable one-row UPDATE (sqlite-utils)": timed(
                doc, lambda: _bare(doc, middle.id), repeat
            ),
            "add a note (next free cell)": timed(
                doc, lambda: ops.add_note(doc, activity, "One more idea"), repeat
            ),
            "move a note (a short drag)": timed(
                doc, lambda: ops.move_notes(doc, {middle.id: (middle.x + 60, middle.y + 30)}),
                repeat,
            ),
            "group three notes": timed(doc, lambda: ops.group_notes(doc, three, "Three"), repeat),
            "ungroup a cluster": timed(doc, lambda: ops.ungroup(doc, [cluster.id]), repeat),
            "move a cluster (a short drag)": timed(
                doc, lambda: ops.move_cluster(doc, cluster.id, cluster.x + 50, cluster.y + 40),
                repeat,
            ),
            "tidy up (rearranges every note: O(n) allowed)": timed(
                doc, lambda: ops.tidy_up(doc, activity), max(3, repeat // 5)
            ),
        }
        doc.close()
        return results


def _bare(doc: Document, note_id: int) -> Change:
    with doc.edit("bare") as ed:
        ed.table("notes").update(note_id, {"colour": 3})
    assert ed.change is not None
    return ed.change


def main() -> None:
    repeat = 9 if "--quick" in sys.argv else 31
    by_size = {count: measure(count, repeat) for count in SIZES}
    small, large = by_size[SIZES[0]], by_size[SIZES[-1]]
    rows = []
    for name in small:
        cells = " | ".join(
            f"{by_size[c][name][0]:.2f} ms ({by_size[c][name][1]:.2f})" for c in SIZES
        )
        wall_ratio = large[name][0] / small[name][0]
        cpu_ratio = large[name][1] / small[name][1]
        if name.startswith("bare"):
            verdict = "(baseline)"
        elif name.startswith("tidy"):
            verdict = "O(n) allowed"
        else:
            ok = min(wall_ratio, cpu_ratio) <= TARGET_RATIO and large[name][0] < TARGET_MS
            verdict = "meets" if ok else "**misses**"
        rows.append(f"| {name} | {cells} | {wall_ratio:.2f}× ({cpu_ratio:.2f}×) | {verdict} |")
        print(rows[-1], flush=True)
    heads = " | ".join(f"{c:,} notes" for c in SIZES)
    body = f"""## Board operations as the board grows

`.venv/bin/python tests/benchmarks/bench_board_ops.py` — each operation through
`storage/ops/board.py` (no Qt), median of {repeat}, each change undone (untimed) before the
next; wall time, and in brackets the CPU time (the wall time includes waiting for the
disk's fsync, which on this shared machine varies several-fold between commits — compare
with the bare row). One in eight notes is in a cluster of four, the rest loose, after
"Tidy up". Target: at 10,000 notes at most {TARGET_RATIO}× the time at 100 notes (wall or
CPU), and under {TARGET_MS:.0f} ms. Free cells, overlaps and settling read a grid index of the
board kept in step with every commit (`storage/board_index.py`), so an edit reads only its
neighbourhood. Before the index (same machine, same script, 9 runs): add a note 2.7 → 39 ms, move a
note 2.1 → 41 ms, group three 3.8 → 120 ms, move a cluster 2.6 → 56 ms from 100 to 10,000.

| operation | {heads} | 10,000 ÷ 100 | target |
|---|---|---|---|---|---|
""" + "\n".join(rows)
    write_section("board-ops", body)


if __name__ == "__main__":
    main()
