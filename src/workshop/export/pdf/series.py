"""The handout's pages for breakout tables and for a series of meetings.

- "Breakout tables": what each table brought back (after a merge);
- "Across the meetings" (from the second meeting on): the pulse statements' trends, the
  collective-impact radar across meetings, and the reciprocity balance over the series.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from workshop.domain import series as ds
from workshop.domain.pulse import IMPACT_CONDITIONS
from workshop.export import fonts
from workshop.export.fonts import markup
from workshop.export.localised import Words
from workshop.export.pdf import style as st
from workshop.export.pdf.flowables import data_table
from workshop.export.pdf.front import section_heading
from workshop.export.pdf.sections.registry import Context
from workshop.export.pdf.text import Paragraph, draw_string, string_width
from workshop.storage import breakout, series

LINES = ds.COLOURS

#: What a table's contribution is counted in, in the breakout summary.
_CONTRIBUTIONS = (
    ("notes", "series.notes"),
    ("clusters", "series.clusters"),
    ("purpose_statements", "series.purpose"),
    ("reciprocity_cards", "series.cards"),
    ("pulse_rounds", "series.pulse_rounds"),
    ("ballots", "series.ballots"),
    ("actions", "series.actions"),
)


def breakout_tables(ctx: Context) -> list[Flowable]:
    """Each breakout table's contribution (empty when nothing was merged)."""
    s = ctx.styles
    counts: dict[int, dict[str, int]] = {}
    for breakout_id, table, count in ctx.doc.conn.execute(
        "SELECT o.breakout_id, o.tbl, count(*) FROM merged_rows o GROUP BY 1, 2"
    ):
        counts.setdefault(int(breakout_id), {})[table] = int(count)
    tables = [t for t in breakout.tables(ctx.doc) if t.id in counts]
    if not tables:
        return []
    say = ctx.words
    flow = section_heading(ctx, None, say("series.tables"), say("series.tables_kicker"))
    head = [Paragraph(markup(say("series.table")), s.cell_head)] + [
        Paragraph(markup(say(label)), s.cell_head_right) for _key, label in _CONTRIBUTIONS
    ]
    rows: list[list[object]] = [head]
    extra: list[tuple[object, ...]] = []
    for table in tables:
        mine = counts[table.id]
        rows.append(
            [Paragraph(f'<font color="{table.colour}">■</font> {markup(table.label)}',
                       s.cell_bold)]
            + [Paragraph(str(mine.get(key, 0)), s.cell_right) for key, _label in _CONTRIBUTIONS]
        )
    first = 38 * mm
    rest = (ctx.width - first) / len(_CONTRIBUTIONS)
    flow.append(data_table(rows, [first] + [rest] * len(_CONTRIBUTIONS), extra=extra, rtl=ctx.rtl))
    clusters = _clusters_by_table(ctx)
    if clusters and not ctx.options.short:
        flow.append(Spacer(1, 3 * mm))
        for table in tables:
            titles = clusters.get(table.id)
            if titles:
                flow.append(Paragraph(
                    f"<b>{markup(table.label)}</b>: " + " · ".join(markup(t) for t in titles),
                    s.small,
                ))
    flow.append(Spacer(1, 9 * mm))
    return flow


def _clusters_by_table(ctx: Context) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for breakout_id, title in ctx.doc.conn.execute(
        "SELECT o.breakout_id, c.title FROM merged_rows o JOIN clusters c ON c.id = o.row_id"
        " WHERE o.tbl = 'clusters' ORDER BY o.breakout_id, c.id"
    ):
        found.setdefault(int(breakout_id), []).append(title)
    return found


def across_meetings(ctx: Context) -> list[Flowable]:
    """The series' trends (from the second meeting on; nothing for a first meeting)."""
    s = ctx.styles
    record = series.record(ctx.doc)
    if len(record.meetings) < 2:
        return []
    say = ctx.words
    flow = section_heading(ctx, None, say("series.across"),
                           say("series.meetings", n=len(record.meetings)))
    trends = record.trends(ds.FigureKind.PULSE)
    if trends:
        flow.append(KeepTogether([
            Paragraph(markup(say("series.trends")), s.h2),
            TrendChart(record.meetings, trends, ctx.width, 62 * mm, say),
        ]))
        flow.append(Spacer(1, 5 * mm))
    radar = record.radar()
    if any(radar.values()):
        flow.append(KeepTogether([
            Paragraph(markup(say("series.impact")), s.h2),
            RadarAcross(record.meetings, radar, ctx.width, 70 * mm, say),
        ]))
        flow.append(Spacer(1, 5 * mm))
    balance = record.balance()
    if balance:
        rows: list[list[object]] = [[
            Paragraph(markup(say("vote.organisation")), s.cell_head),
            *(Paragraph(markup(say(h)), s.cell_head_right)
              for h in ("series.offers", "series.asks", "series.promised",
                        "series.delivered")),
        ]]
        for b in balance:
            rows.append([Paragraph(markup(b.organisation), s.cell)] + [
                Paragraph(str(v), s.cell_right)
                for v in (b.offers, b.asks, b.promised, b.delivered)
            ])
        first = ctx.width - 4 * 22 * mm
        flow += [
            Paragraph(markup(say("series.balance")), s.h2),
            data_table(rows, [first] + [22 * mm] * 4, rtl=ctx.rtl),
        ]
    flow.append(Spacer(1, 9 * mm))
    return flow


