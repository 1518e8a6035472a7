"""Section builders of the handout, one module per capability; each kind's spec names its own."""

from workshop.export.pdf.sections.registry import (
    Context,
    HandoutOptions,
    SectionBuilder,
    builder_for,
)

__all__ = ["Context", "HandoutOptions", "SectionBuilder", "builder_for"]
