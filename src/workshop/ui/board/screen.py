"""The brainstorm screen: prompt, capture row, find bar and the board, wired to operations.

Every gesture is one call through ``ctx.runner`` (one undo step): Enter adds a
note, a drag is one move pushed on release, arrow-key nudges merge, and the
screen refreshes only what each reported change touched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAccessible, QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain import board as b
from workshop.storage import read, read_board
from workshop.storage.changes import Change
from workshop.storage.ops import actions as actions_ops
from workshop.storage.ops import board as ops
from workshop.ui.board.capture import CaptureRow, colour_icon
from workshop.ui.board.find import FindBar
from workshop.ui.board.items import ClusterItem, NoteItem
from workshop.ui.board.outline import BoardOutline
from workshop.ui.board.scene import BoardScene
from workshop.ui.board.table_filter import TableFilter
from workshop.ui.board.view import OPENING_ZOOM, BoardView
from workshop.ui.screens.base import ActivityScreen, ScreenContext
from workshop.ui.undo import step

#: A dropped file larger than this is refused (a text file of ideas is far smaller).
DROP_FILE_MAX = 1_000_000
#: The longest action text a note becomes (an action is a line, a note may be a page).
ACTION_TEXT_MAX = 200



def action_text(text: str) -> str:
    """A note's text as an action: on one line, cut (with "…") when it is long."""
    line = " ".join(text.split())
    if len(line) <= ACTION_TEXT_MAX:
        return line
    return line[: ACTION_TEXT_MAX - 1].rstrip() + "…"


