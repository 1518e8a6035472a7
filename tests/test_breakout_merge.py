"""Breakout copies and merging them back: identity, rules, refusals, undo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.breakouts import canonical, content, make_main, work_at_table
from helpers.proc import fingerprint
from workshop.storage import breakout
from workshop.storage.document import Document
from workshop.storage.errors import DocumentError
from workshop.storage.merge import MergeError, merge
from workshop.storage.ops import board


def _copies(tmp_path: Path, n: int = 3) -> tuple[object, list[Path]]:
    main = make_main(tmp_path)
    out = tmp_path / "tables"
    out.mkdir()
    with Document.open(main.path) as doc:
        paths = breakout.make_copies(doc, n, out).paths
    return main, paths


def test_copies_are_named_for_their_tables_and_know_the_main_workshop(tmp_path: Path) -> None:
    main, paths = _copies(tmp_path)
    assert [p.name for p in paths] == [f"riverside - Table {k}.workshop" for k in (1, 2, 3)]
    with Document.open(main.path, read_only=True) as doc:
        me = breakout.identity(doc.conn)
        tables = breakout.tables(doc)
        notes = doc.counts()["notes"]
    assert [t.label for t in tables] == ["Table 1", "Table 2", "Table 3"]
    for path, table in zip(paths, tables, strict=True):
        with Document.open(path, read_only=True) as copy:
            them = breakout.identity(copy.conn)
            assert them.breakout_of == me.uuid and them.breakout_uuid == table.uuid
            assert copy.counts()["notes"] == notes  # the board so far travels with them
            assert copy.counts()["participants"] == 8
            assert copy.history() == []


def test_merge_brings_each_tables_work_marked_with_its_table(tmp_path: Path) -> None:
    main, paths = _copies(tmp_path)
    for k, path in enumerate(paths):
        work_at_table(path, main, k)
    with Document.open(main.path) as doc:
        before = doc.counts()
        reports = merge(doc, paths).reports
        after = doc.counts()
        assert after["notes"] == before["notes"] + 18
        assert after["clusters"] == 3
        assert after["participants"] == before["participants"] + 3
        assert after["ballots"] == 3 and after["dots"] == 9
        assert after["commitments"] == 3 and after["actions"] == 6
        by_table = dict(doc.conn.execute(
            "SELECT b.label, count(*) FROM merged_rows o JOIN breakouts b ON b.id = o.breakout_id"
            " WHERE o.tbl = 'notes' GROUP BY b.label"))
        assert by_table == {"Table 1": 6, "Table 2": 6, "Table 3": 6}
        assert [r.total_added for r in reports] == [r.total_added for r in reports[:1]] * 3
        labels = [r[0] for r in doc.conn.execute("SELECT label FROM pulse_rounds ORDER BY id")]
        assert labels[-3:] == [f"Table {k} · at the table" for k in (1, 2, 3)]
        # one undo step, and undo restores the main file exactly
        history = doc.history()
        assert history[-1].change.label == "Merge 3 breakout tables"
        merged = content(doc)
        doc.undo(history[-1].change)
        assert doc.counts() == before
        doc.redo(history[-1].change)
        assert content(doc) == merged


def test_merging_again_changes_nothing_and_main_edits_win(tmp_path: Path) -> None:
    main, paths = _copies(tmp_path, 1)
    table_notes = work_at_table(paths[0], main, 0)
    with Document.open(main.path) as doc:
        merge(doc, paths)
        once = content(doc)
        merge(doc, paths)
        assert content(doc) == once
        merged = [int(r[0]) for r in doc.conn.execute(
            "SELECT row_id FROM merged_rows WHERE tbl = 'notes' ORDER BY source_id")]
        board.edit_note_text(doc, merged[0], "Edited in the main file")
        board.delete_notes(doc, [merged[1]])
    with Document.open(paths[0]) as table:
        for note in table_notes[:3]:
            board.edit_note_text(table, note, f"Table's later words {note}")
        board.add_note(table, main.brainstorm, "A late idea at the table")
    with Document.open(main.path) as doc:
        reports = merge(doc, paths).reports
        texts = dict(doc.conn.execute("SELECT id, text FROM notes"))
        assert texts[merged[0]] == "Edited in the main file"  # the main file's edit wins
        assert merged[1] not in texts  # removed in main stays removed
        assert texts[merged[2]] == f"Table's later words {table_notes[2]}"  # untouched: updated
        assert "A late idea at the table" in texts.values()
        assert reports[0].updated == 1 and reports[0].kept == 1


@pytest.mark.parametrize("made_by", ["this version", "a version keeping JSON fingerprints"])
def test_what_a_row_said_is_kept_as_a_small_fingerprint_and_older_ones_still_count(
    tmp_path: Path, made_by: str
) -> None:
    """``origins.fingerprint`` holds a CRC-32 of what a merged row said, not the text
    again; files merged by a version that kept the JSON text itself merge again the same."""
    main, paths = _copies(tmp_path, 1)
    table_notes = work_at_table(paths[0], main, 0)
    with Document.open(main.path) as doc:
        merge(doc, paths)
        (breakout_id, fingerprints, sources), = doc.conn.execute(
            "SELECT breakout_id, fingerprints, sources FROM origin_runs WHERE tbl = 'notes'")
        said = [r[0] for r in doc.conn.execute(
            "SELECT json_array(n.text, n.colour, n.author_id, n.cluster_id) FROM notes n"
            " JOIN merged_rows o ON o.tbl = 'notes' AND n.id = o.row_id ORDER BY n.id")]
        assert len(json.loads(fingerprints)) == len(json.loads(sources)) == len(said)
        assert all(isinstance(fp, int) and 0 <= fp < 2**32 for fp in json.loads(fingerprints))
        if made_by != "this version":
            # As an older version kept them: a row of ``origins`` for each note, holding
            # the JSON of what it said.
            (first,), = doc.conn.execute("SELECT first_id FROM origin_runs WHERE tbl = 'notes'")
            with doc.edit("As an older version kept them") as ed:
                ed.conn.execute("DELETE FROM origin_runs WHERE tbl = 'notes'")
                ed.conn.executemany(
                    "INSERT INTO origins (breakout_id, tbl, source_id, row_id, fingerprint)"
                    " VALUES (?, 'notes', ?, ?, ?)",
                    [(breakout_id, src, first + k, text)
                     for k, (src, text) in enumerate(zip(json.loads(sources), said, strict=True))])
        once = content(doc)
        merge(doc, paths)
        assert content(doc) == once  # nothing changed at the table: nothing changes here
        merged = [int(r[0]) for r in doc.conn.execute(
            "SELECT row_id FROM merged_rows WHERE tbl = 'notes' ORDER BY source_id")]
        board.edit_note_text(doc, merged[0], "Edited in the main file")
    with Document.open(paths[0]) as table:
        for note in table_notes[:2]:
            board.edit_note_text(table, note, f"Table's later words {note}")
    with Document.open(main.path) as doc:
        reports = merge(doc, paths).reports
        texts = dict(doc.conn.execute("SELECT id, text FROM notes"))
        assert texts[merged[0]] == "Edited in the main file"
        assert texts[merged[1]] == f"Table's later words {table_notes[1]}"
        assert reports[0].updated == 1 and reports[0].kept == 1


def test_merge_order_does_not_matter(tmp_path: Path) -> None:
    main, paths = _copies(tmp_path)
    for k, path in enumerate(paths):
        work_at_table(path, main, k)
    copy = tmp_path / "other.workshop"
    with Document.open(main.path) as doc:
        doc.conn.execute("VACUUM INTO ?", (str(copy),))
    results = []
    for target, order in ((main.path, paths), (copy, paths[::-1])):
        with Document.open(target) as doc:
            merge(doc, order)
            results.append(canonical(doc))
    assert results[0] == results[1]


def test_a_breakout_of_another_workshop_is_refused_and_main_untouched(tmp_path: Path) -> None:
    main, paths = _copies(tmp_path, 1)
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = make_main(other_dir)
    with Document.open(other.path) as doc:
        foreign = breakout.make_copies(doc, 1, other_dir).paths
    before = fingerprint(main.path)
    with Document.open(main.path) as doc:
        with pytest.raises(MergeError, match="breakout of another workshop"):
            merge(doc, [paths[0], foreign[0]])
        with pytest.raises(MergeError, match="not a breakout copy"):
            merge(doc, [other.path])
    assert fingerprint(main.path) == before


@pytest.mark.parametrize("damage", ["garbage", "newer", "truncated"])
def test_damaged_or_newer_breakouts_are_refused(tmp_path: Path, damage: str) -> None:
    main, paths = _copies(tmp_path, 1)
    bad = paths[0]
    if damage == "garbage":
        bad.write_bytes(b"not a workshop at all")
    elif damage == "truncated":
        bad.write_bytes(bad.read_bytes()[:50])
    else:
        import sqlite3

        conn = sqlite3.connect(bad)
        conn.execute("PRAGMA user_version = 2000")
        conn.close()
    before = fingerprint(main.path)
    with Document.open(main.path) as doc:
        with pytest.raises(DocumentError) as caught:
            merge(doc, [bad])
        assert "\n" not in str(caught.value)
    assert fingerprint(main.path) == before


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE notes SET text = '' WHERE id = (SELECT max(id) FROM notes)",
        "UPDATE notes SET text = printf('%.2001c', 'x') WHERE id = (SELECT max(id) FROM notes)",
        "UPDATE notes SET text = '   ' WHERE id = (SELECT max(id) FROM notes)",
        "UPDATE notes SET text = replace(printf('%.2001c', 'x'), 'x', 'ą')"
        " WHERE id = (SELECT max(id) FROM notes)",
        "UPDATE actions SET due = 'next Tuesday' WHERE id = (SELECT max(id) FROM actions)",
        "UPDATE participants SET name = ' ' WHERE id = (SELECT max(id) FROM participants)",
        # Binary values (no check or undo image can hold one; only another tool writes one)
        "UPDATE notes SET created = x'00ff' WHERE id = (SELECT max(id) FROM notes)",
        "UPDATE notes SET text = x'41' WHERE id = (SELECT max(id) FROM notes)",
    ],
)
def test_a_copy_edited_into_what_the_app_refuses_is_refused(tmp_path: Path, tamper: str) -> None:
    """A merge is a door: it lets in only what the operations themselves would accept."""
    import sqlite3

    main, paths = _copies(tmp_path, 1)
    work_at_table(paths[0], main, 0)
    conn = sqlite3.connect(paths[0])
    conn.execute(tamper)
    conn.commit()
    conn.close()
    before = fingerprint(main.path)
    with Document.open(main.path) as doc:
        with pytest.raises(MergeError, match="Workshop itself would not accept") as caught:
            merge(doc, paths)
        assert "\n" not in str(caught.value)
    assert fingerprint(main.path) == before


@pytest.mark.parametrize(
    "text",
    ["ą" * 2000, "!", "!!! Bridge first", '"Quiet streets", said Ana', "#1"],
    ids=["2000 Polish letters", "!", "!!!", "quote", "#"],
)
def test_a_note_the_operations_would_take_comes_over(tmp_path: Path, text: str) -> None:
    """The length the operations allow is counted in characters, not bytes: 2,000 Polish
    letters (4,000 bytes) are one note a table may write. And the test for a text of
    spaces alone looks further only at texts that sort before "!" (empty, or starting
    with a space): one starting with a sign is a note."""
    import sqlite3

    main, paths = _copies(tmp_path, 1)
    work_at_table(paths[0], main, 0)
    conn = sqlite3.connect(paths[0])
    conn.execute("UPDATE notes SET text = ? WHERE id = (SELECT max(id) FROM notes)", (text,))
    conn.commit()
    conn.close()
    with Document.open(main.path) as doc:
        merge(doc, paths)
        assert doc.conn.execute("SELECT 1 FROM notes WHERE text = ?", (text,)).fetchone()
