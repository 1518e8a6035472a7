"""One short PDF per organisation: what it offered, what it receives, its commitments and
actions, its purpose and how it rated the adopted one.

Each organisation takes home its own page of the day (asked for by the reciprocity
exercise). The files sit beside the handout: ``handout.pdf`` gives
``handout - Riverside Library.pdf`` and so on, each written atomically.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from workshop.domain.actions import OrganisationSummary
from workshop.domain.models import Activity, ActivityKind
from workshop.domain.purpose_models import Party as PurposeParty
from workshop.export.atomic import atomic_output, check_target
from workshop.export.errors import ExportError
from workshop.export.fonts import markup
from workshop.export.pdf import style as st
from workshop.export.pdf.actions import owner_words
from workshop.export.pdf.flowables import callout, data_table
from workshop.export.pdf.front import section_heading
from workshop.export.pdf.handout import render_story
from workshop.export.pdf.sections import Context, HandoutOptions
from workshop.export.pdf.text import Paragraph
from workshop.storage import read, read_actions, read_purpose
from workshop.storage.document import Document

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def organisations(doc: Document) -> list[str]:
    """Every organisation of the day: its people's, and any that only wrote cards or actions."""
    found: dict[str, str] = {}
    for name in [*read.organisations(doc), *read_actions.organisations(doc)]:
        if name.strip():
            found.setdefault(name.casefold(), name)
    return sorted(found.values(), key=str.casefold)


def file_for(handout: Path, organisation: str) -> Path:
    """``handout - Organisation.pdf`` beside the handout (characters files refuse replaced)."""
    safe = _UNSAFE.sub("-", organisation).strip(" .-") or "organisation"
    return handout.with_name(f"{handout.stem} - {safe[:80]}{handout.suffix or '.pdf'}")


def export_per_organisation(
    doc: Document,
    handout: Path,
    options: HandoutOptions | None = None,
    *,
    force: bool = False,
) -> list[Path]:
    """Write one PDF per organisation beside ``handout``; every target is checked first."""
    options = options or HandoutOptions()
    names = organisations(doc)
    if not names:
        raise ExportError("No participant has an organisation: there is nothing to split by.")
    targets = [file_for(handout, name) for name in names]
    for target in targets:
        check_target(target, force=force)
    for name, target in zip(names, targets, strict=True):
        with atomic_output(target, force=force) as temporary, temporary.open("wb") as stream:
            render_organisation(doc, name, stream, options)
    return targets


def render_organisation(
    doc: Document, organisation: str, stream: BinaryIO, options: HandoutOptions
) -> None:
    title = f"{read.details(doc).title} — {organisation}"
    render_story(doc, stream, options, title, title, lambda ctx: story(ctx, organisation))


def story(ctx: Context, organisation: str) -> list[Flowable]:
    s = ctx.styles
    folded = organisation.casefold()
    members = {p.id for p in ctx.people.values() if p.organisation.casefold() == folded}
    summary = read_actions.organisation_summary(ctx.doc, organisation)
    when = " · ".join(x for x in (ctx.words.long_date(ctx.details.date), ctx.details.venue) if x)
    flow: list[Flowable] = [
        *section_heading(ctx, None, organisation, f"{ctx.details.title} · {when}".strip(" ·")),
        Paragraph(
            markup(ctx.words("org.intro", organisation=organisation)), s.muted
        ),
        Spacer(1, 6 * mm),
    ]

    def ours(party: PurposeParty) -> bool:
        if party.participant_id is not None:
            return party.participant_id in members
        return party.organisation.casefold() == folded

    flow += _purposes(ctx, ours)
    flow += _exchange(ctx, summary)
    flow += _actions(ctx, summary)
    return flow


def _heading(ctx: Context, text: str) -> Paragraph:
    heading = Paragraph(markup(text), ctx.styles.h2)
    heading.keepWithNext = True
    return heading


def _nothing(ctx: Context, key: str) -> Paragraph:
    return Paragraph(markup(ctx.words(key)), ctx.styles.muted)


def _purpose_blends(ctx: Context) -> list[Activity]:
    return [a for a in read.activities(ctx.doc) if a.kind is ActivityKind.PURPOSE_BLEND]


