"""The main window's menu bar: File, Edit (undo and redo), View, Activity and Help.

Split from :class:`~workshop.ui.main_window.MainWindow`: this module builds the
menus and keeps their actions' enabling in step with the open document, the undo
stack and the activity screen's own keys; the window keeps the documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from workshop.storage.document import Document
from workshop.ui.breakout_actions import install_breakout_actions
from workshop.ui.screens.base import ScreenContext
from workshop.ui.text_undo import ActionUndoKeys
from workshop.ui.workshop_page import ACTIONS_TAB, DETAILS_TAB, PARTICIPANTS_TAB, WorkshopPage

if TYPE_CHECKING:
    from workshop.ui.export_actions import ExportQuestions


class MenuHost(Protocol):
    """What the menus call on the main window (named here, so this module does not import
    the window that uses it)."""

    @property
    def doc(self) -> Document | None: ...

    @property
    def ctx(self) -> ScreenContext | None: ...

    @property
    def ask(self) -> object: ...

    @property
    def page(self) -> WorkshopPage | None: ...

    @property
    def undo_stack(self) -> QUndoStack: ...

    @property
    def export_questions(self) -> ExportQuestions | None: ...

    def set_document(self, doc: Document) -> None: ...

    def new_workshop(self) -> None: ...

    def open_dialog(self) -> None: ...

    def open_demo(self) -> bool: ...

    def save_as(self) -> None: ...

    def share_copy(self) -> None: ...

    def close_workshop(self) -> None: ...

    def use_template(self) -> None: ...

    def about(self) -> None: ...

    def preferences(self) -> None: ...

    def focus_activity(self) -> None: ...

    def show_tab(self, index: int) -> None: ...


class WindowMenus(QObject):
    """The menus of ``window``; their actions call the window's own methods."""

    def __init__(self, host: MenuHost, window: QMainWindow) -> None:
        super().__init__(window)
        self.host = host
        self.window = window
        self.undo_blocked = False
        self._window_keys: dict[QAction, list[QKeySequence]] = {}
        bar = window.menuBar()
        self.file_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&File"))
        self._build_file_menu(host)
        self.edit_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Edit"))
        self._build_edit_menu(host)
        self.view_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&View"))
        self._build_view_menu(host)
        self.activity_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "A&ctivity"))
        self._action(
            self.activity_menu,
            QCoreApplication.translate("WindowMenus", "&Add activity…"),
            "actionAddActivity",
            self._add_activity,
            QKeySequence("Ctrl+Shift+A"),
        )
        self._action(
            self.activity_menu,
            QCoreApplication.translate("WindowMenus", "&Use a template agenda…"),
            "actionUseTemplate",
            host.use_template,
        )
        help_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Help"))
        self._action(
            help_menu,
            QCoreApplication.translate("WindowMenus", "&About Workshop"),
            "actionAbout",
            host.about,
        )
        # File › Export fills itself the first time it opens (the exporters are big imports).
        self.export_menu.aboutToShow.connect(self._install_export_actions)

    def _add_activity(self) -> None:
        if self.host.page is not None:
            self.host.page.agenda.add()

    def _action(
        self,
        menu: QMenu,
        text: str,
        name: str,
        slot: Callable[..., object],
        keys: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_file_menu(self, window: MenuHost) -> None:
        menu = self.file_menu
        self._action(
            menu,
            QCoreApplication.translate("WindowMenus", "&New workshop…"),
            "actionNew",
            window.new_workshop,
            QKeySequence.StandardKey.New,
        )
        self._action(
            menu,
            QCoreApplication.translate("WindowMenus", "&Open…"),
            "actionOpen",
            window.open_dialog,
            QKeySequence.StandardKey.Open,
        )
        self._action(
            menu,
            QCoreApplication.translate("WindowMenus", "Open the &demo"),
            "actionDemo",
            window.open_demo,
        )
        self.recent_menu = menu.addMenu(QCoreApplication.translate("WindowMenus", "Open &recent"))
        self.recent_menu.setObjectName("menuRecent")
        menu.addSeparator()
        self.save_as_action = self._action(
            menu,
            QCoreApplication.translate("WindowMenus", "Save &As…"),
            "actionSaveAs",
            window.save_as,
            QKeySequence("Ctrl+Shift+S"),
        )
        self.share_action = self._action(
            menu,
            QCoreApplication.translate("WindowMenus", "S&hare a copy…"),
            "actionShareCopy",
            window.share_copy,
        )
        #: File › Make breakout copies…, Merge breakout…, Next meeting…
        self.breakout_actions = install_breakout_actions(self.window, menu)
        self.export_menu = menu.addMenu(QCoreApplication.translate("WindowMenus", "&Export"))
        self.export_menu.setObjectName("menuExport")
        menu.addSeparator()
        self.close_action = self._action(
            menu,
            QCoreApplication.translate("WindowMenus", "&Close workshop"),
            "actionClose",
            window.close_workshop,
            QKeySequence.StandardKey.Close,
        )
        self._action(
            menu,
            QCoreApplication.translate("WindowMenus", "&Quit"),
            "actionQuit",
            self.window.close,
            QKeySequence("Ctrl+Q"),
        )

    def _build_edit_menu(self, host: MenuHost) -> None:
        stack = host.undo_stack
        self.undo_action = self._action(
            self.edit_menu,
            QCoreApplication.translate("WindowMenus", "&Undo"),
            "actionUndo",
            self._undo,
            QKeySequence.StandardKey.Undo,
        )
        self.redo_action = self._action(
            self.edit_menu,
            QCoreApplication.translate("WindowMenus", "&Redo"),
            "actionRedo",
            self._redo,
        )
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addSeparator()
        self._action(
            self.edit_menu,
            QCoreApplication.translate("WindowMenus", "Pr&eferences…"),
            "actionPreferences",
            host.preferences,
            QKeySequence("Ctrl+,"),
        )
        # The undo keys undo the last action even in a text box with nothing pending.
        self._action_undo_keys = ActionUndoKeys(
            self.window, stack, self.undo_action.shortcuts, self.redo_action.shortcuts
        )
        stack.indexChanged.connect(self.refresh_undo)
        stack.cleanChanged.connect(self.refresh_undo)
        self.refresh_undo()

    def _build_view_menu(self, window: MenuHost) -> None:
        self.go_activity = self._action(
            self.view_menu,
            QCoreApplication.translate("WindowMenus", "&Activity"),
            "actionShowActivity",
            window.focus_activity,
            QKeySequence("Ctrl+1"),
        )
        for text, name, tab, keys in (
            (
                QCoreApplication.translate("WindowMenus", "&Participants"),
                "actionShowParticipants",
                PARTICIPANTS_TAB,
                "Ctrl+2",
            ),
            (
                QCoreApplication.translate("WindowMenus", "&Details"),
                "actionShowDetails",
                DETAILS_TAB,
                "Ctrl+3",
            ),
            (
                QCoreApplication.translate("WindowMenus", "Ac&tions"),
                "actionShowActions",
                ACTIONS_TAB,
                "Ctrl+4",
            ),
        ):
            self._action(
                self.view_menu, text, name, lambda t=tab: window.show_tab(t), QKeySequence(keys)
            )
        self.view_menu.addSeparator()

    def _install_export_actions(self) -> None:
        if self.export_menu.actions():
            return
        from workshop.ui.export_actions import install_export_actions

        host = self.host
        install_export_actions(self.export_menu, self.window, lambda: host.doc,
                               host.export_questions)

    # ------------------------------------------------------------------ undo

    def _undo(self) -> None:
        if not self.undo_blocked:
            self.host.undo_stack.undo()

    def _redo(self) -> None:
        if not self.undo_blocked:
            self.host.undo_stack.redo()

    def set_undo_blocked(self, blocked: bool) -> None:
        self.undo_blocked = blocked
        self.refresh_undo()

    def refresh_undo(self, *_: object) -> None:
        stack = self.host.undo_stack
        can_undo = stack.canUndo() and not self.undo_blocked
        can_redo = stack.canRedo() and not self.undo_blocked
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(
            QCoreApplication.translate("WindowMenus", "&Undo {action}").format(
                action=stack.undoText()
            )
            if can_undo
            else QCoreApplication.translate("WindowMenus", "&Undo")
        )
        self.redo_action.setText(
            QCoreApplication.translate("WindowMenus", "&Redo {action}").format(
                action=stack.redoText()
            )
            if can_redo
            else QCoreApplication.translate("WindowMenus", "&Redo")
        )

    # ------------------------------------------------------------- enabling

    def refresh(self, recent: list[Path], open_recent: Callable[[Path], object]) -> None:
        """Enable what needs an open (writable) workshop; list the recent files."""
        doc = self.host.doc
        has_doc = doc is not None
        self.breakout_actions.refresh()
        for action in (self.save_as_action, self.share_action, self.close_action):
            action.setEnabled(has_doc)
        self.export_menu.setEnabled(has_doc)
        self.activity_menu.setEnabled(has_doc and not (doc and doc.read_only))
        self.recent_menu.clear()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: open_recent(p))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def let_screen_keys_win(self, screen: QWidget | None) -> None:
        """A key the activity screen uses (Ctrl+N: new pulse statement, Ctrl+2: purpose themes)
        is the screen's while it is shown; the menu's same key would make both ambiguous."""
        if not self._window_keys:
            for menu in (self.file_menu, self.edit_menu, self.view_menu, self.activity_menu):
                for action in menu.actions():
                    if action.shortcuts():
                        self._window_keys[action] = list(action.shortcuts())
        taken: set[str] = set()
        if screen is not None:
            for action in [*screen.actions(), *screen.findChildren(QAction)]:
                taken.update(k.toString() for k in action.shortcuts())
            taken.update(s.key().toString() for s in screen.findChildren(QShortcut))
        for action, keys in self._window_keys.items():
            free = [k for k in keys if k.toString() not in taken]
            if [k.toString() for k in action.shortcuts()] != [k.toString() for k in free]:
                action.setShortcuts(free)
