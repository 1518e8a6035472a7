"""Small drawing pieces of the handout: bookmarked headings, sticky notes, bars, callouts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from workshop.export import fonts
from workshop.export.pdf import reading
from workshop.export.pdf import style as st
from workshop.export.pdf.text import Paragraph


class Mark(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """An invisible point that becomes a PDF bookmark (for titles drawn inside tables)."""

    def __init__(self, outline: str, level: int = 0) -> None:
        super().__init__()
        self.outline_title = outline
        self.outline_level = level
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class Heading(Paragraph):  # type: ignore[misc]  # reportlab ships no types
    """A paragraph that also becomes a PDF bookmark (outline entry) where it lands."""

    def __init__(
        self, text: str, paragraph_style: ParagraphStyle, *, outline: str, level: int = 0
    ) -> None:
        super().__init__(text, paragraph_style)
        self.outline_title = outline
        self.outline_level = level


@dataclass(frozen=True)
class Sticky:
    """One note as drawn: its text and a small line under it (author), both as markup."""

    text: str
    meta: str
    colour: int


class StickyRow(Flowable):  # type: ignore[misc]
    """A row of square-ish sticky notes of equal width; the row is as tall as its tallest note."""

    PAD = 2.4 * mm
    STRIP = 1.6 * mm

    def __init__(
        self,
        stickies: Sequence[Sticky],
        columns: int,
        gap: float,
        colours: Callable[[int], tuple[colors.Color, colors.Color]] = st.sticky_colours,
    ) -> None:
        super().__init__()
        self.stickies = list(stickies)
        self.columns = columns
        self.gap = gap
        self.colours = colours
        self._laid: list[tuple[Paragraph, Paragraph | None, float, float]] = []
        self._note_width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        styles = st.styles()
        self._note_width = (avail_width - self.gap * (self.columns - 1)) / self.columns
        inner = self._note_width - 2 * self.PAD
        self._laid = []
        tallest = self._note_width * 0.62
        for sticky in self.stickies:
            text = Paragraph(sticky.text, styles.sticky)
            _, text_h = text.wrap(inner, 10_000)
            meta = Paragraph(sticky.meta, styles.sticky_meta) if sticky.meta else None
            meta_h = meta.wrap(inner, 10_000)[1] + 1.2 * mm if meta else 0.0
            self._laid.append((text, meta, text_h, meta_h))
            tallest = max(tallest, text_h + meta_h + 2 * self.PAD + self.STRIP)
        self.height = tallest
        self.width = avail_width
        return avail_width, self.height + self.gap

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """A single note taller than a page continues on the next as plain tinted text."""
        if len(self.stickies) != 1:
            return []
        sticky = self.stickies[0]
        paper, edge = self.colours(sticky.colour)
        base = st.styles().sticky
        tinted = ParagraphStyle(
            "sticky_long", parent=base, backColor=paper, borderColor=edge, borderWidth=0.6,
            borderPadding=self.PAD, leftIndent=self.PAD, rightIndent=self.PAD,
            spaceAfter=self.PAD + self.gap,
        )
        text = sticky.text + (f"<br/>— {sticky.meta}" if sticky.meta else "")
        paragraph = Paragraph(text, tinted)
        paragraph.wrap(avail_width, avail_height)
        return list(paragraph.split(avail_width, avail_height - self.PAD - self.gap))

    def draw(self) -> None:
        canvas = self.canv
        top = self.height + self.gap
        for index, (sticky, (text, meta, text_h, _)) in enumerate(
            zip(self.stickies, self._laid, strict=True)
        ):
            paper, edge = self.colours(sticky.colour)
            x = index * (self._note_width + self.gap)
            y = top - self.height
            canvas.saveState()
            canvas.setFillColor(colors.Color(0, 0, 0, alpha=0.07))
            canvas.rect(x + 0.7, y - 0.9, self._note_width, self.height, stroke=0, fill=1)
            canvas.setFillColor(paper)
            canvas.rect(x, y, self._note_width, self.height, stroke=0, fill=1)
            canvas.setFillColor(edge)
            canvas.rect(x, top - self.STRIP, self._note_width, self.STRIP, stroke=0, fill=1)
            canvas.restoreState()
            text_top = top - self.STRIP - self.PAD
            text.drawOn(canvas, x + self.PAD, text_top - text_h)
            if meta is not None:
                meta.drawOn(canvas, x + self.PAD, y + self.PAD * 0.8)


class Bar(Drawing):  # type: ignore[misc]
    """A horizontal bar on a faint track: ``fraction`` of the width is filled.

    A ``reportlab.graphics`` drawing (a flowable of shapes), not hand-drawn canvas calls.
    """

    def __init__(
        self, fraction: float, width: float, height: float = 3.2 * mm, colour: object = None
    ) -> None:
        super().__init__(width, height)
        fraction = max(0.0, min(1.0, fraction))
        radius = height / 2
        self.add(
            Rect(0, 0, width, height, rx=radius, ry=radius, fillColor=st.PAPER, strokeColor=None)
        )
        if fraction > 0:
            filled = max(height, width * fraction)
            self.add(
                Rect(0, 0, filled, height, rx=radius, ry=radius,
                     fillColor=colour or st.ACCENT, strokeColor=None)
            )


def callout(
    content: Sequence[Flowable],
    width: float,
    *,
    rtl: bool,
    background: object = None,
    bar: object = None,
    padding: float = 3.5 * mm,
) -> Table:
    """Content in a tinted box with a coloured bar where lines start (prompts, goals,
    purposes): on its left, or on its right in a right-to-left workshop (``rtl``).

    The box may split across pages (``splitInRow``): a goal or prompt at its length
    limit is taller than a page, and a box that cannot split stops the whole handout.
    """
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), background or st.PAPER),
        ("LINEBEFORE", (0, 0), (0, -1), 2.4, bar or st.ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), padding + 1.5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    return reading.table([[list(content)]], [width], commands, rtl=rtl, splitInRow=1)


#: A table of at most this many rows never breaks across pages.
SMALL_TABLE_ROWS = 15


#: A data table's cell padding, left and right together (points).
_CELL_PADDING = 8.0


def header_fit(
    header: Sequence[object], widths: Sequence[float], padding: float
) -> list[float]:
    """``widths`` with every column at least as wide as the longest word of its header
    (plus ``padding``), the room taken from columns wider than their header needs, in
    proportion to what they can spare: a header wraps between its words, never inside
    one (Polish "Miejsce" and "Głosujący" printed as "Miejsc/e", "Głosują/cy" in columns
    sized for English words). When the table cannot spare enough, each column short of
    room gets its share of what there is."""
    need = [
        float(cell.minWidth()) + padding + 0.5 if hasattr(cell, "minWidth") else 0.0
        for cell in header
    ]
    out = [float(w) for w in widths]
    if len(need) != len(out):
        return out
    short = [max(0.0, n - w) for n, w in zip(need, out, strict=True)]
    spare = [max(0.0, w - n) for n, w in zip(need, out, strict=True)]
    wanted, available = sum(short), sum(spare)
    if wanted <= 0 or available <= 0:
        return out
    given = min(wanted, available)
    return [
        w + given * s / wanted - given * p / available
        for w, s, p in zip(out, short, spare, strict=True)
    ]


def data_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    rtl: bool,
    header: bool = True,
    extra: Sequence[tuple[object, ...]] = (),
) -> Flowable:
    """A clean table: a muted header row, hairlines between rows; its header repeats on each
    page, and a small table (up to :data:`SMALL_TABLE_ROWS` rows) is kept whole on one.

    ``rows`` and ``widths`` go first column first; with ``rtl`` (the workshop's language is
    written right to left, ``ctx.rtl``) the first column is printed on the right.
    """
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
    ]
    if header and rows:
        commands += [
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.MUTED),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ]
        widths = header_fit(rows[0], widths, _CELL_PADDING)
    table = reading.table(rows, widths, [*commands, *extra], rtl=rtl,
                          repeatRows=1 if header else 0, splitInRow=1)
    if len(rows) <= SMALL_TABLE_ROWS:
        return KeepTogether([table])
    return table


class StackedBar(Drawing):  # type: ignore[misc]
    """One bar split into coloured parts by ``counts`` (a distribution of answers), each
    part wide enough labelled with its count; a ``reportlab.graphics`` drawing."""

    def __init__(
        self,
        counts: Sequence[int],
        palette: Sequence[colors.Color],
        width: float,
        height: float = 4.2 * mm,
    ) -> None:
        super().__init__(width, height)
        total = sum(counts)
        self.add(Rect(0, 0, width, height, fillColor=st.PAPER, strokeColor=None))
        x = 0.0
        for count, colour in zip(counts, palette, strict=False):
            if not total or not count:
                continue
            part = width * count / total
            self.add(Rect(x, 0, part, height, fillColor=colour, strokeColor=None))
            if part > 5 * mm:
                self.add(
                    String(x + part / 2, height / 2 - 2.2, str(count), fontName=fonts.REGULAR,
                           fontSize=6.5, fillColor=st.INK, textAnchor="middle")
                )
            x += part
