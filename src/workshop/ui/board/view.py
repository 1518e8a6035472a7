"""The facilitator's view of a board: zoom, pan, rubber band, and in-place editors.

Mouse: drag a note or a cluster title to move it; drag the background (or
hold Space and drag anywhere, or use the middle button) to pan; Shift- or
Ctrl-drag on the background draws a rubber band; Ctrl+wheel zooms.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from workshop.domain import board as b
from workshop.ui.board.capture import local_files
from workshop.ui.board.items import NOTE_TEXT_PX, ClusterItem, NoteItem
from workshop.ui.board.keyboard import BoardKeys
from workshop.ui.board.scene import BoardScene
from workshop.ui.theme import set_state

MIN_ZOOM = 0.02
#: The smallest note text a board opens with, in screen pixels (low vision: ≥ 11 px).
READABLE_TEXT_PX = 11
#: A board opens at least this zoomed in: above the items' level-of-detail threshold,
#: with note text of at least READABLE_TEXT_PX on screen.
OPENING_ZOOM = READABLE_TEXT_PX / NOTE_TEXT_PX
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25


class NoteEditor(QPlainTextEdit):
    """Edits a note's text over the note: Enter saves, Shift+Enter adds a line, Esc cancels."""

    def __init__(self, parent: QWidget, on_done: Callable[[str | None], None]) -> None:
        super().__init__(parent)
        self.setObjectName("boardNoteEditor")
        self.setAccessibleName(QCoreApplication.translate("NoteEditor", "Note text"))
        self._on_done = on_done
        self._finished = False
        self.setFrameShape(QFrame.Shape.Box)

    def finish(self, text: str | None) -> None:
        if self._finished:
            return
        self._finished = True
        self._on_done(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.finish(self.toPlainText())
            return
        if key == Qt.Key.Key_Escape:
            self.finish(None)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish(self.toPlainText())


class TitleEditor(QLineEdit):
    """Renames a cluster over its title band: Enter saves, Esc cancels."""

    def __init__(self, parent: QWidget, on_done: Callable[[str | None], None]) -> None:
        super().__init__(parent)
        self.setObjectName("boardClusterTitleEditor")
        self.setAccessibleName(QCoreApplication.translate("TitleEditor", "Cluster title"))
        self._on_done = on_done
        self._finished = False

    def finish(self, text: str | None) -> None:
        if self._finished:
            return
        self._finished = True
        self._on_done(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish(self.text())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(None)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish(self.text())


class BoardView(QGraphicsView):
    #: Text typed in the in-place editor: (note id, text).
    noteEdited = Signal(int, str)
    #: A cluster renamed in place: (cluster id, title).
    clusterRenamed = Signal(int, str)
    zoomChanged = Signal(float)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.setObjectName("boardView")
        self.setAccessibleName(QCoreApplication.translate("BoardView", "Sticky-note board"))
        # Notes are axis-aligned rectangles: only cluster frames ask for antialiasing.
        self.setRenderHints(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        # Notes cache their painted image; the default 10 MB holds too few at full zoom.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 64 * 1024))
        self._space = False
        self._pan_from: QPoint | None = None
        self._editor: QWidget | None = None
        self._fitted = False
        #: Dropped local files and dropped text are handed to these (set by the screen).
        self.on_files: Callable[[list[str]], None] | None = None
        self.on_text: Callable[[str], bool] | None = None
        self.setAcceptDrops(True)
        #: The current note and the arrow keys (ui/board/keyboard.py).
        self.keys = BoardKeys(self, scene)
        self._space_panned = False

    # ------------------------------------------------------------ zoom

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if current > 0 and abs(factor - current) > 1e-9:
            # Set, not multiplied in: a zoom of exactly OPENING_ZOOM stays exact (scaling by
            # factor / current left 0.78571…56, and 10.9999… px of note text).
            self.setTransform(QTransform.fromScale(factor, factor))
            self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def fit_all(self, *, max_zoom: float = 1.0, min_zoom: float = MIN_ZOOM) -> None:
        """Show every note and cluster (Ctrl+0), never zooming in past ``max_zoom``.

        With ``min_zoom`` the view stops there instead and shows the board's top-left
        (scroll for the rest): used when a board opens, so its notes can be read.
        """
        rect = self.board.content_rect().adjusted(-40, -40, 40, 40)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > max_zoom:
            self.set_zoom(max_zoom)
            self.centerOn(rect.center())
        elif self.zoom() < min_zoom:  # not all of it at a legible size: where most notes are
            self.set_zoom(min_zoom)
            viewport = self.viewport().rect()
            width, height = viewport.width() / self.zoom(), viewport.height() / self.zoom()
            shown = [item for item in self.board.notes.values() if item.isVisible()]
            clusters = [_rect(item) for item in self.board.clusters.values() if item.isVisible()]
            loose = [_rect(item) for item in shown if item.note.cluster_id is None]
            left, top = b.opening_corner(
                [_rect(item) for item in shown], clusters + loose,
                b.Rect(rect.x(), rect.y(), rect.width(), rect.height()), width, height, 40)
            self.centerOn(left + width / 2, top + height / 2)
        self.zoomChanged.emit(self.zoom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._fitted and self.viewport().width() > 50:
            self._fitted = True
            # Open where note text is drawn and legible; Ctrl+0 still shows everything.
            self.fit_all(min_zoom=OPENING_ZOOM)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def reveal_note(self, note_id: int) -> None:
        item = self.board.notes.get(note_id)
        if item is not None:
            self.ensureVisible(item, 40, 40)

    # ------------------------------------------------------------ mouse

    def _is_background(self, pos: QPoint) -> bool:
        return not any(isinstance(i, NoteItem | ClusterItem) for i in self.items(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        pan = button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton
            and (
                self._space
                or (
                    self._is_background(event.position().toPoint())
                    and not event.modifiers()
                    & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
                )
            )
        )
        if pan:
            self._space_panned = self._space
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if not self._space and button == Qt.MouseButton.LeftButton:
                self.board.clearSelection()
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton and self._is_background(
            event.position().toPoint()
        ):
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        for item in self.items(event.position().toPoint()):
            if isinstance(item, NoteItem):
                self.edit_note(item.note_id)
                return
            if isinstance(item, ClusterItem):
                self.rename_cluster(item.cluster_id)
                return
        super().mouseDoubleClickEvent(event)

    # ------------------------------------------------------------ drops

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = local_files(mime)
        if files and self.on_files is not None:
            self.on_files(files)
        elif mime.hasText() and self.on_text is not None:
            self.on_text(mime.text())
        event.acceptProposedAction()

    # ------------------------------------------------------------ keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space = True
                self._space_panned = False
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if self.keys.key_press(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            if self._pan_from is None:
                self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            if not self._space_panned:
                self.keys.toggle_current()  # tapped, not held to pan: select
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.keys.focus_changed(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._space = False
        super().focusOutEvent(event)
        self.keys.focus_changed(False)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        self.keys.paint_ring(painter)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self.hasFocus():
            self.viewport().update()  # the focus ring stays on the edge, not scrolled along

    # ------------------------------------------------------------ in-place editors

    def editing(self) -> bool:
        return self._editor is not None

    def edit_note(self, note_id: int, text: str | None = None) -> None:
        """Open the in-place editor on a note (with ``text`` instead of the note's own)."""
        item = self.board.notes.get(note_id)
        if item is None or self.board.audience:
            return
        self.close_editor()
        self.ensureVisible(item, 20, 20)
        rect = self.mapFromScene(item.sceneBoundingRect()).boundingRect()
        zoom = self.zoom()

        def done(text: str | None) -> None:
            self._editor_closed()
            if text is not None and text.strip() != item.note.text:
                self.noteEdited.emit(note_id, text)

        editor = NoteEditor(self.viewport(), done)
        font = editor.font()
        font.setPixelSize(max(11, int(14 * zoom)))
        editor.setFont(font)
        editor.setPlainText(item.note.text if text is None else text)
        # At low zoom the note is tiny on screen: give the editor a usable size.
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), 170), max(rect.height(), 110))
        set_state(editor, "sticky", item.note.colour)  # its sticky's colours (ui/theme.qss)
        self._show_editor(editor)
        editor.selectAll()

    def rename_cluster(self, cluster_id: int, title: str | None = None) -> None:
        item = self.board.clusters.get(cluster_id)
        if item is None or self.board.audience:
            return
        self.close_editor()
        self.ensureVisible(item.mapRectToScene(item.title_rect()), 20, 20)
        rect = self.mapFromScene(item.mapRectToScene(item.title_rect())).boundingRect()

        def done(text: str | None) -> None:
            self._editor_closed()
            if text is not None and text.strip() != item.cluster.title:
                self.clusterRenamed.emit(cluster_id, text)

        editor = TitleEditor(self.viewport(), done)
        editor.setText(item.cluster.title if title is None else title)
        editor.setGeometry(
            rect.x() + 4, rect.y() + 4, max(rect.width() - 8, 220), max(rect.height() - 8, 28)
        )
        self._show_editor(editor)
        editor.selectAll()

    def _show_editor(self, editor: QWidget) -> None:
        self._editor = editor
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _editor_closed(self) -> None:
        editor, self._editor = self._editor, None
        if editor is not None:
            editor.hide()
            editor.deleteLater()
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_editor(self) -> None:
        """Finish an open in-place editor, keeping what was typed."""
        editor = self._editor
        if isinstance(editor, NoteEditor):
            editor.finish(editor.toPlainText())
        elif isinstance(editor, TitleEditor):
            editor.finish(editor.text())


def _rect(item: QGraphicsItem) -> b.Rect:
    r = item.sceneBoundingRect()
    return b.Rect(r.x(), r.y(), r.width(), r.height())
