"""The review of promises: each promise from earlier meetings and where it stands now."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from workshop.domain.models import Activity
from workshop.export.fonts import markup
from workshop.export.pdf import style as st
from workshop.export.pdf.flowables import data_table
from workshop.export.pdf.sections.registry import Context
from workshop.export.pdf.text import Paragraph
from workshop.storage import series


def review(ctx: Context, activity: Activity) -> list[Flowable]:
    """Each promise from earlier meetings and where it stands."""
    # front imports the sections package, so its date helper is fetched when used.
    from workshop.export.pdf.front import long_date

    s, say = ctx.styles, ctx.words
    promises = series.promises(ctx.doc)
    if not promises:
        return [ctx.nothing("review.none")]
    rows: list[list[object]] = [[
        Paragraph(markup(say(key)), s.cell_head)
        for key in ("review.status", "review.promise", "review.who", "review.due")
    ]]
    for p in promises:
        what = markup(p.what)
        if p.note:
            what += f'<br/><font size="7.5" color="{st.hex_of(st.MUTED)}">{markup(p.note)}</font>'
        who = markup(p.owner) + (f" → {markup(p.receiver)}" if p.receiver else "")
        rows.append([
            Paragraph(f"<b>{markup(say.label(f'promise.{p.status}'))}</b><br/>"
                      f'<font size="7">{markup(say("review.from_meeting", n=p.meeting))}</font>',
                      s.small),
            Paragraph(what, s.cell),
            Paragraph(who, s.small),
            Paragraph(markup(long_date(p.due, ctx.details.language) if p.due else ""), s.small),
        ])
    widths = [26 * mm, ctx.width - 26 * mm - 48 * mm - 30 * mm, 48 * mm, 30 * mm]
    return [data_table(rows, widths, rtl=ctx.rtl)]
