"""A merge's rows are captured for undo in bulk, and undo still works as for any step.

The merge inserts its notes and origins with ``journal.insert_many``: one SQL statement
writes their images as the history's JSON text, nothing per row in Python. These tests
prove that is only cheaper, never different: the same images (reals exact), undo and redo
exact also after reopening, and an undo refused when another program changed a merged row
(decision 0002-undo-replay-checks).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from helpers.breakouts import Main, canonical, content, make_main, work_at_table
from helpers.operations import snapshot
from helpers.proc import fingerprint
from workshop.storage import breakout, journal
from workshop.storage.changes import BulkRows, Change
from workshop.storage.document import Document
from workshop.storage.errors import ConflictError, DocumentError
from workshop.storage.merge import merge
from workshop.storage.ops import board

AWKWARD_X = 166.66666666666669  # json_object's 15 digits would round it


def _merged_tables(tmp_path: Path) -> tuple[Main, list[Path]]:
    main = make_main(tmp_path)
    out = tmp_path / "tables"
    out.mkdir()
    with Document.open(main.path) as doc:
        paths = breakout.make_copies(doc, 2, out).paths
    for k, path in enumerate(paths):
        mine = work_at_table(path, main, k)
        with Document.open(path) as table:
            table.conn.execute("UPDATE notes SET x = ? WHERE id = ?", (AWKWARD_X, mine[-1]))
    return main, paths


def _outside(path: Path, edit: Callable[[Database], object]) -> None:
    """Another program (sqlite-utils) edits the file."""
    other = Database(path)
    edit(other)
    other.conn.close()


def _undo_refused(doc: Document, change: Change) -> str:
    """Undo of ``change`` is refused in one line, and the file and its history are left as
    they were; the sentence."""
    held, history = content(doc), doc.history()
    with pytest.raises(ConflictError) as caught:
        doc.undo(change)
    message = str(caught.value)
    assert message.startswith(f"Cannot undo “{change.label}”: since then the ")
    assert "Nothing was undone" in message and "\n" not in message
    assert content(doc) == held and doc.history() == history
    return message


def test_merged_rows_are_kept_by_their_checks_and_undo_takes_their_exact_images(
    tmp_path: Path,
) -> None:
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        change = merge(doc, paths).change
        bulk = {p.table: p for p in change.parts if isinstance(p, BulkRows)}
        assert {"notes", "origin_runs"} <= set(bulk) and "origins" not in bulk
        # What changed is known without any image.
        new_notes = [int(r[0]) for r in doc.conn.execute(
            "SELECT row_id FROM merged_rows WHERE tbl = 'notes' ORDER BY row_id")]
        assert sorted(change.inserted("notes")) == new_notes
        assert change.touches("notes", "origin_runs") and not change.deleted("notes")
        assert change.columns("notes") == {"*"}
        # The merge keeps one check per row, not the rows' text a second and third time.
        notes = bulk["notes"]
        assert not notes.captured and notes.checks is not None
        checks = json.loads(notes.checks)
        assert len(checks["crc32"]) == notes.last - notes.first + 1
        assert checks["sqlite"] == sqlite3.sqlite_version
        kept = doc.conn.execute(
            "SELECT rows FROM history WHERE id = ?", (change.history_id,)).fetchone()[0]
        texts = [r[0] for r in doc.conn.execute(
            "SELECT text FROM notes WHERE id BETWEEN ? AND ?", (notes.first, notes.last))]
        assert not any(text in kept for text in texts)
        assert doc.history()[-1].change == change  # the history entry reads back the same
        stored = {r[0]: tuple(r) for r in doc.conn.execute(
            "SELECT * FROM notes WHERE id >= ?", (min(new_notes),))}
        # Undo takes the images: every one is the row as it was, reals to the last digit.
        undone = doc.undo(change)
        removed = [r for r in undone.rows if r.table == "notes" and r.after is None]
        assert sorted(r.id for r in removed) == sorted(stored)
        for row in removed:
            assert row.before is not None
            assert tuple(row.before.values()) == stored[row.id]
        xs = [r.before["x"] for r in removed if r.before]
        assert AWKWARD_X in xs  # json_object alone would round it
        # The step keeps them now, in memory and in the file, for redo after reopening.
        assert all(p.captured for p in change.parts if isinstance(p, BulkRows))
        recorded = doc.history()[-1].change
        assert recorded.rows == change.rows and recorded.inserted("notes") == new_notes


def test_a_merge_of_up_to_ten_copies_commits_once_and_durably(tmp_path: Path) -> None:
    """One transaction, one COMMIT (with synchronous=FULL), whatever the copies hold."""
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        assert doc.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        said: list[str] = []
        doc.conn.set_trace_callback(said.append)
        try:
            merge(doc, paths)
        finally:
            doc.conn.set_trace_callback(None)
        assert [s for s in said if s.strip().upper() == "COMMIT"] == ["COMMIT"]
        assert [s for s in said if s.strip().upper().startswith("BEGIN")] == ["BEGIN IMMEDIATE"]


def test_merge_undo_redo_are_exact_also_after_reopening(tmp_path: Path) -> None:
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        before = snapshot(doc)
        merge(doc, paths)
        merged = snapshot(doc)
    with Document.open(main.path) as doc:
        step = doc.history()[-1].change
        assert step.label == "Merge 2 breakout tables"
        doc.undo(step)
        assert snapshot(doc) == before
    with Document.open(main.path) as doc:
        entry = doc.history()[-1]
        assert entry.undone
        doc.redo(entry.change)
        assert snapshot(doc) == merged
        doc.undo(entry.change)
        assert snapshot(doc) == before


def test_undo_and_redo_take_the_merged_rows_away_and_back_in_bulk(tmp_path: Path) -> None:
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        before = snapshot(doc)
        change = merge(doc, paths).change
        merged = snapshot(doc)
        new_notes = sorted(change.inserted("notes"))
        undone = doc.undo(change)
        assert snapshot(doc) == before
        gone = [p for p in undone.parts if isinstance(p, BulkRows)]
        assert {p.table for p in gone} >= {"notes"} and all(p.removed for p in gone)
        assert undone.deleted("origin_runs")  # the merge's record goes with its rows
        assert sorted(undone.deleted("notes")) == new_notes and not undone.inserted("notes")
        redone = doc.redo(change)
        assert snapshot(doc) == merged
        assert sorted(redone.inserted("notes")) == new_notes
        assert all(not p.removed for p in redone.parts if isinstance(p, BulkRows))
        doc.undo(change)  # and again: the rows put back are exactly the ones merged
        assert snapshot(doc) == before


def test_redoing_a_merge_is_refused_when_a_row_took_the_place_of_a_merged_note(
    tmp_path: Path,
) -> None:
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        change = merge(doc, paths).change
        doc.undo(change)
        note = max(change.inserted("notes"))
        _outside(main.path, lambda other: other["notes"].insert(
            {"id": note, "activity_id": main.brainstorm, "text": "Mine"}))
        held = content(doc)
        with pytest.raises(ConflictError) as caught:
            doc.redo(change)
        assert "has been added in its place" in str(caught.value)
        assert content(doc) == held


@pytest.mark.parametrize("outside", ["edit", "recolour", "delete"])
def test_undoing_a_merge_is_refused_when_another_program_changed_a_merged_note(
    tmp_path: Path, outside: str
) -> None:
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        change = merge(doc, paths).change
        note = max(change.inserted("notes"))

        def edit(other: Database) -> None:
            if outside == "edit":
                other["notes"].update(note, {"text": "Typed later in Datasette"})
            elif outside == "recolour":
                other["notes"].update(note, {"colour": 5})
            else:
                other["notes"].delete(note)

        _outside(main.path, edit)
        message = _undo_refused(doc, change)
        if outside == "edit":
            # The changed row is named (its check differs); which column, a check cannot say.
            assert "note “Typed later in Datasette” has been changed by another" in message
        elif outside == "recolour":
            assert "has been changed by another" in message
        else:
            assert "has been deleted" in message


def test_checks_made_by_another_sqlite_version_are_not_compared_and_nothing_is_lost(
    tmp_path: Path,
) -> None:
    """Another SQLite may write a real number otherwise in a row's JSON: a merge whose
    checks it made is undone without comparing them. Undo still takes the rows as they
    are, so redo brings back exactly that, the other program's edit included."""
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        change = merge(doc, paths).change
        older = Change(change.label, [
            BulkRows(p.table, p.first, p.last, None, checks=p.checks.replace(
                sqlite3.sqlite_version, "3.31.1")) if isinstance(p, BulkRows) and p.checks
            else p
            for p in change.parts
        ], change.history_id)
        note = max(change.inserted("notes"))
        _outside(main.path, lambda other: other["notes"].update(
            note, {"text": "Typed later in Datasette"}))
        doc.undo(older)
        assert doc.conn.execute("SELECT 1 FROM notes WHERE id = ?", (note,)).fetchone() is None
        doc.redo(older)
        assert doc.conn.execute(
            "SELECT text FROM notes WHERE id = ?", (note,)).fetchone()[0] == (
            "Typed later in Datasette")


