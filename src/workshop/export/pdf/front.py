"""The cover, the agenda, and the participants: the frame around the activity sections."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from workshop.domain.actions import ActionStatus
from workshop.domain.agenda import fit, offsets, start_times
from workshop.domain.models import Activity, ActivityKind
from workshop.domain.timer import ActualTiming
from workshop.export import fonts
from workshop.export.fonts import markup
from workshop.export.localised import Words, words
from workshop.export.pdf import reading
from workshop.export.pdf import style as st
from workshop.export.pdf.flowables import Heading, Mark, callout, data_table
from workshop.export.pdf.sections.registry import Context
from workshop.export.pdf.text import Paragraph
from workshop.storage import read, read_actions, read_board, read_timer, read_votes


def long_date(iso: str, language: str = "en") -> str:
    """"2026-11-27" → "Friday 27 November 2026", "piątek, 27 listopada 2026"…

    In the workshop's language, whatever the process locale (``export/localised.py``).
    """
    return words(language).long_date(iso)


def section_heading(ctx: Context, number: int | None, title: str, kicker: str) -> list[Flowable]:
    """The kicker line and the big bookmarked title that open every section."""
    s = ctx.styles
    label = f"{number}. {title}" if number is not None else title
    return [
        CondPageBreak(60 * mm),
        Paragraph(markup(kicker.upper()), s.kicker),
        Spacer(1, 1.2 * mm),
        Heading(markup(title), s.h1, outline=label),
    ]


def break_band(ctx: Context, number: int, activity: Activity, start: str) -> list[Flowable]:
    """A break is a quiet band across the page, not a section of its own."""
    s = ctx.styles
    when = " · ".join(x for x in (start, ctx.words("minutes", n=activity.timebox_minutes)) if x)
    text = f"<b>{markup(activity.title)}</b>"
    prompt = activity.prompt.strip()
    if prompt and prompt != activity.title.strip():
        text += f" — {markup(prompt)}"
    band = reading.table(
        [[Paragraph(text, s.muted), Paragraph(markup(when), s.muted_right)]],
        [ctx.width - 40 * mm, 40 * mm],
        [
            ("BACKGROUND", (0, 0), (-1, -1), st.PAPER),
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
        ],
        rtl=ctx.rtl,
        splitInRow=1,
    )
    return [Mark(f"{number}. {activity.title}"), band, Spacer(1, 9 * mm)]


# ---------------------------------------------------------------------- cover


def cover(ctx: Context, purpose: str | None) -> list[Flowable]:
    s, d, say = ctx.styles, ctx.details, ctx.words
    kind = say("kind.handout" if ctx.options.short else "kind.record")
    when = " · ".join(x for x in (long_date(d.date, d.language), d.venue) if x)
    banner_rows: list[list[Flowable]] = [
        [Paragraph(kind.upper(), s.cover_kind)],
        [Spacer(1, 2.5 * mm)],
        [Paragraph(markup(d.title), s.cover_title)],
    ]
    if when:
        banner_rows += [[Spacer(1, 3 * mm)], [Paragraph(markup(when), s.cover_kind)]]
    banner = reading.table(
        banner_rows,
        [ctx.width],
        [
            ("BACKGROUND", (0, 0), (-1, -1), st.ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 9 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 9 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 10 * mm),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 10 * mm),
        ],
        rtl=ctx.rtl,
    )
    story: list[Flowable] = [Mark(d.title or say("cover.mark")), Spacer(1, 12 * mm), banner]
    story.append(Spacer(1, 9 * mm))

    people = read.participants(ctx.doc)
    organisations = read.organisations(ctx.doc)
    agenda = read.activities(ctx.doc)
    made = _what_the_day_made(ctx, agenda)
    facts = [
        (say("cover.date"), long_date(d.date, d.language)),
        (say("cover.venue"), d.venue),
        (say("cover.facilitator"), d.facilitator),
        (say("cover.participants"), _people_summary(say, len(people), len(organisations))),
        (say("cover.agenda"), _agenda_summary(say, agenda, d.start_time)),
        (say("cover.ideas"), made.ideas),
        (say("cover.votes"), made.votes),
        (say("cover.actions"), made.actions),
    ]
    facts = [(k, v) for k, v in facts if v]
    if facts:
        story.append(_facts_grid(ctx, facts))
        story.append(Spacer(1, 8 * mm))
    if d.goal.strip():
        story.append(Paragraph(markup(say("cover.goal").upper()), s.cover_label))
        story.append(Spacer(1, 2 * mm))
        story.append(callout([Paragraph(markup(d.goal.strip()), s.quote)], ctx.width, rtl=ctx.rtl))
        story.append(Spacer(1, 7 * mm))
    if purpose:
        story.append(Paragraph(markup(say("cover.purpose").upper()), s.cover_label))
        story.append(Spacer(1, 2 * mm))
        story.append(
            callout(
                [Paragraph(markup(purpose), s.quote)],
                ctx.width,
                background=st.HIGHLIGHT_LIGHT,
                bar=st.HIGHLIGHT,
                rtl=ctx.rtl,
            )
        )
        story.append(Spacer(1, 7 * mm))
    if made.top:
        story.append(Paragraph(markup(say("cover.top_results").upper()), s.cover_label))
        story.append(Spacer(1, 2 * mm))
        for vote_title, titles in made.top:
            story.append(Paragraph(markup(vote_title), s.cell_bold))
            for number, (title, dots) in enumerate(titles, start=1):
                count = markup(say("cover.dots", n=dots))
                story.append(
                    Paragraph(f"{number}. {markup(title)} "
                              f'<font color="{st.hex_of(st.MUTED)}">{count}</font>', s.body)
                )
            story.append(Spacer(1, 3 * mm))
    story += [NextPageTemplate("body"), PageBreak()]
    return story


@dataclass(frozen=True)
class _DayMade:
    """The cover's account of the day: ideas, votes, actions, and the top of each vote."""

    ideas: str
    votes: str
    actions: str
    top: list[tuple[str, list[tuple[str, int]]]]


