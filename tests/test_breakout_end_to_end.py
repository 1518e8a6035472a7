"""A whole breakout round, end to end, through the command line and the real operations.

A main workshop is split into three tables. Each table's scribe works in its copy (walk-
ins, notes in the corpus's languages, a cluster, a pulse round, a finished ballot, an offer
matched to an ask, an action). Meanwhile the facilitator edits one of Table 2's notes
once it is merged, and Table 2 edits the same note later: the main file's words stay.
Everything is merged back (one undo step), the room votes on all tables' notes together,
and the handout shows what each table brought.
"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from helpers.breakouts import make_main, work_at_table
from helpers.corpus import PEOPLE
from helpers.proc import run_cli
from workshop.export.pdf import handout_bytes
from workshop.storage import read, read_votes
from workshop.storage.document import Document
from workshop.storage.ops import board, voting


def test_three_tables_merge_back_and_vote_together(tmp_path: Path) -> None:
    main = make_main(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = run_cli("breakout", main.path, "--tables", "3", "--out", usb,
                   "--labels", "Kitchen,Garden,Library")
    assert made.returncode == 0, made.stderr
    copies = [usb / f"riverside - {name}.workshop" for name in ("Kitchen", "Garden", "Library")]
    table_notes = [work_at_table(copy, main, k) for k, copy in enumerate(copies)]

    # first merge, in another order than the tables: one line per table, exit 0
    merged = run_cli("merge", main.path, copies[2], copies[0], copies[1])
    assert merged.returncode == 0, merged.stderr
    assert [line.split(":")[0] for line in merged.stdout.splitlines()] == [
        "Merged Library", "Merged Kitchen", "Merged Garden"]

    # the facilitator rewords one of the Garden's notes in the main file …
    with Document.open(main.path) as doc:
        garden_note = int(doc.conn.execute(
            "SELECT o.row_id FROM merged_rows o JOIN breakouts b ON b.id = o.breakout_id"
            " WHERE b.label = 'Garden' AND o.tbl = 'notes' AND o.source_id = ?",
            (table_notes[1][2],)).fetchone()[0])
        board.edit_note_text(doc, garden_note, "Shade trees along the riverside path (merged)")
    # … and the Garden goes on working: the same note reworded, and one more idea
    with Document.open(copies[1]) as garden:
        board.edit_note_text(garden, table_notes[1][2], "Garden's later wording")
        board.edit_note_text(garden, table_notes[1][3], "Benches in the shade, every 200 m")
        board.add_note(garden, main.brainstorm, "Drinking fountain at the playground")
    again = run_cli("merge", main.path, *copies)
    assert again.returncode == 0, again.stderr
    assert "Merged Kitchen: nothing new" in again.stdout
    assert "Merged Garden: 1 note; 1 updated; 1 kept as edited in the main file" in again.stdout

    with Document.open(main.path) as doc:
        texts = dict(doc.conn.execute("SELECT id, text FROM notes"))
        assert texts[garden_note] == "Shade trees along the riverside path (merged)"
        assert "Benches in the shade, every 200 m" in texts.values()
        assert "Drinking fountain at the playground" in texts.values()
        assert len(texts) == 12 + 3 * 6 + 1
        # the three tables' ballots came over; now the room votes on everything together
        assert read_votes.dots_cast(doc, main.vote) == 3 * 3 + (3 + 4 + 5)
        people = {p.name: p.id for p in read.participants(doc)}
        kitchen_first = int(doc.conn.execute(
            "SELECT o.row_id FROM merged_rows o JOIN breakouts b ON b.id = o.breakout_id"
            " WHERE b.label = 'Kitchen' AND o.tbl = 'notes' ORDER BY o.source_id").fetchone()[0])
        for name, _org in PEOPLE[3:8]:
            voting.cast_ballot(doc, main.vote, people[name], {kitchen_first: 2, garden_note: 1})
        voting.set_revealed(doc, main.vote, True)
        results = read_votes.results(doc, main.vote)
        assert results.ranking[0].id == kitchen_first
        assert results.voters == 3 + 5
        # the handout: each table's contribution, and the merged notes with all the rest
        reader = PdfReader(io.BytesIO(handout_bytes(doc)))
        text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    assert "Breakout tables" in text and "WHAT EACH TABLE BROUGHT BACK" in text
    # per table: notes, clusters, purpose statements, offers/asks, pulse rounds, ballots,
    # actions; and the clusters each table made
    for name, notes in (("Kitchen", 6), ("Garden", 7), ("Library", 6)):
        assert f"■ {name} {notes} 1 0 2 1 1 2" in text
        assert f"{name}: {name} theme" in text
    assert "Shade trees along the riverside path (merged)" in text
    assert "Garden's later wording" not in text
