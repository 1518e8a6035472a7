"""Assemble the handout: cover, agenda, one section per activity in agenda order, participants.

:func:`export_handout` writes the PDF atomically; :func:`render_handout` writes
it to any binary stream (tests, the benchmark). The output is deterministic
for the same document (reportlab's invariant mode: no dates, fixed ids).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from workshop.domain.agenda import start_times
from workshop.domain.models import Activity, ActivityKind, ActivityStatus
from workshop.export import fonts
from workshop.export.atomic import atomic_output
from workshop.export.errors import ExportError
from workshop.export.fonts import markup
from workshop.export.localised import words
from workshop.export.pdf import front
from workshop.export.pdf import series as series_pages
from workshop.export.pdf import style as st
from workshop.export.pdf.actions import action_list
from workshop.export.pdf.flowables import callout
from workshop.export.pdf.sections import Context, HandoutOptions, builder_for
from workshop.export.pdf.template import HandoutTemplate, Progress
from workshop.export.pdf.text import Paragraph
from workshop.storage import read, read_timer, series
from workshop.storage.document import Document


def export_handout(
    doc: Document,
    target: Path,
    options: HandoutOptions | None = None,
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> None:
    """Write the handout of ``doc`` to ``target`` (refusing to replace it unless ``force``)."""
    options = options or HandoutOptions()
    with atomic_output(Path(target), force=force) as temporary, temporary.open("wb") as stream:
        render_handout(doc, stream, options, progress=progress)


def handout_bytes(doc: Document, options: HandoutOptions | None = None) -> bytes:
    stream = io.BytesIO()
    render_handout(doc, stream, options or HandoutOptions())
    return stream.getvalue()


def render_handout(
    doc: Document,
    stream: BinaryIO,
    options: HandoutOptions,
    *,
    progress: Progress | None = None,
) -> None:
    details = read.details(doc)
    say = words(details.language)
    header = f"{details.title} — {say('header.handout' if options.short else 'header.record')}"
    render_story(doc, stream, options, details.title, header, story, progress=progress)


def render_story(
    doc: Document,
    stream: BinaryIO,
    options: HandoutOptions,
    title: str,
    header: str,
    build: Callable[[Context], list[Flowable]],
    *,
    progress: Progress | None = None,
) -> None:
    """Lay out ``build(ctx)`` on the handout's pages (the handout, an organisation's PDF)."""
    if options.page_size not in st.PAGE_SIZES:
        raise ExportError(
            "Unknown page size “{page_size}”: use A4 or Letter.",
            page_size=options.page_size,
        )
    fonts.register()
    details = read.details(doc)
    say = words(details.language)
    template = HandoutTemplate(
        stream,
        pagesize=st.PAGE_SIZES[options.page_size],
        title=title,
        author=details.facilitator,
        subject=" · ".join(x for x in (say.long_date(details.date), details.venue) if x),
        header=header,
        words=say,
        progress=progress,
    )
    ctx = Context(
        doc=doc,
        details=details,
        options=options,
        styles=st.styles(),
        width=template.width,
        people={p.id: p for p in read.participants(doc)},
    )
    template.build_story(build(ctx))


def story(ctx: Context) -> list[Flowable]:
    """Every flowable of the handout, in reading order."""
    activities = read.activities(ctx.doc)
    flow: list[Flowable] = front.cover(ctx, adopted_purpose(ctx))
    flow += front.agenda(ctx, activities)
    starts = start_times(activities, ctx.details.start_time)
    ran = _ran(ctx)
    for number, (activity, start) in enumerate(zip(activities, starts, strict=True), start=1):
        flow += activity_section(ctx, number, activity, start, ran)
    flow += action_list(ctx)
    flow += series_pages.breakout_tables(ctx) + series_pages.across_meetings(ctx)
    if not ctx.options.short:
        flow += front.participants(ctx)
    return flow


def adopted_purpose(ctx: Context) -> str | None:
    """The common purpose adopted in any purpose blend (shown on the cover), if there is one;
    at a later meeting of a series, the one carried from the meeting before."""
    return series.common_purpose(ctx.doc)


def _ran(ctx: Context) -> set[int] | None:
    """The activities started on the day; None when the day was not run with the timer (F6),
    so "never started" says nothing about an activity."""
    started = {
        t.activity_id for t in read_timer.actual_timings(ctx.doc) if t.started_at
    } | {a.id for a in read.activities(ctx.doc) if a.status is not ActivityStatus.PLANNED}
    return started or None


def skipped(ctx: Context, activity: Activity, body: list[Flowable], ran: set[int] | None) -> bool:
    """Not run and nothing captured: its section would only say "No … were captured"."""
    nothing = all(
        isinstance(f, Paragraph)
        and getattr(f, "captured_nothing", False)  # ctx.nothing("brainstorm.none") and the like
        for f in body
    )
    if not nothing:
        return False
    if ran is not None:
        return activity.id not in ran
    return True


def activity_section(
    ctx: Context, number: int, activity: Activity, start: str, ran: set[int] | None = None
) -> list[Flowable]:
    s = ctx.styles
    minutes = ctx.words("minutes", n=activity.timebox_minutes)
    if activity.kind is ActivityKind.BREAK:
        return front.break_band(ctx, number, activity, start)
    body = builder_for(activity.kind)(ctx, activity)
    if skipped(ctx, activity, body, ran):
        if ctx.options.short:
            return []  # the short handout leaves out what did not happen
        body = [Paragraph(markup(ctx.words("not_run")), s.empty)]
    label = ctx.words.label(f"kind.{activity.kind}")
    kicker = " · ".join(x for x in (f"{number}", label, start, minutes) if x)
    flow = front.section_heading(ctx, number, activity.title, kicker)
    prompt = activity.prompt.strip()
    if prompt and prompt != activity.title.strip():
        flow.append(callout([Paragraph(markup(prompt), s.prompt)], ctx.width))
    if body:
        flow.append(Spacer(1, 4 * mm))
        flow += body
    flow.append(Spacer(1, 9 * mm))
    return flow
