"""A second Workshop opening a file that is already open gets a clear message, not two writers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.proc import fingerprint, run_cli
from workshop.demo import write_demo
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.errors import AlreadyOpenError
from workshop.storage.lock import lock_path
from workshop.storage.ops import participants

HOLDER = Path(__file__).parent / "helpers" / "hold_open.py"


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """A demo file held open by another process."""
    path = tmp_path / "demo.workshop"
    write_demo(path)
    child = subprocess.Popen(
        [sys.executable, str(HOLDER), str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line == f"OPEN {child.pid}\n", "the holder did not open the file"
        yield path, child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        if child.stdout:
            child.stdout.close()


def test_second_open_is_refused_with_a_clear_message(
    held: tuple[Path, subprocess.Popen[str]],
) -> None:
    path, child = held
    with pytest.raises(AlreadyOpenError) as caught:
        Document.open(path)
    message = str(caught.value)
    assert message.startswith("“demo.workshop” is already open in another Workshop window")
    assert f"process {child.pid}" in message
    assert "close it first" in message


def test_nothing_is_written_by_the_refused_instance(
    held: tuple[Path, subprocess.Popen[str]],
) -> None:
    path, _child = held
    sidecars = {name: fingerprint(Path(f"{path}{name}")) for name in ("", "-wal", "-lock")}
    with pytest.raises(AlreadyOpenError):
        Document.open(path)
    with pytest.raises(AlreadyOpenError):
        Document.create(path, overwrite=True)
    result = run_cli("demo", "--force", path)
    assert result.returncode == 2
    assert "already open" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert {name: fingerprint(Path(f"{path}{name}")) for name in sidecars} == sidecars


def test_save_as_onto_a_file_open_elsewhere_is_refused(
    held: tuple[Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    """Replacing it would leave the other window writing into a deleted file."""
    target, _child = held
    before = fingerprint(target)
    source = Document.create(tmp_path / "mine.workshop")
    try:
        with pytest.raises(AlreadyOpenError):
            source.save_as(target)
        participants.add_participant(source, "Still open")  # the source stays usable
    finally:
        source.close()
    assert fingerprint(target) == before


def test_reading_alongside_is_allowed(held: tuple[Path, subprocess.Popen[str]]) -> None:
    path, _child = held
    with Document.open(path, read_only=True) as doc:
        names = {p.name for p in read.participants(doc)}
    assert "Held by the other window" in names


def test_after_the_holder_is_killed_the_file_opens(
    held: tuple[Path, subprocess.Popen[str]],
) -> None:
    path, child = held
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    # The lock file is left behind by a killed process; its OS lock is not.
    assert lock_path(path).exists()
    with Document.open(path) as doc:
        names = {p.name for p in read.participants(doc)}
        assert "Held by the other window" in names
        assert lock_path(path).read_text().startswith(f"{os.getpid()}@")
        result = doc.db.conn.execute("PRAGMA integrity_check").fetchone()[0]
        assert result == "ok"
    assert not lock_path(path).exists()


def test_same_process_cannot_open_twice(tmp_path: Path) -> None:
    path = tmp_path / "one.workshop"
    with Document.create(path), pytest.raises(AlreadyOpenError):
        Document.open(path)
    with Document.open(path):
        pass
