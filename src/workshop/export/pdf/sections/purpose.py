"""Purpose-blend results: each party's statement, the shared themes, the blends of each round,
the drafts, the adopted common purpose, and how each party rated it.

Participants' names are left out when the blend (or the workshop) is anonymous;
organisations, when they are the parties, are always named.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from workshop.domain.models import Activity
from workshop.domain.purpose import Analysis
from workshop.domain.purpose_models import (
    ROUND_NAMES,
    SCORE_MAX,
    Party,
    PartyMode,
    PurposeStatement,
    Rating,
)
from workshop.export.fonts import markup
from workshop.export.pdf import style as st
from workshop.export.pdf.flowables import callout, data_table
from workshop.export.pdf.sections.registry import Context
from workshop.export.pdf.text import Paragraph
from workshop.storage import read_purpose
from workshop.storage.read_purpose import PurposeSummary

#: How many shared themes the table lists.
THEMES_SHOWN = 12


def purpose_blend(ctx: Context, activity: Activity) -> list[Flowable]:
    s = ctx.styles
    summary = read_purpose.summary(ctx.doc, activity.id)
    if summary is None or not (summary.statements or summary.drafts):
        return [ctx.nothing("purpose.none")]
    names = _namer(ctx, activity, summary)
    flow: list[Flowable] = []
    if summary.adopted is not None:
        flow += [
            _label(markup(ctx.words("cover.purpose").upper()), ctx),
            callout(
                [Paragraph(markup(summary.adopted.text), s.quote)],
                ctx.width,
                background=st.HIGHLIGHT_LIGHT,
                bar=st.HIGHLIGHT,
                rtl=ctx.rtl,
            ),
            Spacer(1, 2 * mm),
        ]
        flow += _ratings(ctx, summary, names, adopted=True)
    if summary.statements:
        flow += _statements(ctx, summary, names)
    flow += _themes(ctx, summary.analysis, len(summary.statements))
    if not ctx.options.short:
        flow += _rounds(ctx, summary, names)
        flow += _drafts(ctx, summary)
        flow += _earlier_ratings(ctx, summary, names)
    return flow


def _label(text: str, ctx: Context) -> Paragraph:
    label = Paragraph(text, ctx.styles.cover_label)
    label.keepWithNext = True
    return label


def _heading(text: str, ctx: Context) -> Paragraph:
    heading = Paragraph(markup(text), ctx.styles.h2)
    heading.keepWithNext = True
    return heading


def _namer(ctx: Context, activity: Activity, summary: PurposeSummary) -> dict[str, str]:
    """Party key → the name to print ("Participant 3" when participants must stay unnamed)."""
    hide = summary.settings.by is PartyMode.PARTICIPANT and (
        summary.settings.anonymous or ctx.anonymous(activity)
    )
    names: dict[str, str] = {}
    parties: list[Party] = [st_.party for st_ in summary.statements]
    for draft in summary.drafts:  # every draft's raters, not only the current one's
        parties += [r.party for r in read_purpose.ratings(ctx.doc, draft.id)]
    for party in parties:
        if party.key not in names:
            names[party.key] = (
                ctx.words("participants.numbered", n=len(names) + 1) if hide else party.label
            )
    return names


def _statements(
    ctx: Context, summary: PurposeSummary, names: dict[str, str]
) -> list[Flowable]:
    mode = "organisation" if summary.settings.by is PartyMode.ORGANISATION else "participant"
    flow: list[Flowable] = [_heading(ctx.words(f"purpose.each.{mode}"), ctx)]
    for statement in summary.statements:
        flow.append(KeepTogether(_statement(ctx, statement, summary.analysis, names)))
    return flow


def _statement(
    ctx: Context, statement: PurposeStatement, analysis: Analysis, names: dict[str, str]
) -> list[Flowable]:
    s = ctx.styles
    return [
        Paragraph(markup(names.get(statement.party.key, statement.party.label)), s.cell_bold),
        Paragraph(_highlighted(statement, analysis), s.body),
    ]


def _highlighted(statement: PurposeStatement, analysis: Analysis) -> str:
    """The statement with its shared themes underlined in their theme colour."""
    terms = analysis.statement(statement.party.key)
    text = statement.text
    if terms is None:
        return markup(text)
    out: list[str] = []
    cursor = 0
    for occurrence in terms.occurrences:
        colour = analysis.colour(occurrence.key)
        term = analysis.terms.get(occurrence.key)
        if colour is None or term is None or not term.shared or occurrence.start < cursor:
            continue
        out.append(markup(text[cursor : occurrence.start]))
        phrase = markup(text[occurrence.start : occurrence.end])
        out.append(f'<span backColor="{colour}"><u>{phrase}</u></span>')
        number = analysis.number(occurrence.key)
        if number is not None:
            out.append(f"<super>{number}</super>")  # the theme's number: colour never alone
        cursor = occurrence.end
    out.append(markup(text[cursor:]))
    return "".join(out)


def _themes(ctx: Context, analysis: Analysis, parties: int) -> list[Flowable]:
    s = ctx.styles
    themes = list(analysis.themes[:THEMES_SHOWN])
    if not themes:
        return []
    rows: list[list[object]] = [
        [
            Paragraph(markup(ctx.words("purpose.shared_theme")), s.cell_head),
            Paragraph(markup(ctx.words("purpose.parties")), s.cell_head_right),
            Paragraph(markup(ctx.words("purpose.mentions")), s.cell_head_right),
        ]
    ]
    extra: list[tuple[object, ...]] = []
    for index, theme in enumerate(themes, start=1):
        rows.append(
            [
                Paragraph(f"{index} · {markup(theme.label)}", s.cell_bold),
                Paragraph(ctx.words.label("of", n=len(theme.parties), total=parties),
                          s.cell_right),
                Paragraph(str(theme.count), s.cell_right),
            ]
        )
        colour = analysis.colour(theme.key)
        if colour:
            extra.append(("LINEBEFORE", (0, index), (0, index), 3, colors.HexColor(colour)))
    more = len(analysis.themes) - len(themes)
    block: list[Flowable] = [
        _heading(ctx.words("purpose.shared_themes"), ctx),
        data_table(rows, [ctx.width - 50 * mm, 28 * mm, 22 * mm], extra=extra, rtl=ctx.rtl),
    ]
    if more > 0:
        block.append(Paragraph(markup(ctx.words("purpose.more_themes", n=more)), s.small))
    return [KeepTogether(block)]


def _rounds(ctx: Context, summary: PurposeSummary, names: dict[str, str]) -> list[Flowable]:
    """Each round's groups: who blended with whom, and their blend when it was captured."""
    s = ctx.styles
    key_of = {statement.id: statement.party.key for statement in summary.statements}
    flow: list[Flowable] = []
    for round_ in sorted(ROUND_NAMES):
        groups = [g for g in summary.groups if g.round == round_ and g.statement_ids]
        if not groups:
            continue
        flow.append(_heading(ctx.words(f"purpose.blended.{round_}"), ctx))
        for group in groups:
            who = " + ".join(
                names.get(key_of[i], "?") for i in group.statement_ids if i in key_of
            )
            blend = (
                markup(group.text)
                if group.text.strip()
                else f"<i>{markup(ctx.words('purpose.no_blend'))}</i>"
            )
            flow.append(Paragraph(f"• <b>{markup(who)}</b>: {blend}", s.body))
    return flow


