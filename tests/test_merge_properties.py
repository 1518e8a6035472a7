"""Properties of merging breakouts, over scripted tables hypothesis makes up.

- merging is idempotent: merging the same copies again changes nothing;
- merging in any order gives the same content;
- nothing the main file holds is lost or changed by a merge (a merge only adds, and
  updates rows it brought in itself and the main file left alone);
- a merge and then Undo give back the main file exactly.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.breakouts import Main, canonical, content, make_main
from helpers.corpus import IDEAS, PEOPLE
from workshop.domain.reciprocity import CardKind, Party
from workshop.storage import breakout, read
from workshop.storage.document import Document
from workshop.storage.merge import merge
from workshop.storage.ops import actions, board, participants, pulse, reciprocity, voting

WALK_INS = ("Walk-in Ana", "Walk-in Bo")

_step = st.one_of(
    st.tuples(st.just("note"), st.integers(0, len(IDEAS) - 1), st.integers(-1, 9)),
    st.tuples(st.just("edit"), st.integers(0, 30), st.integers(0, len(IDEAS) - 1)),
    st.tuples(st.just("cluster"), st.integers(0, 30), st.integers(1, 3)),
    st.tuples(st.just("tally"), st.integers(0, 30), st.integers(1, 20)),
    st.tuples(st.just("pulse"), st.integers(0, 5), st.integers(1, 9)),
    st.tuples(st.just("walkin"), st.integers(0, 1), st.integers(0, 9)),
    st.tuples(st.just("card"), st.integers(0, len(IDEAS) - 1), st.integers(0, 1)),
    st.tuples(st.just("ballot"), st.integers(0, 30), st.integers(0, 30)),
    st.tuples(st.just("action"), st.integers(0, len(IDEAS) - 1), st.integers(-1, 9)),
)
_table = st.lists(_step, min_size=1, max_size=8)


@pytest.fixture(scope="module")
def base() -> Iterator[tuple[Main, Path]]:
    with tempfile.TemporaryDirectory() as folder:
        main = make_main(Path(folder), notes=6)
        yield main, Path(folder)


def _run_table(path: Path, main: Main, table: int, steps: list[tuple[int | str, ...]]) -> None:
    """One table's scribe does ``steps`` in its copy, through the real operations."""
    with Document.open(path) as doc:
        people = [p.id for p in read.participants(doc)]
        voter = next(p.id for p in read.participants(doc) if p.name == PEOPLE[table][0])
        voted = doc.conn.execute(
            "SELECT 1 FROM ballots WHERE participant_id = ?", (voter,)).fetchone() is not None
        for kind, a, b in steps:
            notes = [int(r[0]) for r in doc.conn.execute(
                "SELECT id FROM notes WHERE activity_id = ? ORDER BY id", (main.brainstorm,))]
            if kind == "note":
                author = people[b % len(people)] if b >= 0 else None
                board.add_note(doc, main.brainstorm, IDEAS[a], author_id=author)
            elif kind == "edit" and notes:
                board.edit_note_text(doc, notes[a % len(notes)], f"{IDEAS[b]} (table {table})")
            elif kind == "cluster" and len(notes) > b:
                picked = sorted({notes[(a + i) % len(notes)] for i in range(b)})
                board.group_notes(doc, picked, f"Theme {a} at table {table}")
            elif kind == "tally" and notes:
                voting.set_tally(doc, main.vote, notes[a % len(notes)], b)
            elif kind == "pulse":
                pulse.add_round(doc, main.statement, f"round {a}")
                round_id = int(doc.conn.execute("SELECT max(id) FROM pulse_rounds").fetchone()[0])
                pulse.set_tally(doc, round_id, {a: b})
            elif kind == "walkin":
                participants.add_participant(doc, WALK_INS[a], "Neighbours")
            elif kind == "card":
                name, org = PEOPLE[table]
                person = next(p.id for p in read.participants(doc) if p.name == name)
                reciprocity.add_card(doc, main.offers, CardKind.OFFER if b else CardKind.ASK,
                                     Party(person, name, org), IDEAS[a])
            elif kind == "action":
                owner = None
                if b >= 0:
                    person = read.participants(doc)[b % len(people)]
                    owner = Party(person.id, person.name, person.organisation)
                actions.add_action(doc, IDEAS[a][:200], owner, "2027-01-15")
            elif kind == "ballot" and notes and not voted:
                # one person per table votes, once (a person sits at one table)
                dots = {notes[a % len(notes)]: 1, notes[b % len(notes)]: 1}
                voting.cast_ballot(doc, main.vote, voter, dots)
                voted = True