def _purposes(ctx: Context, ours: Callable[[PurposeParty], bool]) -> list[Flowable]:
    s = ctx.styles
    flow: list[Flowable] = [_heading(ctx, ctx.words("org.purpose"))]
    said = []
    rated = []
    adopted_text = ""
    for activity in _purpose_blends(ctx):
        summary = read_purpose.summary(ctx.doc, activity.id)
        if summary is None:
            continue
        anonymous = summary.settings.anonymous
        for statement in summary.statements:
            if ours(statement.party):
                who = "" if anonymous else statement.party.label
                said.append((who, statement.text))
        if summary.adopted is not None:
            adopted_text = summary.adopted.text
            rated += [r for r in summary.ratings if ours(r.party)]
    if said:
        for who, text in said:
            line = markup(text) + (f' <font color="{st.hex_of(st.MUTED)}">— {markup(who)}</font>'
                                   if who else "")
            flow.append(Paragraph(line, s.body))
    else:
        flow.append(_nothing(ctx, "org.no_statement"))
    flow.append(Spacer(1, 4 * mm))
    flow.append(_heading(ctx, ctx.words("org.adopted")))
    if not adopted_text:
        flow.append(_nothing(ctx, "org.none_adopted"))
        return [*flow, Spacer(1, 6 * mm)]
    flow.append(callout([Paragraph(markup(adopted_text), s.quote)], ctx.width,
                        background=st.HIGHLIGHT_LIGHT, bar=st.HIGHLIGHT, rtl=ctx.rtl))
    if rated:
        rows: list[list[object]] = [[
            Paragraph(markup(ctx.words(key)), s.cell_head)
            for key in ("actions.who", "org.rating", "purpose.comment")
        ]]
        for rating in rated:
            rows.append([
                Paragraph(markup(rating.party.label), s.cell_bold),
                Paragraph(ctx.words.label("of", n=rating.score, total=5), s.cell),
                Paragraph(markup(rating.comment), s.cell),
            ])
        flow += [Spacer(1, 2 * mm),
                 data_table(rows, [50 * mm, 22 * mm, ctx.width - 72 * mm], rtl=ctx.rtl)]
    else:
        flow.append(_nothing(ctx, "org.not_rated"))
    return [*flow, Spacer(1, 6 * mm)]


def _exchange(ctx: Context, summary: OrganisationSummary) -> list[Flowable]:
    s = ctx.styles
    flow: list[Flowable] = []
    for title, cards, empty in (
        ("org.offered", summary.offers, "org.offered_none"),
        ("org.asked", summary.asks, "org.asked_none"),
    ):
        flow.append(_heading(ctx, ctx.words(title)))
        if not cards:
            flow.append(_nothing(ctx, empty))
        for card in cards:
            flow.append(Paragraph(
                f"• {markup(card.text)} <font color=\"{st.hex_of(st.MUTED)}\">— "
                f"{markup(card.party.name)}</font>", s.body))
        flow.append(Spacer(1, 4 * mm))
    for title, commitments, other, empty in (
        ("org.receive", summary.receives, "org.from", "org.receive_none"),
        ("org.give", summary.gives, "offers.to", "org.give_none"),
    ):
        flow.append(_heading(ctx, ctx.words(title)))
        if not commitments:
            flow.append(_nothing(ctx, empty))
        else:
            rows: list[list[object]] = [[
                Paragraph(markup(ctx.words(key)), s.cell_head)
                for key in ("offers.what", other, "actions.by")
            ]]
            for c in commitments:
                party = c.giver if other == "org.from" else c.receiver
                rows.append([
                    Paragraph(markup(c.what), s.cell),
                    Paragraph(markup(party.label), s.cell_bold),
                    Paragraph(markup(ctx.words.long_date(c.due) if c.due else ""), s.small),
                ])
            flow.append(data_table(rows, [ctx.width - 90 * mm, 55 * mm, 35 * mm], rtl=ctx.rtl))
        flow.append(Spacer(1, 4 * mm))
    return flow


def _actions(ctx: Context, summary: OrganisationSummary) -> list[Flowable]:
    s = ctx.styles
    flow: list[Flowable] = [_heading(ctx, ctx.words("org.actions"))]
    if not summary.actions:
        return [*flow, _nothing(ctx, "org.actions_none")]
    rows: list[list[object]] = [[
        Paragraph(markup(ctx.words(key)), s.cell_head)
        for key in ("offers.what", "actions.who", "actions.by", "actions.status")
    ]]
    for action in summary.actions:
        rows.append([
            Paragraph(markup(action.what), s.cell),
            Paragraph(markup(owner_words(ctx.words, action.owner_label)), s.cell_bold),
            Paragraph(markup(ctx.words.long_date(action.due) if action.due else ""), s.small),
            Paragraph(markup(ctx.words.label(f"action.{action.status}")), s.small),
        ])
    table = data_table(rows, [ctx.width - 100 * mm, 45 * mm, 38 * mm, 17 * mm], rtl=ctx.rtl)
    return [KeepTogether([*flow, table])] if isinstance(table, KeepTogether) else [*flow, table]
