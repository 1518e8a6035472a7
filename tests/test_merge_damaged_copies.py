"""A damaged breakout copy is refused in one line, and the main file is untouched.

A merge no longer reads each copy whole before it starts (``quick_check`` of the whole
file did, the copy's undo history included): it checks the tables it takes rows from
(``quick_check`` of each), inside its one transaction, and SQLite checks every page it
reads; damage stops the merge, which rolls back, and the copy is named
(docs/decisions/0018-merge-undo-checks.md). These tests damage copies the ways files get
damaged: a torn write, a broken page, a file cut short, a garbled header.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers.breakouts import Main, make_main
from helpers.corpus import IDEAS, fill_board
from helpers.proc import fingerprint
from workshop.storage import breakout
from workshop.storage.document import Document
from workshop.storage.errors import CorruptError, DocumentError
from workshop.storage.merge import merge


def _tables(tmp_path: Path) -> tuple[Main, list[Path]]:
    """A main file of 96 notes and two copies; table 1 adds the 96 ideas again (several
    pages of new notes), table 2 a few."""
    main = make_main(tmp_path, notes=96)
    out = tmp_path / "tables"
    out.mkdir()
    with Document.open(main.path) as doc:
        paths = breakout.make_copies(doc, 2, out).paths
    with Document.open(paths[0]) as table:
        fill_board(table, main.brainstorm, clusters=False)
    with Document.open(paths[1]) as table:
        fill_board(table, main.brainstorm, ideas=IDEAS[:5], clusters=False)
    return main, paths


def _notes_leaves(path: Path, table: str = "notes") -> tuple[int, list[int]]:
    """The page size and the table's leaf pages, in order of their rows' ids (for
    another ``table``: all its pages, overflow pages of long rows included)."""
    kinds = "('leaf')" if table == "notes" else "('leaf', 'overflow', 'internal')"
    conn = sqlite3.connect(path)
    try:
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        pages = [int(r[0]) for r in conn.execute(
            f"SELECT pageno FROM dbstat WHERE name = ? AND pagetype IN {kinds}"
            " ORDER BY path", (table,))]
    finally:
        conn.close()
    assert len(pages) >= 3
    return size, pages


def _torn_page(data: bytearray, size: int, page: int) -> None:
    """The second half of the page never reached the disk (a torn write)."""
    start = (page - 1) * size
    data[start + size // 2 : start + size] = bytes(size // 2)


def _broken_page(data: bytearray, size: int, page: int) -> None:
    start = (page - 1) * size
    data[start : start + 8] = b"\x07" * 8


def _damage(path: Path, how: str) -> None:
    size, leaves = _notes_leaves(path)
    newest = leaves[-1]  # holds the table's own newest notes: the merge reads it
    data = bytearray(path.read_bytes())
    if how == "torn page of new notes":
        _torn_page(data, size, newest)
    elif how == "broken page of new notes":
        _broken_page(data, size, newest)
    elif how == "cut short":
        del data[(newest - 1) * size :]
    elif how == "garbled header":
        data[16:64] = bytes(range(100, 148))  # page size, versions, counts: nonsense
    else:
        raise AssertionError(how)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "how", ["torn page of new notes", "broken page of new notes", "cut short", "garbled header"]
)
def test_a_damaged_copy_is_refused_in_one_line_and_main_untouched(
    tmp_path: Path, how: str
) -> None:
    main, paths = _tables(tmp_path)
    _damage(paths[0], how)
    before = fingerprint(main.path)
    with Document.open(main.path) as doc:
        history = doc.history()
        with pytest.raises(CorruptError) as caught:
            merge(doc, [paths[1], paths[0]])  # the good copy first: rolled back too
        message = str(caught.value)
        assert message.startswith(f"“{paths[0].name}” is damaged"), message
        assert "\n" not in message and "backup" in message
        attached = {row[1] for row in doc.conn.execute("PRAGMA database_list")}
        assert attached <= {"main", "temp"}  # the copies are detached again
        assert doc.history() == history
    assert fingerprint(main.path) == before
    with Document.open(main.path) as doc:  # the good copy merges as ever
        assert [r.summary() for r in merge(doc, [paths[1]]).reports] == ["Table 2: 5 notes"]


def test_a_torn_page_among_the_main_files_own_notes_in_a_copy_is_refused_too(
    tmp_path: Path,
) -> None:
    """A torn page can read back as no rows at all rather than as an error: the tables a
    merge takes rows from are checked whole, not only the rows it reads."""
    main, paths = _tables(tmp_path)
    size, leaves = _notes_leaves(paths[0])
    data = bytearray(paths[0].read_bytes())
    _torn_page(data, size, leaves[0])
    paths[0].write_bytes(bytes(data))
    before = fingerprint(main.path)
    with Document.open(main.path) as doc, pytest.raises(CorruptError, match="is damaged"):
        merge(doc, paths)
    assert fingerprint(main.path) == before


def test_damage_only_where_the_merge_does_not_read_lets_the_tables_work_in_intact(
    tmp_path: Path,
) -> None:
    """The rule, said plainly: a copy is judged by the tables the merge takes rows from.
    A broken page in the copy's own undo history (never merged; often its largest table)
    does not stop the table's new notes, which come over whole."""
    main, paths = _tables(tmp_path)
    size, leaves = _notes_leaves(paths[0], "history")
    data = bytearray(paths[0].read_bytes())
    _broken_page(data, size, leaves[-1])
    paths[0].write_bytes(bytes(data))
    with sqlite3.connect(paths[0]) as check:
        assert check.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    with Document.open(main.path) as doc:
        report = merge(doc, [paths[0]]).reports[0]
        assert report.summary() == f"Table 1: {len(IDEAS)} notes"
        merged = [r[0] for r in doc.conn.execute(
            "SELECT n.text FROM notes n JOIN merged_rows o ON o.tbl = 'notes' AND o.row_id = n.id"
            " ORDER BY o.source_id")]
        assert merged == list(IDEAS)


