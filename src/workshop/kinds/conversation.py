"""Kinds whose outcome is the conversation itself: welcome, prompt, break, close.

They own no tables: the activity's row (title, prompt, timing) is all they show,
on the plain prompt screen and view, and the agenda's CSV row and the handout's
heading say it all. The foundation's demo agenda has one of each.
"""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.kinds.spec import (
    CONVERSATION_SECTION,
    PROMPT_SCREEN,
    PROMPT_VIEW,
    QT_TRANSLATE_NOOP,
    KindSpec,
)


def _conversation(kind: ActivityKind, label: str, icon: str, view: str = PROMPT_VIEW) -> KindSpec:
    return KindSpec(
        kind=kind,
        label=label,
        icon=icon,
        screen=PROMPT_SCREEN,
        view=view,
        pdf_section=CONVERSATION_SECTION,
        view_pages=False,
        csv_sheets=None,
        demo="workshop.demo.foundation:fill",
    )


WELCOME = _conversation(
    ActivityKind.WELCOME,
    QT_TRANSLATE_NOOP("kinds", "Welcome"),
    "go-home",
    view="workshop.ui.projector.views:WelcomeView",
)
PROMPT = _conversation(
    ActivityKind.PROMPT, QT_TRANSLATE_NOOP("kinds", "Prompt / discussion"), "dialog-question"
)
BREAK = _conversation(
    ActivityKind.BREAK, QT_TRANSLATE_NOOP("kinds", "Break"), "media-playback-pause"
)
CLOSE = _conversation(ActivityKind.CLOSE, QT_TRANSLATE_NOOP("kinds", "Close"), "application-exit")
