"""Kinds whose outcome is the conversation itself: welcome, prompt, break, close.

Their heading and prompt (drawn by the handout around every section) say it
all, so the builder adds nothing; their specs (``workshop.kinds.conversation``)
name it so every kind is accounted for in one place.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from workshop.domain.models import Activity
from workshop.export.pdf.sections.registry import Context


def conversation(ctx: Context, activity: Activity) -> list[Flowable]:
    return []
