"""A full disk refuses the change with a sentence, and loses nothing that was committed.

The child process limits the size of files it may write (RLIMIT_FSIZE), which
makes SQLite's writes fail exactly as on a full disk.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from helpers.proc import run_python
from workshop.storage import read
from workshop.storage.document import Document

CHILD = Path(__file__).parent / "helpers" / "disk_full_child.py"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE")


def test_a_full_disk_refuses_edits_and_keeps_the_committed_ones(tmp_path: Path) -> None:
    path = tmp_path / "full.workshop"
    Document.create(path).close()
    limit = path.stat().st_size + 64 * 1024
    result = run_python(CHILD, path, limit)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    committed = [int(line.split()[1]) for line in lines if line.startswith("OK ")]
    refused = [line.removeprefix("REFUSED ") for line in lines if line.startswith("REFUSED ")]
    assert committed, "some edits fit before the disk was full"
    assert len(refused) == 3
    for message in refused:
        assert message.startswith("The change could not be saved:"), message
        assert "\n" not in message

    with Document.open(path) as doc:
        assert doc.db.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {p.name for p in read.participants(doc)}
        assert {f"full-{k}" for k in committed} <= names
        # The refused edits left nothing half-written.
        assert len(names) == len(committed)
        assert len(doc.history()) == len(committed)
