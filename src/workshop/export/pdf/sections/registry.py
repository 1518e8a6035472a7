"""The section builders, keyed by activity kind: each capability's results are its own function.

A builder gets the shared :class:`Context` and one activity, and returns the
flowables that show that activity's outcome (the heading, timing and prompt
are drawn around them by the handout). Each kind's spec (``workshop.kinds``)
names its builder; the conversation kinds' builder adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import cast

from reportlab.platypus import Flowable

from workshop.domain.models import Activity, ActivityKind, Participant, WorkshopDetails
from workshop.export.fonts import markup
from workshop.export.localised import Words, words
from workshop.export.pdf.style import Styles
from workshop.export.pdf.text import Paragraph
from workshop.kinds import resolve, spec_for
from workshop.storage import read
from workshop.storage.document import Document


@dataclass(frozen=True)
class HandoutOptions:
    """``page_size`` "a4" or "letter"; ``short``: cover, agenda and results, no raw notes."""

    page_size: str = "a4"
    short: bool = False


@dataclass
class Context:
    doc: Document
    details: WorkshopDetails
    options: HandoutOptions
    styles: Styles
    width: float  # of the text frame, in points
    people: dict[int, Participant] = field(default_factory=dict)

    @property
    def words(self) -> Words:
        """Labels, dates and numbers in the workshop's language: ``ctx.words("vote.rank")``."""
        return words(self.details.language)

    @property
    def rtl(self) -> bool:
        """Whether the workshop's language is written right to left: its tables are
        printed first column on the right (``reading.table``)."""
        return self.words.right_to_left

    def nothing(self, key: str) -> Paragraph:
        """The sentence saying an activity captured nothing ("No notes were captured.").

        Marked, so the handout can tell "nothing happened here" from other quiet
        sentences in any language (a skipped activity's section is left out).
        """
        paragraph = Paragraph(markup(self.words(key)), self.styles.empty)
        paragraph.captured_nothing = True
        return paragraph

    def anonymous(self, activity: Activity | None) -> bool:
        """Whether authors and voters of ``activity`` must stay unnamed."""
        return read.is_anonymous(self.doc, activity)

    def author(self, activity: Activity, author_id: int | None) -> str:
        """The name to print under a note ("" when anonymous or unknown)."""
        if author_id is None or self.anonymous(activity):
            return ""
        person = self.people.get(author_id)
        return person.name if person else ""


SectionBuilder = Callable[[Context, Activity], list[Flowable]]


@cache
def builder_for(kind: ActivityKind) -> SectionBuilder:
    """The results builder the spec of ``kind`` names (imported on first use)."""
    return cast(SectionBuilder, resolve(spec_for(kind).pdf_section))
