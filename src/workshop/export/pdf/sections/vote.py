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
    KEPT_SECRET,
    KEPT_SECRET_WHY,
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
        return [Paragraph(markup(ctx.words("vote.none")), s.empty)]
    flow: list[Flowable] = [Paragraph(markup(_summary(ctx, vote, results)), s.muted)]
    ranking = results.preferred()
    if results.equal_org_weight:
        flow.append(
            Paragraph(
                "Ranked with each organisation weighing the same: an organisation's dots "
                "count for its share, however many people it sent.",
                s.muted,
            )
        )
    flow.append(Spacer(1, 3 * mm))
    flow += ranked_table(ctx, ranking, weighted=results.equal_org_weight)
    if not ctx.options.short:
        flow += _organisations(ctx, results, ranking, vote.secret)
        flow += _voters(ctx, activity)
    return flow


def _summary(ctx: Context, vote: VoteSettings, results: VoteResults) -> str:
    source = read.activity(ctx.doc, vote.source_activity_id) if vote.source_activity_id else None
    on = f" on the {vote.target.label} of “{source.title}”" if source else ""
    voters = f"{results.voters} voter{'s' if results.voters != 1 else ''}"
    dots = f"{results.dots_cast} dot{'s' if results.dots_cast != 1 else ''}"
    if results.paper_dots:
        dots += f" ({results.ballot_dots} at the laptop, {results.paper_dots} on paper)"
    return f"{voters} · {dots}{on} · {vote.describe()}"


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
            title += f' <font color="{st.hex_of(st.HIGHLIGHT_DARK)}" size="7.5"><b>TIE</b></font>'
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
    flow: list[Flowable] = [data_table(rows, widths, extra=extra)]
    notes = []
    if any(r.tied for r in shown):
        notes.append("=n: tied with another item.")
    if len(shown) < len(voted):
        notes.append(f"Top {len(shown)} of {len(voted)} items with dots.")
    if unvoted:
        notes.append(f"{unvoted} item{'s' if unvoted != 1 else ''} got no dots.")
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
            top, hidden_any = f"<i>{KEPT_SECRET}</i>", True
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
    flow: list[Flowable] = [heading, data_table(rows, widths)]
    if hidden_any:
        flow += [Spacer(1, 1.5 * mm), Paragraph(markup(KEPT_SECRET_WHY), s.small)]
    return flow


def _voters(ctx: Context, activity: Activity) -> list[Flowable]:
    s = ctx.styles
    ballots = [b for b in read_votes.who_voted(ctx.doc, activity.id) if b.has_dots]
    if not ballots or ctx.anonymous(activity):
        return []
    names = ", ".join(
        markup(b.name) + (" (by proxy)" if b.proxy else "") for b in ballots
    )
    heading = Paragraph(markup(ctx.words("vote.who_voted")), s.h2)
    heading.keepWithNext = True
    return [heading, Paragraph(names, s.body)]
