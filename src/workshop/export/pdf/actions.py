"""The action list: who does what by when, for the whole workshop (after the activities)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from workshop.domain.actions import NO_OWNER, Action, ActionStatus, SourceKind, by_owner
from workshop.export.fonts import markup
from workshop.export.localised import Words
from workshop.export.pdf import style as st
from workshop.export.pdf.flowables import data_table
from workshop.export.pdf.front import section_heading
from workshop.export.pdf.sections.registry import Context
from workshop.export.pdf.text import Paragraph
from workshop.storage import read_actions


def action_list(ctx: Context) -> list[Flowable]:
    """Every action grouped by owner (empty when no action was written)."""
    s = ctx.styles
    actions = read_actions.actions(ctx.doc)
    if not actions:
        return []
    say = ctx.words
    flow = section_heading(ctx, None, say("actions.title"), say("actions.kicker"))
    rows: list[list[object]] = [
        [
            Paragraph(markup(say("actions.who")), s.cell_head),
            Paragraph(markup(say("offers.what")), s.cell_head),
            Paragraph(markup(say("actions.by")), s.cell_head),
            Paragraph(markup(say("actions.status")), s.cell_head),
        ]
    ]
    extra: list[tuple[object, ...]] = []
    for owner, owned in by_owner(actions):
        for index, action in enumerate(owned):
            what = markup(action.what)
            source = source_words(ctx.words, action)
            if source and not ctx.options.short:
                what += f'<br/><font size="7.5" color="{st.hex_of(st.MUTED)}">'
                what += f"{markup(source)}</font>"
            rows.append(
                [
                    Paragraph(markup(owner_words(ctx.words, owner)), s.cell_bold)
                    if index == 0 else "",
                    Paragraph(what, s.cell),
                    Paragraph(markup(ctx.words.long_date(action.due)), s.small),
                    Paragraph(markup(say.label(f"action.{action.status}")), s.small),
                ]
            )
            if action.status is ActionStatus.DONE:
                extra.append(("TEXTCOLOR", (0, len(rows) - 1), (-1, len(rows) - 1), st.MUTED))
    widths = [42 * mm, ctx.width - 42 * mm - 42 * mm - 16 * mm, 42 * mm, 16 * mm]
    flow += [data_table(rows, widths, extra=extra, rtl=ctx.rtl), Spacer(1, 9 * mm)]
    return flow


def owner_words(words: Words, owner: str) -> str:
    """An owner's name, or "No owner yet" in the reader's language."""
    return words("actions.no_owner") if owner == NO_OWNER else owner


def source_words(words: Words, action: Action) -> str:
    """Where an action came from ("Note: Community fridge…"), in the reader's language."""
    if action.source_kind is SourceKind.NONE or action.source_id is None:
        return ""
    kind = words(f"actions.source.{action.source_kind.value}")
    if action.source_snippet is None:
        return words("actions.source_removed", what=kind)
    return f"{kind}: {action.source_snippet}"
