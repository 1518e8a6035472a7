"""Clusters on the board: group the selected (or found) notes, ungroup, make actions of them.

Split from :class:`~workshop.ui.board.screen.BoardScreen`. Grouping asks before
taking notes out of other clusters (a later search often matches a few notes of
an earlier cluster) and says on the status line what stayed where.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from workshop.domain import board as b
from workshop.storage.ops import actions as actions_ops
from workshop.storage.ops import board as ops
from workshop.ui.board.find import FindBar
from workshop.ui.board.find_control import BoardFind
from workshop.ui.board.scene import BoardScene
from workshop.ui.board.view import BoardView
from workshop.ui.dialogs import Answer, choose
from workshop.ui.screens.base import ScreenContext
from workshop.ui.undo import step
from workshop.ui.words import undo_text

#: The longest action text a note becomes (an action is a line, a note may be a page).
ACTION_TEXT_MAX = 200


def action_text(text: str) -> str:
    """A note's text as an action: on one line, cut (with "…") when it is long."""
    line = " ".join(text.split())
    if len(line) <= ACTION_TEXT_MAX:
        return line
    return line[: ACTION_TEXT_MAX - 1].rstrip() + "…"


def ask_move_dialog(parent: QWidget, question: str, default_move: bool) -> bool | None:
    """Move notes already in clusters into the new one (True), leave them (False), or
    group nothing (None)."""
    answer = choose(
        parent,
        QCoreApplication.translate("GroupingHost", "Group notes"),
        question,
        [
            QCoreApplication.translate("GroupingHost", "&Move them"),
            QCoreApplication.translate("GroupingHost", "&Leave them"),
            Answer.Cancel,
        ],
        default=0 if default_move else 1,
    )
    return None if answer in (None, 2) else answer == 0


class GroupingHost(Protocol):
    """What grouping needs of the board screen (named here, so this module does not
    import the screen that uses it)."""

    ctx: ScreenContext
    scene: BoardScene
    view: BoardView
    find_bar: FindBar
    finder: BoardFind
    ask_move: Callable[[str, bool], bool | None]

    def report(self, message: str) -> None: ...

    def tell(self, message: str) -> None: ...


class BoardGrouping(QObject):
    """Ctrl+G, Ctrl+Shift+G and Ctrl+Shift+T on the board."""

    def __init__(self, screen: GroupingHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.screen = screen

    def group_selected(self) -> None:
        screen = self.screen
        notes = screen.scene.selected_note_ids()
        found = screen.find_bar.isVisible() and screen.find_bar.edit.hasFocus()
        if found:
            # Keyboard clustering: Ctrl+F, a few words, Ctrl+G groups what Find shows.
            notes = list(screen.scene.matches)
            if not notes:
                screen.report(
                    QCoreApplication.translate(
                        "BoardGrouping", "No note matches what you typed in Find: nothing to group."
                    )
                )
                return
            screen.finder.close()
        if not notes:
            screen.report(
                QCoreApplication.translate(
                    "BoardGrouping",
                    "Select the notes to group first (click, Ctrl+click or Shift+drag), or "
                    "find them (Ctrl+F, a few words, then Ctrl+G).",
                )
            )
            return
        notes, left = self._notes_to_group(notes, found)
        if not notes:
            return
        change = screen.ctx.runner.run(ops.group_notes, notes)
        if change is None:
            return
        screen.tell(undo_text(change.label) + (f"; {left}" if left else "") + ".")
        inserted = change.inserted("clusters")
        if inserted:
            screen.scene.select_only([], inserted)
            screen.view.setFocus()
            screen.view.rename_cluster(inserted[0])

    def _notes_to_group(self, notes: list[int], found: bool) -> tuple[list[int], str]:
        """Ask before taking notes out of other clusters (a later search often matches a
        few notes of an earlier cluster); returns the notes to group and what stayed."""
        screen = self.screen
        scene = screen.scene
        elsewhere: dict[int, list[int]] = {}
        for note_id in notes:
            cluster_id = scene.notes[note_id].note.cluster_id
            if cluster_id is not None:
                elsewhere.setdefault(cluster_id, []).append(note_id)
        if not elsewhere:
            return notes, ""
        where = ", ".join(
            QCoreApplication.translate("BoardGrouping", "{count} in “{cluster}”").format(
                count=len(ids), cluster=b.summary(scene.clusters[c].cluster.title)
            )
            for c, ids in sorted(elsewhere.items())
        )
        count = sum(len(ids) for ids in elsewhere.values())
        answer = screen.ask_move(
            QCoreApplication.translate(
                "BoardGrouping",
                "{count} of the {total} notes are already in a cluster ({where}). "
                "Move them into the new cluster, or leave them where they are?",
            ).format(count=count, total=len(notes), where=where),
            not found,  # notes picked by hand are meant; notes a search found may not be
        )
        if answer is None:
            screen.tell(QCoreApplication.translate("BoardGrouping", "Nothing grouped."))
            return [], ""
        if answer:
            return notes, ""
        loose = [n for n in notes if scene.notes[n].note.cluster_id is None]
        left = QCoreApplication.translate("BoardGrouping", "left {where}").format(where=where)
        if not loose:
            total = len(notes)
            screen.tell(
                QCoreApplication.translate(
                    "BoardGrouping", "Nothing grouped: all %n notes are already in clusters.", None,
                    total,
                )
            )
        return loose, left

    def ungroup_selected(self) -> None:
        screen = self.screen
        clusters = set(screen.scene.selected_cluster_ids())
        for note_id in screen.scene.selected_note_ids():
            cluster_id = screen.scene.notes[note_id].note.cluster_id
            if cluster_id is not None:
                clusters.add(cluster_id)
        if not clusters:
            screen.report(
                QCoreApplication.translate(
                    "BoardGrouping", "Select a cluster (its title) or notes in one to ungroup."
                )
            )
            return
        screen.ctx.runner.run(ops.ungroup, sorted(clusters))

    def make_action_from_selected(self) -> None:
        """Ctrl+Shift+T: an action on the workshop's list for each selected note and cluster
        (a cluster's notes come with it, not one by one), all in one undo step."""
        from workshop.domain.actions import SourceKind
        from workshop.ui.actions_panel import add_action_from

        screen = self.screen
        scene = screen.scene
        clusters = scene.selected_cluster_ids()
        sources: list[tuple[SourceKind, int, str]] = [
            (SourceKind.CLUSTER, c, scene.clusters[c].cluster.title) for c in clusters
        ]
        notes = [scene.notes[n].note for n in scene.selected_note_ids()]
        notes.sort(key=lambda n: (n.y, n.x, n.id))
        sources += [
            (SourceKind.NOTE, n.id, n.text) for n in notes if n.cluster_id not in clusters
        ]
        if not sources:
            screen.report(
                QCoreApplication.translate(
                    "BoardGrouping",
                    "Select a note or a cluster first: it becomes an action on the list.",
                )
            )
            return
        if len(sources) == 1:
            kind, source_id, text = sources[0]
            add_action_from(screen.ctx, kind, source_id, action_text(text))
            return
        made = len(sources)
        screen.ctx.runner.run_all(
            actions_ops.made_actions_label(made),
            [
                step(actions_ops.add_action, action_text(text), source_kind=kind,
                     source_id=source_id)
                for kind, source_id, text in sources
            ],
        )
