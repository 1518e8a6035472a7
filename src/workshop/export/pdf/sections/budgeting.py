"""Participatory budget: the ballot summary, both outcomes side by side, and why each
project was funded or not.

Counts and outcomes of secret ballots that were never revealed stay out of the handout,
as they stayed off the projector: then only the projects and their costs are listed.
"""

from __future__ import annotations

from fractions import Fraction

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from workshop.domain.budgeting import Rule, money
from workshop.domain.models import Activity
from workshop.export.fonts import markup
from workshop.export.pdf import style as st
from workshop.export.pdf.flowables import Bar, data_table
from workshop.export.pdf.sections.registry import Context
from workshop.export.pdf.text import Paragraph
from workshop.storage import read_budgeting


def budget(ctx: Context, activity: Activity) -> list[Flowable]:
    s = ctx.styles
    settings = read_budgeting.settings(ctx.doc, activity.id)
    items = read_budgeting.projects(ctx.doc, activity.id)
    cur = settings.currency
    if not items:
        return [Paragraph("No projects were proposed.", s.empty)]
    total = sum((p.project.cost for p in items), Fraction(0))
    flow: list[Flowable] = [
        Paragraph(
            markup(
                f"Budget {money(settings.amount, cur)} · {len(items)} projects costing "
                f"{money(total, cur)} together"
            ),
            s.muted,
        ),
        Spacer(1, 2 * mm),
    ]
    if not read_budgeting.may_show(settings):
        flow.append(_projects(ctx, items, cur))
        flow.append(Paragraph("The ballots were secret and not revealed.", s.empty))
        return flow
    res = read_budgeting.results(ctx.doc, activity.id)
    ballots = read_budgeting.ballots(ctx.doc, activity.id)
    by_source: dict[str, int] = {}
    for b in ballots:
        by_source[b.source] = by_source.get(b.source, 0) + 1
    how = ", ".join(f"{n} {src}" for src, n in by_source.items())
    counted = sum(read_budgeting.tallies(ctx.doc, activity.id).values())
    tallied = (
        f"; and {counted:,} approvals counted on paper per project, each read as a ballot "
        "for that project alone" if counted else ""
    )
    flow.append(
        Paragraph(
            markup(f"{len(ballots)} ballots" + (f" ({how})" if how else "") + tallied), s.muted
        )
    )
    rows: list[list[object]] = [["rule", "projects", "spent", "voters with a project funded"]]
    for summary in res.summaries():
        rows.append(
            [
                Paragraph(markup(summary.rule.label), s.cell_bold),
                str(len(summary.funded)),
                money(summary.spent, cur),
                f"{summary.voters_with_funded} of {summary.voters}",
            ]
        )
    flow += [Spacer(1, 2 * mm), data_table(rows, _widths(ctx, [0.4, 0.15, 0.2, 0.25]))]
    votes = res.election.votes()
    for rule, outcome in res.outcomes.items():
        filled = float(outcome.spent / settings.amount) if settings.amount else 0.0
        head: list[Flowable] = [
            Paragraph(markup(f"{rule.label}: {money(outcome.spent, cur)} spent"), s.cell_bold),
            Spacer(1, 1 * mm),
            Bar(filled, ctx.width, colour=st.ACCENT),
            Spacer(1, 1 * mm),
        ]
        table: list[list[object]] = [["#", "project", "cost", "votes", "why"]]
        order = {pid: i for i, pid in enumerate(outcome.funded, 1)}
        shown = sorted(items, key=lambda p: (order.get(str(p.id), 10**9), p.number))
        if ctx.options.short:
            shown = [p for p in shown if str(p.id) in order]
        for p in shown:
            pid = str(p.id)
            mark = f"{order[pid]}." if pid in order else "–"
            table.append(
                [
                    mark,
                    Paragraph(markup(p.project.title), s.cell),
                    money(p.project.cost, cur),
                    str(votes[pid]),
                    Paragraph(markup(outcome.explanations[pid].text), s.small),
                ]
            )
        table_flow = data_table(table, _widths(ctx, [0.06, 0.34, 0.14, 0.08, 0.38]))
        flow += [Spacer(1, 4 * mm), KeepTogether([*head, table_flow])]
        if rule is Rule.MES_COMPLETED and outcome.voter_share is not None:
            flow.append(
                Paragraph(
                    markup(
                        f"Each voter's share of the budget: {money(outcome.voter_share, cur)} "
                        "(raised from an equal split until the budget was used)."
                    ),
                    s.small,
                )
            )
    return flow


def _projects(ctx: Context, items: list[read_budgeting.BudgetProject], cur: str) -> Flowable:
    s = ctx.styles
    rows: list[list[object]] = [["#", "project", "cost"]]
    for p in items:
        rows.append([str(p.number), Paragraph(markup(p.project.title), s.cell),
                     money(p.project.cost, cur)])
    return data_table(rows, _widths(ctx, [0.08, 0.7, 0.22]))


def _widths(ctx: Context, parts: list[float]) -> list[float]:
    return [ctx.width * p for p in parts]
