"""Participatory budgets: the budget and ballot rules, projects from every door, ballots.

Every door (typed, pasted, from the board's notes and clusters, imported from a ``.pb``
file) runs the same checks (:func:`workshop.domain.budgeting.check_project`); a ballot,
wherever it is cast, runs :func:`workshop.domain.budgeting.ballot_problem`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from fractions import Fraction

from workshop.domain import budgeting as rules
from workshop.domain.budgeting import BallotRules, Rule, check_project, parse_amount
from workshop.domain.errors import Number, ValidationError, Word
from workshop.domain.models import ActivityKind
from workshop.domain.pabulib import PbFile
from workshop.domain.voting import TALLY_MAX
from workshop.storage import dependents, read_budgeting
from workshop.storage.changes import Change, Label
from workshop.storage.document import Document
from workshop.storage.tally_rows import store_count

CURRENCY_MAX = 12
CATEGORY_MAX = 60
#: Most ballots one budget holds (a city's vote, imported to teach with).
BALLOTS_MAX = 500_000


def _done(change: Change | None) -> Change:
    assert change is not None
    return change


def _require(conn: sqlite3.Connection, activity_id: int) -> None:
    row = conn.execute("SELECT kind FROM activities WHERE id = ?", (activity_id,)).fetchone()
    if row is None:
        raise ValidationError("That activity no longer exists.")
    if row[0] != ActivityKind.BUDGET.value:
        raise ValidationError("This works only in a participatory budget activity.")
    conn.execute("INSERT OR IGNORE INTO budgets (id) VALUES (?)", (activity_id,))


def to_cents(value: Fraction | str, what: str) -> int:
    amount = parse_amount(value) if isinstance(value, str) else value
    rules.check_amount(amount, what)
    cents = amount * 100
    if cents.denominator != 1:
        raise ValidationError("{what} can have at most two decimals.", what=Word(what))
    return int(cents)


def _count_ballots(conn: sqlite3.Connection, activity_id: int) -> int:
    return int(
        conn.execute(
            "SELECT count(*) FROM budget_ballots WHERE activity_id = ?", (activity_id,)
        ).fetchone()[0]
    )


# -- settings ------------------------------------------------------------------------------


def set_budget(doc: Document, activity_id: int, amount: Fraction | str, currency: str) -> Change:
    """The total to spend, and its currency (shown beside every cost)."""
    amount_cents = to_cents(amount, "The budget")
    if amount_cents <= 0:
        raise ValidationError("The budget must be above zero.")
    currency = " ".join(currency.split())
    if len(currency) > CURRENCY_MAX:
        raise ValidationError(
            "A currency is at most {currency_max} characters (e.g. EUR, zł).",
            currency_max=CURRENCY_MAX,
        )
    with doc.edit("Set budget") as ed:
        _require(ed.conn, activity_id)
        ed.table("budgets").update(
            activity_id, {"amount_cents": amount_cents, "currency": currency}
        )
    return _done(ed.change)


def set_ballot_rules(doc: Document, activity_id: int, ballot_rules: BallotRules) -> Change:
    """Limits on one ballot (count, total cost) and cumulative points; fixed once voting
    has begun, so every ballot is cast under the same rules."""
    if ballot_rules.max_projects is not None and ballot_rules.max_projects < 1:
        raise ValidationError("A ballot must allow at least one project.")
    max_cost = None
    if ballot_rules.max_cost is not None:
        max_cost = to_cents(ballot_rules.max_cost, "The limit on a ballot's cost")
        if max_cost <= 0:
            raise ValidationError("The limit on a ballot's cost must be above zero.")
    if not 0 <= ballot_rules.points <= 1000:
        raise ValidationError("Points per ballot: between 0 (approval) and 1,000.")
    with doc.edit("Set ballot rules") as ed:
        _require(ed.conn, activity_id)
        if _count_ballots(ed.conn, activity_id):
            raise ValidationError(
                "Ballots were cast under the present rules: clear them before changing the rules."
            )
        ed.table("budgets").update(
            activity_id,
            {
                "max_projects": ballot_rules.max_projects,
                "max_cost_cents": max_cost,
                "points": ballot_rules.points,
            },
        )
    return _done(ed.change)


def set_secret(doc: Document, activity_id: int, secret: bool) -> Change:
    with doc.edit("Secret ballots" if secret else "Open ballots") as ed:
        _require(ed.conn, activity_id)
        ed.table("budgets").update(activity_id, {"secret": int(secret)})
    return _done(ed.change)


def set_revealed(doc: Document, activity_id: int, revealed: bool) -> Change:
    with doc.edit("Reveal budget results" if revealed else "Hide budget results") as ed:
        _require(ed.conn, activity_id)
        ed.table("budgets").update(activity_id, {"revealed": int(revealed)})
    return _done(ed.change)


#: The undo step of showing each rule's outcome ("Show " and ``Rule.label``).
_SHOW_LABELS = {
    Rule.GREEDY: Label("Show Greedy by votes"),
    Rule.MES: Label("Show Equal Shares (cost satisfaction)"),
    Rule.MES_CARDINALITY: Label("Show Equal Shares (cardinality satisfaction)"),
    Rule.MES_COMPLETED: Label("Show Equal Shares, completed"),
}


def show_rule(doc: Document, activity_id: int, rule: Rule | str) -> Change:
    """Which rule's outcome the projector shows (one at a time)."""
    rule = Rule(rule)
    with doc.edit(_SHOW_LABELS[rule]) as ed:
        _require(ed.conn, activity_id)
        ed.table("budgets").update(activity_id, {"shown_rule": rule.value})
    return _done(ed.change)


