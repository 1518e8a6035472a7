"""A long scripted series of edits, reporting each one once it is committed.

Run by tests/test_kill.py, which kills this process with SIGKILL at random
moments. Usage: python kill_child.py PATH FIRST_STEP STEPS

Prints ``READY`` once the file is open, then ``STEP HISTORY_ID`` after every
committed edit (flushed at once). Steps cycle through six kinds, see ``step``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from workshop.domain.models import ActivityKind, ActivityStatus
from workshop.paths import backup_store
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops import agenda, details, participants

KINDS = 6


def _id(doc: Document, table: str, column: str, value: str) -> int:
    row = doc.db.conn.execute(f"SELECT id FROM {table} WHERE {column} = ?", (value,)).fetchone()
    return int(row[0])


def step(doc: Document, k: int) -> Change:
    """Step ``k``'s edit; steps k-1 and k-2 of the same cycle have always run first."""
    kind = k % KINDS
    if kind == 0:
        return participants.add_participant(doc, f"kill-{k}", "Start")
    if kind == 1:
        return agenda.add_activity(doc, ActivityKind.BRAINSTORM, f"kill-{k}", timebox_minutes=5)
    if kind == 2:
        pid = _id(doc, "participants", "name", f"kill-{k - 2}")
        return participants.update_participant(doc, pid, f"kill-{k - 2}", f"org-{k}")
    if kind == 3:
        aid = _id(doc, "activities", "title", f"kill-{k - 2}")
        agenda.move_activity(doc, aid, 0)
        return agenda.set_status(doc, aid, ActivityStatus.DONE)
    if kind == 4:
        return details.update_details(doc, title=f"step {k}")
    scratch = participants.add_participant(doc, f"scratch-{k}")
    return doc.undo(scratch)


def main(path: Path, first: int, steps: int) -> None:
    assert first % KINDS == 0
    doc = Document.open(path, backups=backup_store())
    print("READY", flush=True)
    for k in range(first, first + steps):
        change = step(doc, k)
        print(f"{k} {change.history_id}", flush=True)
    doc.close()
    print("DONE", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
