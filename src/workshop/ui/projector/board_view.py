"""The brainstorm board for the room, readable from the back of the hall.

Rule: **the audience never shows note text below** ``theme.MIN_PX`` **(28 px at
1080p, scaled with the window)**. Notes are drawn with large type for their size
(``AUDIENCE_TEXT_PX`` in ``ui/board/items.py``: a short note whole, a long one
elided), and the whole board is fitted to the screen when that keeps the text at
least that size. When everything does not fit, the board is shown in *pages*:
clusters (each with its notes) and loose notes are packed, in reading order, into
screen-sized regions that are readable; the view moves to the next page every
``PAGE_MS`` and a small "2 / 3" tells the room there is more. A new note turns to
its page at once and stays outlined for ``HIGHLIGHT_MS`` (so people see their idea
arrive); the page then stays up for a full period.

It shows the board engineer's audience scene (``BoardScene(doc, activity_id,
audience=True)``) when that exists, else a plain scene of its own. Either way
no author is ever drawn here when the activity is anonymous.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.ui.projector import theme as t
from workshop.ui.projector.theme import Palette
from workshop.ui.projector.views import AudienceView

#: How long the newest note stays outlined.
HIGHLIGHT_MS = 4000
#: Never magnify the board more than this (times the window's scale): a board of three
#: notes should not become three giant squares.
MAX_ZOOM = 2.2
#: How long each page of a board too large to fit readably stays up.
PAGE_MS = 12000
#: Board-space margin kept around what is shown.
FIT_MARGIN = 24.0
#: Note text size of the plain fallback scene, in scene units.
PLAIN_TEXT_PX = 24


def readable_pages(
    notes: list[tuple[float, float, int | None]],
    clusters: dict[int, QRectF],
    page_width: float,
    page_height: float,
) -> list[QRectF]:
    """Split a board into regions no larger than ``page_width`` × ``page_height``.

    ``notes``: (x, y, cluster id) of every note; ``clusters``: each cluster's frame.
    A cluster and its notes stay on one page when they fit on one; loose notes (and the
    notes of a cluster too big for a page) are cut into page-sized tiles. The pieces are
    then packed greedily, in reading order (top to bottom, left to right), into pages.
    Every note lies wholly inside at least one page.
    """
    from workshop.domain import board as b

    def note_rect(x: float, y: float) -> QRectF:
        return QRectF(x, y, b.NOTE_WIDTH, b.NOTE_HEIGHT)

    def fits(rect: QRectF) -> bool:
        return rect.width() <= page_width + 0.5 and rect.height() <= page_height + 0.5

    members: dict[int, list[QRectF]] = {}
    loose: list[QRectF] = []
    for x, y, cluster_id in notes:
        if cluster_id is not None and cluster_id in clusters:
            members.setdefault(cluster_id, []).append(note_rect(x, y))
        else:
            loose.append(note_rect(x, y))
    blocks: list[QRectF] = []
    for cluster_id, frame in clusters.items():
        rect = QRectF(frame)
        for member in members.get(cluster_id, []):
            rect = rect.united(member)
        if fits(rect):
            blocks.append(rect)
        else:
            loose.extend(members.get(cluster_id, []))
    if loose:
        # Tiles whose notes (each sticking out of its tile by up to one note) fit a page.
        pitch_x = max(page_width - b.NOTE_WIDTH, b.NOTE_WIDTH)
        pitch_y = max(page_height - b.NOTE_HEIGHT, b.NOTE_HEIGHT)
        left = min(r.x() for r in loose)
        top = min(r.y() for r in loose)
        tiles: dict[tuple[int, int], QRectF] = {}
        for rect in loose:
            key = (int((rect.y() - top) // pitch_y), int((rect.x() - left) // pitch_x))
            tile = tiles.get(key)
            tiles[key] = rect if tile is None else tile.united(rect)
        blocks.extend(tiles.values())
    blocks.sort(key=lambda r: (r.y(), r.x()))
    pages: list[QRectF] = []
    current: QRectF | None = None
    for block in blocks:
        if current is not None and fits(current.united(block)):
            current = current.united(block)
            continue
        if current is not None:
            pages.append(current)
        current = block
    if current is not None:
        pages.append(current)
    return pages


def board_available() -> bool:
    try:
        importlib.import_module("workshop.storage.read_board")
    except ImportError:
        return False
    return True


def _engineer_scene(doc: Document, activity_id: int) -> QGraphicsScene | None:
    """The board engineer's audience scene, when the board package provides it."""
    try:
        module = importlib.import_module("workshop.ui.board.scene")
    except ImportError:
        return None
    scene_class = getattr(module, "BoardScene", None)
    if scene_class is None:
        return None
    scene = scene_class(doc, activity_id, audience=True)
    assert isinstance(scene, QGraphicsScene)
    return scene