# -- projects --------------------------------------------------------------------------------


def _project_row(
    title: str,
    cost: Fraction | str,
    description: str = "",
    category: str = "",
    organisation: str = "",
) -> dict[str, object]:
    amount = parse_amount(cost) if isinstance(cost, str) else cost
    title, amount, description = check_project(title, amount, description)
    category = " ".join(category.split())
    organisation = " ".join(organisation.split())
    if len(category) > CATEGORY_MAX or len(organisation) > CATEGORY_MAX:
        raise ValidationError(
            "A category or organisation is at most {category_max} characters.",
            category_max=CATEGORY_MAX,
        )
    return {
        "title": title,
        "cost_cents": to_cents(amount, "The cost"),
        "description": description,
        "category": category,
        "organisation": organisation,
    }


def _insert_projects(
    conn: sqlite3.Connection, activity_id: int, rows: Sequence[dict[str, object]]
) -> list[int]:
    start = int(
        conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM budget_projects WHERE activity_id = ?",
            (activity_id,),
        ).fetchone()[0]
    )
    ids = []
    for n, row in enumerate(rows):
        columns = {"activity_id": activity_id, "position": start + n, **row}
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        cursor = conn.execute(
            f"INSERT INTO budget_projects ({names}) VALUES ({marks})", tuple(columns.values())
        )
        ids.append(int(cursor.lastrowid or 0))
    return ids


def add_project(
    doc: Document,
    activity_id: int,
    title: str,
    cost: Fraction | str,
    description: str = "",
    category: str = "",
    organisation: str = "",
) -> Change:
    row = _project_row(title, cost, description, category, organisation)
    with doc.edit("Add project") as ed:
        _require(ed.conn, activity_id)
        _insert_projects(ed.conn, activity_id, [row])
    return _done(ed.change)


def edit_project(
    doc: Document,
    project_id: int,
    title: str,
    cost: Fraction | str,
    description: str = "",
    category: str = "",
    organisation: str = "",
) -> Change:
    row = _project_row(title, cost, description, category, organisation)
    with doc.edit("Edit project") as ed:
        if not ed.conn.execute(
            "SELECT 1 FROM budget_projects WHERE id = ?", (project_id,)
        ).fetchone():
            raise ValidationError("That project no longer exists.")
        ed.table("budget_projects").update(project_id, row)
    return _done(ed.change)


