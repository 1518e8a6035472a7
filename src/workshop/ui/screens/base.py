"""What every activity screen is given and must do.

A screen is created when its activity is selected and dropped when another is,
unless its class is ``kept`` (built once per workshop: switching back shows it again and
it catches up with the changes it missed while hidden, see :meth:`catch_up`). It reads
the document through ``workshop.storage.read`` (and friends), changes it only through
``ctx.runner.run(operation, …)``, and refreshes itself from the change reports passed
to :meth:`ActivityScreen.on_change`.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from workshop.kinds import ALWAYS_WATCHED
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.ui.undo import UndoRunner


class ScreenContext(NamedTuple):
    doc: Document
    runner: UndoRunner


class ActivityScreen(QWidget):
    #: True while the window's Undo/Redo must not act (e.g. someone is casting a secret
    #: ballot at the laptop: they must not be able to undo the previous voter's dots).
    undoBlocked = Signal(bool)
    #: The tables whose changes this screen refreshes on: its kind's spec's
    #: ``watches`` (``workshop.kinds.watched``), never a hand-kept list;
    #: ``tests/test_kinds.py`` checks each screen's against its spec.
    tables: ClassVar[frozenset[str]] = ALWAYS_WATCHED
    #: Kept while another activity is shown (and built ahead in idle time after a workshop
    #: opens): for screens whose first build is costly and whose state is all in the document.
    kept = False

    def __init__(self, ctx: ScreenContext, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id

    def on_change(self, change: Change) -> None:
        """Refresh what ``change`` touched. The default does nothing."""

    def concerns(self, change: Change) -> bool:
        """Whether ``change`` wrote a table this screen shows (see :attr:`tables`)."""
        return change.touches(*self.tables)

    def catch_up(self, missed: list[Change]) -> None:
        """Shown again after being kept hidden: refresh from the changes made meanwhile
        (one by one by default; a screen that reloads whole reloads once instead)."""
        for change in missed:
            self.on_change(change)

    def focus_primary(self) -> None:
        """Put keyboard focus where the facilitator types first (e.g. the capture box)."""
        self.setFocus()
