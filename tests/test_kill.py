"""Power cuts and crashes: SIGKILL a writer at random moments, again and again, on one file.

After every kill the file must open, pass ``PRAGMA integrity_check``, and hold
every edit the child had reported as committed (it may hold a few more: an edit
can commit just before the kill, before its report is printed).
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from workshop.paths import backup_store
from workshop.storage import read
from workshop.storage.document import HISTORY_KEEP, Document
from workshop.storage.ops import details

CHILD = Path(__file__).parent / "helpers" / "kill_child.py"
KILLS = 24
KINDS = 6
STEPS_PER_RUN = 6000  # more than a run can reach before it is killed


@dataclass
class Reported:
    """Everything the children said they committed, across all runs."""

    steps: dict[int, int | None] = field(default_factory=dict)
    last_title: int = -1


def _run_and_kill(path: Path, run: int, rng: random.Random) -> tuple[list[str], bool]:
    """Start a child, let it edit for a random while, SIGKILL it; return its complete lines."""
    first = run * STEPS_PER_RUN
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(first), str(STEPS_PER_RUN)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready == b"READY\n", child.communicate()[1].decode()[-2000:]
    # Let it report a random number of edits (none, sometimes), then kill it a random
    # moment later: mid-commit, between commits, or while a report is being printed.
    seen = [ready]
    for _ in range(0 if run % 6 == 0 else rng.randint(1, 80)):
        seen.append(child.stdout.readline())
    time.sleep(rng.uniform(0, 0.01))
    killed = child.poll() is None
    child.kill()
    out, err = child.communicate(timeout=30)
    text = (b"".join(seen) + out).decode()
    # A line cut by the kill has no newline: it was not reported.
    lines = text.split("\n")[:-1]
    assert "Traceback" not in err.decode(), err.decode()[-2000:]
    return lines, killed


def _verify(path: Path, reported: Reported) -> None:
    with Document.open(path, backups=backup_store()) as doc:
        conn = doc.db.conn
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        people = {p.name: p for p in read.participants(doc)}
        activities = {a.title: a for a in read.activities(doc)}
        history = {
            int(row[0]): bool(row[1]) for row in conn.execute("SELECT id, undone FROM history")
        }
        newest = max(history, default=0)
        for k, history_id in reported.steps.items():
            kind = k % KINDS
            if kind == 0:
                assert f"kill-{k}" in people, k
            elif kind == 1:
                assert f"kill-{k}" in activities, k
            elif kind == 2:
                assert people[f"kill-{k - 2}"].organisation == f"org-{k}", k
            elif kind == 3:
                assert activities[f"kill-{k - 2}"].status.value == "done", k
            elif kind == 5:
                assert f"scratch-{k}" not in people, k
            if kind != 5 and history_id is not None and history_id > newest - HISTORY_KEEP:
                assert history.get(history_id) is False, (k, history_id)
        if reported.last_title >= 0:
            title = read.details(doc).title
            assert title.startswith("step ")
            assert int(title.split()[1]) >= reported.last_title
        positions = [a.position for a in read.activities(doc)]
        assert positions == list(range(len(positions)))


@pytest.mark.slow
def test_sigkill_never_loses_a_reported_edit(tmp_path: Path) -> None:
    path = tmp_path / "killed.workshop"
    with Document.create(path) as doc:
        details.update_details(doc, title="step -1")
    rng = random.Random(20261127)
    reported = Reported()
    mid_series = 0
    for run in range(KILLS):
        lines, killed = _run_and_kill(path, run, rng)
        mid_series += killed
        for line in lines[1:]:
            if line == "DONE":
                continue
            k, history_id = line.split()
            reported.steps[int(k)] = None if history_id == "None" else int(history_id)
            if int(k) % KINDS == 4:
                reported.last_title = max(reported.last_title, int(k))
        _verify(path, reported)
    assert mid_series == KILLS, "every child was still editing when it was killed"
    for backup in backup_store().list_for(path):
        with Document.open(backup.path, read_only=True) as copy:
            assert copy.db.conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert len(reported.steps) >= KILLS * 10, "the children got through many edits"
