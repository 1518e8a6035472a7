"""What an activity kind is made of, declared once: the spec every consumer reads.

A :class:`KindSpec` names the kind's laptop screen, audience view, handout
section, CSV sheets and demo content by dotted path ("package.module:name"), so
this module (and everything below ``ui/``) stays free of Qt, and nothing heavy is
imported until a consumer asks for that one piece. The tables are declared here
too: what the kind owns (its operations write them) and what else it shows; its
screen and audience view refresh on exactly :attr:`KindSpec.watches`.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from workshop.domain.models import ActivityKind


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the UI's translations without loading Qt: the laptop's UI
    translates a kind's label with ``context`` ("kinds") where it shows it."""
    del context
    return text

#: Every kind's screen and view shows the activity's own row and the workshop's details.
ALWAYS_WATCHED = frozenset({"activities", "workshop"})
#: Tables no kind owns: the workshop, its agenda, people, clocks and actions, breakouts
#: and phones (and the file's own bookkeeping). Every other table belongs to exactly one kind.
SHARED_TABLES = frozenset(
    {
        "workshop",
        "activities",
        "participants",
        "timers",
        "actions",
        "history",
        "meta",
        "_sqlite_migrations",
        # Breakout copies and their merges carry rows of every kind's tables.
        "breakouts",
        "origins",
        "origin_runs",
        # Phones join every kind's activities, posting through that kind's operations.
        "phone_settings",
        "phone_activities",
        "phone_queue",
        "phone_receipts",
    }
)

#: The plain screen and views shared by kinds whose outcome is the conversation itself.
PROMPT_SCREEN = "workshop.ui.screens.prompt:PromptScreen"
PROMPT_VIEW = "workshop.ui.projector.views:PromptView"
CONVERSATION_SECTION = "workshop.export.pdf.sections.basic:conversation"


class KindSpec(NamedTuple):
    """One activity kind, whole. Paths are "module:attribute", resolved with :func:`resolve`."""

    kind: ActivityKind
    label: str
    #: A freedesktop icon name (the UI falls back to no icon where the theme lacks it).
    icon: str
    #: The laptop screen (an ``ActivityScreen`` subclass).
    screen: str
    #: The audience view on the projector (an ``AudienceView`` subclass).
    view: str
    #: The handout's results section: ``fn(ctx, activity) -> list[Flowable]``.
    pdf_section: str
    #: The kind's CSV sheets, ``fn(doc) -> list[Sheet]`` (None: its agenda row says it all).
    csv_sheets: str | None
    #: The demo's content of this kind, ``fn(doc) -> None`` (parts shared by kinds run once).
    demo: str
    #: Tables only this kind's operations write.
    owns: frozenset[str] = frozenset()
    #: Tables of others whose changes alter what this kind shows.
    reads: frozenset[str] = frozenset()
    #: The ``storage/ops`` modules of this kind's operations.
    ops: tuple[str, ...] = ()
    #: Whether its audience view may have more than one page (the run panel's "page 1 of
    #: n"): a closed projector builds such a view at once to count them, and leaves one
    #: that never pages until its picture is asked for (``tests/test_start_up.py``).
    view_pages: bool = True

    @property
    def name(self) -> str:
        return self.kind.value

    @property
    def watches(self) -> frozenset[str]:
        """The tables whose changes make this kind's screen and audience view refresh."""
        return self.owns | self.reads | ALWAYS_WATCHED


def resolve(path: str) -> object:
    """The object a "package.module:attribute" path names (imported on first use)."""
    module, _, attribute = path.partition(":")
    return getattr(importlib.import_module(module), attribute)
