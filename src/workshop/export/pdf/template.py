"""Pages of the handout: the cover and body page templates, running header, "Page N of M",
bookmarks, metadata, and progress reports while reportlab lays the story out.

"Page N of M" needs the page count before any page is written, so the canvas
keeps each finished page and writes them all at the end (the well-known
"numbered canvas" pattern). Bookmarks are likewise recorded with their page
and created while the pages are written, so each points at the right page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from workshop import __version__
from workshop.export import fonts
from workshop.export.localised import Words
from workshop.export.pdf import style as st
from workshop.export.pdf import text as text_layer
from workshop.export.pdf.flowables import Heading, Mark

#: Called with (flowables laid out, total) while the PDF is built; may raise ExportCancelled.
Progress = Callable[[int, int], None]


class _PagedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no types
    """Holds pages back until the end to print "Page N of M" and place bookmarks on them."""

    footer_left = ""
    words = Words()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._marks: list[tuple[str, str, int]] = []
        self._mark_count = 0

    def mark(self, title: str, level: int) -> None:
        """Bookmark the current page under ``title`` (created when the page is written)."""
        self._mark_count += 1
        self._marks.append((f"section-{self._mark_count}", title, level))

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, page in enumerate(self._pages, start=1):
            self.__dict__.update(page)
            for key, title, level in self._marks:
                self.bookmarkPage(key, fit="XYZ", top=None, left=None, zoom=None)
                self.addOutlineEntry(title, key, level=level, closed=False)
            if number > 1:
                self._footer(number, total)
            Canvas.showPage(self)
        self.showOutline()
        Canvas.save(self)

    def _footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        y = st.MARGIN_BOTTOM - 9 * mm
        self.saveState()
        self.setStrokeColor(st.RULE)
        self.setLineWidth(0.5)
        self.line(st.MARGIN_X, y + 4.2 * mm, width - st.MARGIN_X, y + 4.2 * mm)
        self.setFont(fonts.REGULAR, 7.5)
        self.setFillColor(st.FAINT)
        text_layer.draw_string(self, st.MARGIN_X, y, self.footer_left, fonts.REGULAR, 7.5)
        self.setFillColor(st.MUTED)
        text_layer.draw_string(
            self, width - st.MARGIN_X, y, self.words("page", number=number, total=total),
            fonts.REGULAR, 7.5, anchor="right",
        )
        self.restoreState()


class HandoutTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 or Letter pages: a cover without header, then body pages with header and footer."""

    def __init__(
        self,
        stream: BinaryIO,
        *,
        pagesize: tuple[float, float],
        title: str,
        author: str,
        subject: str,
        header: str,
        progress: Progress | None = None,
        words: Words | None = None,
    ) -> None:
        super().__init__(
            stream,
            pagesize=pagesize,
            leftMargin=st.MARGIN_X,
            rightMargin=st.MARGIN_X,
            topMargin=st.MARGIN_TOP,
            bottomMargin=st.MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator=f"Workshop {__version__}",
            producer="Workshop (reportlab)",
            invariant=1,
            initialFontName=fonts.REGULAR,
        )
        self.header = header
        self.words = words or Words()
        self.progress = progress
        self._story: list[Flowable] = []
        self._total = 0
        self._reported = -1
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )
        cover = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height + 8 * mm, id="cover",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[cover], onPage=self._draw_cover),
                PageTemplate(id="body", frames=[frame], onPage=self._draw_header),
            ]
        )

    def build_story(self, story: list[Flowable]) -> None:
        """Lay out ``story`` (consumed) and write the PDF."""
        self._story = story
        self._total = len(story)
        self.build(story, canvasmaker=self._canvas)

    def _canvas(self, *args: Any, **kwargs: Any) -> _PagedCanvas:
        canvas = _PagedCanvas(*args, **kwargs)
        canvas.footer_left = " ".join(self.header.split())
        canvas.words = self.words
        return canvas

    def afterFlowable(self, flowable: Flowable) -> None:  # reportlab's name
        if isinstance(flowable, Heading | Mark):
            self.canv.mark(flowable.outline_title, flowable.outline_level)
        if self.progress is not None:
            # reportlab consumes the story list as it lays it out.
            done = max(0, self._total - len(self._story))
            if done > self._reported:
                self._reported = done
                self.progress(done, self._total)

    def _draw_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillColor(st.ACCENT)
        canvas.rect(0, height - 6 * mm, width, 6 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        y = height - st.MARGIN_TOP + 7 * mm
        canvas.saveState()
        canvas.setFillColor(st.ACCENT)
        canvas.rect(0, height - 2.2 * mm, width, 2.2 * mm, stroke=0, fill=1)
        canvas.setFont(fonts.BOLD, 8)
        canvas.setFillColor(st.INK)
        title = _fit(" ".join(self.title.split()), fonts.BOLD, 8, self.width * 0.62)
        text_layer.draw_string(canvas, st.MARGIN_X, y, title, fonts.BOLD, 8)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(st.MUTED)
        text_layer.draw_string(
            canvas, width - st.MARGIN_X, y, self.subject, fonts.REGULAR, 8, anchor="right"
        )
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(st.MARGIN_X, y - 2.6 * mm, width - st.MARGIN_X, y - 2.6 * mm)
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis until it fits ``width`` points (every script measured)."""
    if text_layer.string_width(text, font, size) <= width:
        return text
    while text and text_layer.string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
