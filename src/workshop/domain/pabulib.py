"""The Pabulib ``.pb`` format (pabulib.org): read real cities' votes, write a workshop's.

A file has three sections, each a header line then semicolon-separated rows::

    META            key;value        (budget, vote_type, num_projects, num_votes, …)
    PROJECTS        project_id;cost;…(name, category, votes, any other columns)
    VOTES           voter_id;vote;…  (vote: project ids separated by commas; points …)

:func:`read` accepts every vote type the format defines (approval, cumulative, ordinal,
choose-1, scoring) and what real files do: decimal commas in amounts, trailing spaces,
blank lines, a byte-order mark, Windows line ends, optional columns, META counts that
disagree with the data (noted, not refused). Anything else wrong is one
:class:`PabulibError` naming the section and the line.

The rules run on approval: a cumulative, ordinal or scoring ballot approves the projects
it names, and :attr:`PbFile.notes` says so. :func:`write` writes back every META key and
every column it read, in the same order, so export → import → export gives the same file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from workshop.domain.budgeting import Ballot, Election, Project, parse_amount
from workshop.domain.errors import ValidationError

VOTE_TYPES = ("approval", "cumulative", "ordinal", "choose-1", "scoring")
SECTIONS = ("META", "PROJECTS", "VOTES")


class PabulibError(ValidationError):
    """A ``.pb`` file this app cannot read, with the section and line that stopped it."""


@dataclass(frozen=True)
class PbFile:
    """A ``.pb`` file as read: every key, column and row kept, in file order."""

    meta: Mapping[str, str]
    project_columns: tuple[str, ...]
    projects: tuple[Mapping[str, str], ...]
    vote_columns: tuple[str, ...]
    votes: tuple[Mapping[str, str], ...]
    notes: tuple[str, ...] = field(default=())

    @property
    def vote_type(self) -> str:
        return self.meta.get("vote_type", "approval").strip().lower() or "approval"

    def election(self) -> Election:
        """The projects, budget and ballots, as approval (what the rules run on)."""
        projects = tuple(
            Project(
                id=row["project_id"],
                title=row.get("name", "") or row["project_id"],
                cost=parse_amount(row["cost"]),
                description=row.get("description", ""),
                category=row.get("category", ""),
                organisation=row.get("organisation", "") or row.get("proposer", ""),
            )
            for row in self.projects
        )
        ballots = []
        for row in self.votes:
            named = _ids(row.get("vote", ""))
            points: dict[str, int] = {}
            if self.vote_type in ("cumulative", "scoring") and row.get("points", "").strip():
                points = dict(zip(named, (int(p) for p in _ids(row["points"])), strict=True))
            ballots.append(Ballot(row["voter_id"], tuple(named), points))
        budget = parse_amount(self.meta["budget"])
        return Election(projects, budget, tuple(ballots), currency=self.meta.get("currency", ""))


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


# -- reading ----------------------------------------------------------------------------


def read(text: str) -> PbFile:
    """Parse a ``.pb`` file's text; :class:`PabulibError` names the section and line."""
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    section = ""
    header: list[str] = []
    meta: dict[str, str] = {}
    tables: dict[str, tuple[list[str], list[dict[str, str]], list[int]]] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        name = line.strip().upper()
        if name in SECTIONS:
            if name in tables or (name == "META" and section):
                raise PabulibError(
                    "{name} line {number}: the section appears twice.",
                    name=name, number=number,
                )
            section, header = name, []
            tables[name] = ([], [], [])
            continue
        if not section:
            raise PabulibError("line {number}: the file must start with META.", number=number)
        cells = [c.strip() for c in _split(line)]
        if not header:
            header = [c.lower() for c in cells]
            tables[section][0].extend(header)
            _check_header(section, header, number)
            continue
        if section == "META":
            if len(cells) < 2 or not cells[0]:
                raise PabulibError("META line {number}: expected “key;value”.", number=number)
            meta[cells[0].lower()] = ";".join(cells[1:]) if len(cells) > 2 else cells[1]
            continue
        while len(cells) > len(header) and not cells[-1]:
            cells.pop()  # trailing separators
        if len(cells) > len(header):
            raise PabulibError(
                "{section} line {number}: {count} values for {count_b} columns.",
                section=section, number=number, count=len(cells), count_b=len(header),
            )
        cells += [""] * (len(header) - len(cells))
        tables[section][1].append(dict(zip(header, cells, strict=True)))
        tables[section][2].append(number)
    for name in SECTIONS:
        if name not in tables:
            raise PabulibError("the file has no {name} section.", name=name)
    return _checked(meta, tables)


def _split(line: str) -> list[str]:
    return next(csv.reader([line], delimiter=";"))


def _check_header(section: str, header: list[str], number: int) -> None:
    need = {"META": ("key",), "PROJECTS": ("project_id", "cost"), "VOTES": ("voter_id", "vote")}
    for column in need[section]:
        if column not in header:
            raise PabulibError(
                "{section} line {number}: the header has no “{column}” column.",
                section=section, number=number, column=column,
            )
    if len(set(header)) != len(header):
        raise PabulibError(
            "{section} line {number}: a column name appears twice.",
            section=section, number=number,
        )


