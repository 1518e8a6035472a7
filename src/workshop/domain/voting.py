"""Dot voting: the settings of a vote, the rules a dot must pass, the results, and the agenda
made from them.

Everything here is pure Python. Storage reads rows into these values and asks
the rule functions before it writes; the UI asks the same functions to say
*why* a click is refused before it even tries.

Counting rules
--------------
- A ballot belongs to one participant (cast at the laptop, or by the
  facilitator as a proxy). Its dots obey the budget, the per-item cap and,
  unless allowed, the own-note rule.
- Paper tallies are counted dots per item, stored apart from ballots; they
  have no owner, so no budget or cap applies to them.
- An item's dots = its ballot dots + its paper dots. Nothing else is stored.

"Each organisation weighs the same": the ballot dots of every organisation
(participants without one form one group) are scaled so every group has the
same total, the mean of the group totals; the overall total is unchanged.
Paper dots have no organisation and are added unscaled. Scores are compared
exactly (``fractions.Fraction``), so ties are real ties, never float noise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from workshop.domain.errors import ValidationError, said
from workshop.domain.validation import TIMEBOX_MAX

DOTS_MIN, DOTS_MAX = 1, 99
DEFAULT_DOTS = 5
DEFAULT_CAP = 3
TALLY_MAX = 9999
DEFAULT_TIMEBOX = 15
#: The shortest timebox "make agenda" gives an item when it has to squeeze them into the time left.
MIN_FITTED_TIMEBOX = 5
NO_ORGANISATION = "No organisation"


class VoteTarget(StrEnum):
    """What is on the ballot. With CLUSTERS_AND_NOTES a loose note (in no cluster) is an
    item too; its item id is minus its note id (see :func:`loose_item_id`), so it never
    collides with a cluster's id."""

    NOTES = "notes"
    CLUSTERS = "clusters"
    CLUSTERS_AND_NOTES = "clusters_and_notes"

    @property
    def label(self) -> str:
        return {
            VoteTarget.NOTES: "notes",
            VoteTarget.CLUSTERS: "clusters",
            VoteTarget.CLUSTERS_AND_NOTES: "clusters and loose notes",
        }[self]

    @property
    def uses_clusters(self) -> bool:
        return self is not VoteTarget.NOTES


#: With secret ballots an organisation's choices are shown only from this many voters on.
SECRET_MIN_VOTERS = 3
#: What stands in for a small organisation's choices, and why.
KEPT_SECRET = "kept secret: fewer than 3 voters"
KEPT_SECRET_WHY = (
    "Ballots are secret: an organisation's choices are shown only when at least 3 of its "
    "people voted (with fewer, they would nearly give away each person's ballot)."
)


def choices_hidden(secret: bool, voters: int) -> bool:
    """Whether an organisation's "most dots on" must stay hidden (secret ballots, < 3 voters)."""
    return secret and voters < SECRET_MIN_VOTERS


def loose_item_id(note_id: int) -> int:
    """The ballot item id of a loose note in a "clusters and loose notes" vote."""
    return -note_id


def default_target(clusters: int, loose_notes: int) -> VoteTarget:
    """What a new vote proposes: clusters when the board has them, with the loose notes too
    when there are any (voting on clusters alone silently dropped 44 loose ideas)."""
    if not clusters:
        return VoteTarget.NOTES
    return VoteTarget.CLUSTERS_AND_NOTES if loose_notes else VoteTarget.CLUSTERS


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def ballot_scope(target: VoteTarget, clusters: int, clustered_notes: int, loose_notes: int) -> str:
    """Say plainly what is and is not on the ballot, e.g. "On the ballot: 8 clusters.
    Not on it: 44 loose notes (in no cluster)."."""
    notes = clustered_notes + loose_notes
    if target is VoteTarget.NOTES:
        on = f"On the ballot: every note, one by one ({_plural(notes, 'note')})."
        return on + (f" The {_plural(clusters, 'cluster')} are not used." if clusters else "")
    if target is VoteTarget.CLUSTERS:
        on = f"On the ballot: {_plural(clusters, 'cluster')} (with their "
        on += f"{_plural(clustered_notes, 'note')})."
        if loose_notes:
            on += (
                f" Not on it: {_plural(loose_notes, 'loose note')} (in no cluster) — choose "
                "“clusters and loose notes” to include them."
            )
        return on
    return (
        f"On the ballot: {_plural(clusters, 'cluster')} (with their "
        f"{_plural(clustered_notes, 'note')}) and {_plural(loose_notes, 'loose note')}."
    )