def test_the_merges_own_record_is_one_run_per_table_and_copy_kept_unchecked(
    tmp_path: Path,
) -> None:
    """A merge records the rows it brings from one copy into one table as one run
    (``origin_runs``: ids first…last, the copy's ids and fingerprints), not a row of
    ``origins`` each (three b-trees per note). A run is the merge's own record, not
    anyone's content: captured in bulk with no check, undo takes it as it is and redo
    puts back exactly that, so an edit to one by another program is not lost."""
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        change = merge(doc, paths).change
        notes = [(p.first, p.last) for p in change.parts
                 if isinstance(p, BulkRows) and p.table == "notes"]
        runs = doc.conn.execute(
            "SELECT breakout_id, first_id, last_id, json_array_length(sources),"
            " json_array_length(fingerprints) FROM origin_runs WHERE tbl = 'notes'"
            " ORDER BY first_id").fetchall()
        assert len(runs) == len(paths)
        assert [(first, last) for _b, first, last, _s, _f in runs] == notes
        for _table, first, last, sources, fingerprints in runs:
            assert sources == fingerprints == last - first + 1
        assert doc.conn.execute("SELECT count(*) FROM origins WHERE tbl = 'notes'"
                                ).fetchone()[0] == 0
        recorded = [p for p in change.parts
                    if isinstance(p, BulkRows) and p.table == "origin_runs"]
        assert recorded and all(p.checks == journal.UNCHECKED for p in recorded)
        assert sorted(change.inserted("origin_runs")) == [
            r[0] for r in doc.conn.execute("SELECT id FROM origin_runs ORDER BY id")]
        run = int(doc.conn.execute("SELECT max(id) FROM origin_runs").fetchone()[0])
        _outside(main.path, lambda other: other["origin_runs"].update(
            run, {"sources": "[0]"}))
        merged = content(doc)
        doc.undo(change)
        assert doc.conn.execute("SELECT count(*) FROM origin_runs").fetchone()[0] == 0
        doc.redo(change)
        assert content(doc) == merged
        assert doc.conn.execute(
            "SELECT sources FROM origin_runs WHERE id = ?", (run,)).fetchone()[0] == "[0]"