def remove_project(doc: Document, project_id: int) -> Change:
    """Remove a project (and its approvals on every ballot; undo brings them back)."""
    with doc.edit("Remove project") as ed:
        if not ed.conn.execute(
            "SELECT 1 FROM budget_projects WHERE id = ?", (project_id,)
        ).fetchone():
            raise ValidationError("That project no longer exists.")
        dependents.before_budget_projects_removed(ed.conn, [project_id])
        ed.conn.execute("DELETE FROM budget_projects WHERE id = ?", (project_id,))
    return _done(ed.change)


def parse_pasted(text: str) -> list[dict[str, object]]:
    """Lines of "title; cost[; category[; organisation[; description]]]" (tabs work too,
    as pasted from a spreadsheet). Every line is checked before anything is added."""
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        cells = [c.strip() for c in (line.split("\t") if "\t" in line else line.split(";"))]
        if len(cells) < 2 or not cells[1]:
            raise ValidationError("Line {number}: write “title; cost”.", number=number)
        cells += [""] * (5 - len(cells))
        try:
            rows.append(_project_row(cells[0], cells[1], cells[4], cells[2], cells[3]))
        except ValidationError as exc:
            raise ValidationError("Line {number}: {exc}", number=number, exc=exc) from None
    if not rows:
        raise ValidationError("Nothing to add: paste one project a line, “title; cost”.")
    return rows


def paste_projects(doc: Document, activity_id: int, text: str) -> Change:
    rows = parse_pasted(text)
    with doc.edit(Label("Paste {count} projects", count=len(rows))) as ed:
        _require(ed.conn, activity_id)
        _insert_projects(ed.conn, activity_id, rows)
    return _done(ed.change)


def project_from_board(
    doc: Document, activity_id: int, kind: str, source_id: int, cost: Fraction | str
) -> Change:
    """A project made from a brainstorm note or cluster (its text or title, with a cost)."""
    if kind == "note":
        row = doc.conn.execute("SELECT text FROM notes WHERE id = ?", (source_id,)).fetchone()
    elif kind == "cluster":
        row = doc.conn.execute("SELECT title FROM clusters WHERE id = ?", (source_id,)).fetchone()
    else:
        raise ValidationError("A project comes from a note or a cluster.")
    if row is None:
        raise ValidationError(
            "That note no longer exists." if kind == "note" else "That cluster no longer exists."
        )
    project = _project_row(str(row[0])[: rules.TITLE_MAX], cost)
    project.update({"source_kind": kind, "source_id": source_id})
    with doc.edit("Project from the board") as ed:
        _require(ed.conn, activity_id)
        if ed.conn.execute(
            "SELECT 1 FROM budget_projects WHERE activity_id = ? AND source_kind = ?"
            " AND source_id = ?",
            (activity_id, kind, source_id),
        ).fetchone():
            raise ValidationError(
                "That note is already a project."
                if kind == "note"
                else "That cluster is already a project."
            )
        _insert_projects(ed.conn, activity_id, [project])
    return _done(ed.change)


# -- ballots ---------------------------------------------------------------------------------


def _check_ballot(
    doc: Document, activity_id: int, approvals: Mapping[int, int]
) -> None:
    s = read_budgeting.settings(doc, activity_id)
    items = {p.project.id: p.project for p in read_budgeting.projects(doc, activity_id)}
    ids = [str(pid) for pid in approvals]
    points = {str(pid): n for pid, n in approvals.items()}
    problem = rules.ballot_problem(ids, items, s.rules, points if s.rules.points else None)
    if problem:
        raise problem


