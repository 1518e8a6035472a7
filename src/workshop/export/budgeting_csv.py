"""CSV of participatory budgets: projects, ballots (anonymised when secret) and outcomes.

Ballots are one row per approval; with secret ballots the voter column is left empty and
ballots are numbered in an order sorted by what they approve (no names, no times,
no order of casting). Approvals counted on a paper tally are one-project ballots (source
``tally`` when ballots are open), as the rules read them.
Outcomes are written only once revealed (or when ballots were open).
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop.domain.budgeting import Ballot, money
from workshop.domain.models import ActivityKind
from workshop.export.csv_export import Cell, Sheet
from workshop.storage import read, read_budgeting
from workshop.storage.document import Document


def budgeting(doc: Document) -> list[Sheet]:
    projects: list[Sequence[Cell]] = []
    ballots: list[Sequence[Cell]] = []
    outcomes: list[Sequence[Cell]] = []
    for activity in read.activities(doc):
        if activity.kind is not ActivityKind.BUDGET:
            continue
        s = read_budgeting.settings(doc, activity.id)
        items = read_budgeting.projects(doc, activity.id)
        cur = s.currency
        for p in items:
            projects.append(
                (activity.title, p.number, p.project.title, money(p.project.cost), cur,
                 p.project.category, p.project.organisation, p.project.description,
                 p.source_kind)
            )
        shown = read_budgeting.may_show(s)
        named = not s.secret and not read.is_anonymous(doc, activity)
        numbers = {str(p.id): p.number for p in items}
        titles = {str(p.id): p.project.title for p in items}
        rows = read_budgeting.ballots(doc, activity.id)
        election = read_budgeting.election(doc, activity.id)
        if shown:
            cast: list[tuple[read_budgeting.BallotRow | None, Ballot]] = list(
                zip(rows, election.ballots[: len(rows)], strict=True)
            )
            # then one single-project ballot per approval counted on a paper tally
            cast += [(None, ballot) for ballot in election.ballots[len(rows):]]
            if not named:  # the order of casting could tell who voted what: sort by content
                cast.sort(key=lambda rb: sorted(numbers[pid] for pid in rb[1].approved))
            for n, (row, ballot) in enumerate(cast, 1):
                for pid in ballot.approved:
                    ballots.append(
                        (activity.title, n, row.name if named and row else "",
                         (row.source if row else "tally") if named else "",
                         numbers[pid], titles[pid],
                         ballot.points.get(pid, 1))
                    )
            res = read_budgeting.results(doc, activity.id)
            for rule, outcome in res.outcomes.items():
                order = {pid: i for i, pid in enumerate(outcome.funded, 1)}
                for p in items:
                    pid = str(p.id)
                    outcomes.append(
                        (activity.title, rule.value, p.number, p.project.title,
                         money(p.project.cost), "yes" if pid in order else "no",
                         order.get(pid, ""), outcome.explanations[pid].text)
                    )
    return [
        Sheet("budget_projects", ("activity", "number", "title", "cost", "currency", "category",
                                  "organisation", "description", "source"), projects),
        Sheet("budget_ballots", ("activity", "ballot", "voter", "source", "project_number",
                                 "project", "points"), ballots),
        Sheet("budget_outcomes", ("activity", "rule", "project_number", "project", "cost",
                                  "funded", "order_chosen", "why"), outcomes),
    ]
