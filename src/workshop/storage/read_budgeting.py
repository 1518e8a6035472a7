"""Read participatory budgets: settings, projects, who has voted, and the election itself.

:func:`ballots` says who, never what: it is what the facilitator's screen shows while
ballots are secret. :func:`election` (everyone's ballots, for the rules) and :func:`ballot`
(one person's own ballot, while they vote) are the only reads of what was approved.

The reads a count makes (:func:`election` and what it reads) take the document or a
connection of their own (``Document.snapshot``: a worker thread reads a city's 20,000
ballots there, off the window's thread).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from workshop.domain.budgeting import (
    SIDE_BY_SIDE,
    Ballot,
    BallotRules,
    Election,
    Project,
    Rule,
)
from workshop.storage import budget_results
from workshop.storage.budget_results import BudgetResults
from workshop.storage.document import Document

#: What the reads of a count take: the document, or a connection of a worker's own.
Source = Document | sqlite3.Connection

#: Ballots the laptop's list reads at a time (``ui/budgeting/ballot_list.py``).
PAGE = 200


def _conn(source: Source) -> sqlite3.Connection:
    return source if isinstance(source, sqlite3.Connection) else source.conn


@dataclass(frozen=True)
class BudgetSettings:
    activity_id: int
    amount: Fraction
    currency: str
    rules: BallotRules
    secret: bool
    revealed: bool
    shown_rule: Rule


@dataclass(frozen=True)
class BudgetProject:
    """A project as stored (``number`` is its place in the list, 1-based, for paper)."""

    id: int
    number: int
    project: Project
    source_kind: str
    source_id: int | None


@dataclass(frozen=True)
class BallotRow:
    id: int
    participant_id: int | None
    name: str  # the participant's name, or the label, or "Paper ballot"
    source: str
    proxy: bool


def cents(value: int | None) -> Fraction | None:
    return None if value is None else Fraction(int(value), 100)


def settings(doc: Source, activity_id: int) -> BudgetSettings:
    row = _conn(doc).execute(
        "SELECT amount_cents, currency, max_projects, max_cost_cents, points, secret, revealed,"
        " shown_rule FROM budgets WHERE id = ?",
        (activity_id,),
    ).fetchone()
    if row is None:
        return BudgetSettings(
            activity_id, Fraction(0), "", BallotRules(), True, False, Rule.GREEDY
        )
    amount, currency, max_projects, max_cost, points, secret, revealed, shown = row
    return BudgetSettings(
        activity_id,
        Fraction(int(amount), 100),
        currency,
        BallotRules(max_projects, cents(max_cost), int(points)),
        bool(secret),
        bool(revealed),
        Rule(shown),
    )


def _project(row: tuple[Any, ...], number: int) -> BudgetProject:
    id_, title, description, cost, category, organisation, source_kind, source_id = row
    project = Project(
        str(id_), title, Fraction(int(cost), 100), description, category, organisation
    )
    return BudgetProject(int(id_), number, project, source_kind, source_id)


def projects(doc: Source, activity_id: int) -> list[BudgetProject]:
    rows = _conn(doc).execute(
        "SELECT id, title, description, cost_cents, category, organisation, source_kind,"
        " source_id FROM budget_projects WHERE activity_id = ? ORDER BY position, id",
        (activity_id,),
    )
    return [_project(row, n) for n, row in enumerate(rows, start=1)]


def ballots(
    doc: Source, activity_id: int, *, after: int = 0, limit: int = -1
) -> list[BallotRow]:
    """Every ballot, in the order cast (who, never what); or ``limit`` of them cast after
    the ballot ``after`` (a page of a long list: read by the ballots' ids, so a page costs
    the same at the end of a city's 20,000 ballots as at the start)."""
    rows = _conn(doc).execute(
        "SELECT b.id, b.participant_id, coalesce(p.name, ''), b.label, b.source, b.proxy"
        " FROM budget_ballots b LEFT JOIN participants p ON p.id = b.participant_id"
        " WHERE b.activity_id = ? AND b.id > ? ORDER BY b.id LIMIT ?",
        (activity_id, after, limit),
    )
    out = []
    for id_, pid, name, label, source, proxy in rows:
        shown = name or label or ("Paper ballot" if source == "paper" else "Ballot")
        out.append(BallotRow(int(id_), pid, shown, source, bool(proxy)))
    return out


def ballots_cast(doc: Document, activity_id: int) -> int:
    """How many ballots are in the list (:func:`ballots`: paper tallies are not)."""
    row = doc.conn.execute(
        "SELECT count(*) FROM budget_ballots WHERE activity_id = ?", (activity_id,)
    ).fetchone()
    return int(row[0])


def not_voted(doc: Document, activity_id: int) -> list[tuple[int, str]]:
    """(id, name) of the people without a ballot yet, in the participants' order: who
    may still vote at the laptop (a city's ballots are not read to find them)."""
    return [
        (int(id_), name)
        for id_, name in doc.conn.execute(
            "SELECT id, name FROM participants WHERE id NOT IN (SELECT participant_id"
            " FROM budget_ballots WHERE activity_id = ? AND participant_id IS NOT NULL)"
            " ORDER BY name COLLATE NOCASE, id",
            (activity_id,),
        )
    ]


def ballot(doc: Document, ballot_id: int) -> dict[int, int]:
    """One ballot's approvals: project id → points."""
    return {
        int(p): int(n)
        for p, n in doc.conn.execute(
            "SELECT project_id, points FROM budget_approvals WHERE ballot_id = ?", (ballot_id,)
        )
    }


def ballot_of(doc: Document, activity_id: int, participant_id: int) -> int | None:
    row = doc.conn.execute(
        "SELECT id FROM budget_ballots WHERE activity_id = ? AND participant_id = ?",
        (activity_id, participant_id),
    ).fetchone()
    return int(row[0]) if row else None


def ballots_in(doc: Document, activity_id: int) -> int:
    """How many ballots are in, counted as the rules count voters (:func:`election` holds
    as many): every ballot (at the laptop, from a phone, by proxy, on paper, imported)
    and each approval counted on a paper tally (a ballot for that project alone). The
    limit on ballots and the projector's "N ballots in" count with this."""
    return count_in(doc.conn, activity_id)


def count_in(conn: sqlite3.Connection, activity_id: int) -> int:
    """:func:`ballots_in` on a connection (inside an operation's edit)."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM budget_ballots WHERE activity_id = ?)"
        " + (SELECT coalesce(sum(count), 0) FROM budget_tallies WHERE activity_id = ?)",
        (activity_id, activity_id),
    ).fetchone()
    return int(row[0])


def tallies(doc: Source, activity_id: int) -> dict[int, int]:
    """Paper tallies: project id → approvals counted on paper (projects with none absent)."""
    return {
        int(p): int(n)
        for p, n in _conn(doc).execute(
            "SELECT project_id, count FROM budget_tallies WHERE activity_id = ?", (activity_id,)
        )
    }


def election(doc: Source, activity_id: int, *, anonymous: bool = False) -> Election:
    """Projects, budget and ballots as the rules read them (voters numbered when
    ``anonymous``; otherwise the ballot's id).

    The ballots (:func:`ballots`' order) come first, then one ballot per approval counted
    on a paper tally, approving that project alone (voter ``tally-<project>-<k>``, or
    numbered on when ``anonymous``), in list order."""
    s = settings(doc, activity_id)
    items = tuple(p.project for p in projects(doc, activity_id))
    approvals: dict[int, list[tuple[str, int]]] = {}
    for ballot_id, project_id, points in _conn(doc).execute(
        "SELECT a.ballot_id, a.project_id, a.points FROM budget_approvals a"
        " JOIN budget_ballots b ON b.id = a.ballot_id JOIN budget_projects p"
        " ON p.id = a.project_id WHERE b.activity_id = ? ORDER BY a.ballot_id, p.position, p.id",
        (activity_id,),
    ):
        approvals.setdefault(int(ballot_id), []).append((str(project_id), int(points)))
    out = []
    for n, row in enumerate(ballots(doc, activity_id), start=1):
        chosen = approvals.get(row.id, [])
        voter = str(n) if anonymous else str(row.id)
        points = dict(chosen) if s.rules.points else {}
        out.append(Ballot(voter, tuple(pid for pid, _ in chosen), points))
    counted = tallies(doc, activity_id)
    for project in items:
        for k in range(counted.get(int(project.id), 0)):
            voter = str(len(out) + 1) if anonymous else f"tally-{project.id}-{k + 1}"
            out.append(Ballot(voter, (project.id,), {project.id: 1} if s.rules.points else {}))
    return Election(items, s.amount, tuple(out), currency=s.currency)


def counting(
    doc: Document, activity_id: int, rules: tuple[Rule, ...] = SIDE_BY_SIDE
) -> budget_results.Count:
    """The count of the rules on the ballots as they are now: already done when this state
    was counted before (by any reader), else to ``run`` here or ``start`` in a worker."""
    s = settings(doc, activity_id)
    key = (s.amount, s.currency, s.rules)  # not revealing nor the rule shown: same count
    return budget_results.count(
        doc, activity_id, key, rules, lambda source: election(source, activity_id),
        lambda: size(doc, activity_id),
    )


def size(doc: Document, activity_id: int) -> int:
    """Project × ballot pairs of the election (:func:`election`'s projects times its
    ballots, paper tallies included), counted without reading a ballot: whether counting
    may take long (``budget_results.BIG``)."""
    row = doc.conn.execute(
        "SELECT (SELECT count(*) FROM budget_projects WHERE activity_id = ?) * ?",
        (activity_id, count_in(doc.conn, activity_id)),
    ).fetchone()
    return int(row[0])


def results(
    doc: Document, activity_id: int, rules: tuple[Rule, ...] = SIDE_BY_SIDE
) -> BudgetResults:
    """The rules run on the ballots as they are now (never stored in the file: counted
    once per state of the ballots, :mod:`budget_results`, and shared by every reader)."""
    count = counting(doc, activity_id, rules)
    return count.done() or count.run()


def may_show(s: BudgetSettings) -> bool:
    """Counts and outcomes may be shown: revealed, or the ballots were never secret."""
    return s.revealed or not s.secret
