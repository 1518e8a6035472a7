"""The board's scene: one item per note and cluster, kept in step with the document.

The scene is separate from the views that show it: the facilitator's
:class:`~workshop.ui.board.view.BoardView` and, later, the projector. An
audience scene (``audience=True``) uses larger type and takes no selection,
editing or find highlighting. Authors are drawn only when the activity is not
anonymous, in both.

The scene never writes: a finished drag is announced with :attr:`dragFinished`
and whoever owns the undo stack turns it into one operation.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from workshop.domain import board as b
from workshop.storage import breakout, read, read_board
from workshop.storage.breakout import BreakoutTable
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.ui.board.items import ClusterItem, NoteItem

#: Empty space kept around the notes so the board can be panned past its edges.
MARGIN = 600.0


class BoardScene(QGraphicsScene):
    #: A drag ended: {note id: (x, y)} for notes moved on their own, {cluster id: (x, y)}.
    dragFinished = Signal(object, object)
    #: The area holding notes and clusters grew or shrank.
    contentChanged = Signal()

    def __init__(
        self,
        doc: Document,
        activity_id: int,
        *,
        audience: bool = False,
        parent: QObject | None = None,
    ) -> None:
        # Give the scene a parent (the screen or the projector window) so Qt, not Python's
        # garbage collector, decides when it goes: never before the views showing it.
        super().__init__(parent)
        self.doc = doc
        self.activity_id = activity_id
        self.audience = audience
        self.notes: dict[int, NoteItem] = {}
        self.clusters: dict[int, ClusterItem] = {}
        self.anonymous = True
        self._names: dict[int, str] = {}
        self._find = ""
        self.matches: list[int] = []
        self._content = QRectF()
        self._pressed_clusters: list[ClusterItem] = []
        #: Breakout tables' merged items: ("notes" | "clusters", id) → its table; and the
        #: table shown (None: all, 0: the main room's own items only).
        self.item_tables: dict[tuple[str, int], BreakoutTable] = {}
        self.table_filter: int | None = None
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.reload()

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        """Rebuild every item from the document (opening, or a change we cannot narrow)."""
        self.clear()
        self.notes.clear()
        self.clusters.clear()
        self._read_people()
        for cluster in read_board.clusters(self.doc, self.activity_id):
            self._add_cluster(cluster)
        self.item_tables = breakout.board_tables(self.doc, self.activity_id)
        for cluster_item in self.clusters.values():
            self._tag_cluster(cluster_item)
        for note in read_board.notes(self.doc, self.activity_id):
            self._add_note(note)
        self._apply_find()
        self._recompute_content()

    def _read_people(self) -> None:
        activity = read.activity(self.doc, self.activity_id)
        self.anonymous = read.is_anonymous(self.doc, activity)
        self._names = {p.id: p.name for p in read.participants(self.doc)}

    def author_name(self, note: b.Note) -> str:
        if self.anonymous or note.author_id is None:
            return ""
        return self._names.get(note.author_id, "")

    def _add_note(self, note: b.Note) -> NoteItem:
        item = NoteItem(note, self.author_name(note), audience=self.audience)
        self._tag(item)
        self.addItem(item)
        self.notes[note.id] = item
        return item

    def _add_cluster(self, cluster: b.Cluster) -> ClusterItem:
        item = ClusterItem(cluster, audience=self.audience)
        self._tag_cluster(item)
        self.addItem(item)
        self.clusters[cluster.id] = item
        return item

    # ------------------------------------------------------------ changes

    def apply_change(self, change: Change) -> None:
        """Update only the notes and clusters ``change`` touched (and authors if people changed)."""
        if change.touches("participants", "workshop") or (
            self.activity_id in change.ids("activities")
        ):
            before = (self.anonymous, dict(self._names))
            self._read_people()
            if (self.anonymous, self._names) != before:
                for item in self.notes.values():
                    item.set_note(item.note, self.author_name(item.note))
        if self.activity_id in change.deleted("activities"):
            self.reload()
            return
        cluster_ids = change.ids("clusters")
        if cluster_ids:
            found = read_board.clusters_by_id(self.doc, cluster_ids)
            for cluster_id in cluster_ids:
                cluster = found.get(cluster_id)
                frame = self.clusters.get(cluster_id)
                if cluster is None or cluster.activity_id != self.activity_id:
                    if frame is not None:
                        self.removeItem(frame)
                        del self.clusters[cluster_id]
                elif frame is None:
                    self._add_cluster(cluster)
                else:
                    frame.set_cluster(cluster)
        note_ids = change.ids("notes")
        if note_ids:
            found_notes = read_board.notes_by_id(self.doc, note_ids)
            for note_id in note_ids:
                note = found_notes.get(note_id)
                note_item = self.notes.get(note_id)
                if note is None or note.activity_id != self.activity_id:
                    if note_item is not None:
                        self.removeItem(note_item)
                        del self.notes[note_id]
                elif note_item is None:
                    self._add_note(note)
                else:
                    note_item.set_note(note, self.author_name(note))
        if change.touches("origins", "origin_runs", "breakouts"):
            self.item_tables = breakout.board_tables(self.doc, self.activity_id)
            for note_item in self.notes.values():
                self._tag(note_item)
            for cluster_item in self.clusters.values():
                self._tag_cluster(cluster_item)
        if note_ids or cluster_ids:
            if self._find:
                self._apply_find()
            self._recompute_content(note_ids, cluster_ids)

    def reset_positions(self) -> None:
        """Put every item back where the document has it (after a refused move)."""
        for note_item in self.notes.values():
            if note_item.pos() != QPointF(note_item.note.x, note_item.note.y):
                note_item.setPos(note_item.note.x, note_item.note.y)
        for cluster_item in self.clusters.values():
            cluster_item.carried = []
            cluster_item.setPos(cluster_item.cluster.x, cluster_item.cluster.y)

    # ------------------------------------------------------------ breakout tables

    def _tag(self, item: NoteItem) -> None:
        """Mark a merged note with its table, and show it only if the filter lets it through."""
        table = self.item_tables.get(("notes", item.note_id))
        item.set_table((table.label, table.colour) if table else None)
        item.setVisible(self._shown(table))

    def _tag_cluster(self, item: ClusterItem) -> None:
        item.setVisible(self._shown(self.item_tables.get(("clusters", item.cluster_id))))

    def _shown(self, table: BreakoutTable | None) -> bool:
        wanted = self.table_filter
        return wanted is None or (table.id if table else 0) == wanted

    def set_table_filter(self, table_id: int | None) -> None:
        """Show every note (None), the main room's own (0), or one breakout table's."""
        self.table_filter = table_id
        for item in self.notes.values():
            self._tag(item)
        for cluster_item in self.clusters.values():
            self._tag_cluster(cluster_item)
        self._recompute_content()

    # ------------------------------------------------------------ extent

    def content_rect(self) -> QRectF:
        """The area holding notes and clusters (at least one note's size, at the origin)."""
        return self._content

    def _recompute_content(
        self, note_ids: set[int] | None = None, cluster_ids: set[int] | None = None
    ) -> None:
        old = QRectF(self._content)
        if note_ids is None or len(note_ids) > 200 or cluster_ids:
            # One table shown: its own items only (not the board's origin).
            rect = QRectF() if self.table_filter is not None else QRectF(
                0, 0, b.NOTE_WIDTH, b.NOTE_HEIGHT
            )
            for cluster_item in self.clusters.values():
                if self.table_filter is not None and not cluster_item.isVisible():
                    continue
                c = cluster_item.cluster
                rect = rect.united(QRectF(c.x, c.y, c.width, c.height))
            shown = [i for i in self.notes.values() if self.table_filter is None or i.isVisible()]
            if shown:
                xs = [i.note.x for i in shown]
                ys = [i.note.y for i in shown]
                rect = rect.united(
                    QRectF(min(xs), min(ys), max(xs) - min(xs) + b.NOTE_WIDTH,
                           max(ys) - min(ys) + b.NOTE_HEIGHT)
                )
            self._content = rect if not rect.isNull() else QRectF(0, 0, b.NOTE_WIDTH,
                                                                     b.NOTE_HEIGHT)
        else:
            for note_id in note_ids:
                item = self.notes.get(note_id)
                if item is not None:
                    n = item.note
                    self._content = self._content.united(
                        QRectF(n.x, n.y, b.NOTE_WIDTH, b.NOTE_HEIGHT)
                    )
        if self._content != old:
            self.setSceneRect(self._content.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
            self.contentChanged.emit()

    # ------------------------------------------------------------ find

    def set_find(self, text: str) -> list[int]:
        """Highlight notes containing ``text`` (case-insensitive), dim the rest; return matches."""
        if self.audience:
            return []
        self._find = text.strip().casefold()
        self._apply_find()
        return self.matches

    def _apply_find(self) -> None:
        needle = self._find
        matches = []
        for item in self.notes.values():
            matched = bool(needle) and needle in item.note.text.casefold()
            dimmed = bool(needle) and not matched
            if matched != item.matched or dimmed != item.dimmed:
                item.matched, item.dimmed = matched, dimmed
                item.update()
            if matched:
                matches.append(item)
        matches.sort(key=lambda i: (i.note.y, i.note.x, i.note.id))
        self.matches = [i.note_id for i in matches]

    # ------------------------------------------------------------ selection

    def selected_note_ids(self) -> list[int]:
        return sorted(i.note_id for i in self.selectedItems() if isinstance(i, NoteItem))

    def selected_cluster_ids(self) -> list[int]:
        return sorted(i.cluster_id for i in self.selectedItems() if isinstance(i, ClusterItem))

    def select_only(self, note_ids: list[int], cluster_ids: list[int] | None = None) -> None:
        self.clearSelection()
        for note_id in note_ids:
            if note_id in self.notes:
                self.notes[note_id].setSelected(True)
        for cluster_id in cluster_ids or []:
            if cluster_id in self.clusters:
                self.clusters[cluster_id].setSelected(True)

    def select_all_notes(self) -> None:
        for item in self.notes.values():
            item.setSelected(True)

    # ------------------------------------------------------------ dragging

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        # Clusters being dragged carry their notes (unless those are selected: Qt moves them).
        self._pressed_clusters = [
            i for i in self.selectedItems() if isinstance(i, ClusterItem)
        ]
        if self._pressed_clusters:
            selected = {id(i) for i in self.selectedItems()}
            for cluster_item in self._pressed_clusters:
                cluster_item.carried = [
                    n
                    for n in self.notes.values()
                    if n.note.cluster_id == cluster_item.cluster_id and id(n) not in selected
                ]

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        moved_notes: dict[int, tuple[float, float]] = {}
        moved_clusters: dict[int, tuple[float, float]] = {}
        for item in self.selectedItems():
            pos = item.pos()
            if isinstance(item, NoteItem) and pos != QPointF(item.note.x, item.note.y):
                moved_notes[item.note_id] = (pos.x(), pos.y())
            elif isinstance(item, ClusterItem) and pos != QPointF(
                item.cluster.x, item.cluster.y
            ):
                moved_clusters[item.cluster_id] = (pos.x(), pos.y())
        for cluster_item in self._pressed_clusters:
            cluster_item.carried = []
        self._pressed_clusters = []
        if moved_notes or moved_clusters:
            self.dragFinished.emit(moved_notes, moved_clusters)
