"""The handout's look: page sizes, colours and paragraph styles, in one place."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from workshop.export import fonts

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm

INK = colors.HexColor("#1f2a37")
MUTED = colors.HexColor("#5b6675")
FAINT = colors.HexColor("#8a94a3")
RULE = colors.HexColor("#d9dee5")
PAPER = colors.HexColor("#f5f7f9")
ACCENT = colors.HexColor("#1f6f78")  # deep teal: headings, bars, the cover band
ACCENT_LIGHT = colors.HexColor("#e3f1f2")
HIGHLIGHT = colors.HexColor("#f4b942")  # warm: ties, the adopted purpose
HIGHLIGHT_LIGHT = colors.HexColor("#fdf3dc")
HIGHLIGHT_DARK = colors.HexColor("#b7791f")
WHITE = colors.white

#: Sticky-note paper by the note's colour index (0–5), and a darker edge for each.
STICKY_PAPER = [
    colors.HexColor(c) for c in ("#fff1a8", "#ffd6e0", "#d2e9ff", "#d8f3cf", "#ffdcb5", "#e6dcff")
]
STICKY_EDGE = [
    colors.HexColor(c) for c in ("#e8c94a", "#e89aae", "#8fbde8", "#93cf82", "#e8a865", "#b3a0e6")
]


def hex_of(colour: colors.Color) -> str:
    """``#rrggbb`` for paragraph markup."""
    return "#" + str(colour.hexval())[2:]


def sticky_colours(index: int) -> tuple[colors.Color, colors.Color]:
    i = index % len(STICKY_PAPER)
    return STICKY_PAPER[i], STICKY_EDGE[i]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    muted_right: ParagraphStyle
    kicker: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    prompt: ParagraphStyle
    sticky: ParagraphStyle
    sticky_meta: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cover_title: ParagraphStyle
    cover_kind: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle
    quote: ParagraphStyle
    empty: ParagraphStyle


@functools.cache
def styles() -> Styles:
    fonts.register()
    regular, bold = fonts.REGULAR, fonts.BOLD

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": regular,
            "fontSize": 10,
            "leading": 14,
            "textColor": INK,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=style("body", spaceAfter=6),
        small=style("small", fontSize=8.5, leading=11.5),
        muted=style("muted", fontSize=9, leading=12.5, textColor=MUTED),
        muted_right=style(
            "muted_right", fontSize=9, leading=12.5, textColor=MUTED, alignment=TA_RIGHT
        ),
        kicker=style("kicker", fontName=bold, fontSize=8, leading=10, textColor=ACCENT),
        h1=style("h1", fontName=bold, fontSize=17, leading=21, spaceBefore=2, spaceAfter=8),
        h2=style("h2", fontName=bold, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=5),
        prompt=style("prompt", fontSize=10.5, leading=14.5, textColor=INK),
        sticky=style("sticky", fontSize=8.2, leading=10.4),
        sticky_meta=style("sticky_meta", fontSize=6.8, leading=8.5, textColor=MUTED),
        cell=style("cell", fontSize=9, leading=12),
        cell_bold=style("cell_bold", fontName=bold, fontSize=9, leading=12),
        cell_right=style("cell_right", fontSize=9, leading=12, alignment=TA_RIGHT),
        cell_head=style("cell_head", fontName=bold, fontSize=8, leading=10, textColor=MUTED),
        cell_head_right=style(
            "cell_head_right", fontName=bold, fontSize=8, leading=10, textColor=MUTED,
            alignment=TA_RIGHT,
        ),
        cover_title=style("cover_title", fontName=bold, fontSize=26, leading=31, textColor=WHITE),
        cover_kind=style("cover_kind", fontName=bold, fontSize=9, leading=12, textColor=WHITE),
        cover_label=style("cover_label", fontName=bold, fontSize=8, leading=10, textColor=MUTED),
        cover_value=style("cover_value", fontSize=11, leading=14.5),
        quote=style("quote", fontSize=12.5, leading=17.5),
        empty=style("empty", fontSize=9.5, leading=13, textColor=FAINT, alignment=TA_CENTER),
    )
