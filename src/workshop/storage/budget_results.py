"""One count of each participatory budget per state of its ballots, shared by every reader.

The rules' outcomes are a pure function of the activity's projects, ballots, tallies and
the settings the rules read (amount, currency, ballot rules), so they are counted once per
state of those and kept: the laptop's results tab, the projector, the CSV and the handout
all read the same count, and an unrelated edit (a note, the timer, revealing, which rule
the projector shows) never counts again. The state is keyed cheaply, without reading the
ballots: :attr:`Document.table_versions` of the tables the budget kind owns (moved at each
commit, before any listener hears of it, undo and redo too), ``PRAGMA data_version``
(another program's commit) and the settings row. Inside an edit (writes not committed) a
count is made afresh and not kept.

A big election (a real city's ``.pb``: the completion of Equal Shares takes many seconds)
can be counted in a worker thread (:meth:`Count.start`). Whether it is big is counted in
SQL (project × ballot pairs), not by reading the ballots: the worker reads the election
itself (0.3–0.7 s for a city's 20,000 ballots) on a connection of its own, in one read
transaction (``Document.snapshot``: a consistent state beside the window's writes), into
frozen values, and runs the domain's pure rules on them; it touches neither the
document's connection nor Qt. A change while counting gives a new entry: the stale count
finishes into the entry nobody reads any more (if its read already saw the change, it is
still never shown: every reader asks :func:`count` again after a commit and gets the
newer entry), and a stale count not yet begun is skipped. Counts run one at a time (two
would only share the interpreter), in daemon threads so quitting never waits for one.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable, Hashable
from concurrent.futures import CancelledError, Future
from dataclasses import dataclass, field

from workshop.domain.budget_rules import run_rule
from workshop.domain.budgeting import Election, Outcome, OutcomeSummary, Rule, compare
from workshop.storage.document import Document

#: The tables a count reads besides the settings row (the budget kind's own).
COUNTED_TABLES = ("budget_projects", "budget_ballots", "budget_approvals", "budget_tallies")

#: Project × ballot pairs above which a window counts in a worker thread: a room's vote
#: (~12 projects, up to ~40 people) counts at once, anything bigger off the GUI thread.
#: Measured on this 2-core machine under load (``docs/benchmarks.md`` "budget-count"): the
#: demo (12 projects × 16 ballots) counts in 0.02 s; generated city-like votes
#: (``tests/helpers/pb_city.py``) of 12 × 50 took 1.2 s, 20 × 50 3.7 s, 40 × 50 21 s,
#: 100 × 10 34 s, 150 × 20,000 26 s. The completion of Equal Shares takes as many steps as
#: the costs need, so time does not follow size (a generated 12 × 16 took 0.8 s): only
#: votes of a room's size are counted where the click was made, and the window gives up
#: such a count after a moment and hands it to a worker (``Count.run(give_up_after=…)``,
#: ``ui/budgeting/counting.py``).
BIG = 500

_ENTRIES: weakref.WeakKeyDictionary[Document, dict[int, _Entry]] = (
    weakref.WeakKeyDictionary()
)
_ONE_AT_A_TIME = threading.Lock()


@dataclass(frozen=True)
class BudgetResults:
    """The election and the outcomes shown side by side (greedy, Equal Shares completed)."""

    election: Election
    outcomes: dict[Rule, Outcome]

    def summaries(self) -> list[OutcomeSummary]:
        return compare(self.election, self.outcomes.values())


#: Reads the election from the document or a connection of a worker's own.
Reader = Callable[[Document | sqlite3.Connection], Election]


@dataclass(eq=False)
class _Entry:
    """One state of one budget: its election (read by whoever counts first) and the
    outcomes counted on it so far."""

    key: Hashable
    read: Reader  # holds no document: the document is the cache's weak key
    size: int  # project × ballot pairs
    election: Election | None = None
    outcomes: dict[Rule, Outcome] = field(default_factory=dict)
    jobs: dict[tuple[Rule, ...], Future[BudgetResults]] = field(default_factory=dict)
    current: bool = True


@dataclass(frozen=True)
class Count:
    """The rules to run on one budget as it is now (:func:`count`)."""

    entry: _Entry
    rules: tuple[Rule, ...]
    doc: Document

    @property
    def slow(self) -> bool:
        """Whether a rule to count may take seconds (greedy alone is one sort: 0.02 s for
        a city)."""
        return any(rule is not Rule.GREEDY for rule in self.rules)

    @property
    def big(self) -> bool:
        """Counting may take a while: a window counts it in a worker (:data:`BIG`). Greedy
        alone is big only while the ballots are not read yet (0.3–0.7 s for a city's), and
        its worker does not wait behind a count of Equal Shares (:meth:`_work`), so the
        projector showing greedy never waits for the laptop's count."""
        if self.entry.size <= BIG:
            return False
        return self.slow or self.entry.election is None

    def done(self) -> BudgetResults | None:
        """The results if every rule has been counted on this state, else None."""
        outcomes, election = self.entry.outcomes, self.entry.election
        if election is not None and all(rule in outcomes for rule in self.rules):
            return BudgetResults(election, {r: outcomes[r] for r in self.rules})
        return None

    def run(self, give_up_after: float | None = None) -> BudgetResults:
        """Count what is missing, here and now, on the document's thread (reading the
        election with the document's connection if no one has yet); when a worker is
        already counting the same, wait for it rather than count twice.

        With ``give_up_after`` (seconds of this thread's CPU time: what the count costs,
        not how busy the machine is), a completion of Equal Shares still running by then
        stops with :class:`~workshop.domain.budget_rules.GaveUp`: the rules already
        counted are kept, so counting again (in a worker) does only the rest."""
        job = self.entry.jobs.get(self.rules)
        if job is not None:
            with contextlib.suppress(CancelledError):
                return job.result()
        entry = self.entry
        if entry.election is None:
            entry.election = entry.read(self.doc)
        give_up = None
        if give_up_after is not None:
            deadline = time.thread_time() + give_up_after
            give_up = lambda: time.thread_time() > deadline  # noqa: E731
        return self._count(entry.election, give_up)

    def _count(
        self, election: Election, give_up: Callable[[], bool] | None = None
    ) -> BudgetResults:
        """The rules on ``election`` (thread-safe: it is frozen)."""
        entry = self.entry
        for rule in self.rules:
            if rule not in entry.outcomes:
                entry.outcomes[rule] = run_rule(election, rule, give_up)
        return BudgetResults(election, {r: entry.outcomes[r] for r in self.rules})

    def start(self) -> Future[BudgetResults]:
        """Count in a worker thread (once per state and rules, however many ask)."""
        job = self.entry.jobs.get(self.rules)
        if job is not None:
            return job
        job = self.entry.jobs[self.rules] = Future()
        threading.Thread(
            target=self._work, args=(job,), name="budget-count", daemon=True
        ).start()
        return job

    def _work(self, job: Future[BudgetResults]) -> None:
        with _ONE_AT_A_TIME if self.slow else contextlib.nullcontext():
            if not self.entry.current:  # a change came before this count began: skip it
                job.cancel()
            if not job.set_running_or_notify_cancel():
                return
            try:
                election = self.entry.election
                if election is None:  # read here, on a connection of this thread's own
                    with self.doc.snapshot() as conn:
                        election = self.entry.read(conn)
                    self.entry.election = election
                job.set_result(self._count(election))
            except BaseException as exc:  # handed to whoever waits, never lost in the thread
                job.set_exception(exc)

    @property
    def current(self) -> bool:
        """Whether this is still the budget's state (else its results are stale)."""
        return self.entry.current


def count(
    doc: Document, activity_id: int, key: Hashable, rules: tuple[Rule, ...],
    election: Reader, size: Callable[[], int],
) -> Count:
    """The count of ``activity_id`` for the state ``key`` (asking its ``size()`` only when
    that state was not seen before; ``election`` is read by whoever counts it first, a
    worker on a connection of its own). ``key`` must hold the settings the rules read;
    the tables' versions and the data version are added here."""
    full = (
        key, doc.conn.execute("PRAGMA data_version").fetchone()[0],
        tuple(doc.table_versions.get(t, 0) for t in COUNTED_TABLES),
    )
    if doc.in_edit:  # uncommitted writes (only this connection sees them): keep nothing
        return Count(_Entry(full, election, size(), election(doc)), rules, doc)
    entries = _ENTRIES.setdefault(doc, {})
    entry = entries.get(activity_id)
    if entry is None or entry.key != full:
        if entry is not None:
            entry.current = False
        entry = entries[activity_id] = _Entry(full, election, size())
    return Count(entry, rules, doc)