class _PlainNote(QGraphicsItem):
    """A sticky note drawn with its text only (never its author)."""

    def __init__(self, note: Any, fill: str, font_px: float) -> None:
        super().__init__()
        self.note = note
        self._fill = QBrush(QColor(fill))
        self._font = t.font(font_px)
        self._rect = QRectF(0, 0, 0, 0)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_note(note)

    def set_note(self, note: Any) -> None:
        from workshop.domain import board as b

        self.prepareGeometryChange()
        self.note = note
        self._rect = QRectF(0, 0, b.NOTE_WIDTH, b.NOTE_HEIGHT)
        self.setPos(note.x, note.y)
        self.update()

    def text(self) -> str:
        return str(self.note.text)

    @property
    def text_px(self) -> int:
        return self._font.pixelSize()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self._rect, self._fill)
        painter.setPen(QColor("#111111"))
        painter.setFont(self._font)
        painter.drawText(
            self._rect.adjusted(8, 6, -8, -6),
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop),
            self.note.text,
        )


class _PlainCluster(QGraphicsItem):
    def __init__(self, cluster: Any, palette: Palette) -> None:
        super().__init__()
        self.cluster = cluster
        self._palette = palette
        self.setZValue(-1)
        self.setPos(cluster.x, cluster.y)

    def text(self) -> str:
        return str(self.cluster.title)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.cluster.width, self.cluster.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        from workshop.domain import board as b

        painter.setPen(QPen(QColor(self._palette.muted), 2))
        painter.setBrush(QColor(self._palette.panel))
        painter.drawRoundedRect(self.boundingRect(), 10, 10)
        painter.setPen(QColor(self._palette.text))
        painter.setFont(t.font(24, bold=True))
        painter.drawText(
            QRectF(12, 0, self.cluster.width - 24, b.CLUSTER_HEADER),
            int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.AlignmentFlag.AlignLeft),
            self.cluster.title,
        )


class PlainBoardScene(QGraphicsScene):
    """The fallback audience scene: coloured notes with their text, cluster frames, titles."""

    def __init__(self, doc: Document, activity_id: int, palette: Palette) -> None:
        super().__init__()
        self.doc = doc
        self.activity_id = activity_id
        self.palette_ = palette
        self.notes: dict[int, _PlainNote] = {}
        self.clusters: dict[int, _PlainCluster] = {}
        self.reload()

    def reload(self) -> None:
        from workshop.domain import board as b
        from workshop.storage import read_board

        self.clear()
        self.notes = {}
        self.clusters = {}
        for cluster in read_board.clusters(self.doc, self.activity_id):
            self.clusters[cluster.id] = _PlainCluster(cluster, self.palette_)
            self.addItem(self.clusters[cluster.id])
        for note in read_board.notes(self.doc, self.activity_id):
            self._add(note, b.COLOUR_HEX)

    def _add(self, note: Any, colours: tuple[str, ...]) -> None:
        item = _PlainNote(note, colours[note.colour % len(colours)], PLAIN_TEXT_PX)
        self.notes[note.id] = item
        self.addItem(item)

    def on_change(self, change: Change) -> None:
        from workshop.domain import board as b
        from workshop.storage import read_board

        if change.touches("clusters") or change.deleted("notes"):
            self.reload()
            return
        ids = change.ids("notes")
        if not ids:
            return
        for note_id, note in read_board.notes_by_id(self.doc, ids).items():
            if note.activity_id != self.activity_id:
                continue
            item = self.notes.get(note_id)
            if item is None:
                self._add(note, b.COLOUR_HEX)
            else:
                item.set_note(note)