def cast_ballot(
    doc: Document,
    activity_id: int,
    participant_id: int | None,
    approvals: Mapping[int, int] | Sequence[int],
    *,
    proxy: bool = False,
    phone: bool = False,
) -> Change:
    """One whole ballot: at the laptop (the person), from the person's phone, by proxy (for
    someone absent), or a paper ballot transcribed (no person). ``approvals``: project
    ids, or id → points."""
    chosen = dict(approvals) if isinstance(approvals, Mapping) else dict.fromkeys(approvals, 1)
    _check_ballot(doc, activity_id, chosen)
    name = ""
    if participant_id is not None:
        row = doc.conn.execute(
            "SELECT name FROM participants WHERE id = ?", (participant_id,)
        ).fetchone()
        if row is None:
            raise ValidationError("That participant no longer exists.")
        name = row[0]
        if read_budgeting.ballot_of(doc, activity_id, participant_id) is not None:
            raise ValidationError("{name} has already voted in this budget.", name=name)
    if participant_id is None:
        source, label = "paper", Label("Paper ballot")
    elif proxy:
        source, label = "proxy", Label("Proxy ballot for {name}", name=name)
    else:
        source, label = ("phone" if phone else "laptop"), Label("Ballot of {name}", name=name)
    with doc.edit(label) as ed:
        _require(ed.conn, activity_id)
        if read_budgeting.count_in(ed.conn, activity_id) >= BALLOTS_MAX:
            raise ValidationError("This budget holds as many ballots as it can.")
        ballot_id = ed.table("budget_ballots").insert(
            {
                "activity_id": activity_id,
                "participant_id": participant_id,
                "proxy": int(proxy),
                "source": source,
            }
        ).last_pk
        ed.table("budget_approvals").insert_all(
            {"ballot_id": ballot_id, "project_id": pid, "points": n} for pid, n in chosen.items()
        )
    return _done(ed.change)


def set_project_tally(doc: Document, activity_id: int, project_id: int, count: int) -> Change:
    """The approvals of one project counted on paper (0 removes the tally).

    The rules read each tallied approval as an anonymous ballot approving that project
    alone (greedy: one vote; Equal Shares: one more voter's share, spent only on it), so
    the same ballot rules apply to it as to a one-project ballot.
    """
    count = int(count)
    if not 0 <= count <= TALLY_MAX:
        raise ValidationError(
            "A paper tally is between 0 and {tally_max} approvals.",
            tally_max=Number(TALLY_MAX),
        )
    items = {p.project.id: p for p in read_budgeting.projects(doc, activity_id)}
    project = items.get(str(project_id))
    if project is None:
        raise ValidationError("That project is no longer on the list.")
    s = read_budgeting.settings(doc, activity_id)
    if count:
        problem = rules.ballot_problem(
            [str(project_id)], {k: p.project for k, p in items.items()}, s.rules
        )
        if problem:
            raise ValidationError(
                "A tallied approval is a ballot for “{title}” alone, and such a ballot breaks the "
                "rules: {problem}",
                title=project.project.title[:40], problem=problem,
            )
    with doc.edit(Label("Paper tally of project {number}", number=project.number)) as ed:
        _require(ed.conn, activity_id)
        row = ed.conn.execute(
            "SELECT id, count FROM budget_tallies WHERE project_id = ?", (project_id,)
        ).fetchone()
        others = read_budgeting.count_in(ed.conn, activity_id)
        if others - (row[1] if row else 0) + count > BALLOTS_MAX:
            raise ValidationError("This budget holds as many ballots as it can.")
        store_count(ed, "budget_tallies", row[0] if row else None,
                    {"activity_id": activity_id, "project_id": project_id}, count)
    return _done(ed.change)


def adjust_project_tally(
    doc: Document, activity_id: int, project_id: int, delta: int
) -> Change:
    """One approval more or fewer on a project's paper tally (+ and − at the laptop)."""
    current = read_budgeting.tallies(doc, activity_id).get(project_id, 0)
    if current + delta < 0:
        raise ValidationError("There are no paper approvals on this project to take away.")
    return set_project_tally(doc, activity_id, project_id, current + delta)


