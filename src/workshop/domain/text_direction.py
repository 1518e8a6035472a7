"""Which way a piece of text runs: its first strong character decides (UAX #9, P2–P3).

Shared by the handout's line layout and the board and projector, so a note that starts
in Arabic or Hebrew is right-aligned and laid out right to left everywhere.
"""

from __future__ import annotations

import unicodedata


def starts_right_to_left(text: str) -> bool:
    """Whether ``text``'s first strong character is right to left (Arabic, Hebrew, …)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
