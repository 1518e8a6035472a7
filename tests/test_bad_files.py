"""Every kind of bad file gets one clear sentence (exit 2 on the command line), and is left alone.

Each case is tried twice: ``workshop check`` in a child process (stderr, exit
status, no traceback) and :meth:`Document.open` in-process (the exception a
window would show in a dialog). The file's bytes are compared before and after.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers.proc import file_modes_bind_children, fingerprint, run_cli
from workshop.domain.models import ActivityKind
from workshop.domain.roster import RosterEntry
from workshop.paths import backup_store
from workshop.storage.document import Document
from workshop.storage.errors import (
    CorruptError,
    DocumentError,
    NewerFormatError,
    NotAWorkshopError,
    NotFoundError,
    WriteError,
)
from workshop.storage.lock import lock_path
from workshop.storage.ops import agenda, participants
from workshop.storage.schema import APPLICATION_ID


def _demo(path: Path) -> Path:
    """A small sound workshop (the full demo grows with every capability; not needed here)."""
    with Document.create(path) as doc:
        participants.add_participants(
            doc, [RosterEntry(f"Person {i}", f"Org {i % 3}") for i in range(30)]
        )
        agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas", "What next?")
    return path


def missing(folder: Path) -> Path:
    return folder / "missing.workshop"


def directory(folder: Path) -> Path:
    path = folder / "folder.workshop"
    path.mkdir()
    return path


def text_file(folder: Path) -> Path:
    path = folder / "notes.workshop"
    path.write_text("Agenda\n- welcome\n- ideas\n", encoding="utf-8")
    return path


def empty(folder: Path) -> Path:
    path = folder / "empty.workshop"
    path.write_bytes(b"")
    return path


def truncated(folder: Path) -> Path:
    path = _demo(folder / "truncated.workshop")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def header_only(folder: Path) -> Path:
    path = _demo(folder / "stub.workshop")
    path.write_bytes(path.read_bytes()[:60])
    return path


def corrupted(folder: Path) -> Path:
    """A sound demo file with the middle half overwritten by noise (a failing USB stick)."""
    path = _demo(folder / "corrupted.workshop")
    data = bytearray(path.read_bytes())
    noise = random.Random(2).randbytes(len(data) // 2)
    start = len(data) // 4
    data[start : start + len(noise)] = noise
    path.write_bytes(bytes(data))
    return path


def foreign(folder: Path) -> Path:
    path = folder / "someone-else.workshop"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.commit()
    conn.close()
    return path


def newer_major(folder: Path) -> Path:
    path = _demo(folder / "from-the-future.workshop")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 2003")
    conn.close()
    return path


def no_format(folder: Path) -> Path:
    """Ours by application_id, but no migration ever ran (an interrupted create)."""
    path = folder / "unfinished.workshop"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY)")
    conn.close()
    return path


CASES: dict[str, tuple[Callable[[Path], Path], type[DocumentError], str]] = {
    "missing": (missing, NotFoundError, "does not exist"),
    "directory": (directory, NotAWorkshopError, "is a folder"),
    "text file": (text_file, NotAWorkshopError, "not a SQLite database"),
    "empty": (empty, NotAWorkshopError, "is empty"),
    "truncated": (truncated, CorruptError, ""),
    "header only": (header_only, CorruptError, "truncated"),
    "corrupted": (corrupted, CorruptError, ""),
    "someone else's": (foreign, NotAWorkshopError, "not a workshop file"),
    "newer major": (newer_major, NewerFormatError, "newer Workshop (file format 2.3)"),
    "no format": (no_format, CorruptError, "incomplete"),
}


def _left_beside(path: Path) -> list[str]:
    """Files the attempt left next to ``path`` (SQLite's -wal/-shm, our -lock)."""
    return sorted(p.name for p in path.parent.glob(f"{path.name}-*"))


def _one_line_error(result: object) -> str:
    assert result.returncode == 2, result  # type: ignore[attr-defined]
    err: str = result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("workshop: ")
    return lines[0]


@pytest.mark.parametrize("case", list(CASES))
def test_check_refuses_with_one_line(case: str, tmp_path: Path) -> None:
    make, _error, phrase = CASES[case]
    path = make(tmp_path)
    before = fingerprint(path)
    result = run_cli("check", path)
    line = _one_line_error(result)
    assert phrase in line
    assert result.stdout == ""
    assert fingerprint(path) == before
    assert _left_beside(path) == []


@pytest.mark.parametrize("case", list(CASES))
def test_open_refuses_and_leaves_the_file_alone(case: str, tmp_path: Path) -> None:
    make, error, phrase = CASES[case]
    path = make(tmp_path)
    before = fingerprint(path)
    with pytest.raises(error) as caught:
        Document.open(path, backups=backup_store())
    message = str(caught.value)
    assert phrase in message
    assert "\n" not in message and message.endswith((".", "!"))
    assert caught.value.path is not None
    assert fingerprint(path) == before
    # A refused open holds no lock and leaves nothing beside the file.
    assert not lock_path(path).exists()
    assert _left_beside(path) == []
    assert backup_store().list_for(path) == [] or error is CorruptError


def test_open_read_only_refuses_too(tmp_path: Path) -> None:
    for make, error, _phrase in CASES.values():
        folder = tmp_path / make.__name__
        folder.mkdir()
        path = make(folder)
        before = fingerprint(path)
        with pytest.raises(error):
            Document.open(path, read_only=True)
        assert fingerprint(path) == before


def test_corrupt_files_offer_backups_and_others_do_not() -> None:
    for _make, error, _phrase in CASES.values():
        assert error.offer_backups is (error is CorruptError)


# ------------------------------------------------------------------ workshop demo


def test_demo_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "mine.workshop"
    path.write_text("my own notes", encoding="utf-8")
    before = fingerprint(path)
    line = _one_line_error(run_cli("demo", path))
    assert "already exists" in line and "--force" in line
    assert fingerprint(path) == before


def test_demo_refuses_to_overwrite_an_existing_workshop(tmp_path: Path) -> None:
    path = _demo(tmp_path / "real.workshop")
    before = fingerprint(path)
    _one_line_error(run_cli("demo", path))
    assert fingerprint(path) == before


def test_demo_force_replaces(tmp_path: Path) -> None:
    path = tmp_path / "mine.workshop"
    path.write_text("old", encoding="utf-8")
    result = run_cli("demo", "--force", path)
    assert result.returncode == 0, result.stderr
    with Document.open(path) as doc:
        assert doc.counts()["participants"] == 12  # the demo's


def test_demo_into_a_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "demo.workshop"
    line = _one_line_error(run_cli("demo", target))
    assert "does not exist" in line
    assert not target.parent.exists()


def test_demo_onto_a_folder(tmp_path: Path) -> None:
    line = _one_line_error(run_cli("demo", tmp_path))
    assert "folder" in line


def test_demo_into_an_unwritable_folder(tmp_path: Path) -> None:
    """A folder the user cannot write (as root, the child gives up root's override of modes)."""
    if not file_modes_bind_children():
        pytest.skip("cannot drop the permission override of root here")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    target = locked / "demo.workshop"
    line = _one_line_error(run_cli("demo", target, unprivileged=True))
    assert "Cannot write" in line
    assert list(locked.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_demo_where_even_root_cannot_write() -> None:
    """/proc accepts no new files for anyone, root included: the lock file cannot be made."""
    line = _one_line_error(run_cli("demo", "/proc/demo.workshop"))
    assert "Cannot write" in line


def test_create_refuses_existing_in_process(tmp_path: Path) -> None:
    path = _demo(tmp_path / "real.workshop")
    before = fingerprint(path)
    with pytest.raises(DocumentError, match="already exists"):
        Document.create(path)
    assert fingerprint(path) == before


def test_create_in_proc_raises_write_error() -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("needs Linux /proc")
    with pytest.raises(WriteError):
        Document.create(Path("/proc/demo.workshop"))
