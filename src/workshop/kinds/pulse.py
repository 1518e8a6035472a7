"""Pulse check: statements answered on a scale in rounds (a show of hands or one by one)."""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.kinds.spec import QT_TRANSLATE_NOOP, KindSpec

SPEC = KindSpec(
    kind=ActivityKind.PULSE,
    label=QT_TRANSLATE_NOOP("kinds", "Pulse check"),
    icon="view-statistics",
    screen="workshop.ui.pulse.screen:PulseScreen",
    view="workshop.ui.projector.pulse_view:PulseView",
    pdf_section="workshop.export.pdf.sections.pulse:pulse",
    csv_sheets="workshop.export.csv_export:pulse",
    demo="workshop.demo.reciprocity:fill",
    owns=frozenset({"pulse_statements", "pulse_rounds", "pulse_tallies", "pulse_answers"}),
    reads=frozenset({"participants"}),
    ops=("pulse",),
)