class _FitView(QGraphicsView):
    """A view that refits its board whenever it is resized, and, when it shows one page of
    the board, covers what lies outside that page (no half-cut clusters at the edges)."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget, fit: Callable[[], None]) -> None:
        super().__init__(scene, parent)
        self._fit = fit
        #: The page shown (scene coordinates) and the colour around it; None: the whole board.
        self.page: QRectF | None = None
        self.cover = QColor("black")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        if self.page is None:
            return
        outside = QPainterPath()
        outside.addRect(rect.united(self.page))
        inside = QPainterPath()
        inside.addRect(self.page)
        painter.fillPath(outside.subtracted(inside), self.cover)


class BoardView(AudienceView):
    tables = frozenset({"activities", "workshop", "notes", "clusters", "participants"})

    def build(self, palette: Palette) -> None:
        self.setObjectName("audienceBoard")
        layout = QVBoxLayout(self)
        self.prompt = self.label(t.BODY_PX, bold=True, name="boardPrompt")
        self.header = self.prompt
        layout.addWidget(self.prompt)
        self.empty = self.label(
            t.BODY_PX, colour=palette.muted, align=Qt.AlignmentFlag.AlignHCenter, name="boardEmpty"
        )
        self.empty.setText("Ideas will appear here as they are added.")
        layout.addWidget(self.empty, 1)
        assert self.activity is not None
        scene = _engineer_scene(self.doc, self.activity.id)
        self.scene: QGraphicsScene = scene or PlainBoardScene(self.doc, self.activity.id, palette)
        self.scene.setBackgroundBrush(QColor(palette.background))
        self.view = _FitView(self.scene, self, self._fit)
        self.view.setObjectName("audienceBoardView")
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setInteractive(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.view.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.view.setStyleSheet(f"background: {palette.background}; border: none;")
        self.view.cover = QColor(palette.background)
        layout.addWidget(self.view, 1)
        self.page_label = self.label(
            t.MIN_PX, colour=palette.muted, align=Qt.AlignmentFlag.AlignRight, wrap=False,
            name="boardPage",
        )
        self.page_label.hide()
        layout.addWidget(self.page_label)
        #: "Colour by organisation" in words: which sticky colour is which organisation.
        self.legend = self.label(t.MIN_PX, name="boardLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.hide()
        layout.addWidget(self.legend)
        #: The regions shown one after the other when the board does not fit readably.
        self.pages: list[QRectF] = []
        self.page = 0
        self._pages_for: tuple[object, ...] | None = None
        self._next_page = QTimer(self)
        self._next_page.setInterval(PAGE_MS)
        self._next_page.timeout.connect(self.next_page)
        self.highlight = QGraphicsRectItem()
        self.highlight.setPen(QPen(QColor(palette.highlight), 8))
        self.highlight.setBrush(Qt.BrushStyle.NoBrush)
        self.highlight.setZValue(1e6)
        self.highlight.setVisible(False)
        self.scene.addItem(self.highlight)
        self._unhighlight = QTimer(self)
        self._unhighlight.setSingleShot(True)
        self._unhighlight.setInterval(HIGHLIGHT_MS)
        self._unhighlight.timeout.connect(lambda: self.highlight.setVisible(False))
        self.apply_scale()
        self.refresh()

    # ----------------------------------------------------------- updating

    def refresh(self) -> None:
        super().refresh()
        activity = self.activity
        self.prompt.setText(activity.prompt or activity.title if activity else "")
        self._fit()
        self._show_legend()

    def _show_legend(self) -> None:
        """A legend when the board is coloured by organisation (never when anonymous)."""
        from workshop.domain.board_reading import organisation_legend
        from workshop.storage import read, read_board
        from workshop.ui.board.capture import legend_html

        activity = self.activity
        lines: list[tuple[int, str]] = []
        if activity is not None and not read.is_anonymous(self.doc, activity):
            people = {p.id: p.organisation for p in read.participants(self.doc)}
            lines = organisation_legend(
                read_board.notes(self.doc, activity.id), people, read.organisations(self.doc)
            )
        self.legend.setText(legend_html(lines) if lines else "")
        self.legend.setVisible(bool(lines))

    def on_change(self, change: Change) -> None:
        # The board engineer's scene calls it apply_change; the plain scene on_change.
        update = getattr(self.scene, "apply_change", None) or getattr(self.scene, "on_change", None)
        if callable(update) and change.touches(*self.tables):
            update(change)
        if change.touches("activities", "workshop"):
            super().refresh()
            activity = self.activity
            self.prompt.setText(activity.prompt or activity.title if activity else "")
        if change.touches("notes", "clusters"):
            self._fit()
            self._highlight_new(change)
        if change.touches("notes", "participants", "activities", "workshop"):
            self._show_legend()

    def _highlight_new(self, change: Change) -> None:
        from workshop.domain import board as b

        new = change.inserted("notes")
        if not new or self.activity is None:
            return
        row = next(
            (r for r in reversed(change.rows) if r.table == "notes" and r.id == new[-1]), None
        )
        after = row.after if row is not None else None
        if not after or after.get("activity_id") != self.activity.id:
            return
        rect = QRectF(float(after["x"]), float(after["y"]), b.NOTE_WIDTH, b.NOTE_HEIGHT)
        self.highlight.setRect(rect.adjusted(-6, -6, 6, 6))
        self.highlight.setVisible(True)
        self._unhighlight.start()
        if len(self.pages) > 1:
            holding = next((i for i, p in enumerate(self.pages) if p.contains(rect)), None)
            if holding is not None:
                self.show_page(holding)

    # ------------------------------------------------------------ fitting

    def _content_rect(self) -> QRectF:
        """Where the notes and clusters are (the board scene keeps it up to date itself)."""
        if self._has_notes():
            tracked = getattr(self.scene, "content_rect", None)
            if callable(tracked):
                return QRectF(tracked())
            return self.scene.itemsBoundingRect()
        return QRectF()

    def _has_notes(self) -> bool:
        notes = getattr(self.scene, "notes", None)
        clusters = getattr(self.scene, "clusters", None)
        if isinstance(notes, dict) and isinstance(clusters, dict):
            return bool(notes) or bool(clusters)
        return len(self.scene.items()) > 1  # more than the highlight

    def text_px(self) -> float:
        """The size of note text in scene units (the notes' own font)."""
        notes = getattr(self.scene, "notes", None)
        if isinstance(notes, dict):
            for item in notes.values():
                px = getattr(item, "text_px", None)
                if isinstance(px, int | float) and px > 0:
                    return float(px)
        return float(PLAIN_TEXT_PX)

    def readable_zoom(self) -> float:
        """The least magnification at which note text is ``MIN_PX`` (scaled) on screen."""
        return t.MIN_PX * self.scale / self.text_px()

    def _fit(self) -> None:
        rect = self._content_rect()
        has_notes = not rect.isEmpty()
        self.view.setVisible(has_notes)
        self.empty.setVisible(not has_notes)
        if not has_notes:
            self._set_pages([])
            return
        rect = rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        viewport = self.view.viewport().size()
        if viewport.width() <= 0 or viewport.height() <= 0:
            return
        readable = self.readable_zoom()
        zoom = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        if zoom >= readable:
            self._set_pages([])
            self.view.page = None
            # Room to pan anywhere (the transform, not the scene rect, decides what shows).
            self.scene.setSceneRect(rect.adjusted(-4000, -4000, 4000, 4000))
            self.view.setTransform(QTransform.fromScale(*(2 * [min(zoom, MAX_ZOOM * self.scale)])))
            self.view.centerOn(rect.center())
            return
        self._paginate(viewport.width() / readable, viewport.height() / readable)
        self._show_current()

    def _paginate(self, width: float, height: float) -> None:
        """Work out the pages (again only when the notes, clusters or window changed)."""
        notes = getattr(self.scene, "notes", {})
        clusters = getattr(self.scene, "clusters", {})
        key = (
            round(width),
            round(height),
            tuple((i.note.x, i.note.y, i.note.cluster_id) for i in notes.values()),
            tuple(
                (c.cluster.x, c.cluster.y, c.cluster.width, c.cluster.height)
                for c in clusters.values()
            ),
        )
        if key == self._pages_for:
            return
        self._pages_for = key
        margin = 2 * FIT_MARGIN
        frames = {
            cid: QRectF(c.cluster.x, c.cluster.y, c.cluster.width, c.cluster.height)
            for cid, c in clusters.items()
        }
        pages = readable_pages(
            [(i.note.x, i.note.y, i.note.cluster_id) for i in notes.values()],
            frames,
            width - margin,
            height - margin,
        )
        self._set_pages(
            [p.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN) for p in pages]
        )

    def _set_pages(self, pages: list[QRectF]) -> None:
        if not pages:
            self._pages_for = None
        self.pages = pages
        self.page = min(self.page, max(0, len(pages) - 1))
        several = len(pages) > 1
        self.page_label.setVisible(several)
        if several and not self._next_page.isActive():
            self._next_page.start()
        elif not several:
            self._next_page.stop()

    def show_page(self, index: int) -> None:
        """Turn to page ``index`` (and give it a full period before the next one)."""
        if not self.pages:
            return
        self.page = index % len(self.pages)
        self._show_current()
        if len(self.pages) > 1:
            self._next_page.start()

    def next_page(self) -> None:
        if len(self.pages) > 1:
            self.page = (self.page + 1) % len(self.pages)
            self._show_current()

    def _show_current(self) -> None:
        if not self.pages:
            return
        page = self.pages[self.page]
        viewport = self.view.viewport().size()
        zoom = min(viewport.width() / page.width(), viewport.height() / page.height())
        zoom = max(min(zoom, MAX_ZOOM * self.scale), min(zoom, self.readable_zoom()))
        self.scene.setSceneRect(page.adjusted(-4000, -4000, 4000, 4000))
        self.view.page = page
        self.view.setTransform(QTransform.fromScale(zoom, zoom))
        self.view.viewport().update()
        self.view.centerOn(page.center())
        self.page_label.setText(f"{self.page + 1} / {len(self.pages)}")

    def effective_text_px(self) -> float:
        """Note text as the room sees it: font size × the view's magnification."""
        return self.text_px() * self.view.transform().m11()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit()

    def scene_texts(self) -> list[str]:
        """Every text the scene's items carry (note text, authors, titles, tooltips)."""
        texts: list[str] = []
        for item in self.scene.items():
            for name in ("text", "toPlainText"):
                getter = getattr(item, name, None)
                if callable(getter):
                    texts.append(str(getter()))
            for name in ("author", "title"):
                value = getattr(item, name, None)
                if isinstance(value, str):
                    texts.append(value)
            note = getattr(item, "note", None)
            if note is not None:
                texts.append(str(getattr(note, "text", "")))
            cluster = getattr(item, "cluster", None)
            if cluster is not None:
                texts.append(str(getattr(cluster, "title", "")))
            texts.append(item.toolTip())
        return [text for text in texts if text]

    def texts(self) -> list[str]:
        return [*super().texts(), *self.scene_texts()]
