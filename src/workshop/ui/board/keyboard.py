"""The board from the keyboard: a current note, moved by the arrow keys, and a focus ring.

Left/Right step through the board in reading order (cluster by cluster, see
``domain/board_reading.py``), Up/Down go to the nearest note above or below,
Home/End to the first and last. Shift+arrow selects along the way, Space
selects or unselects the current note (held down with a drag it still pans),
Esc clears the selection. Ctrl+arrows nudge the selection and Enter/F2 edit
(actions on the screen). The current note wears a ring while the board has
focus, and the board's accessible description reads it out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView

from workshop.domain import board_reading as reading
from workshop.domain import palettes
from workshop.ui.board.scene import BoardScene

_RING = QColor(palettes.BOARD_FOCUS)
_MOVES = {
    Qt.Key.Key_Left: ("step", -1),
    Qt.Key.Key_Right: ("step", 1),
    Qt.Key.Key_Up: ("near", -1),
    Qt.Key.Key_Down: ("near", 1),
    Qt.Key.Key_Home: ("end", -1),
    Qt.Key.Key_End: ("end", 1),
}


class BoardKeys(QObject):
    """Owns the current note of one board view."""

    #: The current note changed: its id, or None.
    currentChanged = Signal(object)

    def __init__(self, view: QGraphicsView, scene: BoardScene) -> None:
        super().__init__(view)
        self.view = view
        self.scene = scene
        self.current: int | None = None
        #: Called with a key event the board did not use (the view's own handling).
        self.fallback: Callable[[QKeyEvent], None] | None = None

    # ------------------------------------------------------------ order

    def blocks(self) -> list[reading.Block]:
        notes = [i.note for i in self.scene.notes.values()]
        clusters = [i.cluster for i in self.scene.clusters.values()]
        return reading.reading_order(notes, clusters)

    def order(self) -> list[int]:
        return reading.note_sequence(self.blocks())

    def describe(self, note_id: int | None) -> str:
        item = self.scene.notes.get(note_id) if note_id is not None else None
        if item is None:
            return "No current note: press an arrow key to pick one."
        order = self.order()
        cluster_item = self.scene.clusters.get(item.note.cluster_id or -1)
        place = f"{order.index(item.note_id) + 1} of {len(order)}" if item.note_id in order else ""
        selected = "selected, " if item.isSelected() else ""
        text = reading.describe_note(
            item.note, self.scene.author_name(item.note),
            cluster_item.cluster if cluster_item else None,
        )
        return f"{selected}{text}. Note {place}".rstrip(". ")

    # ------------------------------------------------------------ current note

    def set_current(self, note_id: int | None, *, reveal: bool = True) -> None:
        if note_id is not None and note_id not in self.scene.notes:
            note_id = None
        old = self.scene.notes.get(self.current) if self.current is not None else None
        if old is not None:
            old.set_current(False)
        self.current = note_id
        item = self.scene.notes.get(note_id) if note_id is not None else None
        if item is not None:
            item.set_current(self.view.hasFocus())
            if reveal:
                self.view.ensureVisible(item, 40, 40)
        self.view.setAccessibleDescription(self.describe(note_id))
        self.currentChanged.emit(note_id)

    def ensure_current(self) -> None:
        """On focus: keep the current note, else the first selected, else the first on screen."""
        if self.current in self.scene.notes:
            self.scene.notes[self.current].set_current(True)
            self.view.setAccessibleDescription(self.describe(self.current))
            return
        selected = self.scene.selected_note_ids()
        order = self.order()
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        on_screen = [
            n for n in order if visible.intersects(self.scene.notes[n].sceneBoundingRect())
        ]
        first: list[int | None] = [*(on_screen or order), None]
        pick = next((n for n in order if n in selected), None) or first[0]
        self.set_current(pick, reveal=False)

    def focus_changed(self, focused: bool) -> None:
        if focused:
            self.ensure_current()
        elif self.current in self.scene.notes:
            self.scene.notes[self.current].set_current(False)
        self.view.viewport().update()

    # ------------------------------------------------------------ keys

    def key_press(self, event: QKeyEvent) -> bool:
        """Handle a key on the board; False when it is not the board's to handle."""
        key = event.key()
        mods = event.modifiers()
        if key in _MOVES and not mods & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            kind, delta = _MOVES[Qt.Key(key)]
            order = self.order()
            if kind == "step":
                target = reading.step(order, self.current, delta)
            elif kind == "end":
                target = (order[0] if delta < 0 else order[-1]) if order else None
            else:
                positions = {
                    i: (item.note.x, item.note.y) for i, item in self.scene.notes.items()
                }
                target = reading.nearest(positions, self.current, 0, delta)
                if target is None and self.current is None:
                    target = reading.step(order, None, delta)
            if target is None:
                return True
            if mods & Qt.KeyboardModifier.ShiftModifier:
                if self.current in self.scene.notes:
                    self.scene.notes[self.current].setSelected(True)
                self.scene.notes[target].setSelected(True)
            self.set_current(target)
            return True
        if key == Qt.Key.Key_Escape and not mods:
            self.scene.clearSelection()
            self.set_current(self.current, reveal=False)
            return True
        return False

    def toggle_current(self) -> None:
        """Space (tapped, not held to pan): select or unselect the current note."""
        item = self.scene.notes.get(self.current) if self.current is not None else None
        if item is not None:
            item.setSelected(not item.isSelected())
            self.set_current(item.note_id, reveal=False)

    # ------------------------------------------------------------ focus ring

    def paint_ring(self, painter: QPainter) -> None:
        """A 3-px ring inside the board's edge while it has keyboard focus."""
        if not self.view.hasFocus():
            return
        painter.save()
        painter.resetTransform()
        pen = QPen(_RING, 3)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(self.view.viewport().rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.drawRect(rect)
        painter.restore()
