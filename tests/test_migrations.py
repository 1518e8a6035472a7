"""Older files are migrated on open; newer major formats are refused and left byte-identical.

The fixture tests/fixtures/format-1.0.workshop was saved in format 1.0 (only the
first migration applied); tests/fixtures/make_format_1_0.py made it.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sqlite3
from pathlib import Path
from types import ModuleType

import pytest

from helpers.proc import file_modes_bind_children, fingerprint, run_cli, run_python
from workshop.paths import backup_store
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.errors import CorruptError, NewerFormatError, ReadOnlyError
from workshop.storage.ops import participants
from workshop.storage.schema import FORMAT_MAJOR, format_version, latest_user_version, migrations

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE = FIXTURES / "format-1.0.workshop"
READ_ONLY_CHILD = Path(__file__).parent / "helpers" / "read_only_child.py"


def _maker() -> ModuleType:
    script = FIXTURES / "make_format_1_0.py"
    spec = importlib.util.spec_from_file_location("make_format_1_0", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKER = _maker()


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "old.workshop"
    shutil.copyfile(FIXTURE, path)
    return path


def _raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Query a file directly; the committed fixture is read as immutable (no -wal/-shm made)."""
    mode = "immutable=1" if path == FIXTURE else "mode=ro"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    try:
        return [tuple(row) for row in conn.execute(sql)]
    finally:
        conn.close()


def test_the_fixture_is_format_1_0() -> None:
    assert _raw(FIXTURE, "PRAGMA user_version") == [(1000,)]
    assert _raw(FIXTURE, "SELECT name FROM _sqlite_migrations") == [("0001_foundation",)]
    assert _raw(FIXTURE, "SELECT count(*) FROM history") == [(1,)]
    assert not Path(f"{FIXTURE}-wal").exists(), "the fixture must be a closed, complete file"


def test_an_old_file_is_migrated_with_its_data_intact(old_file: Path) -> None:
    fixture_before = fingerprint(FIXTURE)
    with Document.open(old_file, backups=backup_store()) as doc:
        assert doc.format == format_version(latest_user_version())
        applied = [m.name for m in migrations.applied(doc.db)]
        assert applied[0] == "0001_foundation" and len(applied) == len(migrations._migrations)
        assert migrations.pending(doc.db) == []

        details = read.details(doc)
        for field, value in MAKER.DETAILS.items():
            expected = bool(value) if field == "anonymous" else value
            assert getattr(details, field) == expected, field
        people = [(p.name, p.organisation, p.colour) for p in read.participants(doc)]
        assert sorted(people) == sorted(MAKER.PEOPLE)
        agenda = [
            (a.kind.value, a.title, a.prompt, a.timebox_minutes, a.status.value)
            for a in read.activities(doc)
        ]
        assert agenda == MAKER.ACTIVITIES

        # Undo records of the old schema are dropped; new edits are journalled.
        assert doc.history() == []
        change = participants.add_participant(doc, "New person")
        assert [e.change.label for e in doc.history()] == [change.label]
        doc.undo(change)
        assert len(read.participants(doc)) == len(MAKER.PEOPLE)
        # Tables added by later migrations exist and are empty.
        counts = doc.counts()
        assert counts["participants"] == 5 and counts.get("notes") == 0

    assert fingerprint(FIXTURE) == fixture_before
    # The backup is taken before migrating: it is still the old format.
    backups = backup_store().list_for(old_file)
    assert len(backups) == 1
    assert _raw(backups[0].path, "PRAGMA user_version") == [(1000,)]
    # Reopening does not migrate again.
    with Document.open(old_file) as doc:
        assert doc.format == format_version(latest_user_version())
        assert [e.change.label for e in doc.history()] == [change.label]


def test_check_reads_an_old_file_without_upgrading_it(old_file: Path) -> None:
    before = fingerprint(old_file)
    result = run_cli("check", old_file)
    assert result.returncode == 0, result.stderr
    assert f"{old_file}: a sound workshop file, format 1.0" in result.stdout
    assert "participants: 5" in result.stdout
    assert fingerprint(old_file) == before


def test_a_newer_major_format_is_refused_and_left_byte_identical(old_file: Path) -> None:
    conn = sqlite3.connect(old_file)
    conn.execute(f"PRAGMA user_version = {(FORMAT_MAJOR + 1) * 1000}")
    conn.close()
    before = fingerprint(old_file)
    with pytest.raises(NewerFormatError) as caught:
        Document.open(old_file, backups=backup_store())
    assert str(caught.value) == (
        f"“old.workshop” was made by a newer Workshop (file format {FORMAT_MAJOR + 1}.0); "
        f"this version reads format {FORMAT_MAJOR}. Please update Workshop."
    )
    assert not caught.value.offer_backups
    with pytest.raises(NewerFormatError):
        Document.open(old_file, read_only=True)
    result = run_cli("check", old_file)
    assert result.returncode == 2 and "newer Workshop" in result.stderr
    assert fingerprint(old_file) == before
    assert backup_store().list_for(old_file) == []


def test_a_newer_minor_format_opens(tmp_path: Path) -> None:
    """A newer minor version only adds tables or columns: this version can still use the file."""
    path = tmp_path / "w.workshop"
    Document.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {FORMAT_MAJOR * 1000 + 999}")
    conn.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT)")
    conn.execute("ALTER TABLE participants ADD COLUMN pronouns TEXT NOT NULL DEFAULT ''")
    conn.commit()
    conn.close()
    with Document.open(path) as doc:
        assert doc.format == (FORMAT_MAJOR, 999)
        change = participants.add_participant(doc, "Ana")
        doc.undo(change)
        doc.redo(change)
        assert [p.name for p in read.participants(doc)] == ["Ana"]


def test_a_read_only_old_file_is_refused_with_a_clear_message(old_file: Path) -> None:
    before = fingerprint(old_file)
    with pytest.raises(ReadOnlyError) as caught:
        Document.open(old_file, read_only=True)
    assert str(caught.value) == (
        "“old.workshop” uses an older format and is read-only, so it cannot be upgraded. "
        "Copy it to a folder you can write to and open the copy."
    )
    assert fingerprint(old_file) == before


@pytest.mark.skipif(not file_modes_bind_children(), reason="cannot drop root's override here")
def test_a_chmod_read_only_old_file_is_refused_when_detected(old_file: Path) -> None:
    old_file.chmod(0o444)
    before = fingerprint(old_file)
    result = run_python(READ_ONLY_CHILD, old_file, unprivileged=True)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["error"] == "ReadOnlyError"
    assert "uses an older format and is read-only" in report["message"]
    assert fingerprint(old_file) == before


def test_a_failing_migration_leaves_the_old_format(old_file: Path) -> None:
    """Each migration is one transaction: if it fails, the file stays as it was."""
    conn = sqlite3.connect(old_file)
    conn.execute("CREATE TABLE clusters (id INTEGER PRIMARY KEY, mine TEXT)")  # a user's table
    conn.commit()
    conn.close()
    with pytest.raises(CorruptError, match="already exists"):
        Document.open(old_file)
    assert _raw(old_file, "PRAGMA user_version") == [(1000,)]
    assert _raw(old_file, "SELECT name FROM _sqlite_migrations") == [("0001_foundation",)]
    assert _raw(old_file, "SELECT count(*) FROM participants") == [(5,)]
    assert _raw(old_file, "SELECT count(*) FROM history") == [(1,)]