class TrendChart(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """One line per statement across the meetings, with a legend naming each line."""

    def __init__(self, meetings: Sequence[ds.Meeting], trends: Sequence[ds.Trend],
                 width: float, height: float, say: Words) -> None:
        super().__init__()
        self.meetings, self.trends = list(meetings), list(trends)
        self.say = say
        self.width = width
        self.legend = 4.2 * mm * len(self.trends)
        self.height = height + self.legend

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        left, bottom = 12 * mm, self.legend + 9 * mm
        plot_w, plot_h = self.width - left - 4 * mm, self.height - bottom - 3 * mm
        c.saveState()
        c.setFont(fonts.REGULAR, 7)
        c.setStrokeColor(st.RULE)
        c.setFillColor(st.MUTED)
        for step in (0.0, 0.5, 1.0):
            y = bottom + step * plot_h
            c.line(left, y, left + plot_w, y)
            c.drawRightString(left - 2 * mm, y - 2.5, f"{int(step * 100)}%")
        count = max(len(self.meetings), 1)

        def x_of(index: int) -> float:
            return float(left + plot_w * (index + 0.5) / count)

        for index, meeting in enumerate(self.meetings):
            draw_string(c, x_of(index), bottom - 4.5 * mm,
                        self.say.label("meeting", n=meeting.number), fonts.REGULAR, 7, "centre")
            if meeting.date:
                draw_string(c, x_of(index), bottom - 7.5 * mm, self.say.long_date(meeting.date),
                            fonts.REGULAR, 7, "centre")
        for number, trend in enumerate(self.trends):
            colour = colors.HexColor(LINES[number % len(LINES)])
            c.setStrokeColor(colour)
            c.setFillColor(colour)
            c.setLineWidth(1.6)
            spots = [(x_of(i), bottom + lv * plot_h) for i, v in enumerate(trend.points)
                     if (lv := trend.level(v)) is not None]
            for (x1, y1), (x2, y2) in itertools.pairwise(spots):
                c.line(x1, y1, x2, y2)
            for x, y in spots:
                c.circle(x, y, 1.4, stroke=0, fill=1)
            y = self.legend - 4.2 * mm * (number + 1) + 1.2 * mm
            c.rect(0, y + 0.8 * mm, 4 * mm, 1.6 * mm, stroke=0, fill=1)
            c.setFillColor(st.INK)
            values = " → ".join("–" if p is None else f"{p:.1f}" for p in trend.points)
            text = f"{trend.key}   {values}"
            while text and string_width(text, fonts.REGULAR, 7) > self.width - 6 * mm:
                text = text[:-2]
            draw_string(c, 6 * mm, y + 0.5 * mm, text, fonts.REGULAR, 7)
        c.restoreState()


class RadarAcross(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """The five conditions as spokes; one outline per meeting, the latest boldest."""

    def __init__(self, meetings: Sequence[ds.Meeting], radar: Mapping[int, Mapping[str, float]],
                 width: float, height: float, say: Words) -> None:
        super().__init__()
        self.say = say
        self.meetings = [m for m in meetings if radar.get(m.number)]
        self.radar = radar
        self.width, self.height = width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        count = len(IMPACT_CONDITIONS)
        radius = self.height / 2 - 8 * mm
        cx, cy = self.width / 2 - 25 * mm, self.height / 2

        def at(index: int, value: float) -> tuple[float, float]:
            angle = 2 * math.pi * index / count
            return cx + radius * value * math.sin(angle), cy + radius * value * math.cos(angle)

        c.saveState()
        c.setStrokeColor(st.RULE)
        for ring in (0.5, 1.0):
            points = [at(i, ring) for i in range(count)]
            for a, b in zip(points, points[1:] + points[:1], strict=True):
                c.line(*a, *b)
        for index, item in enumerate(IMPACT_CONDITIONS):
            c.line(cx, cy, *at(index, 1.0))
            x, y = at(index, 1.12)
            c.setFillColor(st.MUTED)
            c.setFont(fonts.REGULAR, 7)
            draw_string(c, x, y - 2, self.say.label(f"impact.{item.key}"), fonts.REGULAR, 7,
                        "centre")
        for order, meeting in enumerate(self.meetings):
            values = self.radar[meeting.number]
            latest = order == len(self.meetings) - 1
            shade = colors.HexColor(LINES[0]) if latest else colors.Color(
                0, 0.45, 0.7, alpha=0.25 + 0.5 * (order + 1) / len(self.meetings))
            c.setStrokeColor(shade)
            c.setLineWidth(2 if latest else 1)
            points = [at(i, values.get(item.key, 0.0)) for i, item in enumerate(IMPACT_CONDITIONS)]
            for a, b in zip(points, points[1:] + points[:1], strict=True):
                c.line(*a, *b)
            c.setFillColor(shade)
            c.rect(self.width - 48 * mm, self.height - 8 * mm - order * 5 * mm, 4 * mm,
                   1.6 * mm, stroke=0, fill=1)
            c.setFillColor(st.INK)
            label = self.say.label("meeting", n=meeting.number) + (
                f" · {self.say.long_date(meeting.date)}" if meeting.date else "")
            draw_string(c, self.width - 42 * mm, self.height - 8 * mm - order * 5 * mm, label,
                        fonts.REGULAR, 7)
        c.restoreState()
