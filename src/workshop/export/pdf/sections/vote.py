"""Dot-vote results: the ranked table with its bar chart (ties marked), the voter count, who
voted (unless anonymous), and the organisation breakdown.

Results of a vote that was never revealed (nor closed) stay out of the
handout, as they stayed off the projector.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from workshop.domain.models import Activity
from workshop.domain.voting import (
    RankedItem,
    VoteResults,
    VoteSettings,
    choices_hidden,
)
from workshop.export.fonts import markup
from workshop.export.pdf import style as st
from workshop.export.pdf.flowables import Bar, data_table
from workshop.export.pdf.sections.registry import Context
from workshop.export.pdf.text import Paragraph
from workshop.storage import read, read_votes

#: The short handout shows the top of the ranking only.
SHORT_TOP = 10


def dot_vote(ctx: Context, activity: Activity) -> list[Flowable]:
    s = ctx.styles
    vote = read_votes.settings(ctx.doc, activity.id)
    results = read_votes.results(ctx.doc, activity.id)
    if not (vote.revealed or vote.closed):
        return [Paragraph(markup(ctx.words("vote.hidden")), s.empty)]
    if results.dots_cast == 0:
        return [ctx.nothing("vote.none")]
    flow: list[Flowable] = [Paragraph(markup(_summary(ctx, vote, results)), s.muted)]
    ranking = results.preferred()
    if results.equal_org_weight:
        flow.append(
            Paragraph(markup(ctx.words("vote.equal_weight")), s.muted)
        )
    flow.append(Spacer(1, 3 * mm))
    flow += ranked_table(ctx, ranking, weighted=results.equal_org_weight)
    if not ctx.options.short:
        flow += _organisations(ctx, results, ranking, vote.secret)
        flow += _voters(ctx, activity)
    return flow


def _summary(ctx: Context, vote: VoteSettings, results: VoteResults) -> str:
    say = ctx.words
    source = read.activity(ctx.doc, vote.source_activity_id) if vote.source_activity_id else None
    on = ""
    if source:
        target = say.label(f"target.{vote.target}")
        on = " " + say("vote.on", target=target, title=source.title)
    voters = say("vote.voters", n=results.voters)
    dots = say("vote.dots_cast", n=results.dots_cast)
    if results.paper_dots:
        dots += " " + say("vote.where", laptop=results.ballot_dots, paper=results.paper_dots)
    rules = ", ".join([
        say("vote.each", n=vote.dots_per_person),
        say("vote.cap", n=vote.cap),
        say("vote.own_allowed" if vote.allow_own else "vote.own_not"),
        say("vote.secret" if vote.secret else "vote.open"),
    ])
    return f"{voters} · {dots}{on} · {rules}"


def ranked_table(
    ctx: Context, ranking: Sequence[RankedItem], *, weighted: bool = False
) -> list[Flowable]:
    """Rank, item, dots, and a bar per item; tied ranks read "=2" with a marker."""
    s = ctx.styles
    voted = [r for r in ranking if r.dots > 0]
    unvoted = len(ranking) - len(voted)
    shown = voted[:SHORT_TOP] if ctx.options.short else voted
    top = max((r.score for r in voted), default=0.0) or 1.0
    bar_width = 38 * mm
    item_width = ctx.width - 13 * mm - 16 * mm - bar_width - 4 * mm
    widths = [13 * mm, item_width, 16 * mm, bar_width + 4 * mm]
    rows: list[list[object]] = [
        [
            Paragraph(markup(ctx.words("vote.rank")), s.cell_head),
            Paragraph(markup(ctx.words("vote.item")), s.cell_head),
            Paragraph(
                markup(ctx.words("vote.dots" if not weighted else "purpose.score")),
                s.cell_head_right,
            ),
            Paragraph("", s.cell_head),
        ]
    ]
    extra: list[tuple[object, ...]] = []
    for index, item in enumerate(shown, start=1):
        rank = f"={item.rank}" if item.tied else str(item.rank)
        title = markup(item.title)
        if item.tied:
            tie = markup(ctx.words("vote.tie"))
            title += f' <font color="{st.hex_of(st.HIGHLIGHT_DARK)}" size="7.5"><b>{tie}</b></font>'
        value = f"{item.score:.1f}" if weighted else str(item.dots)
        rows.append(
            [
                Paragraph(rank, s.cell_bold),
                Paragraph(title, s.cell),
                Paragraph(value, s.cell_right),
                Bar(item.score / top, bar_width, colour=st.HIGHLIGHT if item.tied else st.ACCENT),
            ]
        )
        if item.rank == 1:
            extra.append(("BACKGROUND", (0, index), (-1, index), st.ACCENT_LIGHT))
    flow: list[Flowable] = [data_table(rows, widths, extra=extra, rtl=ctx.rtl)]
    notes = []
    if any(r.tied for r in shown):
        notes.append(ctx.words("vote.tied"))
    if len(shown) < len(voted):
        notes.append(ctx.words("vote.top_of", shown=len(shown), n=len(voted)))
    if unvoted:
        notes.append(ctx.words("vote.no_dots", n=unvoted))
    if notes:
        flow += [Spacer(1, 1.5 * mm), Paragraph(markup(" ".join(notes)), s.small)]
    return flow


def _organisations(
    ctx: Context, results: VoteResults, ranking: Sequence[RankedItem], secret: bool
) -> list[Flowable]:
    s = ctx.styles
    if not results.organisations:
        return []
    titles = {r.id: r.title for r in ranking}
    rows: list[list[object]] = [
        [
            Paragraph(markup(ctx.words("vote.organisation")), s.cell_head),
            Paragraph(markup(ctx.words("vote.voters_head")), s.cell_head_right),
            Paragraph(markup(ctx.words("vote.dots")), s.cell_head_right),
            Paragraph(markup(ctx.words("vote.top_choices")), s.cell_head),
        ]
    ]
    hidden_any = False
    for org in results.organisations:
        top = "; ".join(markup(titles.get(i, "?")) for i in org.top_items(3))
        if choices_hidden(secret, org.voters):
            top, hidden_any = f"<i>{markup(ctx.words('vote.kept_secret'))}</i>", True
        rows.append(
            [
                Paragraph(markup(org.name), s.cell_bold),
                Paragraph(str(org.voters), s.cell_right),
                Paragraph(str(org.dots), s.cell_right),
                Paragraph(top, s.small),
            ]
        )
    widths = [42 * mm, 16 * mm, 14 * mm, ctx.width - 72 * mm]
    heading = Paragraph(markup(ctx.words("vote.by_organisation")), s.h2)
    heading.keepWithNext = True
    flow: list[Flowable] = [heading, data_table(rows, widths, rtl=ctx.rtl)]
    if hidden_any:
        flow += [Spacer(1, 1.5 * mm), Paragraph(markup(ctx.words("vote.kept_secret_why")), s.small)]
    return flow


def _voters(ctx: Context, activity: Activity) -> list[Flowable]:
    s = ctx.styles
    ballots = [b for b in read_votes.who_voted(ctx.doc, activity.id) if b.has_dots]
    if not ballots or ctx.anonymous(activity):
        return []
    names = ", ".join(
        markup(b.name) + (" " + markup(ctx.words("vote.by_proxy")) if b.proxy else "")
        for b in ballots
    )
    heading = Paragraph(markup(ctx.words("vote.who_voted")), s.h2)
    heading.keepWithNext = True
    return [heading, Paragraph(names, s.body)]
