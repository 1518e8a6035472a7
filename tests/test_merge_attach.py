"""How a merge reads the copies: at rest, as immutable; in use, through SQLite's locks.

A copy nobody has open (no -wal beside it, or an empty one with no Workshop holding it)
is attached as ``immutable``: SQLite takes no locks on it and makes no -wal and -shm
beside it, which a read-only connection could never remove again. A copy still open at
its table, or one whose -wal holds rows a crash left there, is read through SQLite's
locks and its -wal, so nothing written there is missed.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from helpers.breakouts import Main, make_main
from helpers.corpus import IDEAS, fill_board
from workshop.storage import breakout
from workshop.storage.document import Document, at_rest
from workshop.storage.lock import lock_path, resolved
from workshop.storage.merge import merge


def _copies(tmp_path: Path, count: int = 2) -> tuple[Main, list[Path]]:
    main = make_main(tmp_path, notes=24)
    out = tmp_path / "tables"
    out.mkdir()
    with Document.open(main.path) as doc:
        paths = breakout.make_copies(doc, count, out).paths
    return main, paths


def _merged_texts(doc: Document) -> list[str]:
    return [r[0] for r in doc.conn.execute(
        "SELECT n.text FROM notes n JOIN merged_rows o ON o.tbl = 'notes' AND o.row_id = n.id"
        " ORDER BY o.breakout_id, o.source_id")]


def test_a_merge_leaves_nothing_beside_the_copies(tmp_path: Path) -> None:
    """Before, each copy was attached ``mode=ro``, which made a -wal and a -shm beside it
    that it could not remove: a USB stick came back with two strange files per table."""
    main, paths = _copies(tmp_path)
    for k, path in enumerate(paths):
        with Document.open(path) as table:
            fill_board(table, main.brainstorm, ideas=IDEAS[k * 5 : k * 5 + 5], clusters=False)
    before = sorted(p.name for p in paths[0].parent.iterdir())
    with Document.open(main.path) as doc:
        reports = merge(doc, paths).reports
        assert [r.summary() for r in reports] == ["Table 1: 5 notes", "Table 2: 5 notes"]
        assert sorted(p.name for p in paths[0].parent.iterdir()) == before
        # Merging again reads them the same way, and brings nothing twice.
        assert [r.summary() for r in merge(doc, paths).reports] == [
            "Table 1: nothing new", "Table 2: nothing new"]
    assert sorted(p.name for p in paths[0].parent.iterdir()) == before
    assert before == sorted(p.name for p in paths)


def test_a_copy_still_open_at_its_table_brings_what_its_wal_holds(tmp_path: Path) -> None:
    """Open at its table (a shared folder), a copy's newest notes are in its -wal, not yet
    in the file: read through SQLite's locks, they come; and the table can go on."""
    main, paths = _copies(tmp_path)
    with Document.open(paths[0]) as table:
        fill_board(table, main.brainstorm, ideas=IDEAS[:7], clusters=False)
        assert Path(f"{paths[0]}-wal").stat().st_size > 0
        assert not at_rest(paths[0].resolve())
        with Document.open(main.path) as doc:
            assert merge(doc, [paths[0]]).reports[0].summary() == "Table 1: 7 notes"
            assert _merged_texts(doc) == list(IDEAS[:7])
        # The table's own window still writes, and the next merge brings only that.
        fill_board(table, main.brainstorm, ideas=IDEAS[7:9], clusters=False)
    with Document.open(main.path) as doc:
        assert merge(doc, [paths[0]]).reports[0].summary() == "Table 1: 2 notes"
        assert _merged_texts(doc) == list(IDEAS[:9])


def test_rows_a_crash_left_in_a_copys_wal_are_merged(tmp_path: Path) -> None:
    """A table's laptop lost power: its copy was saved with a -wal full of notes never
    written into the file. SQLite reads them from the -wal, so the merge must not read
    the file alone."""
    main, paths = _copies(tmp_path, count=1)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with Document.open(paths[0]) as table:
        fill_board(table, main.brainstorm, ideas=IDEAS[:6], clusters=False)
        # What the disk held at the moment of the crash: the file and its -wal.
        for suffix in ("", "-wal"):
            shutil.copy(f"{paths[0]}{suffix}", crashed / f"{paths[0].name}{suffix}")
    copy = crashed / paths[0].name
    assert Path(f"{copy}-wal").stat().st_size > 0 and not at_rest(copy.resolve())
    with Document.open(main.path) as doc:
        assert merge(doc, [copy]).reports[0].summary() == "Table 1: 6 notes"
        assert _merged_texts(doc) == list(IDEAS[:6])


def test_a_file_is_at_rest_only_when_nobody_writes_it_and_nothing_is_to_recover(
    tmp_path: Path,
) -> None:
    main, paths = _copies(tmp_path, count=1)
    path = paths[0]
    assert at_rest(path)  # closed: SQLite removed its -wal
    wal, journal_file = Path(f"{path}-wal"), Path(f"{path}-journal")
    wal.write_bytes(b"")  # an empty -wal a read-only reader left behind
    assert at_rest(path)
    lock_path(path).write_text("123@laptop\n")  # but a Workshop has it open
    assert not at_rest(path)
    lock_path(path).unlink()
    wal.write_bytes(b"\0" * 32)  # frames to recover
    assert not at_rest(path)
    wal.unlink()
    journal_file.write_bytes(b"\0" * 512)  # a write to roll back
    assert not at_rest(path)
    journal_file.unlink()
    # Through a link: the sidecars are beside the file it points to.
    link = tmp_path / "link.workshop"
    link.symlink_to(path)
    Path(f"{path}-wal").write_bytes(b"\0" * 32)
    assert not at_rest(resolved(link))
    Path(f"{path}-wal").unlink()
    assert at_rest(resolved(link))
    with sqlite3.connect(path) as conn:  # a plain check: it is still a sound file
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    del main


def test_an_unclosed_copy_on_a_drive_workshop_cannot_write_brings_its_last_notes(
    tmp_path: Path,
) -> None:
    """A table's laptop lost power with the copy on its stick, and the stick is locked
    (read only): SQLite reads a -wal only through a -shm it makes beside it, which it
    cannot there. Read as the file alone, the table's last notes had merged as "nothing
    new"; now both files are read from a copy in a temporary folder. The stick is left
    as it was. (The stick's folder is made unwritable, for root too, with ``chattr +i``.)"""
    main, paths = _copies(tmp_path, count=1)
    stick = tmp_path / "stick"
    stick.mkdir()
    with Document.open(paths[0]) as table:
        fill_board(table, main.brainstorm, ideas=IDEAS[:6], clusters=False)
        for suffix in ("", "-wal"):  # the stick as the power cut left it
            shutil.copy(f"{paths[0]}{suffix}", stick / f"{paths[0].name}{suffix}")
    copy = stick / paths[0].name
    before = sorted(p.name for p in stick.iterdir())
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(stick)]).returncode != 0:
        pytest.skip("no way to make a folder unwritable here (chattr +i)")
    try:
        with Document.open(main.path) as doc:
            assert merge(doc, [copy]).reports[0].summary() == "Table 1: 6 notes"
            assert _merged_texts(doc) == list(IDEAS[:6])
        assert sorted(p.name for p in stick.iterdir()) == before
    finally:
        subprocess.run([chattr, "-i", str(stick)], check=True)
