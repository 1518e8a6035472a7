"""Participatory budget: projects with costs, approval ballots, greedy and Equal Shares."""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.kinds.spec import QT_TRANSLATE_NOOP, KindSpec

SPEC = KindSpec(
    kind=ActivityKind.BUDGET,
    label=QT_TRANSLATE_NOOP("kinds", "Participatory budget"),
    icon="accessories-calculator",
    screen="workshop.ui.budgeting.screen:BudgetScreen",
    view="workshop.ui.projector.budget_view:BudgetView",
    pdf_section="workshop.export.pdf.sections.budgeting:budget",
    csv_sheets="workshop.export.budgeting_csv:budgeting",
    demo="workshop.demo.budgeting:fill",
    owns=frozenset(
        {"budgets", "budget_projects", "budget_ballots", "budget_approvals", "budget_tallies"}
    ),
    #: Projects can come from a brainstorm's notes and clusters.
    reads=frozenset({"participants", "notes", "clusters"}),
    ops=("budgeting",),
)
