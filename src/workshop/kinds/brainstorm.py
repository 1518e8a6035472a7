"""Brainstorm: sticky notes on a board, grouped into clusters."""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.kinds.spec import QT_TRANSLATE_NOOP, KindSpec

SPEC = KindSpec(
    kind=ActivityKind.BRAINSTORM,
    label=QT_TRANSLATE_NOOP("kinds", "Brainstorm"),
    icon="edit-paste",
    screen="workshop.ui.board.screen:BoardScreen",
    view="workshop.ui.projector.board_view:BoardView",
    pdf_section="workshop.export.pdf.sections.brainstorm:brainstorm",
    csv_sheets="workshop.export.csv_export:notes",
    demo="workshop.demo.board:fill",
    owns=frozenset({"notes", "clusters"}),
    # Authors' names; and which breakout table each note came from (the board's filter).
    reads=frozenset({"participants", "origins", "origin_runs", "breakouts"}),
    ops=("board",),
)