def parse_paper(text: str, numbers: Mapping[int, int]) -> list[int]:
    """A paper ballot typed as the project numbers it ticks ("2 5 7" or "2,5,7")."""
    chosen = []
    for part in text.replace(",", " ").replace(";", " ").split():
        if not part.isdigit() or int(part) not in numbers:
            raise ValidationError(
                "“{part}” is not a project number (1–{count}).",
                part=part, count=len(numbers),
            )
        chosen.append(numbers[int(part)])
    if len(set(chosen)) != len(chosen):
        raise ValidationError("A paper ballot ticks each project once.")
    return chosen


def remove_ballot(doc: Document, ballot_id: int) -> Change:
    with doc.edit("Remove ballot") as ed:
        ed.conn.execute("DELETE FROM budget_approvals WHERE ballot_id = ?", (ballot_id,))
        if not ed.conn.execute("DELETE FROM budget_ballots WHERE id = ?", (ballot_id,)).rowcount:
            raise ValidationError("That ballot no longer exists.")
    return _done(ed.change)


def clear_ballots(doc: Document, activity_id: int) -> Change:
    """Remove every ballot and paper tally (undo brings them back); hide the results."""
    with doc.edit("Clear ballots") as ed:
        _require(ed.conn, activity_id)
        ballots = "SELECT id FROM budget_ballots WHERE activity_id = ?"
        ed.conn.execute(f"DELETE FROM budget_approvals WHERE ballot_id IN ({ballots})",
                        (activity_id,))
        ed.conn.execute("DELETE FROM budget_ballots WHERE activity_id = ?", (activity_id,))
        ed.conn.execute("DELETE FROM budget_tallies WHERE activity_id = ?", (activity_id,))
        ed.table("budgets").update(activity_id, {"revealed": 0})
    return _done(ed.change)


# -- Pabulib -------------------------------------------------------------------------------


def import_pb(doc: Document, activity_id: int, pb: PbFile) -> Change:
    """A real city's vote (projects, budget, ballots) into an empty participatory budget."""
    election = pb.election()
    rows = []
    for p in election.projects:
        try:
            row = _project_row(p.title[: rules.TITLE_MAX], p.cost, p.description[:2000],
                               p.category[:CATEGORY_MAX], p.organisation[:CATEGORY_MAX])
        except ValidationError as exc:
            raise ValidationError("PROJECTS, project “{id}”: {exc}", id=p.id, exc=exc) from None
        row.update({"source_kind": "import"})
        rows.append(row)
    if len(election.ballots) > BALLOTS_MAX:
        raise ValidationError(
            "The file has more than {ballots_max} votes.",
            ballots_max=Number(BALLOTS_MAX),
        )
    amount = to_cents(election.budget, "The budget")
    currency = election.currency[:CURRENCY_MAX]
    with doc.edit("Import participatory budget") as ed:
        _require(ed.conn, activity_id)
        if ed.conn.execute(
            "SELECT 1 FROM budget_projects WHERE activity_id = ?", (activity_id,)
        ).fetchone():
            raise ValidationError(
                "This budget already has projects: import into a new participatory budget."
            )
        ed.table("budgets").update(
            activity_id, {"amount_cents": amount, "currency": currency, "revealed": 0}
        )
        ids = dict(zip((p.id for p in election.projects),
                       _insert_projects(ed.conn, activity_id, rows), strict=True))
        for ballot in election.ballots:
            cursor = ed.conn.execute(
                "INSERT INTO budget_ballots (activity_id, source, label) VALUES (?, 'import', ?)",
                (activity_id, ballot.voter),
            )
            ballot_id = cursor.lastrowid
            ed.conn.executemany(
                "INSERT INTO budget_approvals (ballot_id, project_id, points) VALUES (?, ?, ?)",
                [(ballot_id, ids[pid], ballot.points.get(pid, 1)) for pid in ballot.approved],
            )
    return _done(ed.change)