@pytest.mark.parametrize("damage", [_torn_page, _broken_page])
def test_more_copies_than_sqlite_attaches_are_each_read_whole_before_any_is_merged(
    tmp_path: Path, damage: Callable[[bytearray, int, int], None]
) -> None:
    """Batches of copies commit apart, so there every copy is checked whole first: a
    damaged page in the second batch refuses the merge before the first is written."""
    main, paths = _tables(tmp_path)
    size, leaves = _notes_leaves(paths[1])
    data = bytearray(paths[1].read_bytes())
    damage(data, size, leaves[0])  # even a page the merge itself would not read
    paths[1].write_bytes(bytes(data))
    before = fingerprint(main.path)
    with Document.open(main.path) as doc:
        doc.conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 1)
        with pytest.raises(DocumentError) as caught:
            merge(doc, paths)
        message = str(caught.value)
        assert message.startswith(f"“{paths[1].name}” is damaged") and "\n" not in message
    assert fingerprint(main.path) == before


def test_a_torn_page_is_named_by_sqlites_own_words_in_one_line(tmp_path: Path) -> None:
    """The merge reads each table it takes rows from whole once, each row's number: the
    rows a torn page lost read as rows numbered 0; SQLite's check then says where."""
    main, paths = _tables(tmp_path)
    size, leaves = _notes_leaves(paths[0])
    data = bytearray(paths[0].read_bytes())
    _torn_page(data, size, leaves[len(leaves) // 2])
    paths[0].write_bytes(bytes(data))
    with sqlite3.connect(paths[0]) as torn:  # what the merge's read finds
        read = "SELECT count(*) FROM notes NOT INDEXED WHERE +rowid < 1"
        assert torn.execute(read).fetchone()[0] > 0
    before = fingerprint(main.path)
    with Document.open(main.path) as doc, pytest.raises(CorruptError) as caught:
        merge(doc, paths)
    message = str(caught.value)
    assert message.startswith(f"“{paths[0].name}” is damaged (") and "\n" not in message
    assert "out of order" in message  # quick_check's first line, not a guess
    assert fingerprint(main.path) == before


def test_a_row_numbered_0_written_by_another_tool_is_refused_not_called_damage(
    tmp_path: Path,
) -> None:
    """A row numbered 0 in an intact copy is no damage (quick_check finds the file sound)
    but no Workshop wrote it either: refused as the app would, main untouched."""
    main, paths = _tables(tmp_path)
    with sqlite3.connect(paths[1]) as edited:
        edited.execute(
            "INSERT INTO notes (id, activity_id, text) VALUES (0, ?, 'written elsewhere')",
            (main.brainstorm,),
        )
    before = fingerprint(main.path)
    with Document.open(main.path) as doc, pytest.raises(DocumentError) as caught:
        merge(doc, paths)
    message = str(caught.value)
    assert message.startswith(f"“{paths[1].name}” holds a row of notes numbered 0"), message
    assert "would not accept" in message and "\n" not in message
    assert fingerprint(main.path) == before
