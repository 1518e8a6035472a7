"""Section builders of the handout, one module per capability (importing registers them)."""

from workshop.export.pdf.sections import (
    basic,
    brainstorm,
    budgeting,
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
    "budgeting",
    "builder_for",
    "pulse",
    "purpose",
    "reciprocity",
    "registered",
    "review",
    "section",
    "vote",
]
