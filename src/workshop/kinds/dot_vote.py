"""Dot vote: on a brainstorm's notes or clusters, by ballot, paper tally or proxy."""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.kinds.spec import QT_TRANSLATE_NOOP, KindSpec

SPEC = KindSpec(
    kind=ActivityKind.DOT_VOTE,
    label=QT_TRANSLATE_NOOP("kinds", "Dot vote"),
    icon="view-sort-descending",
    screen="workshop.ui.vote.screen:VoteScreen",
    view="workshop.ui.projector.vote_view:VoteView",
    pdf_section="workshop.export.pdf.sections.vote:dot_vote",
    csv_sheets="workshop.export.csv_export:votes",
    demo="workshop.demo.voting:fill",
    owns=frozenset({"votes", "ballots", "dots", "tallies"}),
    reads=frozenset({"notes", "clusters", "participants"}),
    ops=("voting",),
)