def test_a_merged_rows_undo_check_is_its_fingerprint_one_crc_of_what_it_says(
    tmp_path: Path,
) -> None:
    """The merge computes the CRC-32 of what a note says once: its run's fingerprint,
    which is also the note's undo check (the same function over the same columns)."""
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        change = merge(doc, paths).change
        notes = next(p for p in change.parts if isinstance(p, BulkRows) and p.table == "notes")
        checks = json.loads(notes.checks or "{}")
        assert checks["columns"] == ["text", "colour", "author_id", "cluster_id"]
        fingerprints = [int(fp) for (run,) in doc.conn.execute(
            "SELECT fingerprints FROM origin_runs WHERE tbl = 'notes' AND first_id = ?",
            (notes.first,)) for fp in json.loads(run)]
        assert checks["crc32"] == fingerprints
        now = [int(r[0]) for r in doc.conn.execute(
            "SELECT workshop_crc32(CAST(json_array(n.text, n.colour, n.author_id, n.cluster_id)"
            " AS BLOB)) FROM notes n WHERE n.id BETWEEN ? AND ? ORDER BY n.id",
            (notes.first, notes.last))]
        assert now == fingerprints
        # The other columns are kept as their values, one array per column in id order:
        # SQLite's own JSON of them, an integral real as the integer it equals.
        assert checks["rest_columns"] == ["activity_id", "x", "y", "created"]
        rows = doc.conn.execute(
            "SELECT activity_id, x, y, created FROM notes WHERE id BETWEEN ? AND ?"
            " ORDER BY id", (notes.first, notes.last)).fetchall()
        def fifteen(value: object) -> object:  # how SQLite's JSON writes a real
            return float(f"{value:.15g}") if isinstance(value, float) else value

        assert [list(r) for r in zip(*checks["rest"], strict=True)] == [
            [fifteen(v) for v in r] for r in rows]
        assert any(type(x) is int for x in checks["rest"][1])
        assert any(type(x) is float for x in checks["rest"][1])  # AWKWARD_X, to 15 digits