#: How many results of each revealed vote the cover lists.
COVER_TOP = 3


def _what_the_day_made(ctx: Context, agenda: Sequence[Activity]) -> _DayMade:
    say = ctx.words
    boards = [a for a in agenda if a.kind is ActivityKind.BRAINSTORM]
    notes = sum(len(read_board.notes(ctx.doc, a.id)) for a in boards)
    ideas = ""
    if notes:
        ideas = say("ideas", n=notes) + (
            f" {say('on_boards', n=len(boards))}" if len(boards) > 1 else ""
        )
    voters = dots = 0
    top: list[tuple[str, list[tuple[str, int]]]] = []
    for activity in (a for a in agenda if a.kind is ActivityKind.DOT_VOTE):
        settings = read_votes.settings(ctx.doc, activity.id)
        results = read_votes.results(ctx.doc, activity.id)
        voters, dots = voters + results.voters, dots + results.dots_cast
        if (settings.revealed or settings.closed) and results.dots_cast:
            ranked = [r for r in results.preferred() if r.dots > 0][:COVER_TOP]
            top.append((activity.title, [(" ".join(r.title.split()), r.dots) for r in ranked]))
    votes = f"{say('vote.voters', n=voters)} · {say('vote.dots_cast', n=dots)}" if dots else ""
    actions = read_actions.actions(ctx.doc)
    done = sum(1 for a in actions if a.status is ActionStatus.DONE)
    action_text = say("actions_count", n=len(actions)) + (
        f" {say('done_count', n=done)}" if done else ""
    )
    return _DayMade(ideas, votes, action_text if actions else "", top)


def _people_summary(say: Words, people: int, organisations: int) -> str:
    if not people:
        return ""
    text = say("people", n=people)
    if organisations:
        text += f" {say('organisations', n=organisations)}"
    return text


def _agenda_summary(say: Words, agenda: Sequence[Activity], start: str) -> str:
    if not agenda:
        return ""
    total = fit(agenda, 0).planned_minutes
    text = f"{say('activities', n=len(agenda))}, {say.duration(total)}"
    if start:
        end = start_times([*agenda, agenda[-1]], start)[-1]
        text += f" ({start}–{end})"
    return text


def _facts_grid(ctx: Context, facts: Sequence[tuple[str, str]]) -> Table:
    s = ctx.styles
    half = ctx.width / 2
    cells = [
        [
            Paragraph(label.upper(), s.cover_label),
            Spacer(1, 1 * mm),
            Paragraph(markup(value), s.cover_value),
        ]
        for label, value in facts
    ]
    if len(cells) % 2:
        cells.append([Spacer(1, 1)])
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    return reading.table(
        rows,
        [half, half],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, st.RULE),
        ],
        rtl=ctx.rtl,
        splitInRow=1,
    )


# --------------------------------------------------------------------- agenda


