"""One count per state of a budget's ballots: kept across unrelated edits, counted again
after a ballot (cast, undone, written by another program), and counted in a worker thread
when asked to, a stale count never taken for the current one."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError

import pytest

from workshop.domain.budget_rules import run_rule
from workshop.domain.budgeting import SIDE_BY_SIDE, Election, Outcome, Rule
from workshop.domain.models import ActivityKind
from workshop.storage import budget_results
from workshop.storage import read_budgeting as rb
from workshop.storage.document import Document
from workshop.storage.ops import agenda, board, timer
from workshop.storage.ops import budgeting as ops


def budget_with_ballots(doc: Document) -> tuple[int, list[int]]:
    agenda.add_activity(doc, ActivityKind.BUDGET, "Fundusz dzielnicy")
    aid = int(doc.conn.execute("SELECT max(id) FROM activities").fetchone()[0])
    ops.set_budget(doc, aid, "50 000", "PLN")
    ops.paste_projects(doc, aid, "Zielone podwórko; 30 000\nŁawki i cień; 20 000\n"
                                 "حديقة مجتمعية صغيرة; 25 000\n")
    ids = [p.id for p in rb.projects(doc, aid)]
    for chosen in ([ids[0]], [ids[0], ids[1]], [ids[2]]):
        ops.cast_ballot(doc, aid, None, chosen)
    return aid, ids


def test_the_count_is_kept_for_unrelated_edits_and_shared_by_every_reader(doc: Document) -> None:
    aid, _ids = budget_with_ballots(doc)
    assert rb.counting(doc, aid).done() is None  # nobody has counted this state yet
    first = rb.results(doc, aid)
    assert rb.counting(doc, aid).done() is not None
    # a note on a board, the timer, revealing, the rule on the projector: the same count
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Pomysły")
    brainstorm = int(doc.conn.execute("SELECT max(id) FROM activities").fetchone()[0])
    board.add_note(doc, brainstorm, "Więcej drzew przy szkole")
    timer.start_activity(doc, brainstorm)
    ops.set_revealed(doc, aid, True)
    ops.show_rule(doc, aid, Rule.MES_COMPLETED)
    again = rb.results(doc, aid)
    for rule in first.outcomes:
        assert again.outcomes[rule] is first.outcomes[rule]
    # the projector's one rule comes out of the same count
    shown = rb.results(doc, aid, (Rule.MES_COMPLETED,))
    assert shown.outcomes[Rule.MES_COMPLETED] is first.outcomes[Rule.MES_COMPLETED]


def test_a_ballot_cast_or_undone_is_counted_again(doc: Document) -> None:
    aid, ids = budget_with_ballots(doc)
    before = rb.results(doc, aid)
    cast = ops.cast_ballot(doc, aid, None, [ids[1], ids[2]])
    assert rb.counting(doc, aid).done() is None
    after = rb.results(doc, aid)
    assert len(after.election.ballots) == len(before.election.ballots) + 1
    doc.undo(cast)
    assert rb.counting(doc, aid).done() is None
    assert rb.results(doc, aid).election == before.election
    ops.set_project_tally(doc, aid, ids[1], 4)  # a paper tally counts too
    assert rb.counting(doc, aid).done() is None
    assert len(rb.results(doc, aid).election.ballots) == len(before.election.ballots) + 4
    ops.set_budget(doc, aid, "80 000", "PLN")  # so does the money
    assert rb.results(doc, aid).election.budget == 80_000


def test_another_program_writing_the_file_is_counted_again(doc: Document) -> None:
    aid, ids = budget_with_ballots(doc)
    rb.results(doc, aid)
    other = sqlite3.connect(doc.path)
    with other:
        other.execute("DELETE FROM budget_approvals WHERE project_id = ?", (ids[2],))
    other.close()
    assert rb.counting(doc, aid).done() is None
    assert rb.results(doc, aid).election.votes()[str(ids[2])] == 0


def test_inside_an_edit_nothing_is_kept(doc: Document) -> None:
    aid, _ids = budget_with_ballots(doc)
    kept = rb.results(doc, aid)
    with doc.edit("Look mid-edit") as ed:
        ed.conn.execute("DELETE FROM budget_tallies")
        inside = rb.counting(doc, aid)
        assert inside.done() is None
        inside.run()
    assert rb.results(doc, aid).outcomes[Rule.GREEDY] is kept.outcomes[Rule.GREEDY]


def test_a_worker_counts_once_and_a_stale_count_is_not_the_current_one(doc: Document) -> None:
    aid, ids = budget_with_ballots(doc)
    count = rb.counting(doc, aid)
    job = count.start()
    assert count.start() is job  # asked twice, counted once
    results = job.result(timeout=60)
    assert rb.counting(doc, aid).done() == results
    ops.cast_ballot(doc, aid, None, [ids[0]])
    fresh = rb.counting(doc, aid)  # a window asks again on the change
    assert not count.current  # what it counted is gone
    assert fresh.current and fresh.done() is None
    assert len(fresh.start().result(timeout=60).election.ballots) == 4


def test_a_worker_reads_the_ballots_on_a_connection_of_its_own(
    doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking for a count reads no ballot (its size is counted in SQL); the worker reads
    them, on a connection it opened, never the document's (which is the window's)."""
    aid, _ids = budget_with_ballots(doc)
    reads: list[tuple[str, bool]] = []
    read = rb.election

    def recorded(source: Document | sqlite3.Connection, activity_id: int) -> Election:
        reads.append((threading.current_thread().name, isinstance(source, Document)))
        return read(source, activity_id)

    monkeypatch.setattr(rb, "election", recorded)
    count = rb.counting(doc, aid)
    assert rb.size(doc, aid) == 3 * 3 and count.entry.size == 9
    assert reads == []
    results = count.start().result(timeout=60)
    assert reads == [("budget-count", False)]
    assert results.election == read(doc, aid)
    # the CSV and the handout, on the window's thread, read with the document
    ops.set_budget(doc, aid, "60 000", "PLN")
    rb.results(doc, aid, (Rule.GREEDY,))
    assert reads[-1] == (threading.current_thread().name, True)


