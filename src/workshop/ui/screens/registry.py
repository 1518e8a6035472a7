"""Which screen shows which activity kind. Each capability registers its screen here."""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.ui.screens.base import ActivityScreen
from workshop.ui.screens.prompt import PromptScreen

_SCREENS: dict[ActivityKind, type[ActivityScreen]] = {}


def register(kind: ActivityKind, screen: type[ActivityScreen]) -> None:
    _SCREENS[kind] = screen


def screen_class(kind: ActivityKind) -> type[ActivityScreen]:
    """The kind's own screen, or the plain prompt screen until that kind has one."""
    _load_builtin()
    return _SCREENS.get(kind, PromptScreen)


def _load_builtin() -> None:
    """Import the screens of every capability (each registers itself on import)."""
    from workshop.ui.board import screen as _board  # noqa: F401 - registers on import
    from workshop.ui.pulse import screen as _pulse  # noqa: F401 - registers on import
    from workshop.ui.purpose import screen as _purpose  # noqa: F401 - registers on import
    from workshop.ui.reciprocity import screen as _reciprocity  # noqa: F401
    from workshop.ui.vote import screen as _vote  # noqa: F401 - registers on import
