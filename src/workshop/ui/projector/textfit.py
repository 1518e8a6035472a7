"""Text that the room can read whole: line breaking, and honest checks of what is shown.

Two jobs, one place: :func:`wrap` breaks a note into lines at word boundaries only
(a single word wider than the line is split with a hyphen), which the audience
board paints; :func:`label_item` describes a ``QLabel`` as the room sees it (its
lines, its size on screen, whether anything is cut off), which every audience
view's :meth:`room_items` returns.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetricsF, QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

from workshop.domain.room import RoomItem, normalised

#: Where a line may break: ordinary spaces, never a no-break space (French "santé\u00a0:").
_BREAKS = re.compile(r"[ \t\r\f\v\u2000-\u200b\u3000]+")


#: The fewest letters of a too-wide word put at the end of a line before its hyphen.
MIN_PIECE = 3


class Wrapper:
    """Breaks text into lines for one font, remembering the width of every word it measured.

    The width cache is what keeps laying out a 2,000-note board fast: the same words
    come back again and again.
    """

    def __init__(self, metrics: QFontMetricsF) -> None:
        self.metrics = metrics
        self._widths: dict[str, float] = {}
        self.space = metrics.horizontalAdvance(" ")
        self.hyphen = metrics.horizontalAdvance("-")

    def width(self, word: str) -> float:
        found = self._widths.get(word)
        if found is None:
            found = self.metrics.horizontalAdvance(word)
            self._widths[word] = found
        return found

    def wrap(self, text: str, width: float) -> list[str]:
        """Lines of ``text`` no wider than ``width``, broken between words only.

        A word wider than a whole line is cut into pieces that fit, each but the last
        ending in a hyphen. Paragraph breaks typed into the text are kept.
        """
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line, used = "", 0.0
            for word in _BREAKS.split(paragraph):
                if not word:
                    continue
                size = self.width(word)
                if line and self._fits(line, word, used + self.space + size, width):
                    line, used = f"{line} {word}", used + self.space + size
                    continue
                if size > width:
                    # Wider than a whole line: it breaks anyway, so it starts where it is.
                    room = width - used - self.space if line else width
                    pieces = self._split(word, width, first=room)
                    if line and pieces[0] == word[: len(pieces[0])]:
                        lines.append(line)  # not even a few letters fit after the line
                        pieces = self._split(word, width)
                    elif line:
                        pieces[0] = f"{line} {pieces[0]}"
                    lines.extend(pieces[:-1])
                    line = pieces[-1]
                    used = self.width(line)
                    continue
                if line:
                    lines.append(line)
                line, used = word, size
            if line or not lines:
                lines.append(line)
        return lines

    def _fits(self, line: str, word: str, summed: float, width: float) -> bool:
        """Whether ``line word`` fits ``width``. Words' widths add up, except where shaping
        joins them (Arabic): close to the edge, the whole line is measured."""
        if summed > width:
            return False
        if summed < width - 2 * self.space:
            return True
        return self.metrics.horizontalAdvance(f"{line} {word}") <= width

    def _split(self, word: str, width: float, first: float | None = None) -> list[str]:
        """Cut a too-wide word into hyphenated pieces (at least one letter each; the first
        no wider than ``first``, when given, and at least ``MIN_PIECE`` letters, else the
        word comes back whole in the first piece to say it does not start there)."""
        pieces: list[str] = []
        rest = word
        limit = width if first is None else first
        while self.width(rest) > limit and len(rest) > 1:
            cut = 1
            while cut < len(rest) - 1 and (
                self.metrics.horizontalAdvance(rest[: cut + 1]) + self.hyphen <= limit
            ):
                cut += 1
            if first is not None and not pieces and (
                cut < MIN_PIECE
                or self.metrics.horizontalAdvance(rest[:cut]) + self.hyphen > limit
            ):
                return [word]
            pieces.append(rest[:cut] + "-")
            rest = rest[cut:]
            limit = width
        pieces.append(rest)
        return pieces

    def widest(self, lines: list[str]) -> float:
        return max((self.metrics.horizontalAdvance(line) for line in lines), default=0.0)


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    return Wrapper(metrics).wrap(text, width)


def broken_words(lines: list[str], source: str) -> list[str] | None:
    """The words of ``source`` that ``lines`` break across a line end (with a hyphen), or
    None when the lines are not the source's words in order (something is cut or changed)."""
    words = [w for w in _BREAKS.split(source.replace("\n", " ")) if w]
    broken: list[str] = []
    at, pending = 0, ""
    for line in lines:
        tokens = [w for w in _BREAKS.split(line) if w]
        for index, token in enumerate(tokens):
            whole = pending + token
            if at < len(words) and whole == words[at]:
                if pending:
                    broken.append(words[at])
                pending, at = "", at + 1
            elif (
                index == len(tokens) - 1
                and token.endswith("-")
                and at < len(words)
                and words[at].startswith(whole[:-1])
            ):
                pending = whole[:-1]
            else:
                return None
    return broken if at == len(words) and not pending else None


# ----------------------------------------------------------------- labels


def shown_text(label: QLabel) -> str:
    """The label's text as read on screen (rich text without its markup)."""
    text = label.text()
    rich = label.textFormat() is Qt.TextFormat.RichText or (
        label.textFormat() is Qt.TextFormat.AutoText and Qt.mightBeRichText(text)  # type: ignore[attr-defined]  # in Qt, not in the stub
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _label_lines(label: QLabel, width: int) -> list[str]:
    """The lines a word-wrapping label breaks its text into (as QLabel does it)."""
    text = shown_text(label)
    if not label.wordWrap():
        return text.split("\n")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, label.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width))
            start = line.textStart()
            lines.append(paragraph[start : start + line.textLength()].rstrip())
        layout.endLayout()
    return lines


def visible_rect(widget: QWidget, root: QWidget) -> QRect:
    """The part of ``widget`` not clipped by any of its parents up to ``root``, in root's
    coordinates."""
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.intersected(QRect(parent.mapTo(root, QPoint(0, 0)), parent.size()))
        if parent is root:
            break
        parent = parent.parentWidget()
    return rect


def label_item(
    label: QLabel, root: QWidget, kind: str, item_id: int | None, px: float
) -> RoomItem:
    """``label`` as the room sees it: its lines, and elided when any of its text is cut off.

    Cut off means: a source text (the ``roomSource`` property) other than the shown text
    (elided with "…"); a one-line label whose text is wider than its box; a wrapping label
    shorter than its text needs; or a box clipped by its parents or the screen's edge.
    """
    label.ensurePolished()
    contents = label.contentsRect()
    metrics = QFontMetricsF(label.font())
    text = shown_text(label)
    source = label.property("roomSource")
    source = text if not isinstance(source, str) else source
    lines = _label_lines(label, contents.width())
    elided = normalised(source) != normalised(text)
    if label.wordWrap():
        elided = elided or label.heightForWidth(label.width()) > label.height() + 1
    else:
        widest = max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
        elided = elided or widest > contents.width() + 1
        elided = elided or metrics.height() * len(lines) > contents.height() + 1
    full = QRect(label.mapTo(root, QPoint(0, 0)), label.size())
    if visible_rect(label, root) != full:
        elided = True
    return RoomItem(
        kind=kind,
        id=item_id,
        text="\n".join(lines),
        elided=elided,
        px=px,
        rect=(full.x(), full.y(), full.width(), full.height()),
        source=source,
    )


__all__ = ["RoomItem", "Wrapper", "broken_words", "label_item", "visible_rect", "wrap"]
