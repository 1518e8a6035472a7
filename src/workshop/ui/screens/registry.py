"""Which screen shows which activity kind: read from the kind's spec (``workshop.kinds``).

A screen's module is imported only when an activity of its kind is first shown,
so start-up does not pay for screens the day may never use.
"""

from __future__ import annotations

from functools import cache

from workshop.domain.models import ActivityKind
from workshop.kinds import resolve, spec_for
from workshop.ui.screens.base import ActivityScreen


@cache
def screen_class(kind: ActivityKind) -> type[ActivityScreen]:
    """The kind's laptop screen, as its spec names it."""
    cls = resolve(spec_for(kind).screen)
    assert isinstance(cls, type) and issubclass(cls, ActivityScreen), cls
    return cls
