"""Format 1.22: a merge records the rows it brings from a copy into a table as one run
(``origin_runs``), not a row of ``origins`` each; files merged before keep their
``origins`` rows, which mean what they meant (docs/decisions/0018-merge-undo-checks.md).

The fixture tests/fixtures/merged-1.21/ was made by the code of format 1.21
(tests/fixtures/make_merged_1_21.py): two tables merged, then one merged note reworded
in the main file and one removed.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sqlite3
from pathlib import Path
from types import ModuleType

import pytest

from helpers.breakouts import content
from workshop.storage import breakout, read
from workshop.storage.document import Document
from workshop.storage.merge import merge
from workshop.storage.ops import board
from workshop.storage.schema import format_version, latest_user_version

FIXTURES = Path(__file__).parent / "fixtures"
MERGED = FIXTURES / "merged-1.21"


def _maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_merged_1_21", FIXTURES / "make_merged_1_21.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def old(tmp_path: Path) -> tuple[Path, list[Path]]:
    """The fixture's main file and its two copies, copied to work on."""
    for path in MERGED.iterdir():
        shutil.copyfile(path, tmp_path / path.name)
    main = tmp_path / "riverside.workshop"
    return main, sorted(p for p in tmp_path.iterdir() if p != main and p.suffix == ".workshop")


def _raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [tuple(row) for row in conn.execute(sql)]
    finally:
        conn.close()


def _brainstorm(doc: Document) -> int:
    return next(a.id for a in read.activities(doc) if a.kind.value == "brainstorm")


def test_the_fixture_was_merged_by_format_1_21(old: tuple[Path, list[Path]]) -> None:
    main, copies = old
    assert _raw(main, "PRAGMA user_version") == [(1021,)]
    assert _raw(main, "SELECT count(*) FROM sqlite_master WHERE name = 'origin_runs'") == [(0,)]
    assert _raw(main, "SELECT count(*), sum(row_id < 0) FROM origins WHERE tbl = 'notes'"
                ) == [(6, 1)]
    assert len(copies) == 2


def test_a_file_merged_before_opens_with_its_origins_as_they_were(
    old: tuple[Path, list[Path]],
) -> None:
    main, _copies = old
    origins = _raw(main, "SELECT * FROM origins ORDER BY id")
    with Document.open(main) as doc:
        assert doc.format == format_version(latest_user_version())
        assert [tuple(r) for r in doc.conn.execute("SELECT * FROM origins ORDER BY id")
                ] == origins
        assert doc.conn.execute("SELECT count(*) FROM origin_runs").fetchone()[0] == 0
        # merged_rows: the same rows, one by one
        assert sorted(doc.conn.execute(
            "SELECT breakout_id, tbl, source_id, row_id FROM merged_rows")) == sorted(
            (b, t, s, r) for _id, b, t, s, r, _fp in origins)
        # the board still marks each merged note with its table, the removed one gone
        marked = breakout.board_tables(doc, _brainstorm(doc))
        notes = [r for _id, _b, t, _s, r, _fp in origins if t == "notes"]
        assert {row_id for kind, row_id in marked if kind == "notes"} == {
            r for r in notes if isinstance(r, int) and r > 0}


def test_merging_the_same_copies_again_after_migrating_changes_nothing(
    old: tuple[Path, list[Path]],
) -> None:
    main, copies = old
    with Document.open(main) as doc:
        before = content(doc)
        reports = merge(doc, copies).reports
        assert [r.summary() for r in reports] == [
            "Table 1: nothing new", "Table 2: nothing new"]
        assert content(doc) == before


def test_after_migrating_a_main_edit_still_wins_and_a_removal_stays_removed(
    old: tuple[Path, list[Path]],
) -> None:
    maker = _maker()
    main, copies = old
    merged = _raw(main, "SELECT breakout_id, source_id, row_id FROM origins"
                  " WHERE tbl = 'notes' ORDER BY id")
    edited, removed, untouched = merged[maker.EDITED], merged[maker.REMOVED], merged[2]
    assert edited[0] == removed[0] == untouched[0] == 1  # all of Table 1
    with Document.open(copies[0]) as table:  # Table 1 goes on working
        for _b, src, _row in (edited, removed, untouched):
            board.edit_note_text(table, int(src), f"Table 1's later words for {src}")
        late = board.add_note(table, _brainstorm(table), "A late idea at Table 1")
    del late
    with Document.open(main) as doc:
        before = content(doc)
        change = merge(doc, copies)
        texts = dict(doc.conn.execute("SELECT id, text FROM notes"))
        assert texts[edited[2]] == maker.EDITED_TEXT  # the main file's edit wins
        assert -int(removed[2]) not in texts  # removed in main stays removed
        assert f"Table 1's later words for {removed[1]}" not in texts.values()
        assert texts[untouched[2]] == f"Table 1's later words for {untouched[1]}"
        assert change.reports[0].summary() == (
            "Table 1: 1 note; 1 updated; 1 kept as edited in the main file")
        # the new note is recorded as a run; the update as a row of its own over the old one
        (first, last), = doc.conn.execute(
            "SELECT first_id, last_id FROM origin_runs WHERE tbl = 'notes'")
        assert first == last and texts[first] == "A late idea at Table 1"
        once = content(doc)
        assert merge(doc, copies).reports[0].summary() == "Table 1: nothing new"
        assert content(doc) == once
        doc.undo(change.change)
        assert content(doc) == before