def ballot_numbers(items: Sequence[VoteItem]) -> dict[int, int]:
    """The number of each item on the ballot: 1, 2, 3 … in the order of ``items`` (the order
    ``read_votes.items`` gives, the order they were made).

    One numbering for the room and the laptop: the projector's voting view shows these
    numbers, the laptop's ballot and tally lists use the same, so "a dot on 12" means the
    same idea on paper, on the screen and in the app.
    """
    return {item.id: number for number, item in enumerate(items, start=1)}


@dataclass(frozen=True, slots=True)
class VoteSettings:
    activity_id: int
    source_activity_id: int | None = None
    target: VoteTarget = VoteTarget.NOTES
    dots_per_person: int = DEFAULT_DOTS
    max_per_item: int = DEFAULT_CAP
    allow_own: bool = True
    secret: bool = True
    revealed: bool = False
    closed: bool = False
    equal_org_weight: bool = False

    @property
    def cap(self) -> int:
        """The real per-item limit (a cap above the budget is the budget)."""
        return min(self.max_per_item, self.dots_per_person)

    def describe(self) -> str:
        own = "own notes allowed" if self.allow_own else "not on your own notes"
        secret = "secret ballots" if self.secret else "open ballots"
        return (
            f"{self.dots_per_person} dots each, at most {self.cap} on one item, {own}, {secret}"
        )


@dataclass(frozen=True, slots=True)
class VoteItem:
    """A note or a cluster that can receive dots; ``authors``: who wrote it (empty: unknown)."""

    id: int
    title: str
    authors: frozenset[int] = frozenset()
    #: A cluster's notes (their texts), so voters see what they vote on; empty for a note.
    contents: tuple[str, ...] = ()

    def is_own(self, participant_id: int) -> bool:
        """A note you wrote, or a cluster made only of your own notes."""
        return self.authors == frozenset({participant_id})


@dataclass(frozen=True, slots=True)
class Voter:
    id: int
    name: str
    organisation: str

    @property
    def group(self) -> str:
        return self.organisation or NO_ORGANISATION


# ---------------------------------------------------------------------------- settings


def check_settings(dots_per_person: int, max_per_item: int) -> None:
    if not DOTS_MIN <= dots_per_person <= DOTS_MAX:
        raise ValidationError(
            "Dots per person must be between {dots_min} and {dots_max} (not "
            "{dots_per_person}).",
            dots_min=DOTS_MIN, dots_max=DOTS_MAX, dots_per_person=dots_per_person,
        )
    if not DOTS_MIN <= max_per_item <= DOTS_MAX:
        raise ValidationError(
            "The most dots on one item must be between {dots_min} and {dots_max} (not "
            "{max_per_item}).",
            dots_min=DOTS_MIN, dots_max=DOTS_MAX, max_per_item=max_per_item,
        )


def check_settings_editable(dots_cast: int) -> None:
    """Settings are fixed once the first dot (on a ballot or on paper) is in."""
    if dots_cast > 0:
        raise ValidationError(
            "The settings are fixed because dots have been cast. "
            "Reset the vote to change them (you can undo the reset)."
        )


def check_open(settings: VoteSettings) -> None:
    if settings.closed:
        raise ValidationError("The vote is closed: no more dots can be added or removed.")


# ---------------------------------------------------------------------------- ballots


class Refusal(StrEnum):
    """Why a dot may not be added or taken back (the UI words each in its own language)."""

    CLOSED = "closed"
    NO_DOTS_LEFT = "no-dots-left"
    ITEM_CAP = "item-cap"
    OWN_NOTE = "own-note"
    CLOSED_REMOVE = "closed-remove"
    NO_DOT_HERE = "no-dot-here"