@pytest.mark.parametrize(
    ("column", "value", "said"),
    [
        ("x", AWKWARD_X + 1, "its position"),  # the note holding the awkward real
        ("y", 3.25, "its position"),
        ("created", "2020-01-01T00:00:00.000Z", "its created"),
        ("created", b"\x00\xff", "its created"),  # a BLOB: no check can hold one
    ],
)
def test_undoing_a_merge_is_refused_when_another_program_moved_a_merged_note(
    tmp_path: Path, column: str, value: object, said: str
) -> None:
    """The check covers every column, not only what a note says: a note another program
    moved (or changed anywhere else) stops the undo with a sentence naming the note and
    what changed, and the file is left as it is. Put back as merged, the undo goes on."""
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        change = merge(doc, paths).change
        note = max(change.inserted("notes"))
        text, merged = doc.conn.execute(
            f'SELECT text, "{column}" FROM notes WHERE id = ?', (note,)).fetchone()
        _outside(main.path, lambda other: other["notes"].update(note, {column: value}))
        message = _undo_refused(doc, change)
        assert f"the note “{text[:20]}" in message
        assert f"has been changed ({said}) by another" in message
        # As merged again: no false alarm.
        _outside(main.path, lambda other: other["notes"].update(note, {column: merged}))
        before_redo = content(doc)
        doc.undo(change)
        assert doc.conn.execute("SELECT 1 FROM notes WHERE id = ?", (note,)).fetchone() is None
        doc.redo(change)
        assert content(doc) == before_redo


def test_undoing_a_merge_is_refused_when_another_program_moved_a_merged_group(
    tmp_path: Path,
) -> None:
    """Every merged table is checked whole: a group (cluster) another program moved or
    resized, which changes nothing it says, still stops the undo, named by its title."""
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        change = merge(doc, paths).change
        clusters = next(
            p for p in change.parts if isinstance(p, BulkRows) and p.table == "clusters")
        assert json.loads(clusters.checks or "{}")["rest_columns"] == [
            "activity_id", "x", "y", "width", "height"]
        group = clusters.last
        title = doc.conn.execute("SELECT title FROM clusters WHERE id = ?", (group,)).fetchone()[0]
        _outside(main.path, lambda other: other["clusters"].update(
            group, {"x": 12.5, "width": 999}))
        message = _undo_refused(doc, change)
        assert f"“{title}” has been changed (its position, size) by another" in message


def test_a_change_of_what_a_note_says_and_where_it_lies_names_no_column(
    tmp_path: Path,
) -> None:
    """Its CRC-32 says only that what a note says changed, not which column: a move
    together with a new text is not called a move."""
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        change = merge(doc, paths).change
        note = max(change.inserted("notes"))
        _outside(main.path, lambda other: other["notes"].update(
            note, {"text": "Typed later in Datasette", "x": 1.0}))
        message = _undo_refused(doc, change)
        assert "“Typed later in Datasette” has been changed by another" in message