def _drafts(ctx: Context, summary: PurposeSummary) -> list[Flowable]:
    s = ctx.styles
    if not summary.drafts:
        return []
    rows: list[list[object]] = [[Paragraph(markup(ctx.words("purpose.draft")), s.cell_head),
                                 Paragraph(markup(ctx.words("purpose.text")), s.cell_head)]]
    extra: list[tuple[object, ...]] = []
    for index, draft in enumerate(summary.drafts, start=1):
        label = f"{draft.number}" + (" ✓" if draft.adopted else "")
        rows.append([Paragraph(label, s.cell_bold), Paragraph(markup(draft.text), s.cell)])
        if draft.adopted:
            extra.append(("BACKGROUND", (0, index), (-1, index), st.HIGHLIGHT_LIGHT))
    flow: list[Flowable] = [
        _heading(ctx.words("purpose.drafts"), ctx),
        data_table(rows, [16 * mm, ctx.width - 16 * mm], extra=extra, rtl=ctx.rtl),
    ]
    if any(d.adopted for d in summary.drafts):
        flow.append(Paragraph(markup(ctx.words("purpose.adopted")), s.small))
    return flow


def _earlier_ratings(
    ctx: Context, summary: PurposeSummary, names: dict[str, str]
) -> list[Flowable]:
    """The ratings of every draft not already shown (the adopted one is, at the top)."""
    flow: list[Flowable] = []
    for draft in summary.drafts:
        if draft.adopted:
            continue
        ratings = read_purpose.ratings(ctx.doc, draft.id)
        flow += _rating_table(ctx, ratings, names,
                              ctx.words("purpose.rated.draft", n=draft.number))
    return flow


def _ratings(
    ctx: Context, summary: PurposeSummary, names: dict[str, str], *, adopted: bool
) -> list[Flowable]:
    heading = ctx.words("purpose.rated.adopted" if adopted else "purpose.rated.latest")
    return _rating_table(ctx, summary.ratings, names, heading)


def _rating_table(
    ctx: Context, ratings: list[Rating], names: dict[str, str], heading: str
) -> list[Flowable]:
    s = ctx.styles
    if not ratings:
        return []
    average = sum(r.score for r in ratings) / len(ratings)
    rows: list[list[object]] = [
        [
            Paragraph(markup(ctx.words("purpose.party")), s.cell_head),
            Paragraph(markup(ctx.words("pulse.support")), s.cell_head),
            Paragraph(markup(ctx.words("purpose.comment")), s.cell_head),
        ]
    ]
    for rating in ratings:
        dots = "●" * rating.score + "○" * (SCORE_MAX - rating.score)
        rows.append(
            [
                Paragraph(markup(names.get(rating.party.key, rating.party.label)), s.cell),
                Paragraph(
                    f'<font color="{st.hex_of(st.ACCENT)}">{dots}</font>  {rating.score}', s.cell
                ),
                Paragraph(markup(rating.comment), s.small),
            ]
        )
    return [
        _heading(heading, ctx),
        Paragraph(
            markup(ctx.words("purpose.average", average=ctx.words.number(average, 1),
                             max=SCORE_MAX, n=len(ratings))),
            s.muted,
        ),
        data_table(rows, [45 * mm, 40 * mm, ctx.width - 85 * mm], rtl=ctx.rtl),
    ]
