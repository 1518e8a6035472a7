"""Offers and asks: cards by person or organisation, matched into commitments (and actions)."""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.kinds.spec import QT_TRANSLATE_NOOP, KindSpec

SPEC = KindSpec(
    kind=ActivityKind.OFFERS_ASKS,
    label=QT_TRANSLATE_NOOP("kinds", "Offers and asks"),
    icon="mail-send-receive",
    screen="workshop.ui.reciprocity.screen:OffersAsksScreen",
    view="workshop.ui.projector.offers_view:OffersAsksView",
    pdf_section="workshop.export.pdf.sections.reciprocity:offers_asks",
    csv_sheets="workshop.export.csv_export:reciprocity",
    demo="workshop.demo.reciprocity:fill",
    owns=frozenset({"reciprocity_cards", "commitments"}),
    reads=frozenset({"participants", "actions"}),
    ops=("reciprocity",),
)