def test_checks_of_a_merge_made_before_they_were_its_fingerprints_still_compare(
    tmp_path: Path,
) -> None:
    """A file holds merges made by the version before (a check per row of all its
    columns, no ``first``): their undo still compares each row the way it was made."""
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        change = merge(doc, paths).change
        columns = journal._columns(doc.conn, "notes")

        def made_before(part: BulkRows) -> BulkRows:
            span = (part.first, part.last)
            old = doc.conn.execute(journal._checks("notes", columns), span).fetchone()[0]
            assert "columns" not in json.loads(old)
            return BulkRows(part.table, part.first, part.last, None, checks=old)

        older = Change(change.label, [
            made_before(p) if isinstance(p, BulkRows) and p.table == "notes" else p
            for p in change.parts
        ], change.history_id)
        note = max(change.inserted("notes"))
        merged = doc.conn.execute("SELECT text FROM notes WHERE id = ?", (note,)).fetchone()[0]
        _outside(main.path, lambda other: other["notes"].update(
            note, {"text": "Typed later in Datasette"}))
        with pytest.raises(ConflictError, match="Typed later in Datasette"):
            doc.undo(older)
        # As merged again: no false alarm.
        _outside(main.path, lambda other: other["notes"].update(note, {"text": merged}))
        doc.undo(older)
        assert doc.conn.execute("SELECT 1 FROM notes WHERE id = ?", (note,)).fetchone() is None


def test_checks_made_before_they_kept_the_other_columns_compare_what_they_kept(
    tmp_path: Path,
) -> None:
    """Checks of what a row says only (``columns``, no ``rest``: made before every column
    was checked again) still refuse a change of what it says, and take a moved note as it
    is: redo brings back exactly that."""
    main, paths = _merged_tables(tmp_path)
    with Document.open(main.path) as doc:
        change = merge(doc, paths).change

        def without_rest(part: BulkRows) -> BulkRows:
            checks = json.loads(part.checks or "{}")
            del checks["rest"], checks["rest_columns"]
            return BulkRows(part.table, part.first, part.last, None, checks=json.dumps(checks))

        older = Change(change.label, [
            without_rest(p) if isinstance(p, BulkRows) and p.table == "notes" else p
            for p in change.parts
        ], change.history_id)
        note = max(change.inserted("notes"))
        _outside(main.path, lambda other: other["notes"].update(note, {"colour": 5}))
        with pytest.raises(ConflictError, match="has been changed by another"):
            doc.undo(older)
        _outside(main.path, lambda other: other["notes"].update(
            note, {"colour": 0, "x": AWKWARD_X + 1}))
        moved = content(doc)
        doc.undo(older)
        assert doc.conn.execute("SELECT 1 FROM notes WHERE id = ?", (note,)).fetchone() is None
        doc.redo(older)
        assert content(doc) == moved


def test_a_change_with_bulk_rows_joins_another_as_one_step() -> None:
    images = json.dumps([["notes", 7, None, {"id": 7, "x": [f"{AWKWARD_X!r}"]}],
                         ["notes", 8, None, {"id": 8, "x": 1.5}]])
    first = Change("Merge", (BulkRows("notes", 7, 8, images),))
    assert first.ids("notes") == {7, 8} and first.inserted("notes") == [7, 8]
    second = Change("Merge", first.rows[:1])
    first.extend(second)
    assert [r.id for r in first.rows] == [7, 8, 7]
    assert first.rows[0].after == {"id": 7, "x": AWKWARD_X}
    assert Change.rows_from_json(first.rows_json()) == first.rows


def test_more_copies_than_sqlite_attaches_merge_as_one_step_checked_first(
    tmp_path: Path,
) -> None:
    """SQLite attaches at most 10 databases: more copies merge batch by batch, still one
    undo step, and a bad copy in a later batch is refused before anything is written."""
    main, paths = _merged_tables(tmp_path)
    third = tmp_path / "tables" / "third.workshop"
    third.write_bytes(b"not a workshop at all")
    with Document.open(main.path) as doc:
        doc.conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 1)
        held, history = content(doc), doc.history()
        with pytest.raises(DocumentError, match=r"third\.workshop"):
            merge(doc, [*paths, third])
        assert content(doc) == held and doc.history() == history
        before = snapshot(doc)
        result = merge(doc, paths)
        assert [r.label for r in result.reports] == ["Table 1", "Table 2"]
        assert doc.history()[-1].change.label == "Merge 2 breakout tables"
        assert len(doc.history()) == len(history) + 1
        one_batch = canonical(doc)
        doc.undo(doc.history()[-1].change)
        assert snapshot(doc) == before
    twin = tmp_path / "twin.workshop"
    with Document.open(main.path) as doc:
        doc.conn.execute("VACUUM INTO ?", (str(twin),))
    with Document.open(twin) as doc:
        merge(doc, paths)  # ten at a time: one batch
        assert canonical(doc) == one_batch