def refusal_reason(
    settings: VoteSettings,
    used: Mapping[int, int],
    item: VoteItem,
    participant_id: int,
) -> Refusal | None:
    """Why one more dot on ``item`` is refused for this participant, or None when it is allowed.

    ``used`` maps item id -> dots this participant already put there.
    """
    if settings.closed:
        return Refusal.CLOSED
    if sum(used.values()) >= settings.dots_per_person:
        return Refusal.NO_DOTS_LEFT
    if used.get(item.id, 0) >= settings.cap:
        return Refusal.ITEM_CAP
    if not settings.allow_own and item.is_own(participant_id):
        return Refusal.OWN_NOTE
    return None


def removal_reason(settings: VoteSettings, used: Mapping[int, int], item_id: int
                   ) -> Refusal | None:
    if settings.closed:
        return Refusal.CLOSED_REMOVE
    if used.get(item_id, 0) <= 0:
        return Refusal.NO_DOT_HERE
    return None


#: Why a dot is refused, in English (the command line, errors from the operations).
_REFUSALS = {
    Refusal.CLOSED: said("The vote is closed: no more dots can be added."),
    Refusal.NO_DOTS_LEFT: said(
        "No dots left: all {dots} are placed. Remove one to move it, or press Done."
    ),
    Refusal.ITEM_CAP: said("Item cap reached: at most {cap} dots on one item."),
    Refusal.OWN_NOTE: said(
        "This is your own note: in this vote you cannot put dots on your own notes."
    ),
    Refusal.CLOSED_REMOVE: said("The vote is closed: dots can no longer be removed."),
    Refusal.NO_DOT_HERE: said("There is no dot of yours on this item to remove."),
}


def refusal_error(reason: Refusal, settings: VoteSettings) -> ValidationError:
    return ValidationError(_REFUSALS[reason], dots=settings.dots_per_person, cap=settings.cap)


def refusal_text(reason: Refusal, settings: VoteSettings) -> str:
    """The reason in English (the command line, errors from the operations)."""
    return str(refusal_error(reason, settings))


def refusal(
    settings: VoteSettings,
    used: Mapping[int, int],
    item: VoteItem,
    participant_id: int,
) -> str | None:
    """Why one more dot on ``item`` is refused, in English; None when it is allowed."""
    reason = refusal_reason(settings, used, item, participant_id)
    return None if reason is None else refusal_text(reason, settings)


def removal_refusal(settings: VoteSettings, used: Mapping[int, int], item_id: int) -> str | None:
    reason = removal_reason(settings, used, item_id)
    return None if reason is None else refusal_text(reason, settings)


def check_add(
    settings: VoteSettings, used: Mapping[int, int], item: VoteItem, participant_id: int
) -> None:
    reason = refusal_reason(settings, used, item, participant_id)
    if reason is not None:
        raise refusal_error(reason, settings)


def check_remove(settings: VoteSettings, used: Mapping[int, int], item_id: int) -> None:
    reason = removal_reason(settings, used, item_id)
    if reason is not None:
        raise refusal_error(reason, settings)


def check_ballot(
    settings: VoteSettings,
    dots: Mapping[int, int],
    items: Mapping[int, VoteItem],
    participant_id: int,
) -> None:
    """A whole ballot at once (a proxy ballot): every dot must pass, in any order."""
    check_open(settings)
    used: Counter[int] = Counter()
    for item_id, count in sorted(dots.items()):
        if count < 0:
            raise ValidationError("A ballot cannot hold a negative number of dots.")
        item = items.get(item_id)
        if item is None and count:
            raise ValidationError("One of the items on this ballot no longer exists.")
        for _ in range(count):
            assert item is not None
            check_add(settings, used, item, participant_id)
            used[item_id] += 1


def dots_left(settings: VoteSettings, used: Mapping[int, int]) -> int:
    return max(0, settings.dots_per_person - sum(used.values()))


def check_tally(count: int) -> int:
    if not 0 <= count <= TALLY_MAX:
        raise ValidationError(
            "A paper tally must be between 0 and {tally_max} dots.",
            tally_max=TALLY_MAX,
        )
    return count


# ---------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class RankedItem:
    id: int
    title: str
    dots: int  # ballot dots + paper dots
    ballot_dots: int
    paper_dots: int
    rank: int  # competition ranking: 1, 2, 2, 4
    tied: bool  # another item with at least one dot has exactly the same score
    score: float  # what the ranking is by: ``dots``, or the organisation-weighted dots