def _checked(
    meta: dict[str, str],
    tables: dict[str, tuple[list[str], list[dict[str, str]], list[int]]],
) -> PbFile:
    notes: list[str] = []
    if "budget" not in meta:
        raise PabulibError("META: no “budget” line.")
    try:
        budget = parse_amount(meta["budget"])
    except ValidationError:
        raise PabulibError(
            "META: the budget “{budget}” is not a number.",
            budget=meta['budget'],
        ) from None
    if budget < 0:
        raise PabulibError("META: the budget is negative.")
    vote_type = meta.get("vote_type", "approval").strip().lower() or "approval"
    if vote_type not in VOTE_TYPES:
        raise PabulibError("META: unknown vote_type “{vote_type}”.", vote_type=vote_type)
    p_columns, projects, p_lines = tables["PROJECTS"]
    ids: set[str] = set()
    for row, number in zip(projects, p_lines, strict=True):
        pid = row["project_id"]
        if not pid:
            raise PabulibError(
                "PROJECTS line {number}: a project without project_id.",
                number=number,
            )
        if pid in ids:
            raise PabulibError(
                "PROJECTS line {number}: project “{pid}” appears twice.",
                number=number, pid=pid,
            )
        ids.add(pid)
        try:
            cost = parse_amount(row["cost"])
        except ValidationError:
            raise PabulibError(
                "PROJECTS line {number}: the cost “{cost}” is not a number.",
                number=number, cost=row['cost'],
            ) from None
        if cost < 0:
            raise PabulibError("PROJECTS line {number}: the cost is negative.", number=number)
    v_columns, votes, v_lines = tables["VOTES"]
    voters: set[str] = set()
    cumulative = vote_type in ("cumulative", "scoring")
    for row, number in zip(votes, v_lines, strict=True):
        voter = row["voter_id"]
        if not voter:
            raise PabulibError("VOTES line {number}: a vote without voter_id.", number=number)
        if voter in voters:
            raise PabulibError(
                "VOTES line {number}: voter “{voter}” votes twice.",
                number=number, voter=voter,
            )
        voters.add(voter)
        named = _ids(row["vote"])
        for pid in named:
            if pid not in ids:
                raise PabulibError(
                    "VOTES line {number}: project “{pid}” is not in PROJECTS.",
                    number=number, pid=pid,
                )
        if len(set(named)) != len(named):
            raise PabulibError("VOTES line {number}: a project is named twice.", number=number)
        if vote_type == "choose-1" and len(named) > 1:
            raise PabulibError(
                "VOTES line {number}: a choose-1 vote names one project.",
                number=number,
            )
        if cumulative and row.get("points", "").strip():
            points = _ids(row["points"])
            if len(points) != len(named) or not all(_is_int(p) for p in points):
                raise PabulibError(
                    "VOTES line {number}: “points” must give a whole number per project.",
                    number=number,
                )
    _count_note(meta, "num_projects", len(projects), "projects", notes)
    _count_note(meta, "num_votes", len(votes), "votes", notes)
    if vote_type != "approval":
        notes.append(
            f"{vote_type} ballots: each counts as approving the projects it names "
            "(the rules run on approval)."
        )
    return PbFile(
        meta=dict(meta),
        project_columns=tuple(p_columns),
        projects=tuple(projects),
        vote_columns=tuple(v_columns),
        votes=tuple(votes),
        notes=tuple(notes),
    )


def _is_int(text: str) -> bool:
    try:
        int(text)
    except ValueError:
        return False
    return True


def _count_note(meta: Mapping[str, str], key: str, found: int, what: str, notes: list[str]) -> None:
    said = meta.get(key, "").strip()
    if said and said != str(found):
        notes.append(f"META says {key} {said}; the file has {found:,} {what}.")


# -- writing ----------------------------------------------------------------------------


def write(pb: PbFile) -> str:
    """The file's text: META, PROJECTS, VOTES, in the order and columns ``pb`` holds."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    out.write("META\n")
    writer.writerow(["key", "value"])
    for key, value in pb.meta.items():
        writer.writerow([key, value])
    out.write("PROJECTS\n")
    writer.writerow(pb.project_columns)
    for row in pb.projects:
        writer.writerow([row.get(c, "") for c in pb.project_columns])
    out.write("VOTES\n")
    writer.writerow(pb.vote_columns)
    for row in pb.votes:
        writer.writerow([row.get(c, "") for c in pb.vote_columns])
    return out.getvalue()


def from_election(
    election: Election,
    *,
    description: str = "",
    extra_meta: Mapping[str, str] | None = None,
    cumulative: bool = False,
) -> PbFile:
    """A ``.pb`` file of a workshop's projects, budget and ballots."""
    meta: dict[str, str] = {"description": description} if description else {}
    meta.update(extra_meta or {})
    votes = election.votes()
    meta.update(
        {
            "num_projects": str(len(election.projects)),
            "num_votes": str(len(election.ballots)),
            "budget": _amount(election.budget),
            "vote_type": "cumulative" if cumulative else "approval",
        }
    )
    if election.currency:
        meta["currency"] = election.currency
    columns = ["project_id", "cost", "votes", "name"]
    optional = (("category", "category"), ("organisation", "organisation"))
    for column, attr in optional:
        if any(getattr(p, attr) for p in election.projects):
            columns.append(column)
    if any(p.description for p in election.projects):
        columns.append("description")
    projects = []
    for p in election.projects:
        row = {
            "project_id": p.id,
            "cost": _amount(p.cost),
            "votes": str(votes[p.id]),
            "name": _one_line(p.title),
            "category": _one_line(p.category),
            "organisation": _one_line(p.organisation),
            "description": _one_line(p.description),
        }
        projects.append({c: row[c] for c in columns})
    vote_columns = ["voter_id", "vote"] + (["points"] if cumulative else [])
    rows = []
    for b in election.ballots:
        row = {"voter_id": b.voter, "vote": ",".join(b.approved)}
        if cumulative:
            row["points"] = ",".join(str(b.points.get(pid, 1)) for pid in b.approved)
        rows.append(row)
    return PbFile(meta, tuple(columns), tuple(projects), tuple(vote_columns), tuple(rows))


def _amount(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.2f}" if (value * 100).denominator == 1 else str(float(value))


def _one_line(text: str) -> str:
    return " ".join(text.split())

