"""The registry of activity kinds: one spec per kind, read by every consumer.

The laptop's screens, the projector's views, the handout's sections, the CSV
export, the demo and the tables each screen refreshes on all come from
:data:`SPECS`. Adding a kind is one module in this folder (its :class:`KindSpec`)
and one line here; ``tests/test_kinds.py`` checks each spec is whole.
"""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.kinds import (
    brainstorm,
    budget,
    conversation,
    dot_vote,
    offers_asks,
    pulse,
    purpose_blend,
    review,
)
from workshop.kinds.spec import ALWAYS_WATCHED, SHARED_TABLES, KindSpec, resolve

#: In the demo's order (a vote needs the brainstorm it votes on).
SPECS: tuple[KindSpec, ...] = (
    conversation.WELCOME,
    conversation.PROMPT,
    conversation.BREAK,
    conversation.CLOSE,
    review.SPEC,
    purpose_blend.SPEC,
    brainstorm.SPEC,
    dot_vote.SPEC,
    offers_asks.SPEC,
    pulse.SPEC,
    budget.SPEC,
)

_BY_KIND = {spec.kind: spec for spec in SPECS}


def spec_for(kind: ActivityKind) -> KindSpec:
    """The spec of ``kind`` (every kind has one; ``tests/test_kinds.py`` proves it)."""
    return _BY_KIND[kind]


def watched(kind: ActivityKind) -> frozenset[str]:
    """The tables whose changes make ``kind``'s screen and audience view refresh."""
    return spec_for(kind).watches


def unique_paths(paths: list[str | None]) -> list[str]:
    """``paths`` without None and repeats, first occurrence first (shared parts run once)."""
    return list(dict.fromkeys(p for p in paths if p))


__all__ = [
    "ALWAYS_WATCHED",
    "SHARED_TABLES",
    "SPECS",
    "KindSpec",
    "resolve",
    "spec_for",
    "unique_paths",
    "watched",
]
