"""The brainstorm board for the room: every note and cluster fitted to the screen.

It shows the board engineer's audience scene (``BoardScene(doc, activity_id,
audience=True)``) when that exists, else a plain scene of its own. Either way
no author is ever drawn here, and the newest note is outlined for a moment so
people see their idea arrive.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QResizeEvent, QTransform
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

from workshop.domain.models import Activity
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
        item = _PlainNote(note, colours[note.colour % len(colours)], 17)
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
    """A view that refits its board whenever it is resized."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget, fit: Callable[[], None]) -> None:
        super().__init__(scene, parent)
        self._fit = fit

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class BoardView(AudienceView):
    tables = frozenset({"activities", "workshop", "notes", "clusters", "participants"})

    def __init__(
        self,
        doc: Document,
        activity: Activity | None,
        palette: Palette,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, activity, palette, parent)
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
        assert activity is not None
        scene = _engineer_scene(doc, activity.id)
        self.scene: QGraphicsScene = scene or PlainBoardScene(doc, activity.id, palette)
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
        layout.addWidget(self.view, 1)
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

    def _fit(self) -> None:
        rect = self._content_rect()
        has_notes = not rect.isEmpty()
        self.view.setVisible(has_notes)
        self.empty.setVisible(not has_notes)
        if not has_notes:
            return
        margin = 24.0
        rect = rect.adjusted(-margin, -margin, margin, margin)
        self.scene.setSceneRect(rect)
        viewport = self.view.viewport().size()
        if viewport.width() <= 0 or viewport.height() <= 0:
            return
        zoom = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        zoom = min(zoom, MAX_ZOOM * self.scale)
        self.view.setTransform(QTransform.fromScale(zoom, zoom))
        self.view.centerOn(rect.center())

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
