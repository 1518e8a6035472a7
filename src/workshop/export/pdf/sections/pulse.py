"""Pulse-check results: each statement with the answers of each revealed round as a stacked
bar from the lowest to the highest value, and the median and middle half in words.

Answers are anonymous by design. A round answered one by one at the laptop is shown
only once it was revealed; a paper tally was counted in the open and is always shown.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from workshop.domain.models import Activity
from workshop.domain.pulse import RoundResult, Scale, summary
from workshop.export import fonts
from workshop.export.fonts import markup
from workshop.export.pdf import reading
from workshop.export.pdf import style as st
from workshop.export.pdf.flowables import StackedBar
from workshop.export.pdf.sections.registry import Context
from workshop.export.pdf.text import Paragraph
from workshop.storage import read_pulse

#: From "block" / "strongly disagree" (warm) to "fully behind it" / "strongly agree" (teal).
_RAMP = ("#c8553d", "#e38b5a", "#f2c36b", "#d9d9c3", "#8fc1a9", "#3f8f7f")


def value_colours(scale: Scale) -> list[colors.Color]:
    ramp = _RAMP if len(scale.values) == 6 else _RAMP[:2] + _RAMP[3:]
    return [colors.HexColor(c) for c in ramp]


def pulse(ctx: Context, activity: Activity) -> list[Flowable]:
    s = ctx.styles
    statements = read_pulse.statements(ctx.doc, activity.id)
    if not statements:
        return [ctx.nothing("pulse.none")]
    blocks: list[list[Flowable]] = []
    scales: list[Scale] = []
    for statement in statements:
        # Numbered through the day: the check-out activity's round of a statement first asked
        # at check-in is "Round 2", not a second "Round 1".
        numbers = {r.round_id: r.number for r in read_pulse.history(ctx.doc, statement.id)}
        answered = [
            replace(r, number=numbers.get(r.round_id, r.number))
            for r in read_pulse.rounds(ctx.doc, statement.id)
            if r.distribution.total
        ]
        shown = [r for r in answered if _may_show(ctx, r)]
        block: list[Flowable] = [
            Paragraph(
                f"{markup(statement.text)} "
                f'<font name="{fonts.REGULAR}" size="7.5" color="{st.hex_of(st.MUTED)}">'
                f"· {markup(ctx.words.label(f'scale.{statement.scale}'))}</font>",
                s.cell_bold,
            ),
            Spacer(1, 1.5 * mm),
        ]
        if shown:
            block.append(_rounds(ctx, statement.scale, shown))
            if statement.scale not in scales:
                scales.append(statement.scale)
        else:
            text = ctx.words("pulse.hidden" if answered else "pulse.not_answered")
            block.append(Paragraph(markup(text), s.muted))
        block.append(Spacer(1, 4 * mm))
        blocks.append(block)
    # The legend stays with the last statement (alone at the top of a page it broke away).
    blocks[-1] += [_legend(ctx, scale) for scale in scales]
    return [KeepTogether(block) for block in blocks]


def _may_show(ctx: Context, result: RoundResult) -> bool:
    """Revealed, or counted on paper in the open (no answers typed one by one)."""
    return result.revealed or read_pulse.answer_count(ctx.doc, result.round_id) == 0


def _rounds(ctx: Context, scale: Scale, rounds: list[RoundResult]) -> Table:
    s = ctx.styles
    bar_width = ctx.width - 34 * mm - 52 * mm
    rows = []
    for result in rounds:
        label = result.label or ctx.words("pulse.round", n=result.number)
        rows.append(
            [
                Paragraph(markup(label), s.cell_bold),
                StackedBar(result.distribution.counts, value_colours(scale), bar_width),
                Paragraph(markup(summary(ctx.words.label, result.distribution)), s.small),
            ]
        )
    return reading.table(
        rows,
        [34 * mm, bar_width + 4 * mm, 48 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
        rtl=ctx.rtl,
        splitInRow=1,
    )


def _legend(ctx: Context, scale: Scale) -> Paragraph:
    parts = [
        f'<font color="{st.hex_of(colour)}">■</font> {value} '
        f"{markup(ctx.words.label(f'scale.{scale}.{value}'))}"
        for value, colour in zip(scale.values, value_colours(scale), strict=True)
    ]
    return Paragraph("   ".join(parts), ctx.styles.small)