@dataclass(frozen=True, slots=True)
class OrganisationResult:
    name: str
    voters: int
    dots: int
    by_item: Mapping[int, int]
    #: The factor each of this organisation's dots counts for when organisations weigh the same.
    weight: float

    def top_items(self, limit: int = 3) -> list[int]:
        ordered = sorted(self.by_item.items(), key=lambda kv: (-kv[1], kv[0]))
        return [item_id for item_id, _ in ordered[:limit]]


@dataclass(frozen=True, slots=True)
class VoteResults:
    ranking: tuple[RankedItem, ...]  # by dots as cast
    weighted: tuple[RankedItem, ...]  # each organisation weighs the same
    voters: int  # ballots with at least one dot
    ballot_dots: int
    paper_dots: int
    organisations: tuple[OrganisationResult, ...]
    revealed: bool = False
    equal_org_weight: bool = False

    @property
    def dots_cast(self) -> int:
        return self.ballot_dots + self.paper_dots

    @property
    def ties(self) -> list[list[RankedItem]]:
        """Groups of tied items, best first."""
        groups: dict[int, list[RankedItem]] = {}
        for item in self.ranking:
            if item.tied:
                groups.setdefault(item.rank, []).append(item)
        return [groups[r] for r in sorted(groups)]

    def preferred(self) -> tuple[RankedItem, ...]:
        """The ranking the facilitator chose to lead with."""
        return self.weighted if self.equal_org_weight else self.ranking


@dataclass(frozen=True, slots=True)
class Tallies:
    """What results are computed from: dots on ballots, and paper dots, plainly."""

    #: (participant id, item id) once per dot.
    ballot_dots: Sequence[tuple[int, int]]
    paper: Mapping[int, int] = field(default_factory=dict)


def compute_results(
    items: Sequence[VoteItem],
    voters: Iterable[Voter],
    tallies: Tallies,
    *,
    revealed: bool = False,
    equal_org_weight: bool = False,
) -> VoteResults:
    """Rank ``items`` by dots (ballots + paper), and by organisation-weighted dots.

    Dots on items not in ``items`` (a note deleted meanwhile) are ignored.
    """
    known = {item.id for item in items}
    group_of = {voter.id: voter.group for voter in voters}
    per_group: dict[str, Counter[int]] = {}
    group_voters: dict[str, set[int]] = {}
    ballot_counts: Counter[int] = Counter()
    for participant_id, item_id in tallies.ballot_dots:
        if item_id not in known:
            continue
        group = group_of.get(participant_id, NO_ORGANISATION)
        counter = per_group.get(group)
        if counter is None:
            counter = per_group[group] = Counter()
            group_voters[group] = set()
        counter[item_id] += 1
        group_voters[group].add(participant_id)
        ballot_counts[item_id] += 1
    paper = {k: v for k, v in tallies.paper.items() if k in known and v}

    totals = {group: counter.total() for group, counter in per_group.items()}
    ballot_total = sum(totals.values())
    paper_total = sum(paper.values())
    voters_count = sum(len(v) for v in group_voters.values())

    raw = {item.id: ballot_counts.get(item.id, 0) + paper.get(item.id, 0) for item in items}
    ranking = _rank(items, {k: Fraction(v) for k, v in raw.items()}, ballot_counts, paper)

    # Exact weighting: group g's dots each count ballot_total / (k * total_g), as a Fraction,
    # so every group's ballot part is the same and the overall total is unchanged.
    weights = {
        group: Fraction(ballot_total, len(totals) * total) for group, total in totals.items()
    }
    scaled: dict[int, Fraction] = {item.id: Fraction(paper.get(item.id, 0)) for item in items}
    for group, counter in per_group.items():
        for item_id, count in counter.items():
            scaled[item_id] += count * weights[group]
    weighted = _rank(items, scaled, ballot_counts, paper)

    organisations = tuple(
        OrganisationResult(
            group,
            len(group_voters[group]),
            totals[group],
            dict(per_group[group]),
            float(weights[group]),
        )
        for group in sorted(per_group, key=lambda g: (g == NO_ORGANISATION, g.casefold()))
    )
    return VoteResults(
        ranking,
        weighted,
        voters_count,
        ballot_total,
        paper_total,
        organisations,
        revealed=revealed,
        equal_org_weight=equal_org_weight,
    )


