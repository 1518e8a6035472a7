"""What the room is shown: the presentation state the audience window renders from.

Facts of the day (which activity runs, its timer, whether a vote is revealed)
live in the document. This is the rest: which activity the laptop has
sent to the room (live), blank, frozen, spotlight, agenda overlay and theme. Blank and freeze are
deliberately not kept across a restart (a reopened projector starts live);
the theme and the chosen screen belong to this laptop and the hall, so they
are machine preferences (settings), never written into the workshop file.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Theme(StrEnum):
    DARK = "dark"
    LIGHT = "light"


class RoomSees(StrEnum):
    """The one-word answer to "what does the room see right now?"."""

    CLOSED = "closed"
    LIVE = "live"
    BLANK = "blank"
    FROZEN = "frozen"


class Spotlight(NamedTuple):
    """One note or one cluster (with all its notes) put full screen for the room."""

    kind: str  # room.NOTE or room.CLUSTER
    id: int


class PresentationState(NamedTuple):
    #: The live activity: what the room sees (never simply what the laptop has selected).
    activity_id: int | None = None
    blank: bool = False
    frozen: bool = False
    theme: Theme = Theme.DARK
    #: Show the day's agenda instead of the activity (the "where are we" slide).
    agenda: bool = False
    #: Whether the audience window is open (on a projector or as a window).
    showing: bool = False
    #: Name of the screen the audience window is on, when showing.
    screen: str = ""
    fullscreen: bool = False
    #: One note or cluster full screen over the live activity (Esc returns).
    spotlight: Spotlight | None = None

    @property
    def room_sees(self) -> RoomSees:
        if not self.showing:
            return RoomSees.CLOSED
        if self.blank:
            return RoomSees.BLANK
        if self.frozen:
            return RoomSees.FROZEN
        return RoomSees.LIVE
