"""Kinds whose outcome is the conversation itself: welcome, prompt, break, close.

They own no tables: the activity's row (title, prompt, timing) is all they show,
on the plain prompt screen and view, and the agenda's CSV row and the handout's
heading say it all. The foundation's demo agenda has one of each.
"""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.kinds.spec import CONVERSATION_SECTION, PROMPT_SCREEN, PROMPT_VIEW, KindSpec

_DEMO = "workshop.demo.foundation:fill"

WELCOME = KindSpec(
    kind=ActivityKind.WELCOME,
    label="Welcome",
    icon="go-home",
    screen=PROMPT_SCREEN,
    view="workshop.ui.projector.views:WelcomeView",
    pdf_section=CONVERSATION_SECTION,
    csv_sheets=None,
    demo=_DEMO,
)

PROMPT = KindSpec(
    kind=ActivityKind.PROMPT,
    label="Prompt / discussion",
    icon="dialog-question",
    screen=PROMPT_SCREEN,
    view=PROMPT_VIEW,
    pdf_section=CONVERSATION_SECTION,
    csv_sheets=None,
    demo=_DEMO,
)

BREAK = KindSpec(
    kind=ActivityKind.BREAK,
    label="Break",
    icon="media-playback-pause",
    screen=PROMPT_SCREEN,
    view=PROMPT_VIEW,
    pdf_section=CONVERSATION_SECTION,
    csv_sheets=None,
    demo=_DEMO,
)

CLOSE = KindSpec(
    kind=ActivityKind.CLOSE,
    label="Close",
    icon="application-exit",
    screen=PROMPT_SCREEN,
    view=PROMPT_VIEW,
    pdf_section=CONVERSATION_SECTION,
    csv_sheets=None,
    demo=_DEMO,
)