def test_a_merged_row_removed_here_stays_removed_when_a_new_row_takes_its_id(
    tmp_path: Path,
) -> None:
    """A run's row removed in the main file gets a tombstone of its own: merging again
    does not bring it back, nor does a note the main file adds later (which may get the
    removed row's id) count as the table's."""
    from helpers.breakouts import make_main, work_at_table

    made = make_main(tmp_path)
    out = tmp_path / "tables"
    out.mkdir()
    with Document.open(made.path) as doc:
        paths = breakout.make_copies(doc, 1, out).paths
    work_at_table(paths[0], made, 0)
    with Document.open(made.path) as doc:
        merge(doc, paths)
        last = int(doc.conn.execute(
            "SELECT max(row_id) FROM merged_rows WHERE tbl = 'notes'").fetchone()[0])
        assert last == doc.conn.execute("SELECT max(id) FROM notes").fetchone()[0]
        gone = doc.conn.execute("SELECT text FROM notes WHERE id = ?", (last,)).fetchone()[0]
        board.delete_notes(doc, [last])
        again = board.add_note(doc, made.brainstorm, "Added in the main file")
        del again
        mine = int(doc.conn.execute("SELECT max(id) FROM notes").fetchone()[0])
        assert mine == last  # SQLite gave the new note the removed note's id
        assert ("notes", mine) not in breakout.board_tables(doc, made.brainstorm)
        assert merge(doc, paths).reports[0].summary() == "Table 1: nothing new"
        texts = [r[0] for r in doc.conn.execute("SELECT text FROM notes")]
        assert gone not in texts and "Added in the main file" in texts
        assert ("notes", mine) not in breakout.board_tables(doc, made.brainstorm)


def test_rows_with_gaps_at_the_table_come_as_one_run_and_keep_their_references(
    tmp_path: Path,
) -> None:
    """The copy's new ids usually have no gaps, and are then shifted by one amount; a note
    removed at the table leaves a gap, and the rows are numbered one by one instead. Both
    ways the rows come as one run, and a dot on a note finds it."""
    from helpers.breakouts import make_main, work_at_table

    made = make_main(tmp_path)
    out = tmp_path / "tables"
    out.mkdir()
    with Document.open(made.path) as doc:
        paths = breakout.make_copies(doc, 2, out).paths
    mine = [work_at_table(path, made, k) for k, path in enumerate(paths)]
    with Document.open(paths[1]) as table:  # a gap among Table 2's new notes
        board.delete_notes(table, [mine[1][3]])
        texts_at_table = [r[0] for r in table.conn.execute(
            "SELECT text FROM notes WHERE id > ? ORDER BY id", (mine[1][0] - 1,))]
    with Document.open(made.path) as doc:
        merge(doc, paths)
        runs = doc.conn.execute(
            "SELECT breakout_id, first_id, last_id, sources FROM origin_runs"
            " WHERE tbl = 'notes' ORDER BY first_id").fetchall()
        assert [json.loads(r[3]) for r in runs] == [
            mine[0], [n for n in mine[1] if n != mine[1][3]]]
        first, last = runs[1][1], runs[1][2]
        assert [r[0] for r in doc.conn.execute(
            "SELECT text FROM notes WHERE id BETWEEN ? AND ? ORDER BY id", (first, last))
        ] == texts_at_table
        # each table voted a note of its own: the dots are on that note here too
        for k, (_b, first_k, _l, _s) in enumerate(runs):
            voted = doc.conn.execute(
                "SELECT count(*) FROM dots d JOIN ballots b ON b.id = d.ballot_id"
                " WHERE d.item_id = ? AND b.activity_id = ?", (first_k, made.vote)
            ).fetchone()[0]
            assert voted == 2, k  # the two dots the table gave its first note
