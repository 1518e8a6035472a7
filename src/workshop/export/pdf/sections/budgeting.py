"""Participatory budget: the ballot summary, both outcomes side by side, and why each
project was funded or not.

Counts and outcomes of secret ballots that were never revealed stay out of the handout,
as they stayed off the projector: then only the projects and their costs are listed.
"""

from __future__ import annotations

from fractions import Fraction

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from workshop.catalogue import catalogue
from workshop.domain.budgeting import Rule, explain
from workshop.domain.languages import DEFAULT
from workshop.domain.models import Activity
from workshop.export.fonts import markup
from workshop.export.pdf import style as st
from workshop.export.pdf.flowables import Bar, data_table
from workshop.export.pdf.sections.registry import Context
from workshop.export.pdf.text import Paragraph
from workshop.storage import read_budgeting


def budget(ctx: Context, activity: Activity) -> list[Flowable]:
    s, say = ctx.styles, ctx.words
    settings = read_budgeting.settings(ctx.doc, activity.id)
    items = read_budgeting.projects(ctx.doc, activity.id)
    cur = settings.currency
    if not items:
        return [ctx.nothing("budget.none")]
    total = sum((p.project.cost for p in items), Fraction(0))
    flow: list[Flowable] = [
        Paragraph(
            markup(say("budget.summary", amount=say.money(settings.amount, cur),
                       projects=say.label("projects", n=len(items)),
                       total=say.money(total, cur))),
            s.muted,
        ),
        Spacer(1, 2 * mm),
    ]
    if not read_budgeting.may_show(settings):
        flow.append(_projects(ctx, items, cur))
        flow.append(Paragraph(markup(say("budget.secret")), s.empty))
        return flow
    res = read_budgeting.results(ctx.doc, activity.id)
    ballots = read_budgeting.ballots(ctx.doc, activity.id)
    by_source: dict[str, int] = {}
    for b in ballots:
        by_source[b.source] = by_source.get(b.source, 0) + 1
    how = ", ".join(f"{n} {_source(ctx, src)}" for src, n in by_source.items())
    counted = sum(read_budgeting.tallies(ctx.doc, activity.id).values())
    tallied = say("budget.tallied", n=counted, count=say.number(counted)) if counted else ""
    flow.append(Paragraph(
        markup(say.label("ballots", n=len(ballots)) + (f" ({how})" if how else "") + tallied),
        s.muted,
    ))
    rows: list[list[object]] = [_head(ctx, "budget.rule", "budget.projects", "budget.spent",
                                      "budget.voters_funded")]
    for summary in res.summaries():
        rows.append(
            [
                Paragraph(markup(say.label(f"rule.{summary.rule}")), s.cell_bold),
                *_cells(ctx, str(len(summary.funded)), say.money(summary.spent, cur),
                        say.label("of", n=summary.voters_with_funded,
                                  total=say.number(summary.voters))),
            ]
        )
    flow += [Spacer(1, 2 * mm), data_table(rows, _widths(ctx, [0.4, 0.15, 0.2, 0.25]), rtl=ctx.rtl)]
    votes = res.election.votes()
    for rule, outcome in res.outcomes.items():
        filled = float(outcome.spent / settings.amount) if settings.amount else 0.0
        head: list[Flowable] = [
            Paragraph(markup(say("budget.rule_spent", rule=say.label(f"rule.{rule}"),
                                 amount=say.money(outcome.spent, cur))), s.cell_bold),
            Spacer(1, 1 * mm),
            Bar(filled, ctx.width, colour=st.ACCENT),
            Spacer(1, 1 * mm),
        ]
        table: list[list[object]] = [
            _head(ctx, "#", "budget.project", "budget.cost", "budget.votes", "budget.why")
        ]
        order = {pid: i for i, pid in enumerate(outcome.funded, 1)}
        shown = sorted(items, key=lambda p: (order.get(str(p.id), 10**9), p.number))
        if ctx.options.short:
            shown = [p for p in shown if str(p.id) in order]
        for p in shown:
            pid = str(p.id)
            mark = f"{order[pid]}." if pid in order else "–"
            table.append(
                [
                    *_cells(ctx, mark),
                    Paragraph(markup(p.project.title), s.cell),
                    *_cells(ctx, say.money(p.project.cost, cur), str(votes[pid])),
                    Paragraph(
                        markup(explain(outcome.explanations[pid], say.label, say.money)),
                        s.small,
                    ),
                ]
            )
        table_flow = data_table(table, _widths(ctx, [0.06, 0.34, 0.14, 0.08, 0.38]), rtl=ctx.rtl)
        flow += [Spacer(1, 4 * mm), KeepTogether([*head, table_flow])]
        if rule is Rule.MES_COMPLETED and outcome.voter_share is not None:
            flow.append(
                Paragraph(
                    markup(say("budget.share", amount=say.money(outcome.voter_share, cur))),
                    s.small,
                )
            )
    return flow


def _projects(ctx: Context, items: list[read_budgeting.BudgetProject], cur: str) -> Flowable:
    s, say = ctx.styles, ctx.words
    rows: list[list[object]] = [_head(ctx, "#", "budget.project", "budget.cost")]
    for p in items:
        rows.append([*_cells(ctx, str(p.number)), Paragraph(markup(p.project.title), s.cell),
                     *_cells(ctx, say.money(p.project.cost, cur))])
    return data_table(rows, _widths(ctx, [0.08, 0.7, 0.22]), rtl=ctx.rtl)


def _head(ctx: Context, *keys: str) -> list[object]:
    """A table's header row in the workshop's language ("#" stays as it is)."""
    return [Paragraph(markup(ctx.words(k) if k != "#" else k), ctx.styles.cell_head)
            for k in keys]


def _cells(ctx: Context, *texts: str) -> list[object]:
    """Figures through the text layer: an amount in Arabic digits needs its fallback font."""
    return [Paragraph(markup(text), ctx.styles.cell) for text in texts]


def _source(ctx: Context, source: str) -> str:
    """Where ballots came from ("on paper"), in the workshop's language where it has words."""
    key = f"budget.source.{source}"
    return ctx.words(key) if key in catalogue(DEFAULT)["handout"] else source


def _widths(ctx: Context, parts: list[float]) -> list[float]:
    return [ctx.width * p for p in parts]
