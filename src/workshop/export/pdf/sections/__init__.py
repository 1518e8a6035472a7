"""Section builders of the handout, one module per capability (importing registers them)."""

from workshop.export.pdf.sections import (
    basic,
    brainstorm,
    pulse,
    purpose,
    reciprocity,
    review,
    vote,
)
from workshop.export.pdf.sections.registry import (
    Context,
    HandoutOptions,
    SectionBuilder,
    builder_for,
    registered,
    section,
)

__all__ = [
    "Context",
    "HandoutOptions",
    "SectionBuilder",
    "basic",
    "brainstorm",
    "builder_for",
    "pulse",
    "purpose",
    "reciprocity",
    "registered",
    "review",
    "section",
    "vote",
]
