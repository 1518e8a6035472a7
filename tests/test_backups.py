"""Automatic backups: one per open for writing, the newest 5 kept in the user data folder."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from workshop.paths import backup_store
from workshop.storage import read
from workshop.storage.backups import KEEP, BackupStore
from workshop.storage.document import Document
from workshop.storage.errors import CorruptError
from workshop.storage.ops import participants


def _names(path: Path) -> set[str]:
    with Document.open(path, read_only=True) as doc:
        return {p.name for p in read.participants(doc)}


def test_five_rotating_backups_in_the_data_folder(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "w.workshop"
    Document.create(path).close()
    store = backup_store()
    for index in range(KEEP + 3):
        with Document.open(path, backups=store) as doc:
            participants.add_participant(doc, f"Person {index}")
    backups = store.list_for(path)
    assert len(backups) == KEEP == 5
    assert all(b.path.is_relative_to(data_dir) for b in backups)
    assert sorted(store.folder_for(path).iterdir()) == sorted(b.path for b in backups)
    assert backups == sorted(backups, key=lambda b: b.taken, reverse=True)
    assert all(b.label for b in backups)
    # Each backup is the file as it was when that session began.
    newest = _names(backups[0].path)
    assert newest == {f"Person {i}" for i in range(KEEP + 2)}
    oldest = _names(backups[-1].path)
    assert oldest == {f"Person {i}" for i in range(3)}


def test_a_backup_opens_and_can_replace_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    with Document.create(path) as doc:
        participants.add_participant(doc, "Amara")
    store = backup_store()
    with Document.open(path, backups=store) as doc:
        participants.add_participant(doc, "Ben")

    data = bytearray(path.read_bytes())
    data[4096 : len(data)] = random.Random(1).randbytes(len(data) - 4096)
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()

    with pytest.raises(CorruptError) as caught:
        Document.open(path, backups=store)
    assert caught.value.offer_backups
    assert path.read_bytes() == damaged
    offered = store.list_for(caught.value.path or path)
    assert len(offered) == 1  # the failed open took no backup of the damaged file

    with Document.open(offered[0].path) as restored:
        assert {p.name for p in read.participants(restored)} == {"Amara"}
    shutil.copyfile(offered[0].path, path)
    with Document.open(path, backups=store) as doc:
        assert {p.name for p in read.participants(doc)} == {"Amara"}


def test_read_only_opens_take_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    Document.create(path).close()
    store = backup_store()
    Document.open(path, backups=store, read_only=True).close()
    assert store.list_for(path) == []


def test_files_with_the_same_name_are_kept_apart(tmp_path: Path) -> None:
    store = backup_store()
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        Document.create(tmp_path / folder / "w.workshop").close()
        Document.open(tmp_path / folder / "w.workshop", backups=store).close()
    first, second = (store.list_for(tmp_path / f / "w.workshop") for f in ("a", "b"))
    assert len(first) == len(second) == 1
    assert first[0].path.parent != second[0].path.parent


def test_a_failing_backup_does_not_prevent_opening(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backups folder should be", encoding="utf-8")
    store = BackupStore(blocker)
    path = tmp_path / "w.workshop"
    Document.create(path).close()
    with Document.open(path, backups=store) as doc:
        participants.add_participant(doc, "Still works")
    assert store.list_for(path) == []


def test_unrelated_files_in_the_backup_folder_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    Document.create(path).close()
    store = backup_store()
    Document.open(path, backups=store).close()
    (store.folder_for(path) / "notes.workshop").write_text("mine", encoding="utf-8")
    assert len(store.list_for(path)) == 1


def test_a_copy_cut_short_is_never_offered(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    Document.create(path).close()
    store = backup_store()
    folder = store.folder_for(path)
    folder.mkdir(parents=True)
    (folder / "20261127T090000000000Z.partial").write_bytes(b"SQLite format 3\x00 cut")
    assert store.list_for(path) == []
    Document.open(path, backups=store).close()
    assert [b.path.suffix for b in store.list_for(path)] == [".workshop"]
    assert list(folder.glob("*.partial")) == []


def test_a_backup_taken_later_is_the_file_as_it_was_opened(tmp_path: Path) -> None:
    """The window opens with ``backup_later`` (its first picture does not wait for the
    copy): the copy is still taken before the first write, of the file as it was opened."""
    path = tmp_path / "w.workshop"
    with Document.create(path) as doc:
        participants.add_participant(doc, "Amara")
    store = backup_store()
    with Document.open(path, backups=store, backup_later=True) as doc:
        assert store.list_for(path) == []  # not yet: nothing has been written
        participants.add_participant(doc, "Ben")  # the first write takes it first
        backups = store.list_for(path)
        assert len(backups) == 1
        participants.add_participant(doc, "Chen")
        assert len(store.list_for(path)) == 1  # once
    assert _names(backups[0].path) == {"Amara"}


def test_a_backup_owed_is_taken_when_asked_or_on_closing(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    with Document.create(path) as doc:
        participants.add_participant(doc, "Amara")
    store = backup_store()
    with Document.open(path, backups=store, backup_later=True) as doc:
        taken = doc.take_backup()  # the window asks once it has shown the workshop
        assert taken is not None and store.list_for(path)[0].path == taken
        assert doc.take_backup() is None  # owed once
    with Document.open(path, backups=store, backup_later=True):
        pass  # opened and closed without a write
    assert len(store.list_for(path)) == 2
    with Document.open(path, backups=store, backup_later=True, read_only=True) as doc:
        assert doc.take_backup() is None  # a read-only open owes none
    assert len(store.list_for(path)) == 2


def test_a_file_to_migrate_is_backed_up_before_migrating_even_when_later_is_asked(
    tmp_path: Path,
) -> None:
    fixture = Path(__file__).parent / "fixtures" / "format-1.0.workshop"
    path = tmp_path / "old.workshop"
    shutil.copyfile(fixture, path)
    store = backup_store()
    with Document.open(path, backups=store, backup_later=True) as doc:
        backups = store.list_for(path)
        assert len(backups) == 1  # taken at once: the copy is of the old format
        assert doc.take_backup() is None
    with Document.open(backups[0].path, read_only=True, require_current=False) as old:
        assert old.conn.execute("PRAGMA user_version").fetchone()[0] == 1000
