"""Which screen shows which activity kind.

Each capability's screen module calls :func:`register` when imported; it is
imported only when an activity of its kind is first shown, so start-up does not
pay for screens the day may never use.
"""

from __future__ import annotations

import importlib

from workshop.domain.models import ActivityKind
from workshop.ui.screens.base import ActivityScreen
from workshop.ui.screens.prompt import PromptScreen

_SCREENS: dict[ActivityKind, type[ActivityScreen]] = {}

#: Where each kind's screen lives; kinds not listed use the plain prompt screen.
_MODULES = {
    ActivityKind.BRAINSTORM: "workshop.ui.board.screen",
    ActivityKind.DOT_VOTE: "workshop.ui.vote.screen",
    ActivityKind.PURPOSE_BLEND: "workshop.ui.purpose.screen",
    ActivityKind.OFFERS_ASKS: "workshop.ui.reciprocity.screen",
    ActivityKind.PULSE: "workshop.ui.pulse.screen",
    ActivityKind.REVIEW: "workshop.ui.series.review_screen",
    ActivityKind.BUDGET: "workshop.ui.budgeting.screen",
}


def register(kind: ActivityKind, screen: type[ActivityScreen]) -> None:
    _SCREENS[kind] = screen


def screen_class(kind: ActivityKind) -> type[ActivityScreen]:
    """The kind's own screen, or the plain prompt screen when it has none."""
    if kind not in _SCREENS and kind in _MODULES:
        importlib.import_module(_MODULES[kind])
    return _SCREENS.get(kind, PromptScreen)