def test_a_copy_with_damaged_pages_is_refused_in_one_line_and_main_untouched(
    tmp_path: Path,
) -> None:
    """Not only a bad header: pages that ``quick_check`` finds broken (checked while the
    copy is attached for the merge) refuse the merge before anything is written."""
    main, paths = _merged_tables(tmp_path)
    data = bytearray(paths[0].read_bytes())
    page = 4096
    for number in (3, 5):
        data[number * page : number * page + 8] = b"\x07" * 8
    paths[0].write_bytes(bytes(data))
    before = fingerprint(main.path)
    with Document.open(main.path) as doc:
        with pytest.raises(DocumentError) as caught:
            merge(doc, paths)
        message = str(caught.value)
        assert message.startswith(f"“{paths[0].name}” is damaged") and "\n" not in message
        attached = {row[1] for row in doc.conn.execute("PRAGMA database_list")}
        assert attached <= {"main", "temp"}  # the copies are detached again
    assert fingerprint(main.path) == before


def test_insert_many_keeps_ids_with_gaps_row_by_row_and_refuses_misuse(tmp_path: Path) -> None:
    main = make_main(tmp_path)
    with Document.open(main.path) as doc:
        before = snapshot(doc)
        top = int(doc.conn.execute("SELECT max(id) FROM notes").fetchone()[0])
        sql = ("INSERT INTO notes (id, activity_id, text) SELECT ? + value, ?, 'gap ' || value"
               " FROM json_each('[1, 3, 4]')")
        with doc.edit("Three notes") as ed:
            assert journal.insert_many(ed.conn, "notes", sql, (top, main.brainstorm)) == 3
        assert ed.change is not None
        assert not any(isinstance(p, BulkRows) for p in ed.change.parts)
        assert ed.change.inserted("notes") == [top + 1, top + 3, top + 4]
        doc.undo(ed.change)
        assert snapshot(doc) == before
        with pytest.raises(RuntimeError, match="inside an edit"):
            journal.insert_many(doc.conn, "notes", sql, (top, main.brainstorm))
        with pytest.raises(RuntimeError, match="not numbered above"), doc.edit("Low ids"):
            journal.insert_many(doc.conn, "notes", sql, (-100, main.brainstorm))
        assert snapshot(doc) == before


def test_a_merge_refused_halfway_leaves_every_edit_after_it_captured_for_undo(
    tmp_path: Path,
) -> None:
    """The merge drops the row-by-row capture of the tables it inserts into in bulk and
    makes it again before its commit; refused after a first table's notes came in, the
    rollback brings the capture back too: the next edits are undone exactly."""
    main, paths = _merged_tables(tmp_path)
    with sqlite3.connect(paths[1]) as edited:  # the second table's copy: refused
        edited.execute("UPDATE notes SET text = '' WHERE id = (SELECT max(id) FROM notes)")
    with Document.open(main.path) as doc:
        before = content(doc)
        with pytest.raises(DocumentError, match="would not accept"):
            merge(doc, paths)
        assert content(doc) == before
        triggers = {r[0] for r in doc.conn.execute(
            "SELECT name FROM temp.sqlite_master WHERE type = 'trigger'")}
        assert {"_j_notes_insert", "_j_origins_insert"} <= triggers
        step = board.add_note(doc, main.brainstorm, "Added after the refused merge")
        assert len(step.inserted("notes")) == 1  # captured by its trigger, made again
        doc.undo(step)
        assert content(doc) == before
        merged = merge(doc, [paths[0]]).change  # the good copy alone, then undone exactly
        doc.undo(merged)
        assert content(doc) == before