class BoardScreen(ActivityScreen):
    #: The breakout table the board shows (None: all; 0: the main room's own notes).
    tableFilterChanged = Signal(object)

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, activity_id, parent)
        self.setObjectName("boardScreen")
        #: Asks a yes/no question (adding many pasted lines); tests replace it.
        self.confirm: Callable[[str], bool] = self._confirm_dialog
        #: Asks whether notes already in other clusters move into a new one (True), stay
        #: (False) or nothing is grouped (None); tests replace it.
        self.ask_move: Callable[[str, bool], bool | None] = self._ask_move_dialog
        #: The last thing said on the status line (tests read it).
        self.status_message = ""
        self._find_index: int | None = None

        self.scene = BoardScene(ctx.doc, activity_id, parent=self)
        self.view = BoardView(self.scene, self)
        self.capture = CaptureRow(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.outline = BoardOutline(self.scene, self)

        self.title = QLabel(self)
        self.title.setObjectName("boardTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)  # any title length: it wraps, never widens the window
        self.prompt = QLabel(self)
        self.prompt.setObjectName("boardPrompt")
        self.prompt.setAccessibleName("Prompt shown to the room")
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-size: 13pt;")
        self.counts = QLabel(self)
        self.counts.setObjectName("boardCounts")
        self.counts.setAccessibleName("Notes and clusters on the board")
        self.counts.setStyleSheet("color: palette(placeholder-text);")

        self.table_filter = TableFilter(self)
        self.table_filter.chosen.connect(self._show_table)
        self.table_filter.refresh(ctx.doc, activity_id)
        self._build_layout()
        self._build_actions()
        self._connect()
        self._load_header()
        self._load_people()
        self._update_counts()

    # ------------------------------------------------------------ building

    def _tool(self, text: str, name: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setAccessibleName(tip.split(" (")[0])
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

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
        tools = QHBoxLayout()
        tools.setContentsMargins(8, 0, 8, 4)
        self.group_button = self._tool("Group", "boardGroup", "Group the selected notes (Ctrl+G)",
                                       self.group_selected)
        self.ungroup_button = self._tool(
            "Ungroup", "boardUngroup", "Remove the selected cluster frames (Ctrl+Shift+G)",
            self.ungroup_selected,
        )
        self.tidy_button = self._tool(
            "Tidy up", "boardTidy", "Arrange clusters and loose notes without overlaps (Ctrl+T)",
            self.tidy_up,
        )
        self.find_button = self._tool("Find", "boardFindButton", "Find notes (Ctrl+F)",
                                      self.open_find)
        self.fit_button = self._tool("Fit", "boardZoomFit", "Show the whole board (Ctrl+0)",
                                     self.view.fit_all)
        self.list_button = self._tool(
            "List", "boardOutlineButton", "Show the notes as a list in reading order (Ctrl+L)",
            self.toggle_outline,
        )
        self.list_button.setCheckable(True)
        for button in (self.group_button, self.ungroup_button, self.tidy_button,
                       self.find_button, self.fit_button, self.list_button):
            tools.addWidget(button)
        tools.addStretch(1)
        hint = QLabel(
            "Drag notes to move · drag the background to pan · Shift+drag to select · "
            "arrows pick a note, Enter or F2 edits",
            self,
        )
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)  # on a narrow laptop it wraps instead of widening the window
        tools.addWidget(hint)
        tools.addSpacing(12)
        tools.addWidget(self.table_filter)
        tools.addWidget(self.counts)
        layout.addLayout(tools)
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

    def _action(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence] | QKeySequence.StandardKey | str,
        slot: Callable[[], None],
        *,
        on_view: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(keys, list):
            action.setShortcuts(keys)
        else:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut if on_view
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.triggered.connect(slot)
        (self.view if on_view else self).addAction(action)
        return action

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        specs: list[tuple[str, str, object, Callable[[], None], bool]] = [
            ("boardDeleteAction", "Delete notes", QKeySequence.StandardKey.Delete,
             self.delete_selected, True),
            ("boardEditAction", "Edit note",
             [QKeySequence("F2"), QKeySequence("Return"), QKeySequence("Enter")],
             self.edit_selected, True),
            ("boardOutlineAction", "Notes as a list", "Ctrl+L", self.toggle_outline, False),
            ("boardSelectAllAction", "Select all notes", QKeySequence.StandardKey.SelectAll,
             self.scene.select_all_notes, True),
            ("boardGroupAction", "Group notes", "Ctrl+G", self.group_selected, False),
            ("boardUngroupAction", "Ungroup", "Ctrl+Shift+G", self.ungroup_selected, False),
            ("boardTidyAction", "Tidy up", "Ctrl+T", self.tidy_up, False),
            ("boardFindAction", "Find", QKeySequence.StandardKey.Find, self.open_find, False),
            ("boardZoomFitAction", "Fit board", "Ctrl+0", self.view.fit_all, False),
            ("boardZoomInAction", "Zoom in",
             [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")], self.view.zoom_in, False),
            ("boardZoomOutAction", "Zoom out", "Ctrl+-", self.view.zoom_out, False),
            ("boardCopyAction", "Copy note text", QKeySequence.StandardKey.Copy,
             self.copy_selected, True),
            ("boardPasteAction", "Paste as notes", QKeySequence.StandardKey.Paste,
             self.paste_on_board, True),
            ("boardMakeActionAction", "Make action", "Ctrl+Shift+T",
             self.make_action_from_selected, False),
        ]
        for name, text, keys, slot, on_view in specs:
            self.actions_by_name[name] = self._action(
                name, text, keys, slot, on_view=on_view  # type: ignore[arg-type]
            )
        # Plain arrows move the current note (ui/board/keyboard.py); Ctrl+arrows nudge.
        for key, dx, dy in (("Left", -1, 0), ("Right", 1, 0), ("Up", 0, -1), ("Down", 0, 1)):
            for big, prefix in ((False, "Ctrl+"), (True, "Ctrl+Shift+")):
                step = b.NUDGE * (10 if big else 1)
                self._action(
                    f"boardNudge{prefix.replace('Ctrl+', '').rstrip('+')}{key}Action",
                    f"Nudge {key.lower()}",
                    prefix + key,
                    lambda _on=False, x=dx * step, y=dy * step: self.nudge(x, y),
                    on_view=True,
                )
        self.colour_actions: list[QAction] = []
        for index, colour in enumerate(b.COLOURS):
            action = self._action(
                f"boardColour{index + 1}Action",
                f"Sticky colour {colour.name}",
                f"Alt+{index + 1}",
                lambda _on=False, i=index: self.choose_colour(i),
            )
            self.colour_actions.append(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

    def _connect(self) -> None:
        self.capture.submitted.connect(self._submit)
        self.capture.text.on_paste = self.offer_text
        self.capture.text.on_files = self.offer_files
        self.view.on_text = self.offer_text
        self.view.on_files = self.offer_files
        self.scene.dragFinished.connect(self._drag_finished)
        self.view.noteEdited.connect(self._note_edited)
        self.view.clusterRenamed.connect(self._cluster_renamed)
        self.find_bar.searched.connect(self._search)
        self.find_bar.stepped.connect(self.step_find)
        self.find_bar.closed.connect(self.close_find)
        self.view.keys.currentChanged.connect(self.outline.show_current)

    # ------------------------------------------------------------ reading

    def _load_header(self) -> None:
        activity = read.activity(self.ctx.doc, self.activity_id)
        if activity is None:
            return
        self.title.setText(activity.title)
        self.prompt.setText(activity.prompt or "No prompt for the room yet.")
        self.prompt.setVisible(True)

    def _load_people(self) -> None:
        self.capture.set_people(read.participants(self.ctx.doc), read.organisations(self.ctx.doc))

    def _update_counts(self) -> None:
        counts = read_board.counts(self.ctx.doc, self.activity_id)
        notes = f"{counts.notes} note{'s' if counts.notes != 1 else ''}"
        clusters = f"{counts.clusters} cluster{'s' if counts.clusters != 1 else ''}"
        self.counts.setText(f"{notes} · {clusters} · {counts.loose} loose")

    def on_change(self, change: Change) -> None:
        board = change.touches("notes", "clusters")
        people = change.touches("participants")
        own = self.activity_id in change.ids("activities") or change.touches("workshop")
        if board or people or own:
            self.scene.apply_change(change)
        if people:
            self._load_people()
        if own:
            self._load_header()
        if change.touches("origins", "breakouts"):
            self.table_filter.refresh(self.ctx.doc, self.activity_id)
        if board:
            self._update_counts()
            if self.outline.isVisible():
                self.outline.rebuild()
            if self.find_bar.isVisible():
                self._show_find_count()

    def _show_table(self, table_id: int | None) -> None:
        self.scene.set_table_filter(table_id)
        self.view.fit_all()
        self.tableFilterChanged.emit(table_id)

    def focus_primary(self) -> None:
        self.capture.focus_text()

    # ------------------------------------------------------------ capture

    def _report(self, message: str) -> None:
        self.ctx.runner.report(message)

    def _submit(self, text: str, author: object, colour: int) -> None:
        if author == -1:
            self._report_unknown_author()
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

    def _report_unknown_author(self) -> None:
        self._report(
            f"Nobody called “{self.capture.author.text().strip()}” is on the participant "
            "list. Pick a name as you type, or clear the author box for an anonymous note."
        )

    def offer_text(self, text: str) -> bool:
        """Handle a paste or text drop: several lines become notes (after asking); one
        over-long text is refused. Returns False to let a short single line paste normally."""
        lines = b.split_lines(text)
        if len(lines) <= 1:
            existing = len(self.capture.text.text()) - len(self.capture.text.selectedText())
            length = len(text.strip()) + existing
            if length > b.NOTE_TEXT_MAX:
                self._report(
                    f"That text is {length:,} characters long; a note holds at most "
                    f"{b.NOTE_TEXT_MAX:,}. Nothing was pasted: shorten it, or put each idea "
                    "on its own line to add one note per line."
                )
                return True
            return False
        self._add_lines(lines, "the pasted text")
        return True

    def offer_files(self, paths: list[str]) -> None:
        """A dropped text file: one note per line, after asking."""
        lines: list[str] = []
        for name in paths:
            path = Path(name)
            try:
                if not path.is_file():
                    raise ValueError(f"“{path.name}” is not a file.")
                if path.stat().st_size > DROP_FILE_MAX:
                    raise ValueError(
                        f"“{path.name}” is larger than 1 MB; drop a plain text file of ideas, "
                        "one per line."
                    )
                text = path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError:
                self._report(
                    f"“{path.name}” is not a plain text file (UTF-8); nothing was added."
                )
                return
            except (OSError, ValueError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                self._report(f"Could not read “{path.name}”: {reason}")
                return
            lines.extend(b.split_lines(text))
        if not lines:
            self._report("The dropped file has no text to add.")
            return
        self._add_lines(lines, "the dropped file" if len(paths) == 1 else "the dropped files")

    def _add_lines(self, lines: list[str], source: str) -> None:
        known, author_id = self.capture.resolve_author()
        if not known:
            self._report_unknown_author()
            return
        longest = max(len(line) for line in lines)
        if longest > b.NOTE_TEXT_MAX:
            number = next(i for i, line in enumerate(lines, 1) if len(line) > b.NOTE_TEXT_MAX)
            self._report(
                f"Line {number} of {source} is {longest:,} characters long; a note holds at "
                f"most {b.NOTE_TEXT_MAX:,}. Nothing was added."
            )
            return
        question = f"Add {len(lines)} notes, one for each line of {source}?"
        if not self.confirm(question):
            return
        change = self.ctx.runner.run(
            ops.add_notes,
            self.activity_id,
            lines,
            author_id=author_id,
            colour=self.capture.colour(),
        )
        if change is not None:
            inserted = change.inserted("notes")
            if inserted:
                self.view.reveal_note(inserted[-1])

    def _confirm_dialog(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            "Add notes",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _context_menu(self, pos: QPoint) -> None:
        """Right-click: the same actions as the keys, for the notes under and around the mouse."""
        for item in self.view.items(pos):
            if isinstance(item, NoteItem | ClusterItem) and not item.isSelected():
                self.scene.clearSelection()
                item.setSelected(True)
                break
        menu = QMenu(self)
        menu.setObjectName("boardContextMenu")
        names = ("boardEditAction", "boardDeleteAction", "boardCopyAction", "boardPasteAction",
                 "boardGroupAction", "boardUngroupAction", "boardSelectAllAction",
                 "boardMakeActionAction")
        for name in names:
            menu.addAction(self.actions_by_name[name])
        colours = menu.addMenu("Colour")
        for index, colour in enumerate(b.COLOURS):
            action = colours.addAction(
                colour_icon(colour.fill), f"{colour.name}\tAlt+{index + 1}",
            )
            action.triggered.connect(lambda _on=False, i=index: self.recolour_selected(i))
        menu.addSeparator()
        menu.addAction("Tidy up", self.tidy_up)
        self.view.setFocus()
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def copy_selected(self) -> None:
        """Ctrl+C on the board: the selected notes' text, one per line (reading order)."""
        notes = [self.scene.notes[i].note for i in self.scene.selected_note_ids()]
        notes.sort(key=lambda n: (n.y, n.x, n.id))
        if notes:
            QGuiApplication.clipboard().setText("\n".join(n.text for n in notes))

    def paste_on_board(self) -> None:
        """Ctrl+V on the board: several lines become notes (after asking); one line goes into
        the capture box, ready to be checked and added with Enter."""
        text = QGuiApplication.clipboard().text()
        if not text.strip() or self.offer_text(text):
            return
        self.capture.text.setText(" ".join(text.split()))
        self.capture.focus_text()

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
        self.ctx.runner.run_all(_moved_label(len(notes), len(clusters)), calls)
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
            _moved_label(len(positions), len(clusters)), calls, merge_key=key
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
            self.ctx.runner.run_all("Delete the selection", calls)

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

    def group_selected(self) -> None:
        notes = self.scene.selected_note_ids()
        found = self.find_bar.isVisible() and self.find_bar.edit.hasFocus()
        if found:
            # Keyboard clustering: Ctrl+F, a few words, Ctrl+G groups what Find shows.
            notes = list(self.scene.matches)
            if not notes:
                self._report("No note matches what you typed in Find: nothing to group.")
                return
            self.close_find()
        if not notes:
            self._report(
                "Select the notes to group first (click, Ctrl+click or Shift+drag), or "
                "find them (Ctrl+F, a few words, then Ctrl+G)."
            )
            return
        notes, left = self._notes_to_group(notes, found)
        if not notes:
            return
        change = self.ctx.runner.run(ops.group_notes, notes)
        if change is None:
            return
        self._tell(change.label + (f"; {left}" if left else "") + ".")
        inserted = change.inserted("clusters")
        if inserted:
            self.scene.select_only([], inserted)
            self.view.setFocus()
            self.view.rename_cluster(inserted[0])

    def _notes_to_group(self, notes: list[int], found: bool) -> tuple[list[int], str]:
        """Ask before taking notes out of other clusters (a later search often matches a
        few notes of an earlier cluster); returns the notes to group and what stayed."""
        elsewhere: dict[int, list[int]] = {}
        for note_id in notes:
            cluster_id = self.scene.notes[note_id].note.cluster_id
            if cluster_id is not None:
                elsewhere.setdefault(cluster_id, []).append(note_id)
        if not elsewhere:
            return notes, ""
        where = ", ".join(
            f"{len(ids)} in “{b.summary(self.scene.clusters[c].cluster.title)}”"
            for c, ids in sorted(elsewhere.items())
        )
        count = sum(len(ids) for ids in elsewhere.values())
        answer = self.ask_move(
            f"{count} of the {len(notes)} notes are already in a cluster ({where}). "
            "Move them into the new cluster, or leave them where they are?",
            not found,  # notes picked by hand are meant; notes a search found may not be
        )
        if answer is None:
            self._tell("Nothing grouped.")
            return [], ""
        if answer:
            return notes, ""
        loose = [n for n in notes if self.scene.notes[n].note.cluster_id is None]
        left = f"left {where}"
        if not loose:
            self._tell(f"Nothing grouped: all {len(notes)} notes are already in clusters.")
        return loose, left

    def _ask_move_dialog(self, question: str, default_move: bool) -> bool | None:
        box = QMessageBox(QMessageBox.Icon.Question, "Group notes", question,
                          QMessageBox.StandardButton.NoButton, self)
        move = box.addButton("&Move them", QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton("&Leave them", QMessageBox.ButtonRole.RejectRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(move if default_move else leave)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is move else False if clicked is leave else None

    def _tell(self, message: str) -> None:
        """Say on the window's status line what a gesture did (e.g. which notes moved)."""
        self.status_message = message
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10_000)

    def ungroup_selected(self) -> None:
        clusters = set(self.scene.selected_cluster_ids())
        for note_id in self.scene.selected_note_ids():
            cluster_id = self.scene.notes[note_id].note.cluster_id
            if cluster_id is not None:
                clusters.add(cluster_id)
        if not clusters:
            self._report("Select a cluster (its title) or notes in one to ungroup.")
            return
        self.ctx.runner.run(ops.ungroup, sorted(clusters))

    # ------------------------------------------------------------ actions

    def make_action_from_selected(self) -> None:
        """Ctrl+Shift+T: an action on the workshop's list for each selected note and cluster
        (a cluster's notes come with it, not one by one), all in one undo step."""
        from workshop.domain.actions import SourceKind
        from workshop.ui.actions_panel import add_action_from

        clusters = self.scene.selected_cluster_ids()
        sources: list[tuple[SourceKind, int, str]] = [
            (SourceKind.CLUSTER, c, self.scene.clusters[c].cluster.title) for c in clusters
        ]
        notes = [self.scene.notes[n].note for n in self.scene.selected_note_ids()]
        notes.sort(key=lambda n: (n.y, n.x, n.id))
        sources += [
            (SourceKind.NOTE, n.id, n.text) for n in notes if n.cluster_id not in clusters
        ]
        if not sources:
            self._report("Select a note or a cluster first: it becomes an action on the list.")
            return
        if len(sources) == 1:
            kind, source_id, text = sources[0]
            add_action_from(self.ctx, kind, source_id, action_text(text))
            return
        self.ctx.runner.run_all(
            f"Make {len(sources)} actions",
            [
                step(actions_ops.add_action, action_text(text), source_kind=kind,
                     source_id=source_id)
                for kind, source_id, text in sources
            ],
        )

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

    # ------------------------------------------------------------ find

    def open_find(self) -> None:
        self.find_bar.open()
        self._search(self.find_bar.edit.text())

    def close_find(self) -> None:
        self.find_bar.hide()
        self.scene.set_find("")
        self._find_index = None
        self.view.setFocus()

    def _search(self, text: str) -> None:
        self.scene.set_find(text)
        self._find_index = None
        self._show_find_count()

    def _show_find_count(self) -> None:
        matches = self.scene.matches
        if self._find_index is not None and self._find_index >= len(matches):
            self._find_index = None
        self.find_bar.show_count(self._find_index, len(matches))

    def step_find(self, step: int) -> None:
        matches = self.scene.matches
        if not matches:
            self._show_find_count()
            return
        if self._find_index is None:
            self._find_index = 0 if step > 0 else len(matches) - 1
        else:
            self._find_index = (self._find_index + step) % len(matches)
        note_id = matches[self._find_index]
        self.scene.select_only([note_id])
        self.view.ensureVisible(self.scene.notes[note_id], 80, 80)
        self._show_find_count()




def _moved_label(notes: int, clusters: int) -> str:
    """"Move 2 clusters and 3 notes": the undo step of one drag or nudge."""
    parts = []
    if clusters:
        parts.append("cluster" if clusters == 1 else f"{clusters} clusters")
    if notes:
        parts.append("note" if notes == 1 else f"{notes} notes")
    return "Move " + " and ".join(parts)
