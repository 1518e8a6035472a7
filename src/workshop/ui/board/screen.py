"""The brainstorm screen: prompt, capture row, find bar and the board, wired to operations.

Every gesture is one call through ``ctx.runner`` (one undo step): Enter adds a
note, a drag is one move pushed on release, arrow-key nudges merge, and the
screen refreshes only what each reported change touched. Its collaborators, each
its own module: the buttons, keys and right-click menu (:mod:`.board_actions`),
paste/drop/copy (:mod:`.paste`), Find (:mod:`.find_control`) and clusters
(:mod:`.grouping`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from workshop.domain.models import ActivityKind
from workshop.kinds import spec_for
from workshop.storage import read, read_board
from workshop.storage.changes import Change
from workshop.storage.ops import board as ops
from workshop.ui.board.board_actions import BoardActions
from workshop.ui.board.capture import CaptureRow
from workshop.ui.board.find import FindBar
from workshop.ui.board.find_control import BoardFind
from workshop.ui.board.grouping import (
    ACTION_TEXT_MAX,
    BoardGrouping,
    action_text,
    ask_move_dialog,
)
from workshop.ui.board.outline import BoardOutline
from workshop.ui.board.paste import DROP_FILE_MAX, BoardPaste, confirm_add_notes
from workshop.ui.board.scene import BoardScene
from workshop.ui.board.table_filter import TableFilter
from workshop.ui.board.view import OPENING_ZOOM, BoardView
from workshop.ui.screens.base import ActivityScreen, ScreenContext
from workshop.ui.theme import set_role
from workshop.ui.undo import step
from workshop.ui.words import own_direction

__all__ = ["ACTION_TEXT_MAX", "DROP_FILE_MAX", "BoardScreen", "action_text"]

_SPEC = spec_for(ActivityKind.BRAINSTORM)


class BoardScreen(ActivityScreen):
    #: The breakout table the board shows (None: all; 0: the main room's own notes).
    tableFilterChanged = Signal(object)
    tables = _SPEC.watches

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, activity_id, parent)
        self.setObjectName("boardScreen")
        #: Asks a yes/no question (adding many pasted lines); tests replace it.
        self.confirm: Callable[[str], bool] = lambda question: confirm_add_notes(self, question)
        #: Asks whether notes already in other clusters move into a new one (True), stay
        #: (False) or nothing is grouped (None); tests replace it.
        self.ask_move: Callable[[str, bool], bool | None] = (
            lambda question, default: ask_move_dialog(self, question, default)
        )
        #: The last thing said on the status line (tests read it).
        self.status_message = ""

        self.scene = BoardScene(ctx.doc, activity_id, parent=self)
        self.view = BoardView(self.scene, self)
        self.capture = CaptureRow(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.outline = BoardOutline(self.scene, self)
        self.paste = BoardPaste(self, self)
        self.finder = BoardFind(self.find_bar, self.scene, self.view)
        self.grouping = BoardGrouping(self, self)
        self.commands = BoardActions(self, self)

        self.title = QLabel(self)
        self.title.setObjectName("boardTitle")
        set_role(self.title, "title")
        self.title.setWordWrap(True)  # any title length: it wraps, never widens the window
        self.prompt = QLabel(self)
        self.prompt.setObjectName("boardPrompt")
        self.prompt.setAccessibleName(
            QCoreApplication.translate("BoardScreen", "Prompt shown to the room")
        )
        self.prompt.setWordWrap(True)
        set_role(self.prompt, "prompt")
        self.counts = QLabel(self)
        self.counts.setObjectName("boardCounts")
        self.counts.setAccessibleName(
            QCoreApplication.translate("BoardScreen", "Notes and clusters on the board")
        )
        set_role(self.counts, "muted")
        self.counts.setWordWrap(True)  # longer words (a translation) wrap, not widen

        self.table_filter = TableFilter(self)
        self.table_filter.chosen.connect(self._show_table)
        self.table_filter.refresh(ctx.doc, activity_id)
        self._build_layout()
        self.commands.build()
        self.actions_by_name = self.commands.by_name
        self.colour_actions = self.commands.colour_actions
        self._connect()
        self._load_header()
        self._load_people()
        self._update_counts()

    # ------------------------------------------------------------ building

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QVBoxLayout()
        header.setContentsMargins(12, 8, 12, 4)
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addWidget(self.prompt)
        layout.addLayout(header)
        layout.addWidget(self.capture)
        layout.addLayout(self.commands.tools_row())
        self.list_button = self.commands.list_button
        self.tidy_button = self.commands.tidy_button
        layout.addWidget(self.find_bar)
        board = QSplitter(Qt.Orientation.Horizontal, self)
        board.setObjectName("boardSplitter")
        board.addWidget(self.view)
        board.addWidget(self.outline)
        board.setStretchFactor(0, 3)
        board.setStretchFactor(1, 1)
        board.setChildrenCollapsible(False)
        layout.addWidget(board, 1)
        # The list is there at once for a screen reader; others open it with "List".
        self.set_outline_shown(QAccessible.isActive())

    def _connect(self) -> None:
        self.capture.submitted.connect(self._submit)
        self.capture.text.on_paste = self.paste.offer_text
        self.capture.text.on_files = self.paste.offer_files
        self.view.on_text = self.paste.offer_text
        self.view.on_files = self.paste.offer_files
        self.scene.dragFinished.connect(self._drag_finished)
        self.view.noteEdited.connect(self._note_edited)
        self.view.clusterRenamed.connect(self._cluster_renamed)
        self.view.keys.currentChanged.connect(self.outline.show_current)

    # ------------------------------------------------------------ reading

    def _load_header(self) -> None:
        activity = read.activity(self.ctx.doc, self.activity_id)
        if activity is None:
            return
        self.title.setText(own_direction(activity.title))
        self.prompt.setText(
            activity.prompt
            or QCoreApplication.translate("BoardScreen", "No prompt for the room yet.")
        )
        self.prompt.setVisible(True)

    def _load_people(self) -> None:
        self.capture.set_people(read.participants(self.ctx.doc), read.organisations(self.ctx.doc))

    def _update_counts(self) -> None:
        counts = read_board.counts(self.ctx.doc, self.activity_id)
        notes, clusters, loose = counts.notes, counts.clusters, counts.loose
        self.counts.setText(
            " · ".join((
                QCoreApplication.translate("BoardScreen", "%n note(s)", None, notes),
                QCoreApplication.translate("BoardScreen", "%n cluster(s)", None, clusters),
                QCoreApplication.translate("BoardScreen", "%n loose", None, loose),
            ))
        )

    def on_change(self, change: Change) -> None:
        """Refresh only what ``change`` touched of the tables the brainstorm's spec watches:
        the notes and clusters (the kind's own), the authors, the header, the table filter."""
        if not self.concerns(change):
            return
        board = change.touches(*_SPEC.owns)
        people = change.touches("participants")
        own = self.activity_id in change.ids("activities") or change.touches("workshop")
        if board or people or own:
            self.scene.apply_change(change)
        if people:
            self._load_people()
        if own:
            self._load_header()
        if change.touches("origins", "origin_runs", "breakouts"):
            self.table_filter.refresh(self.ctx.doc, self.activity_id)
        if board:
            self._update_counts()
            if self.outline.isVisible():
                self.outline.rebuild()
            if self.find_bar.isVisible():
                self.finder.show_count()

    def _show_table(self, table_id: int | None) -> None:
        self.scene.set_table_filter(table_id)
        self.view.fit_all()
        self.tableFilterChanged.emit(table_id)

    def focus_primary(self) -> None:
        self.capture.focus_text()

    # ------------------------------------------------------------ capture

    def report(self, message: str) -> None:
        self.ctx.runner.report(message)

    def _submit(self, text: str, author: object, colour: int) -> None:
        if author == -1:
            self.paste.report_unknown_author()
            return
        change = self.ctx.runner.run(
            ops.add_note,
            self.activity_id,
            text,
            author_id=author if isinstance(author, int) else None,
            colour=colour,
        )
        if change is None:
            return
        self.capture.text.clear()
        self.capture.focus_text()
        for note_id in change.inserted("notes"):
            self.view.reveal_note(note_id)

    def offer_files(self, paths: list[str]) -> None:
        """A dropped text file: one note per line, after asking."""
        self.paste.offer_files(paths)

    def _context_menu(self, pos: QPoint) -> None:
        self.commands.context_menu(pos)

    def choose_colour(self, index: int) -> None:
        """Alt+1…6: the colour of the next notes; on the board it also recolours the selection."""
        self.capture.set_colour(index)
        selected = self.scene.selected_note_ids()
        if selected and self.view.hasFocus():
            self.recolour_selected(index)

    def recolour_selected(self, index: int) -> None:
        selected = self.scene.selected_note_ids()
        if selected:
            self.ctx.runner.run(ops.set_note_colour, selected, index)

    # ------------------------------------------------------------ notes on the board

    def _drag_finished(self, notes: dict[int, tuple[float, float]],
                       clusters: dict[int, tuple[float, float]]) -> None:
        """A drag is one gesture: its clusters and notes move in one transaction, one step."""
        calls = [step(ops.move_cluster, cid, x, y) for cid, (x, y) in clusters.items()]
        if notes:
            calls.append(step(ops.move_notes, notes))
        self.ctx.runner.run_all(ops.moved_label(len(notes), len(clusters)), calls)
        # Whatever was written (or refused, or settled back where it started and so not
        # written at all), the items now go exactly where the document says they are.
        self.scene.reset_positions()

    def nudge(self, dx: float, dy: float) -> None:
        notes = self.scene.selected_note_ids()
        clusters = self.scene.selected_cluster_ids()
        if not notes and not clusters:
            return
        calls = []
        for cluster_id in clusters:
            c = self.scene.clusters[cluster_id].cluster
            calls.append(step(ops.move_cluster, cluster_id, c.x + dx, c.y + dy))
        carried = {
            n for n in notes if self.scene.notes[n].note.cluster_id in set(clusters)
        }
        positions = {
            n: (self.scene.notes[n].note.x + dx, self.scene.notes[n].note.y + dy)
            for n in notes
            if n not in carried
        }
        if positions:
            calls.append(step(ops.move_notes, positions))
        # Repeated nudges of the same selection merge into one undo step.
        key = f"board-nudge-{notes}-{clusters}"
        self.ctx.runner.run_all(
            ops.moved_label(len(positions), len(clusters)), calls, merge_key=key
        )

    def delete_selected(self) -> None:
        notes = self.scene.selected_note_ids()
        clusters = self.scene.selected_cluster_ids()
        calls = []
        if notes:
            calls.append(step(ops.delete_notes, notes))
        if clusters:
            calls.append(step(ops.ungroup, clusters))
        if calls:
            self.ctx.runner.run_all(ops.deleted_selection_label(), calls)

    def edit_selected(self) -> None:
        """Enter or F2: edit the one selected note, else the current note, else rename the
        one selected cluster."""
        notes = self.scene.selected_note_ids()
        clusters = self.scene.selected_cluster_ids()
        current = self.view.keys.current
        if len(notes) == 1:
            self.view.edit_note(notes[0])
        elif current in self.scene.notes and not clusters:
            self.view.edit_note(current)
        elif len(clusters) == 1 and not notes:
            self.view.rename_cluster(clusters[0])

    def _note_edited(self, note_id: int, text: str) -> None:
        if self.ctx.runner.run(ops.edit_note_text, note_id, text) is None:
            # Refused (too long, emptied, or the note is gone): keep what was typed open.
            self.view.edit_note(note_id, text)

    def _cluster_renamed(self, cluster_id: int, title: str) -> None:
        if self.ctx.runner.run(ops.rename_cluster, cluster_id, title) is None:
            self.view.rename_cluster(cluster_id, title)

    # ------------------------------------------------------------ clusters

    def tell(self, message: str) -> None:
        """Say on the window's status line what a gesture did (e.g. which notes moved)."""
        self.status_message = message
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10_000)

    def tidy_up(self) -> None:
        if self.ctx.runner.run(ops.tidy_up, self.activity_id) is not None:
            # Keep the notes legible (fitting 80 notes into a laptop drew blank squares);
            # Ctrl+0 still fits everything.
            self.view.fit_all(min_zoom=OPENING_ZOOM)

    # ------------------------------------------------------------ the list

    def toggle_outline(self) -> None:
        self.set_outline_shown(not self.outline.isVisibleTo(self))
        if self.outline.isVisibleTo(self):
            self.outline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_outline_shown(self, shown: bool) -> None:
        self.outline.setVisible(shown)
        self.list_button.setChecked(shown)
        if shown:
            self.outline.rebuild()

