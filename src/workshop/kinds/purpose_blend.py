"""Purpose blend: each party's purpose, shared themes, drafts of a common purpose, ratings."""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.kinds.spec import QT_TRANSLATE_NOOP, KindSpec

SPEC = KindSpec(
    kind=ActivityKind.PURPOSE_BLEND,
    label=QT_TRANSLATE_NOOP("kinds", "Purpose blend"),
    icon="format-justify-fill",
    screen="workshop.ui.purpose.screen:PurposeScreen",
    view="workshop.ui.projector.purpose_view:PurposeView",
    pdf_section="workshop.export.pdf.sections.purpose:purpose_blend",
    csv_sheets="workshop.export.csv_export:purposes",
    demo="workshop.demo.purpose:fill",
    owns=frozenset(
        {
            "purpose_settings",
            "purpose_statements",
            "purpose_synonyms",
            "purpose_hidden_terms",
            "purpose_groups",
            "purpose_group_members",
            "purpose_drafts",
            "purpose_ratings",
        }
    ),
    reads=frozenset({"participants"}),
    ops=("purpose",),
)