def _rank(
    items: Sequence[VoteItem],
    key: Mapping[int, Fraction],
    ballot: Mapping[int, int],
    paper: Mapping[int, int],
) -> tuple[RankedItem, ...]:
    """Competition ranking by the exact ``key``; equal keys share a rank (a tie)."""
    order = sorted(range(len(items)), key=lambda i: (-key[items[i].id], i))
    same: Counter[Fraction] = Counter(key.values())
    ranked = []
    rank = 0
    previous: Fraction | None = None
    for position, index in enumerate(order):
        item = items[index]
        value = key[item.id]
        if value != previous:
            rank = position + 1
            previous = value
        b, p = ballot.get(item.id, 0), paper.get(item.id, 0)
        ranked.append(
            RankedItem(
                item.id, item.title, b + p, b, p, rank, value > 0 and same[value] > 1,
                float(value),
            )
        )
    return tuple(ranked)


# ---------------------------------------------------------------------------- agenda


@dataclass(frozen=True, slots=True)
class AgendaPlanItem:
    item_id: int
    title: str
    dots: float
    minutes: int


@dataclass(frozen=True, slots=True)
class AgendaPlan:
    items: tuple[AgendaPlanItem, ...]
    minutes_left: int  # 0 when the workshop has no time limit set
    note: str  # what fitting did, in a sentence ("" when nothing had to change)

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.items)


def plan_agenda(
    ranking: Sequence[RankedItem],
    *,
    top: int | None = None,
    min_dots: float | None = None,
    timebox: int = DEFAULT_TIMEBOX,
    minutes_left: int | None = None,
) -> AgendaPlan:
    """Choose the items for the agenda and give each a timebox that fits the time left.

    Take the ``top`` items in rank order (items tied with the last one come too,
    so a tie is never split), or all with at least ``min_dots``. Each gets
    ``timebox`` minutes; when ``minutes_left`` is known and too short, the
    timeboxes shrink evenly (in 5-minute steps, not below 5 minutes) and, if
    even that does not fit, the lowest-ranked items are left out.
    """
    if (top is None) == (min_dots is None):
        raise ValidationError("Choose either the top N items or a minimum number of dots.")
    if not 1 <= timebox <= TIMEBOX_MAX:
        raise ValidationError(
            "A timebox must be between 1 and {timebox_max} minutes.",
            timebox_max=TIMEBOX_MAX,
        )
    voted = [item for item in ranking if item.score > 0]
    if top is not None:
        if top < 1:
            raise ValidationError("Take at least the top 1 item.")
        chosen = voted[:top]
        if chosen and len(voted) > top:
            last = chosen[-1]
            chosen += [i for i in voted[top:] if i.rank == last.rank]
    else:
        assert min_dots is not None
        if min_dots <= 0:
            raise ValidationError("The minimum number of dots must be more than 0.")
        chosen = [item for item in voted if item.score >= min_dots - 1e-9]
    if not chosen:
        raise ValidationError("No item has enough dots to go on the agenda.")

    minutes = timebox
    note = ""
    left = minutes_left if minutes_left and minutes_left > 0 else 0
    if minutes_left is not None and minutes_left <= 0:
        note = "No time is left in the workshop: the new items make the day run over."
    if left and len(chosen) * timebox > left:
        fitted = (left // len(chosen)) // 5 * 5
        if fitted >= MIN_FITTED_TIMEBOX:
            minutes = min(timebox, fitted)
            note = f"Timeboxes shortened to {minutes} min to fit the {left} min left."
        else:
            keep = max(1, left // MIN_FITTED_TIMEBOX)
            dropped = len(chosen) - keep
            chosen = chosen[:keep]
            minutes = min(timebox, max(MIN_FITTED_TIMEBOX, (left // keep) // 5 * 5))
            if dropped > 0:
                note = (
                    f"Only {left} min left: {dropped} lower-ranked item"
                    f"{'s' if dropped != 1 else ''} left out, {minutes} min each."
                )
            else:
                note = f"Timeboxes shortened to {minutes} min to fit the {left} min left."
    plan_items = tuple(AgendaPlanItem(i.id, i.title, i.score, minutes) for i in chosen)
    return AgendaPlan(plan_items, left, note)
