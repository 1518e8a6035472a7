"""Participatory budgeting: costed projects, a budget, ballots, and the rules that spend it.

Pure Python (no Qt, no database). Amounts are exact (:class:`fractions.Fraction`,
usually whole currency units). Every rule runs on **approval**: a ballot is the set of
projects a person supports (cumulative points and rankings approve what they name).

Rules (:func:`workshop.domain.budget_rules.run_rule`):

* ``greedy`` — the usual city rule: most-approved first, skipping a project that no longer
  fits in what is left (:func:`greedy`).
* ``mes`` / ``mes-cardinality`` — the Method of Equal Shares (Peters & Skowron;
  equalshares.net) with cost or cardinality satisfaction, without completion
  (:mod:`workshop.domain.equal_shares`).
* ``mes-completed`` — Equal Shares (cost satisfaction) completed the standard way: the
  voters' share is raised by one currency unit at a time while the outcome still fits the
  real budget, then what is left goes greedily by votes. This is what the app shows.

**Tie-break** (documented, deterministic, the same in every rule): when two projects are
equally good for the rule, the one with more approvals wins; then the cheaper one; then
the one listed first (project list order, as typed or imported).

Each outcome carries one :class:`Explanation` per project that a room can follow
("skipped: 12,000 left, costs 20,000"; "paid by 48 supporters, 250 each").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from workshop.domain.errors import ValidationError, Word

#: Longest project title the app accepts (a real city's list: median 50 characters).
TITLE_MAX = 280
#: Longest project description.
DESCRIPTION_MAX = 2000
#: Largest cost or budget (a city's whole budget, in currency units).
AMOUNT_MAX = Fraction(10**12)


class Rule(StrEnum):
    GREEDY = "greedy"
    MES = "mes"
    MES_CARDINALITY = "mes-cardinality"
    MES_COMPLETED = "mes-completed"

    @property
    def label(self) -> str:
        return _RULE_LABELS[self]


_RULE_LABELS = {
    Rule.GREEDY: "Greedy by votes",
    Rule.MES: "Equal Shares (cost satisfaction)",
    Rule.MES_CARDINALITY: "Equal Shares (cardinality satisfaction)",
    Rule.MES_COMPLETED: "Equal Shares, completed",
}

#: The two rules the app shows side by side.
SIDE_BY_SIDE = (Rule.GREEDY, Rule.MES_COMPLETED)


@dataclass(frozen=True)
class Project:
    """One costed proposal."""

    id: str
    title: str
    cost: Fraction
    description: str = ""
    category: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class Ballot:
    """One person's ballot: the projects they approve (points when cumulative)."""

    voter: str
    approved: tuple[str, ...]
    points: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class BallotRules:
    """Optional limits on one ballot. ``points`` > 0 makes it a cumulative ballot."""

    max_projects: int | None = None
    max_cost: Fraction | None = None
    points: int = 0


@dataclass(frozen=True)
class Election:
    """Projects (in list order), a budget and the ballots: what every rule reads."""

    projects: tuple[Project, ...]
    budget: Fraction
    ballots: tuple[Ballot, ...]
    currency: str = ""

    def project(self, project_id: str) -> Project:
        for p in self.projects:
            if p.id == project_id:
                return p
        raise KeyError(project_id)

    def votes(self) -> dict[str, int]:
        """Approvals per project (every project present, zero when nobody approved it)."""
        counts = {p.id: 0 for p in self.projects}
        for b in self.ballots:
            for pid in b.approved:
                if pid in counts:
                    counts[pid] += 1
        return counts


#: One clause of an explanation: a catalogue key of the ``labels`` section ("why.skipped")
#: and its values; amounts stay Fractions and titles a tuple, so each reader formats them
#: in its own language (the handout, the projector: the workshop's; files: English).
Reason = tuple[str, tuple[tuple[str, object], ...]]


def reason(key: str, **values: object) -> Reason:
    return (key, tuple(values.items()))


@dataclass(frozen=True)
class Explanation:
    """Why one project is funded or not, in clauses, plus the figures behind it."""

    project_id: str
    funded: bool
    reasons: tuple[Reason, ...]
    stage: str = ""  # "rule", "completion" or "" (not funded)
    payers: int = 0  # supporters who paid (Equal Shares)
    payment: Fraction | None = None  # what each supporter with enough money paid
    exhausted: int = 0  # supporters who paid all they had, or had nothing left
    currency: str = ""

    @property
    def text(self) -> str:
        """In English: "skipped: 12,000 left, costs 20,000" (CSV, Pabulib, the laptop)."""
        from workshop.catalogue import label_text  # the words' one home (no Qt)

        return explain(self, lambda key, **values: label_text(key, "en", **values), money)