def _prepare(base: tuple[Main, Path], tables: list[list[tuple[int | str, ...]]]
             ) -> tuple[Main, list[Path], Path]:
    main, _folder = base
    folder = Path(tempfile.mkdtemp(prefix="merge-props-"))
    target = folder / main.path.name
    shutil.copy(main.path, target)
    here = Main(target, main.brainstorm, main.vote, main.pulse, main.offers, main.statement)
    with Document.open(target) as doc:
        copies = breakout.make_copies(doc, len(tables), folder).paths
    for k, (copy, steps) in enumerate(zip(copies, tables, strict=True)):
        _run_table(copy, here, k, steps)
    return here, copies, folder


def _kept(before: dict[str, list[tuple[object, ...]]],
          after: dict[str, list[tuple[object, ...]]]) -> None:
    """Every row the main file held is still there, unchanged."""
    for table, rows in before.items():
        now = {row[0]: row for row in after[table]}
        for row in rows:
            assert now.get(row[0]) == row, (table, row, now.get(row[0]))


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(tables=st.lists(_table, min_size=1, max_size=3), data=st.data())
def test_merge_properties(base: tuple[Main, Path], tables: list[list[tuple[int | str, ...]]],
                          data: st.DataObject) -> None:
    main, copies, folder = _prepare(base, tables)
    try:
        twin = folder / "twin.workshop"
        shutil.copy(main.path, twin)
        order = data.draw(st.permutations(copies))
        with Document.open(main.path) as doc:
            before = content(doc)
            merge(doc, copies)
            merged = content(doc)
            _kept(before, merged)
            # idempotent
            merge(doc, copies)
            assert content(doc) == merged
            # undo restores the file exactly; redo brings the merge back
            step = doc.history()[-1].change
            if merged != before:
                assert step.label.startswith("Merge")
                doc.undo(step)
                assert content(doc) == before
                doc.redo(step)
                assert content(doc) == merged
            else:  # nothing to bring (a table only changed the main file's notes): no step
                assert not step.label.startswith("Merge")
            expected = canonical(doc)
        # order-independent
        with Document.open(twin) as doc:
            for path in order:
                merge(doc, [path])
            assert canonical(doc) == expected
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=st.lists(_table, min_size=1, max_size=3), later=st.data())
def test_merging_later_versions_keeps_what_main_holds(
    base: tuple[Main, Path], first: list[list[tuple[int | str, ...]]], later: st.DataObject
) -> None:
    main, copies, folder = _prepare(base, first)
    try:
        with Document.open(main.path) as doc:
            merge(doc, copies)
            merged_notes = [int(r[0]) for r in doc.conn.execute(
                "SELECT row_id FROM merged_rows WHERE tbl = 'notes' ORDER BY row_id")]
            edited = merged_notes[::2]
            for note in edited:
                board.edit_note_text(doc, note, f"Main's words for {note}")
            removed = merged_notes[1::4]
            if removed:
                board.delete_notes(doc, removed)
            before = content(doc)
        for k, copy in enumerate(copies):
            _run_table(copy, main, k, later.draw(_table))
        with Document.open(main.path) as doc:
            merge(doc, copies)
            after = content(doc)
            texts = dict(doc.conn.execute("SELECT id, text FROM notes"))
            from_tables = {int(r[0]) for r in doc.conn.execute(
                "SELECT row_id FROM merged_rows WHERE tbl IN ('notes', 'clusters', 'tallies',"
                " 'pulse_tallies', 'reciprocity_cards')")}
        for note in edited:
            assert texts[note] == f"Main's words for {note}"  # main's edit wins
        for note in removed:
            assert note not in texts  # removed in main stays removed
        # rows main had that no table brought are untouched; nothing is removed
        for table, rows in before.items():
            now = {row[0]: row for row in after[table]}
            for row in rows:
                assert row[0] in now, (table, row)
                if table in ("notes", "clusters") and row[0] in from_tables:
                    continue
                if table in ("tallies", "pulse_tallies", "origins", "origin_runs"):
                    continue  # counts add up; origins remember the last merge
                assert now[row[0]] == row, (table, row, now[row[0]])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
