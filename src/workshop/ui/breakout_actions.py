"""File › Make breakout copies…, Merge breakout…, Next meeting…

The work is done by storage (``storage/ops/breakout.py``, ``storage/series.py``, the merge
and its report, imported when first used, as the dialogs' Qt classes are: the window's
start does not pay for them); this module asks how many
tables and where, which copies to merge, where the next meeting goes, and says what
happened. The questions are replaceable (:class:`BreakoutQuestions`) so tests answer them
without dialogs (``ui/breakout_questions.py``, loaded with the first question).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from workshop.domain.errors import WorkshopError
from workshop.storage.document import SUFFIX
from workshop.ui.words import error_text

if TYPE_CHECKING:
    from workshop.storage.document import Document
    from workshop.ui.breakout_questions import BreakoutQuestions
    from workshop.ui.file_dialogs import FileQuestions
    from workshop.ui.screens.base import ScreenContext


class MainWindow(Protocol):
    """What these actions need of the main window (named here, so this module does not
    import the window that installs it)."""

    @property
    def doc(self) -> Document | None: ...

    @property
    def ctx(self) -> ScreenContext | None: ...

    @property
    def ask(self) -> FileQuestions: ...

    def set_document(self, doc: Document) -> None: ...

class BreakoutActions(QObject):
    """The three actions; a child of the window (Qt ends it with the window), which calls
    :meth:`refresh` whenever its own actions are refreshed (a file opened or closed)."""

    def __init__(self, window: QWidget, questions: BreakoutQuestions | None = None) -> None:
        """``window`` is the main window: a widget (the dialogs' parent) with the hooks of
        :class:`MainWindow`."""
        super().__init__(window)
        self._ask = questions
        self.make = self._action(
            QCoreApplication.translate("BreakoutActions", "Make &breakout copies…"),
            "actionMakeBreakouts",
            self.make_copies,
        )
        self.merge = self._action(
            QCoreApplication.translate("BreakoutActions", "&Merge breakout…"),
            "actionMergeBreakout",
            self.merge_copies,
        )
        self.next = self._action(
            QCoreApplication.translate("BreakoutActions", "Ne&xt meeting…"),
            "actionNextMeeting",
            self.next_meeting,
        )
        self.refresh()

    @property
    def window(self) -> MainWindow:
        """The window (the parent): no reference of our own, so no cycle through the window."""
        return cast(MainWindow, self.parent())

    @property
    def widget(self) -> QWidget:
        """The window as the dialogs' parent."""
        return cast(QWidget, self.parent())

    def _action(self, text: str, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def install(self, menu: QMenu) -> None:
        """Append the actions (a separator first). Appended, not inserted before another
        menu's action: the wrapper ``menuAction()`` returns is not safe to keep or drop."""
        menu.addSeparator()
        for action in (self.make, self.merge, self.next):
            menu.addAction(action)

    @property
    def ask(self) -> BreakoutQuestions:
        """The questions (the real dialogs unless a test gave its answers)."""
        if self._ask is None:
            from workshop.ui.breakout_questions import BreakoutQuestions

            self._ask = BreakoutQuestions()
        return self._ask

    @ask.setter
    def ask(self, questions: BreakoutQuestions) -> None:
        self._ask = questions

    def refresh(self) -> None:
        doc = self.window.doc
        writable = doc is not None and not doc.read_only
        self.make.setEnabled(writable)
        self.merge.setEnabled(writable)
        self.next.setEnabled(doc is not None)

    def _tell(self, text: str) -> None:
        self.ask.told.append(text)
        self.window.ask.inform(self.widget, text)

    def make_copies(self) -> None:
        ctx = self.window.ctx
        if ctx is None:
            return
        count = self.ask.table_count(self.widget)
        if count is None:
            return
        folder = self.ask.folder(self.widget, ctx.doc.path.parent)
        if folder is None:
            return
        from workshop.storage.ops.breakout import make_breakout_copies

        change = ctx.runner.run(make_breakout_copies, count, folder)
        if change is not None:
            paths = change.extra.get("paths", [])
            count = len(paths)
            self._tell(
                QCoreApplication.translate(
                    "BreakoutActions", "Wrote %n breakout cop(ies) to {folder}:", None, count
                ).format(folder=folder)
                + "\n"
                + "\n".join(p.name for p in paths)
            )

    def merge_copies(self) -> None:
        ctx = self.window.ctx
        if ctx is None:
            return
        paths = self.ask.breakouts(self.widget, ctx.doc.path.parent)
        if not paths:
            return
        from workshop.storage.ops.breakout import merge_breakouts
        from workshop.ui.breakout_report import report_line

        change = ctx.runner.run(merge_breakouts, paths)
        if change is not None:
            lines = [report_line(r) for r in change.extra.get("reports", [])]
            self._tell(
                QCoreApplication.translate("BreakoutActions", "Merged (one Undo takes it back):")
                + "\n"
                + "\n".join(lines)
            )

    def next_meeting(self) -> None:
        doc = self.window.doc
        if doc is None:
            return
        from workshop.storage import series

        number = series.meeting(doc).number + 1
        suggested = doc.path.with_name(f"{doc.path.stem} - meeting {number}{SUFFIX}")
        path = self.ask.next_path(self.widget, suggested)
        if path is None:
            return
        if path.resolve() == doc.path.resolve():
            self._tell(
                QCoreApplication.translate(
                    "BreakoutActions", "That is this meeting's own file: choose another name."
                )
            )
            return
        if path.exists():
            self._tell(
                QCoreApplication.translate(
                    "BreakoutActions", "“{name}” already exists: choose another name."
                ).format(name=path.name)
            )
            return
        try:
            new = series.next_meeting(doc, path)
        except WorkshopError as exc:
            self._tell(error_text(exc))
            return
        self.window.set_document(new)  # the window's own way to switch to an open file
        self._tell(
            QCoreApplication.translate(
                "BreakoutActions",
                "Meeting {number} is open: it starts by reviewing what was promised. "
                "“{name}” is unchanged.",
            ).format(number=number, name=doc.path.name)
        )


def install_breakout_actions(
    window: QWidget, menu: QMenu, questions: BreakoutQuestions | None = None
) -> BreakoutActions:
    actions = BreakoutActions(window, questions)
    actions.install(menu)
    return actions
