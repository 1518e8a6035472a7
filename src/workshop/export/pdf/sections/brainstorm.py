"""Brainstorm results: each cluster with its notes drawn as small coloured stickies, then the
loose notes. The short handout lists the clusters and their sizes, without raw notes.

Authors are printed under their notes only when the activity is not anonymous.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from workshop.domain import board
from workshop.domain.models import Activity
from workshop.export.fonts import markup
from workshop.export.localised import Words
from workshop.export.pdf import style as st
from workshop.export.pdf.flowables import Heading, Sticky, StickyRow, data_table
from workshop.export.pdf.sections.registry import Context
from workshop.export.pdf.text import Paragraph
from workshop.storage import read_board

COLUMNS = 4
GAP = 3.5 * mm
#: Notes longer than this get a row of their own, the full width of the page.
LONG_NOTE = 240


def note_colours(index: int) -> tuple[colors.Color, colors.Color]:
    """The note's paper (the board's own sticky colour) and a darker strip for its top edge."""
    fill = colors.HexColor(board.COLOUR_HEX[index % len(board.COLOUR_HEX)])
    edge = colors.Color(fill.red * 0.82, fill.green * 0.82, fill.blue * 0.82)
    return fill, edge


def brainstorm(ctx: Context, activity: Activity) -> list[Flowable]:
    s, say = ctx.styles, ctx.words
    clusters = read_board.clusters(ctx.doc, activity.id)
    notes = read_board.notes(ctx.doc, activity.id)
    if not notes and not clusters:
        return [ctx.nothing("brainstorm.none")]
    in_cluster = {c.id: read_board.cluster_notes(ctx.doc, c.id) for c in clusters}
    loose = [n for n in notes if n.cluster_id is None]
    summary = _summary(say, len(notes), len(clusters), len(loose))
    flow: list[Flowable] = [Paragraph(markup(summary), s.muted)]
    if ctx.options.short:
        return [*flow, *_cluster_table(ctx, clusters, in_cluster, len(loose))]
    for cluster in clusters:
        members = in_cluster[cluster.id]
        title = cluster.title or say("brainstorm.untitled")
        heading = Heading(
            _titled(say, markup(title), len(members)), s.h2, outline=title, level=1
        )
        flow += _with_notes(ctx, activity, heading, members)
    if loose:
        outside = say("brainstorm.loose")
        heading = Heading(
            _titled(say, markup(outside), len(loose)), s.h2, outline=outside, level=1
        )
        flow += _with_notes(ctx, activity, heading, loose)
    return flow


def _with_notes(
    ctx: Context, activity: Activity, heading: Flowable, notes: Sequence[board.Note]
) -> list[Flowable]:
    rows = sticky_rows(ctx, activity, notes)
    if not rows:
        empty = markup(ctx.words("brainstorm.empty_cluster"))
        return [heading, Paragraph(empty, ctx.styles.muted)]
    # The heading never stays behind at the foot of a page without its first row.
    return [KeepTogether([heading, rows[0]]), *rows[1:]]


def sticky_rows(ctx: Context, activity: Activity, notes: Sequence[board.Note]) -> list[Flowable]:
    """Rows of stickies; a long note gets a full-width row of its own."""
    rows: list[Flowable] = []
    pending: list[Sticky] = []
    for note in notes:
        author = ctx.author(activity, note.author_id)
        sticky = Sticky(markup(note.text), markup(author) if author else "", note.colour)
        if len(note.text) > LONG_NOTE:
            if pending:
                rows.append(StickyRow(pending, COLUMNS, GAP, note_colours))
                pending = []
            rows.append(StickyRow([sticky], 1, GAP, note_colours))
            continue
        pending.append(sticky)
        if len(pending) == COLUMNS:
            rows.append(StickyRow(pending, COLUMNS, GAP, note_colours))
            pending = []
    if pending:
        rows.append(StickyRow(pending, COLUMNS, GAP, note_colours))
    return rows


def _cluster_table(
    ctx: Context,
    clusters: Sequence[board.Cluster],
    members: dict[int, list[board.Note]],
    loose: int,
) -> list[Flowable]:
    s, say = ctx.styles, ctx.words
    if not clusters:
        return []
    rows: list[list[object]] = [
        [
            Paragraph(markup(say("brainstorm.cluster")), s.cell_head),
            Paragraph(markup(say("brainstorm.notes")), s.cell_head_right),
        ]
    ]
    ordered = sorted(clusters, key=lambda c: (-len(members[c.id]), c.id))
    for cluster in ordered:
        rows.append(
            [
                Paragraph(markup(cluster.title or say("brainstorm.untitled")), s.cell_bold),
                Paragraph(str(len(members[cluster.id])), s.cell_right),
            ]
        )
    if loose:
        rows.append(
            [
                Paragraph(markup(say("brainstorm.loose")), s.muted),
                Paragraph(str(loose), s.cell_right),
            ]
        )
    return [data_table(rows, [ctx.width - 25 * mm, 25 * mm], rtl=ctx.rtl)]


def _titled(say: Words, title_markup: str, count: int) -> str:
    counted = markup(say("notes", n=count))
    return f'{title_markup} <font color="{st.hex_of(st.FAINT)}" size="9">· {counted}</font>'


def _summary(say: Words, notes: int, clusters: int, loose: int) -> str:
    parts = [say("notes", n=notes)]
    if clusters:
        parts.append(say("clusters", n=clusters))
    if loose and clusters:
        parts.append(say("brainstorm.loose_count", n=loose))
    return " · ".join(parts)
