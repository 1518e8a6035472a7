"""Stored values of a purpose-blending activity: settings, statements, merges, rounds, drafts.

A *party* is whoever states a purpose: a participant (``by = "participant"``)
or an organisation (``by = "organisation"``), chosen per activity.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

DEFAULT_LANGUAGE = "english"
SCORE_MIN, SCORE_MAX = 0, 5
#: Blend rounds of 1-2-4-all: each party alone (the statements), pairs, fours, then all (drafts).
ROUND_PAIRS, ROUND_FOURS = 1, 2
ROUND_NAMES = {ROUND_PAIRS: "Pairs", ROUND_FOURS: "Fours"}
#: How long a round lasts on the projector's round timer (minutes): pairs blend two
#: purposes, fours blend two pairs' blends.
ROUND_MINUTES = {ROUND_PAIRS: 5, ROUND_FOURS: 8}


class PartyMode(StrEnum):
    PARTICIPANT = "participant"
    ORGANISATION = "organisation"

    @property
    def label(self) -> str:
        return "by participant" if self is PartyMode.PARTICIPANT else "by organisation"


@dataclass(frozen=True, slots=True)
class Party:
    """A participant (``participant_id``) or an organisation (``organisation``), never both."""

    participant_id: int | None
    organisation: str
    label: str

    @property
    def key(self) -> str:
        return party_key(self.participant_id, self.organisation)


def party_key(participant_id: int | None, organisation: str) -> str:
    return f"p:{participant_id}" if participant_id is not None else f"o:{organisation}"


@dataclass(frozen=True, slots=True)
class PurposeSettings:
    activity_id: int
    by: PartyMode
    language: str
    anonymous: bool
    #: The facilitator has seen the shared themes and shown them to the room.
    themes_shown: bool = False


@dataclass(frozen=True, slots=True)
class PurposeStatement:
    id: int
    activity_id: int
    party: Party
    text: str


@dataclass(frozen=True, slots=True)
class SynonymMerge:
    """Phrases counted as one term, shown as ``label`` (the first phrase)."""

    id: int
    phrases: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.phrases[0]


@dataclass(frozen=True, slots=True)
class HiddenTerm:
    id: int
    phrase: str


@dataclass(frozen=True, slots=True)
class BlendGroup:
    id: int
    round: int
    position: int
    statement_ids: tuple[int, ...]
    text: str  # the group's blended statement, '' until captured
    #: When the app proposed the round (UTC ISO 8601), '' for older files.
    started: str = ""


@dataclass(frozen=True, slots=True)
class Draft:
    id: int
    number: int
    parent_id: int | None
    text: str
    adopted: bool


@dataclass(frozen=True, slots=True)
class Rating:
    id: int
    draft_id: int
    party: Party
    score: int  # fist of five: 0 (cannot live with it) … 5 (fully my purpose)
    comment: str