def test_a_snapshot_reads_one_state_while_the_document_writes(doc: Document) -> None:
    """The worker's read is one read transaction: a ballot cast meanwhile is not half in
    it (the count of that state is stale anyway, and a newer count reads it)."""
    aid, ids = budget_with_ballots(doc)
    with doc.snapshot() as conn:
        before = rb.election(conn, aid)
        ops.cast_ballot(doc, aid, None, [ids[0], ids[2]])
        ops.add_project(doc, aid, "Nowa fontanna", "10 000")
        assert rb.election(conn, aid) == before  # still the state it began with
        with pytest.raises(sqlite3.OperationalError):  # and it never writes
            conn.execute("DELETE FROM budget_ballots")
    assert len(rb.election(doc, aid).ballots) == 4
    with doc.snapshot() as conn:
        assert rb.election(conn, aid) == rb.election(doc, aid)


def test_a_stale_count_not_yet_begun_is_skipped(doc: Document) -> None:
    aid, ids = budget_with_ballots(doc)
    with budget_results._ONE_AT_A_TIME:  # another count is running
        stale = rb.counting(doc, aid).start()
        ops.cast_ballot(doc, aid, None, [ids[1]])
        fresh = rb.counting(doc, aid).start()
    assert len(fresh.result(timeout=60).election.ballots) == 4
    # The fresh count may take the lock first: wait until the stale one has had its turn.
    with contextlib.suppress(CancelledError):
        stale.result(timeout=60)
    assert stale.cancelled()


def test_an_export_while_a_worker_counts_waits_for_it(
    doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CSV or the handout asked while the laptop's worker counts: counted once."""
    aid, _ids = budget_with_ballots(doc)
    runs: list[Rule] = []

    def counted(election: Election, rule: Rule,
                give_up: Callable[[], bool] | None = None) -> Outcome:
        runs.append(rule)
        return run_rule(election, rule, give_up)

    monkeypatch.setattr(budget_results, "run_rule", counted)
    job = rb.counting(doc, aid).start()
    exported = rb.results(doc, aid)
    assert exported == job.result(timeout=60)
    assert sorted(runs) == sorted(SIDE_BY_SIDE)


def test_greedy_alone_is_big_only_until_the_ballots_are_read(
    doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid, _ids = budget_with_ballots(doc)
    monkeypatch.setattr(budget_results, "BIG", 0)
    assert rb.counting(doc, aid).big
    assert rb.counting(doc, aid, (Rule.MES_COMPLETED,)).big
    greedy = rb.counting(doc, aid, (Rule.GREEDY,))
    assert greedy.big  # reading a city's ballots takes a while: in a worker too
    # … which does not wait behind a count of Equal Shares
    with budget_results._ONE_AT_A_TIME:
        outcome = greedy.start().result(timeout=60).outcomes[Rule.GREEDY]
    assert outcome == rb.results(doc, aid).outcomes[Rule.GREEDY]
    # the ballots read, greedy alone is counted at once (the projector shows it at once)
    assert not rb.counting(doc, aid, (Rule.GREEDY,)).big
    assert rb.counting(doc, aid, (Rule.MES,)).big


def test_a_group_commit_is_a_new_state_before_the_windows_hear_of_it(doc: Document) -> None:
    """The phones' group commit holds its changes for the windows; the count is new at
    once (a reader asking in between never gets the count of the state before)."""
    aid, ids = budget_with_ballots(doc)
    heard: list[str] = []
    doc.subscribe(lambda change: heard.append(change.label))
    rb.results(doc, aid)
    with doc.group():
        ops.cast_ballot(doc, aid, None, [ids[2]])
    assert heard == [] and rb.counting(doc, aid).done() is None
    assert len(rb.results(doc, aid).election.ballots) == 4
    doc.tell_held()
    assert heard and rb.counting(doc, aid).done() is not None


def test_the_count_follows_every_table_the_budget_owns() -> None:
    from workshop.kinds import spec_for

    owns = spec_for(ActivityKind.BUDGET).owns
    assert set(budget_results.COUNTED_TABLES) == owns - {"budgets"}  # settings: by value


def test_a_count_given_up_keeps_what_it_counted_and_a_worker_does_the_rest(
    doc: Document,
) -> None:
    """A room-sized vote with a city's costs: the window gives its count up after a
    moment (here at once) and a worker counts it, to the same outcome."""
    from helpers.pb_city import city
    from workshop.domain import pabulib
    from workshop.domain.budget_rules import GaveUp

    agenda.add_activity(doc, ActivityKind.BUDGET, "Budżet z kosztami miasta")
    aid = int(doc.conn.execute("SELECT max(id) FROM activities").fetchone()[0])
    election = city(12, 16)
    ops.import_pb(doc, aid, pabulib.from_election(election))
    count = rb.counting(doc, aid)
    assert not count.big  # a room's size: counted where it is asked for
    with pytest.raises(GaveUp):
        count.run(give_up_after=0.0)
    assert Rule.GREEDY in count.entry.outcomes  # one pass: counted before giving up
    assert Rule.MES_COMPLETED not in count.entry.outcomes
    assert count.done() is None
    results = count.start().result(timeout=600)
    assert results.outcomes[Rule.MES_COMPLETED].funded == run_rule(
        rb.election(doc, aid), Rule.MES_COMPLETED).funded
    assert rb.counting(doc, aid).done() is not None  # kept for every reader
