"""Offers and asks: what each party offered and asked, the commitments made between them,
and the asks still waiting for a match.

Offers, asks and commitments are signed by their nature, so names are shown.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from workshop.domain.models import Activity
from workshop.domain.reciprocity import Card, CardKind, unmatched_asks, unmatched_offers
from workshop.export.fonts import markup
from workshop.export.pdf.flowables import data_table
from workshop.export.pdf.sections.registry import Context
from workshop.export.pdf.text import Paragraph
from workshop.storage import read_reciprocity


def offers_asks(ctx: Context, activity: Activity) -> list[Flowable]:
    s, say = ctx.styles, ctx.words
    cards = read_reciprocity.cards(ctx.doc, activity.id)
    commitments = read_reciprocity.commitments(ctx.doc, activity.id)
    if not cards and not commitments:
        return [ctx.nothing("offers.none")]
    offers = sum(1 for c in cards if c.kind is CardKind.OFFER)
    summary = " · ".join([
        say("offers.offers", n=offers),
        say("offers.asks", n=len(cards) - offers),
        say.label("commitments", n=len(commitments)),
    ])
    flow: list[Flowable] = [Paragraph(markup(summary), s.muted)]
    if commitments:
        rows: list[list[object]] = [
            [
                Paragraph(markup(say("offers.giver")), s.cell_head),
                Paragraph(markup(say("offers.what")), s.cell_head),
                Paragraph(markup(say("offers.to")), s.cell_head),
                Paragraph(markup(say("actions.by")), s.cell_head),
            ]
        ]
        for c in commitments:
            rows.append(
                [
                    Paragraph(markup(c.giver.label), s.cell_bold),
                    Paragraph(markup(c.what), s.cell),
                    Paragraph(markup(c.receiver.label), s.cell),
                    Paragraph(markup(c.due), s.small),
                ]
            )
        flow += [
            _heading(ctx, say("offers.commitments")),
            data_table(rows, [45 * mm, ctx.width - 115 * mm, 45 * mm, 25 * mm], rtl=ctx.rtl),
        ]
    waiting = unmatched_asks(cards, commitments)
    if waiting:
        flow += [_heading(ctx, say("offers.open_asks")), _cards(ctx, waiting)]
    # What was offered and nobody took is what a partnership should see, even in short.
    untaken = unmatched_offers(cards, commitments)
    if untaken:
        flow += [_heading(ctx, say("offers.untaken")), _cards(ctx, untaken)]
    if not ctx.options.short and cards:
        flow += [_heading(ctx, say("offers.all")), _cards(ctx, cards, kinds=True)]
    return flow


def _heading(ctx: Context, text: str) -> Paragraph:
    heading = Paragraph(markup(text), ctx.styles.h2)
    heading.keepWithNext = True
    return heading


def _cards(ctx: Context, cards: list[Card], *, kinds: bool = False) -> Flowable:
    s = ctx.styles
    party, text = ctx.words("offers.party"), ctx.words("offers.text")
    head = [party, *(["", text] if kinds else [text])]
    rows: list[list[object]] = [[Paragraph(markup(h), s.cell_head) for h in head]]
    for card in cards:
        row: list[object] = [Paragraph(markup(card.party.label), s.cell_bold)]
        if kinds:
            row.append(Paragraph(markup(ctx.words.label(f"card.{card.kind}")), s.small))
        row.append(Paragraph(markup(card.text), s.cell))
        rows.append(row)
    widths = [55 * mm, *([14 * mm] if kinds else []), 0.0]
    widths[-1] = ctx.width - sum(widths)
    return data_table(rows, widths, rtl=ctx.rtl)
