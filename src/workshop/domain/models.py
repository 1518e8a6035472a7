"""The entities of a workshop as plain, immutable values.

Storage builds these from rows; the UI and export read them. They carry no
behaviour that needs a database or a window.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class ActivityKind(StrEnum):
    """What an agenda item is; each kind's spec (``workshop.kinds``) says what it is made of."""

    WELCOME = "welcome"
    BRAINSTORM = "brainstorm"
    DOT_VOTE = "dot_vote"
    PURPOSE_BLEND = "purpose_blend"
    PROMPT = "prompt"
    BREAK = "break"
    CLOSE = "close"
    OFFERS_ASKS = "offers_asks"
    PULSE = "pulse"
    REVIEW = "review"
    BUDGET = "budget"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    DONE = "done"


class WorkshopDetails(NamedTuple):
    title: str
    date: str  # ISO date "YYYY-MM-DD" or empty
    venue: str
    facilitator: str
    goal: str
    anonymous: bool
    start_time: str  # "HH:MM" or empty
    available_minutes: int
    language: str = "en"  # the workshop's language (domain/languages.py), not the UI's


class Participant(NamedTuple):
    id: int
    name: str
    organisation: str
    colour: str  # "#rrggbb" or empty


class Activity(NamedTuple):
    id: int
    position: int
    kind: ActivityKind
    title: str
    prompt: str
    timebox_minutes: int
    status: ActivityStatus
    facilitator_notes: str
    anonymous: bool | None  # None: follow the workshop setting