def explain(
    explanation: Explanation, say: Callable[..., str], amount: Callable[[Fraction, str], str]
) -> str:
    """The explanation in the words of ``say`` (catalogue labels), amounts by ``amount``."""
    clauses = []
    for key, values in explanation.reasons:
        filled: dict[str, object] = {}
        for name, value in values:
            if isinstance(value, Fraction):
                value = amount(value, explanation.currency)
            elif isinstance(value, tuple):  # titles: "“A” and “B”"
                quoted = [say("why.quoted", title=title) for title in value]
                value = say("why.both", first=quoted[0], second=quoted[1]) if len(
                    quoted) == 2 else quoted[0]
            filled[name] = value
        clauses.append(say(key, **filled))
    return "; ".join(clauses)


@dataclass(frozen=True)
class Outcome:
    """What a rule funds, in the order it chose, with the money and the reasons."""

    rule: Rule
    funded: tuple[str, ...]
    spent: Fraction
    budget: Fraction
    explanations: Mapping[str, Explanation]
    voter_share: Fraction | None = None  # Equal Shares: each voter's share in the final run
    payments: Mapping[str, Mapping[int, Fraction]] = field(default_factory=dict)

    @property
    def left(self) -> Fraction:
        return self.budget - self.spent


# -- validation -----------------------------------------------------------------------


def parse_amount(text: str) -> Fraction:
    """Read a typed or imported amount: ``12000``, ``12 000``, ``12,000``, ``1234,50``.

    A comma followed by exactly three digits (and no other separator) is read as a
    thousands separator; any other single comma is a decimal comma.
    """
    raw = text.strip().replace("\u00a0", "").replace(" ", "").replace("_", "")
    for sign in ("€", "$", "£", "zł", "PLN", "EUR", "USD", "GBP", "CHF"):
        raw = raw.replace(sign, "")
    if not raw:
        raise ValidationError("Type an amount, for example 12000.")
    if "," in raw and "." in raw:
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    elif raw.count(",") == 1:
        head, tail = raw.split(",")
        raw = head + tail if len(tail) == 3 and head not in ("", "0") else head + "." + tail
    elif raw.count(",") > 1:
        raw = raw.replace(",", "")
    try:
        value = Fraction(raw)
    except (ValueError, ZeroDivisionError):
        raise ValidationError("“{text}” is not an amount.", text=text.strip()) from None
    return value


def check_amount(value: Fraction, what: str) -> Fraction:
    if value < 0:
        raise ValidationError("{what} cannot be negative.", what=Word(what))
    if value > AMOUNT_MAX:
        raise ValidationError("{what} is too large.", what=Word(what))
    return value


def check_project(title: str, cost: Fraction, description: str = "") -> tuple[str, Fraction, str]:
    """The checks every door applies to a project (typed, pasted, imported)."""
    title = " ".join(title.split())
    if not title:
        raise ValidationError("A project needs a title.")
    if len(title) > TITLE_MAX:
        raise ValidationError(
            "A project title is at most {title_max} characters.",
            title_max=TITLE_MAX,
        )
    description = description.strip()
    if len(description) > DESCRIPTION_MAX:
        raise ValidationError(
            "A description is at most {description_max} characters.",
            description_max=DESCRIPTION_MAX,
        )
    if cost <= 0:
        raise ValidationError("“{title}” needs a cost above zero.", title=title[:40])
    check_amount(cost, "The cost")
    return title, cost, description


def ballot_problem(
    approved: Sequence[str],
    projects: Mapping[str, Project],
    rules: BallotRules,
    points: Mapping[str, int] | None = None,
) -> ValidationError | None:
    """Why this ballot breaks the rules (the error to raise or show), or ``None`` when fine."""
    unknown = [pid for pid in approved if pid not in projects]
    if unknown:
        return ValidationError("The ballot names a project that is not on the list.")
    if len(set(approved)) != len(approved):
        return ValidationError("A ballot approves each project at most once.")
    if rules.max_projects is not None and len(approved) > rules.max_projects:
        return ValidationError(
            "At most {max_projects} projects on one ballot.", max_projects=rules.max_projects
        )
    if rules.max_cost is not None:
        total = sum((projects[pid].cost for pid in approved), Fraction(0))
        if total > rules.max_cost:
            return ValidationError(
                "The projects approved cost {total}; at most {max_cost}.",
                total=money(total), max_cost=money(rules.max_cost),
            )
    if rules.points:
        given = points or {}
        if any(v < 0 for v in given.values()):
            return ValidationError("Points cannot be negative.")
        if sum(given.values()) > rules.points:
            return ValidationError("At most {points} points on one ballot.", points=rules.points)
    return None


