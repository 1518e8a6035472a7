"""The workshop's action list: what, who owns it, by when, how far, and where it came from.

Pure Python (no Qt, no database). An owner is a :class:`~workshop.domain.reciprocity.Party`
(a participant or an organisation) or nobody yet. The source says what the action
grew out of: a note, a cluster, a vote result or a commitment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from workshop.domain import validation as v
from workshop.domain.errors import ValidationError
from workshop.domain.reciprocity import Card, Commitment, Party

NO_OWNER = "No owner yet"


class ActionStatus(StrEnum):
    OPEN = "open"
    DOING = "doing"
    DONE = "done"

    @property
    def label(self) -> str:
        return {"open": "Open", "doing": "Doing", "done": "Done"}[self.value]

    def next(self) -> ActionStatus:
        """The status one press of the status key moves to (open → doing → done → open)."""
        order = list(ActionStatus)
        return order[(order.index(self) + 1) % len(order)]


class SourceKind(StrEnum):
    NONE = ""
    NOTE = "note"
    CLUSTER = "cluster"
    VOTE = "vote"
    COMMITMENT = "commitment"

    @property
    def label(self) -> str:
        return {
            "": "",
            "note": "Note",
            "cluster": "Cluster",
            "vote": "Vote result",
            "commitment": "Commitment",
        }[self.value]


@dataclass(frozen=True, slots=True)
class Action:
    id: int
    what: str
    owner: Party | None
    due: str  # ISO date or empty
    status: ActionStatus
    source_kind: SourceKind
    source_id: int | None
    #: A short description of the source ("Note: Community fridge…"), filled by storage.
    source_text: str = ""

    @property
    def owner_label(self) -> str:
        return self.owner.label if self.owner is not None else NO_OWNER

    def overdue(self, today: date) -> bool:
        if not self.due or self.status is ActionStatus.DONE:
            return False
        return date.fromisoformat(self.due) < today


def clean_what(text: str) -> str:
    return v.required_text(text, "What the action is", v.TITLE_MAX)


def clean_due(text: str) -> str:
    """An ISO date ("2026-12-15") or empty; an impossible date is refused too."""
    value = v.iso_date(text)
    if value:
        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise ValidationError("“{value}” is not a real date.", value=value) from exc
    return value


def by_owner(actions: Iterable[Action]) -> list[tuple[str, list[Action]]]:
    """Actions grouped by owner label (those without an owner last), each by due date.

    Actions with a due date come before those without; done ones last within an owner.
    """
    groups: dict[str, list[Action]] = {}
    for action in actions:
        groups.setdefault(action.owner_label, []).append(action)
    ordered = sorted(groups, key=lambda k: (k == NO_OWNER, k.casefold()))
    return [(k, sort_actions(groups[k])) for k in ordered]


def sort_actions(actions: Iterable[Action]) -> list[Action]:
    return sorted(
        actions,
        key=lambda a: (a.status is ActionStatus.DONE, not a.due, a.due, a.id),
    )


def owned_by(actions: Iterable[Action], organisation: str) -> list[Action]:
    """An organisation's actions: its own, and those of its people."""
    folded = organisation.casefold()
    return [
        a for a in actions if a.owner is not None and a.owner.organisation.casefold() == folded
    ]


def counts(actions: Iterable[Action]) -> dict[ActionStatus, int]:
    found = dict.fromkeys(ActionStatus, 0)
    for action in actions:
        found[action.status] += 1
    return found


@dataclass(frozen=True, slots=True)
class OrganisationSummary:
    """One organisation's page: what it (and its people) offered, asked, gives, receives, does."""

    organisation: str
    offers: tuple[Card, ...]
    asks: tuple[Card, ...]
    gives: tuple[Commitment, ...]
    receives: tuple[Commitment, ...]
    actions: tuple[Action, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.offers or self.asks or self.gives or self.receives or self.actions)