def agenda(ctx: Context, activities: Sequence[Activity]) -> list[Flowable]:
    s = ctx.styles
    say = ctx.words
    story = section_heading(ctx, None, say("agenda.title"), say("agenda.kicker"))
    if not activities:
        story.append(Paragraph(markup(say("agenda.none")), s.empty))
        return story
    clock = bool(ctx.details.start_time)
    # With no start time, the planned times count from the start (0:00, 0:15 …): an empty
    # "Planned" column beside bare row numbers said nothing.
    starts = start_times(activities, ctx.details.start_time) if clock else offsets(activities)
    ends = _ends(activities, ctx)
    actual = _actual_timings(ctx)
    show_actual = any(t.started_at or t.actual_seconds is not None for t in actual.values())
    planned = say("agenda.planned") if clock else say("agenda.from_start")
    minutes = say("agenda.minutes")
    head = ["#", planned, say("agenda.activity"), minutes] + (
        [say("agenda.actual")] if show_actual else []
    )
    rows: list[list[object]] = [
        [Paragraph(markup(h), s.cell_head_right if h == minutes else s.cell_head) for h in head]
    ]
    for number, (activity, start, end) in enumerate(zip(activities, starts, ends, strict=True), 1):
        when = f"{start}–{end}" if end else start
        title = (
            f"{markup(activity.title)}<br/>"
            f'<font name="{fonts.REGULAR}" size="7.5" color="{st.hex_of(st.MUTED)}">'
            f"{markup(ctx.words.label(f'kind.{activity.kind}'))}</font>"
        )
        row: list[object] = [
            Paragraph(str(number), s.cell_head),
            Paragraph(when, s.cell),
            Paragraph(title, s.cell_bold if activity.kind is not ActivityKind.BREAK else s.cell),
            Paragraph(str(activity.timebox_minutes), s.cell_right),
        ]
        if show_actual:
            row.append(Paragraph(_actual_text(ctx, actual.get(activity.id)), s.cell))
        rows.append(row)
    total = fit(activities, ctx.details.available_minutes)
    rows.append(
        [
            "",
            "",
            Paragraph(markup(ctx.words.fit(total)), s.muted),
            Paragraph(str(total.planned_minutes), s.cell_right),
            *([""] if show_actual else []),
        ]
    )
    fixed = 8 * mm + 27 * mm + 17 * mm + (30 * mm if show_actual else 0)
    widths = [8 * mm, 27 * mm, ctx.width - fixed, 17 * mm] + ([30 * mm] if show_actual else [])
    breaks = [
        ("BACKGROUND", (0, i), (-1, i), st.PAPER)
        for i, a in enumerate(activities, 1)
        if a.kind is ActivityKind.BREAK
    ]
    story.append(
        data_table(rows, widths, rtl=ctx.rtl,
                   extra=[*breaks, ("LINEBELOW", (0, -1), (-1, -1), 0, st.WHITE)])
    )
    story.append(Spacer(1, 10 * mm))
    return story


def _ends(activities: Sequence[Activity], ctx: Context) -> list[str]:
    start = ctx.details.start_time
    if not start:
        return offsets([*activities, activities[-1]])[1:]
    return start_times([*activities, activities[-1]], start)[1:]


def _actual_timings(ctx: Context) -> dict[int, ActualTiming]:
    return {t.activity_id: t for t in read_timer.actual_timings(ctx.doc)}


def _actual_text(ctx: Context, timing: ActualTiming | None) -> str:
    """"09:52 · 18 min (+3)" from the stored facts; "" when the activity never ran."""
    if timing is None or not timing.started_at:
        return ""
    parts = []
    try:
        started = dt.datetime.fromisoformat(timing.started_at.replace("Z", "+00:00"))
        parts.append(started.astimezone().strftime("%H:%M"))
    except ValueError:
        pass
    if timing.actual_seconds is not None:
        text = ctx.words.seconds(timing.actual_seconds)
        diff = timing.difference_seconds or 0
        if abs(diff) >= 60:
            text += f" ({'+' if diff > 0 else '−'}{round(abs(diff) / 60)})"
        parts.append(text)
    return " · ".join(parts)


# --------------------------------------------------------------- participants


def _has_signed_cards(ctx: Context) -> bool:
    """Whether the handout has offers or asks, which always carry their party's name."""
    from workshop.storage import read_reciprocity

    return any(
        read_reciprocity.cards(ctx.doc, activity_id)
        for activity_id in read_reciprocity.offers_asks_activities(ctx.doc)
    )


def participants(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    people = read.participants(ctx.doc)
    say = ctx.words
    story = section_heading(ctx, None, say("cover.participants"), say("participants.title"))
    if not people:
        story.append(Paragraph(markup(say("participants.none")), s.empty))
        return story
    by_org = Counter(p.organisation for p in people)
    organisations = sorted((o for o in by_org if o), key=str.casefold)
    if ctx.details.anonymous:
        story.append(
            Paragraph(
                markup(
                    say("participants.anonymous", n=len(people))
                    + (" " + say("participants.signed") if _has_signed_cards(ctx) else "")
                ),
                s.body,
            )
        )
        rows: list[list[object]] = [
            [Paragraph(markup(say("vote.organisation")), s.cell_head),
             Paragraph(markup(say("vote.people")), s.cell_head_right)]
        ]
        for organisation in organisations:
            rows.append(
                [
                    Paragraph(markup(organisation), s.cell),
                    Paragraph(str(by_org[organisation]), s.cell_right),
                ]
            )
        if by_org.get(""):
            rows.append(
                [Paragraph(markup(say("vote.no_organisation")), s.muted),
                 Paragraph(str(by_org[""]), s.cell_right)]
            )
        story.append(data_table(rows, [ctx.width - 25 * mm, 25 * mm], rtl=ctx.rtl))
        return story
    groups = [(o, [p for p in people if p.organisation == o]) for o in organisations]
    if by_org.get(""):
        groups.append(("", [p for p in people if not p.organisation]))
    for organisation, members in groups:
        names = ", ".join(markup(p.name) for p in members)
        title = markup(organisation or say("vote.no_organisation"))
        story.append(
            KeepTogether(
                [
                    Paragraph(
                        f'{title} <font color="{st.hex_of(st.FAINT)}" size="8.5">'
                        f"· {len(members)}</font>",
                        s.h2,
                    ),
                    Paragraph(names, s.body),
                ]
            )
        )
    return story
