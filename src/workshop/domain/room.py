"""What the room sees, as plain values: the items on the projector and which activity is live.

The audience views (Qt) describe their picture as :class:`RoomItem` values; the
``workshop room`` command writes them to ``room.json`` (alt text for people who
could not see the screen, the board sent afterwards) and the legibility tests
assert on them. Nothing here imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from workshop.domain.models import Activity, ActivityKind, ActivityStatus

#: The kinds of item the room can see (views may add their own words).
NOTE = "note"
CLUSTER = "cluster"
TITLE = "title"
TEXT = "text"
ITEM = "item"
PAGE = "page"
TIMER = "timer"


class RoomItem(NamedTuple):
    """One thing on the projector, as the room sees it.

    ``text`` is the text as shown: the lines the item is broken into, joined by
    newlines (a word too wide for its box is split as ``"wor-\\nd"``). ``elided``
    is True when the room cannot read all of the source text: cut with "…",
    clipped by its box or by the screen's edge. ``px`` is the text's size in screen
    pixels; ``rect`` is (x, y, width, height) on the screen.
    """

    kind: str
    id: int | None
    text: str
    elided: bool
    px: float
    rect: tuple[int, int, int, int]
    #: The full text the item stands for (not written to room.json; the tests compare).
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "text": self.text,
            "elided": self.elided,
            "px": round(self.px, 1),
            "rect": list(self.rect),
        }


_HYPHEN_BREAK = re.compile(r"-\n")
_SPACE = re.compile(r"\s+")


def unwrap(shown: str) -> str:
    """The shown text put back on one line: hyphen-broken words joined, line breaks as spaces.

    A word that really contains a hyphen at a line end ("well-\\nknown") reads the same
    either way, so comparing with :func:`normalised` of the source stays honest.
    """
    return normalised(_HYPHEN_BREAK.sub("", shown))


def normalised(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def shows_whole(shown: str, source: str) -> bool:
    """Whether ``shown`` (wrapped, maybe hyphen-broken) is all of ``source``, nothing cut."""
    source = normalised(source)
    # A word of the source that ends in "-" at a line end reads either way.
    return unwrap(shown) == source or normalised(shown.replace("\n", " ")) == source


def live_activity(activities: Sequence[Activity], sent: int | None) -> int | None:
    """The activity the room sees: the one sent to the room, else the running one, else the
    first not done, else the welcome; None when there is nothing at all (the workshop's title).
    """
    ids = {a.id for a in activities}
    if sent is not None and sent in ids:
        return sent
    running = next((a for a in activities if a.status is ActivityStatus.RUNNING), None)
    if running is not None:
        return running.id
    waiting = next((a for a in activities if a.status is not ActivityStatus.DONE), None)
    if waiting is not None:
        return waiting.id
    welcome = next((a for a in activities if a.kind is ActivityKind.WELCOME), None)
    return welcome.id if welcome is not None else None


#: How fast a room reads a projected page (characters a second, slower than reading alone).
READING_CHARS_PER_SECOND = 15.0
PAGE_SECONDS_MIN = 10.0
PAGE_SECONDS_MAX = 120.0


def page_seconds(characters: int) -> float:
    """How long an auto-turning page stays up: a moment to find one's place, then reading time."""
    seconds = 5.0 + characters / READING_CHARS_PER_SECOND
    return max(PAGE_SECONDS_MIN, min(PAGE_SECONDS_MAX, seconds))


def room_json(size: tuple[int, int], pages: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The document ``workshop room`` writes: the screen size and, per page, its items."""
    return {"size": [size[0], size[1]], "pages": list(pages)}