# -- money in sentences ---------------------------------------------------------------


def money(value: Fraction, currency: str = "") -> str:
    """``12,000`` or ``1,234.56`` (rounded to cents), with the currency after when given."""
    if value.denominator == 1:
        text = f"{value.numerator:,}"
    else:
        cents = round(value * 100)
        text = f"{cents // 100:,}.{cents % 100:02d}" if cents >= 0 else f"-{money(-value)}"
    return f"{text} {currency}".strip() if currency else text


# -- tie-break ------------------------------------------------------------------------


def tie_order(election: Election) -> dict[str, tuple[int, Fraction, int]]:
    """The documented tie-break key of each project: more votes, cheaper, listed first."""
    votes = election.votes()
    return {p.id: (-votes[p.id], p.cost, i) for i, p in enumerate(election.projects)}


# -- greedy -----------------------------------------------------------------------------


def greedy(
    election: Election,
    *,
    start: Sequence[str] = (),
    rule: Rule = Rule.GREEDY,
    base: Mapping[str, Explanation] | None = None,
) -> Outcome:
    """Most-approved first; a project that no longer fits is skipped (and says why).

    ``start`` is an outcome to complete (Equal Shares' completion uses this): its projects
    stay funded, the rest of the budget is spent the same greedy way. Projects nobody
    approved are never funded.
    """
    votes = election.votes()
    key = tie_order(election)
    funded = list(start)
    spent = sum((election.project(pid).cost for pid in funded), Fraction(0))
    explanations: dict[str, Explanation] = dict(base or {})
    completing = bool(start) or base is not None
    cur = election.currency
    for project in sorted(election.projects, key=lambda p: key[p.id]):
        if project.id in funded:
            continue
        left = election.budget - spent
        n = votes[project.id]
        if n == 0:
            explanations[project.id] = Explanation(
                project.id, False, (reason("why.no_votes"),), currency=cur
            )
            continue
        if project.cost <= left:
            funded.append(project.id)
            spent += project.cost
            what = "why.completion" if completing else "why.funded"
            explanations[project.id] = Explanation(
                project.id,
                True,
                (reason(what, n=n, cost=project.cost, left=election.budget - spent),),
                stage="completion" if completing else "rule",
                currency=cur,
            )
        elif project.id not in explanations or not completing:
            explanations[project.id] = Explanation(
                project.id, False, (reason("why.skipped", left=left, cost=project.cost),),
                currency=cur,
            )
        else:
            old = explanations[project.id]
            explanations[project.id] = Explanation(
                project.id,
                False,
                (*old.reasons, reason("why.at_completion", left=left, cost=project.cost)),
                exhausted=old.exhausted,
                currency=cur,
            )
    return Outcome(rule, tuple(funded), spent, election.budget, explanations)


# -- comparing outcomes -----------------------------------------------------------------


@dataclass(frozen=True)
class OutcomeSummary:
    """One column of the side-by-side comparison."""

    rule: Rule
    funded: tuple[str, ...]
    spent: Fraction
    left: Fraction
    voters_with_funded: int  # voters with at least one approved project funded
    voters: int


def summarise(election: Election, outcome: Outcome) -> OutcomeSummary:
    chosen = set(outcome.funded)
    happy = sum(1 for b in election.ballots if chosen.intersection(b.approved))
    return OutcomeSummary(
        outcome.rule,
        outcome.funded,
        outcome.spent,
        outcome.left,
        happy,
        len(election.ballots),
    )


def compare(election: Election, outcomes: Iterable[Outcome]) -> list[OutcomeSummary]:
    """The comparison of outcomes: what each funds, who is served, the money spent."""
    return [summarise(election, o) for o in outcomes]


def only_in(first: Outcome, second: Outcome) -> tuple[str, ...]:
    """Projects the first outcome funds and the second does not (in the first's order)."""
    other = set(second.funded)
    return tuple(pid for pid in first.funded if pid not in other)
