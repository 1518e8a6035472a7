"""Review of promises: what earlier meetings of a series promised, and where it stands."""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.kinds.spec import QT_TRANSLATE_NOOP, KindSpec

SPEC = KindSpec(
    kind=ActivityKind.REVIEW,
    label=QT_TRANSLATE_NOOP("kinds", "Review of promises"),
    icon="view-history",
    screen="workshop.ui.series.review_screen:ReviewScreen",
    view="workshop.ui.projector.review_view:ReviewView",
    pdf_section="workshop.export.pdf.sections.review:review",
    csv_sheets=None,
    demo="workshop.demo.series:fill",
    owns=frozenset({"promises", "series_figures"}),
    #: This meeting's own figures (pulse, offers and asks, actions) join the series' trends.
    reads=frozenset(
        {
            "participants",
            "actions",
            "reciprocity_cards",
            "pulse_statements",
            "pulse_rounds",
            "pulse_tallies",
            "pulse_answers",
        }
    ),
    ops=("series",),
)
