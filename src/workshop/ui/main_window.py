"""The facilitator's window: start screen or an open workshop, menus, undo, file handling.

There is no Save: every action is already on disk. The window opens, creates,
copies (Save As) and closes documents, keeps one undo stack per document, and
routes the document's change reports to the page (and the projector).
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from workshop.domain.errors import WorkshopError
from workshop.domain.templates import load_templates
from workshop.storage import read
from workshop.storage.backups import BackupStore
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.errors import DocumentError
from workshop.storage.ops import agenda as agenda_ops
from workshop.ui.busy import busy
from workshop.ui.file_dialogs import FileQuestions
from workshop.ui.screens.base import ScreenContext
from workshop.ui.settings import AppSettings
from workshop.ui.start_page import StartPage
from workshop.ui.text_undo import ActionUndoKeys
from workshop.ui.undo import UndoRunner, restore_history
from workshop.ui.window_fit import clamp_to_screens, place_first
from workshop.ui.workshop_page import ACTIONS_TAB, DETAILS_TAB, PARTICIPANTS_TAB, WorkshopPage

#: The word data loads this long after a workshop opens: after its first paint, well before
#: a facilitator can reach a purpose or offers/asks screen.
WARM_UP_DELAY_MS = 300
#: Between two screens built ahead (and while the word data loads): the window stays live.
BUILD_AHEAD_POLL_MS = 60

if TYPE_CHECKING:
    from workshop.ui.export_actions import ExportQuestions


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: AppSettings,
        backups: BackupStore,
        templates_folder: Path,
        demo_path: Path,
        questions: FileQuestions | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.backups = backups
        self.templates_folder = templates_folder
        self.demo_path = demo_path
        self.ask = questions or FileQuestions()
        self.doc: Document | None = None
        self.ctx: ScreenContext | None = None
        self.page: WorkshopPage | None = None
        self._unsubscribe: Callable[[], None] | None = None
        #: Extra listeners of the open document's changes (the projector, the run panel).
        self.change_listeners: list[Callable[[Change], None]] = []
        self.document_listeners: list[Callable[[ScreenContext | None], None]] = []
        #: Told a file could not be opened, before the dialog (the terminal's stderr).
        self.open_failed: list[Callable[[str], None]] = []
        #: File › Share a copy… asks whether to keep who has voted in secret (tests answer).
        self.share_keep_voters: Callable[[QWidget | None], bool | None] = _ask_keep_voters
        #: What File › Export asks (None: the real dialogs); tests set their own answers.
        self.export_questions: ExportQuestions | None = None

        self._window_keys: dict[QAction, list[QKeySequence]] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)
        self.pages = QStackedWidget(self)
        self.start = StartPage(self)
        self.pages.addWidget(self.start)
        self.setCentralWidget(self.pages)
        self.status = QLabel(self, objectName="saveStatus")
        self.statusBar().addPermanentWidget(self.status)

        self.start.newRequested.connect(self.new_workshop)
        self.start.openRequested.connect(self.open_dialog)
        self.start.demoRequested.connect(self.open_demo)
        self.start.recentRequested.connect(self.open_path)
        self._build_menus()
        place_first(self)  # fits the screen's free area (a laptop is smaller than 1400 × 900)
        geometry = settings.geometry()
        if geometry is not None and self.restoreGeometry(geometry):
            clamp_to_screens(self)  # on a screen that exists, no larger than it
        self._show_start()
        from workshop.ui.projector.wiring import ProjectorWiring

        #: The audience window, the run panel and their menus; they follow this window.
        self.projector = ProjectorWiring(self)
        from workshop.ui.phones.wiring import PhonesWiring

        #: The phones' panel, server (only when switched on) and join card on the projector.
        self.phones = PhonesWiring(self)
        # File › Export fills itself the first time it opens (the exporters are big imports).
        self.export_menu.aboutToShow.connect(self._install_export_actions)
        self._refresh_actions()

    # ------------------------------------------------------------------ menus

    def _action(
        self, menu: QMenu, text: str, name: str, slot: Callable[[], object], keys: object = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(keys)  # type: ignore[arg-type]
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self._action(
            self.file_menu,
            "&New workshop…",
            "actionNew",
            self.new_workshop,
            QKeySequence.StandardKey.New,
        )
        self._action(
            self.file_menu, "&Open…", "actionOpen", self.open_dialog, QKeySequence.StandardKey.Open
        )
        self._action(self.file_menu, "Open the &demo", "actionDemo", self.open_demo)
        self.recent_menu = self.file_menu.addMenu("Open &recent")
        self.recent_menu.setObjectName("menuRecent")
        self.file_menu.addSeparator()
        self.save_as_action = self._action(
            self.file_menu,
            "Save &As…",
            "actionSaveAs",
            self.save_as,
            QKeySequence("Ctrl+Shift+S"),
        )
        self.share_action = self._action(
            self.file_menu, "S&hare a copy…", "actionShareCopy", self.share_copy
        )
        from workshop.ui.breakout_actions import install_breakout_actions

        #: File › Make breakout copies…, Merge breakout…, Next meeting…
        self.breakout_actions = install_breakout_actions(self, self.file_menu)
        self.export_menu = self.file_menu.addMenu("&Export")
        self.export_menu.setObjectName("menuExport")
        self.file_menu.addSeparator()
        self.close_action = self._action(
            self.file_menu,
            "&Close workshop",
            "actionClose",
            self.close_workshop,
            QKeySequence.StandardKey.Close,
        )
        self._action(self.file_menu, "&Quit", "actionQuit", self.close, QKeySequence("Ctrl+Q"))

        self.edit_menu = bar.addMenu("&Edit")
        self._undo_blocked = False
        self.undo_action = self._action(
            self.edit_menu, "&Undo", "actionUndo", self._undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(self.edit_menu, "&Redo", "actionRedo", self._redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # The undo keys undo the last action even in a text box with nothing pending.
        self._action_undo_keys = ActionUndoKeys(
            self, self.undo_stack, self.undo_action.shortcuts, self.redo_action.shortcuts
        )
        self.undo_stack.indexChanged.connect(self._refresh_undo)
        self.undo_stack.cleanChanged.connect(self._refresh_undo)
        self._refresh_undo()

        self.view_menu = bar.addMenu("&View")
        self.go_activity = self._action(
            self.view_menu,
            "&Activity",
            "actionShowActivity",
            self._focus_activity,
            QKeySequence("Ctrl+1"),
        )
        self._action(
            self.view_menu,
            "&Participants",
            "actionShowParticipants",
            lambda: self._show_tab(PARTICIPANTS_TAB),
            QKeySequence("Ctrl+2"),
        )
        self._action(
            self.view_menu,
            "&Details",
            "actionShowDetails",
            lambda: self._show_tab(DETAILS_TAB),
            QKeySequence("Ctrl+3"),
        )
        self._action(
            self.view_menu,
            "Ac&tions",
            "actionShowActions",
            lambda: self._show_tab(ACTIONS_TAB),
            QKeySequence("Ctrl+4"),
        )
        self.view_menu.addSeparator()

        self.activity_menu = bar.addMenu("A&ctivity")
        self._action(
            self.activity_menu,
            "&Add activity…",
            "actionAddActivity",
            lambda: self.page and self.page.agenda.add(),
            QKeySequence("Ctrl+Shift+A"),
        )
        self._action(
            self.activity_menu, "&Use a template agenda…", "actionUseTemplate", self.use_template
        )

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&About Workshop", "actionAbout", self.about)
        self._refresh_actions()

    def _install_export_actions(self) -> None:
        if self.export_menu.actions():
            return
        from workshop.ui.export_actions import install_export_actions

        install_export_actions(self.export_menu, self, lambda: self.doc, self.export_questions)

    def _undo(self) -> None:
        if not self._undo_blocked:
            self.undo_stack.undo()

    def _redo(self) -> None:
        if not self._undo_blocked:
            self.undo_stack.redo()

    def set_undo_blocked(self, blocked: bool) -> None:
        self._undo_blocked = blocked
        self._refresh_undo()

    def _refresh_undo(self, *_: object) -> None:
        stack = self.undo_stack
        can_undo = stack.canUndo() and not self._undo_blocked
        can_redo = stack.canRedo() and not self._undo_blocked
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(f"&Undo {stack.undoText()}" if can_undo else "&Undo")
        self.redo_action.setText(f"&Redo {stack.redoText()}" if can_redo else "&Redo")

    def _refresh_actions(self) -> None:
        has_doc = self.doc is not None
        if getattr(self, "breakout_actions", None) is not None:
            self.breakout_actions.refresh()
        for action in (self.save_as_action, self.share_action, self.close_action):
            action.setEnabled(has_doc)
        self.export_menu.setEnabled(has_doc)
        self.activity_menu.setEnabled(has_doc and not (self.doc and self.doc.read_only))
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    # ------------------------------------------------------------- documents

    def open_dialog(self) -> None:
        path = self.ask.open_path(self)
        if path is not None:
            self.open_path(path)

    def open_demo(self) -> bool:
        if not self.demo_path.exists():
            from workshop.demo import write_demo  # only needed the first time

            try:
                self.demo_path.parent.mkdir(parents=True, exist_ok=True)
                write_demo(self.demo_path)
            except (OSError, WorkshopError) as exc:
                self.ask.inform(self, f"The demo could not be written: {exc}")
                return False
        return self.open_path(self.demo_path)

    def open_path(self, path: Path) -> bool:
        """Open ``path``; on failure explain why (offering a backup when that helps)."""
        path = Path(path)
        if self.doc is not None and path.resolve() == self.doc.path.resolve():
            return True
        try:
            with busy(self.status, f"Opening {path.name}…"):
                doc = Document.open(path, backups=self.backups)
        except DocumentError as exc:
            for report in list(self.open_failed):
                report(str(exc))
            backups = self.backups.list_for(path) if exc.offer_backups else []
            choice = self.ask.choose_backup(self, str(exc), backups)
            if choice is not None:
                return self._open_backup_copy(path, choice.path, choice.label)
            if isinstance(exc, DocumentError) and not path.exists():
                self.settings.remove_recent(path)
                self._refresh_actions()
            return False
        with busy(self.status, f"Opening {path.name}…"):
            self._set_document(doc)
        if self.page is not None:
            self.page.focus_activity()  # reopened mid-activity: the keyboard is back in it
        return True

    def _open_backup_copy(self, original: Path, backup: Path, label: str) -> bool:
        stamp = label.replace(":", "").replace(" ", "-")
        name = f"{original.stem} (recovered {stamp}).workshop"
        for folder in (original.parent, self.demo_path.parent):
            target = folder / name
            try:
                shutil.copy2(backup, target)
            except OSError:
                continue
            return self.open_path(target)
        self.ask.inform(self, "The backup could not be copied to a folder you can write to.")
        return False

    def new_workshop(self) -> None:
        templates = load_templates(self.templates_folder)
        answer = self.ask.new_workshop(self, templates)
        if answer is None:
            return
        path = self.ask.save_path(self, "Create workshop file", f"{answer.title}.workshop")
        if path is None:
            return
        if self.doc is not None and path.resolve() == self.doc.path.resolve():
            self.ask.inform(
                self, "That file is the workshop that is open now; choose another name."
            )
            return
        def fill(doc: Document) -> None:
            if answer.template is not None and answer.template.activities:
                agenda_ops.apply_template(doc, answer.template, title=answer.title)
            else:
                from workshop.storage.ops.details import update_details

                update_details(doc, title=answer.title)
            doc.clear_history()  # creation is not an undoable step

        try:
            # Built under a temporary name: a failure leaves no half-made file at ``path``.
            doc = Document.create(path, overwrite=path.exists(), fill=fill)
        except WorkshopError as exc:
            self.ask.inform(self, str(exc))
            return
        self._set_document(doc)
        if self.page is not None:
            self.page.focus_activity()

    def use_template(self) -> None:
        if self.doc is None or self.page is None:
            return
        templates = [t for t in load_templates(self.templates_folder) if t.activities]
        answer = self.ask.new_workshop(self, templates)
        if answer is not None and answer.template is not None:
            self.page.ctx.runner.run(agenda_ops.apply_template, answer.template)

    def save_as(self) -> None:
        if self.doc is None:
            return
        path = self.ask.save_path(self, "Save a copy and continue in it", self.doc.path.name)
        if path is None:
            return
        try:
            copy = self.doc.save_as(path)
        except DocumentError as exc:
            self.ask.inform(self, str(exc))
            return
        self._set_document(copy, already_closed=True)

    def share_copy(self) -> None:
        """File › Share a copy…: an anonymised copy to give away; work goes on in this file."""
        if self.doc is not None:
            from workshop.ui.share import share_a_copy

            share_a_copy(self, self.doc, self.ask, self.share_keep_voters)

    def close_workshop(self) -> None:
        self._set_document(None)

    def _set_document(self, doc: Document | None, *, already_closed: bool = False) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        old = self.doc
        self._undo_blocked = False
        self.undo_stack.clear()
        if self.page is not None:
            self.pages.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        if old is not None and not already_closed and old is not doc:
            old.close()
        self.doc = doc
        self.ctx = None
        if doc is None:
            self._show_start()
        else:
            runner = UndoRunner(
                doc, self.undo_stack, self, lambda text: self.ask.inform(self, text)
            )
            self.ctx = ScreenContext(doc, runner)
            restore_history(doc, self.undo_stack, runner.report)
            self.page = WorkshopPage(self.ctx, self)
            self.page.undoBlocked.connect(self.set_undo_blocked)
            self.page.activityChanged.connect(lambda _id: self._let_screen_keys_win())
            self._let_screen_keys_win()
            self.pages.addWidget(self.page)
            self.pages.setCurrentWidget(self.page)
            self._unsubscribe = doc.subscribe(self._on_change)
            QTimer.singleShot(WARM_UP_DELAY_MS, self, lambda: self._warm_up_language_data(doc))
            self.settings.add_recent(doc.path)
            self._update_title()
            self.status.setText(_status_text(doc))
        self._refresh_actions()
        for listener in list(self.document_listeners):
            listener(self.ctx)

    def _warm_up_language_data(self, doc: Document) -> None:
        """Load the word data the purpose and offers/asks screens need, and the purpose
        activities' analyses, on a thread, so the first time one opens it does not spend
        ~130 ms decoding a dictionary and ~25 ms finding themes."""
        if self.doc is not doc:
            return  # closed or replaced meanwhile
        from workshop.domain.purpose_words import warm_up
        from workshop.storage.read_purpose import analysis_languages, pending_analyses

        thread = warm_up(analysis_languages(doc), pending_analyses(doc))
        self._build_ahead(doc, thread)

    def _build_ahead(self, doc: Document, thread: threading.Thread | None) -> None:
        """Once the word data is in, build the screens kept per workshop (purpose, offers
        and asks, pulse) one per idle turn, so opening one the first time only shows it."""
        if self.doc is not doc or self.page is None:
            return
        if thread is not None and thread.is_alive():
            QTimer.singleShot(BUILD_AHEAD_POLL_MS, self, lambda: self._build_ahead(doc, thread))
        elif self.page.build_ahead():
            QTimer.singleShot(BUILD_AHEAD_POLL_MS, self, lambda: self._build_ahead(doc, None))

    def _let_screen_keys_win(self) -> None:
        """A key the activity screen uses (Ctrl+N: new pulse statement, Ctrl+2: purpose themes)
        is the screen's while it is shown; the menu's same key would make both ambiguous."""
        if not self._window_keys:
            for menu in (self.file_menu, self.edit_menu, self.view_menu, self.activity_menu):
                for action in menu.actions():
                    if action.shortcuts():
                        self._window_keys[action] = list(action.shortcuts())
        screen = self.page.screen if self.page is not None else None
        taken: set[str] = set()
        if screen is not None:
            for action in [*screen.actions(), *screen.findChildren(QAction)]:
                taken.update(k.toString() for k in action.shortcuts())
            taken.update(s.key().toString() for s in screen.findChildren(QShortcut))
        for action, keys in self._window_keys.items():
            free = [k for k in keys if k.toString() not in taken]
            if [k.toString() for k in action.shortcuts()] != [k.toString() for k in free]:
                action.setShortcuts(free)

    def _inform(self, text: str) -> None:
        self.ask.inform(self, text)

    def _show_start(self) -> None:
        self.start.set_recent([p for p in self.settings.recent_files() if p.exists()])
        self.pages.setCurrentWidget(self.start)
        self.setWindowTitle("Workshop")
        self.status.setText("")

    def _update_title(self) -> None:
        if self.doc is None:
            return
        title = read.details(self.doc).title
        suffix = " [read-only]" if self.doc.read_only else ""
        self.setWindowTitle(f"{title}{suffix} — {self.doc.path.name} — Workshop")

    def _on_change(self, change: Change) -> None:
        if self.page is not None:
            self.page.on_change(change)
        if change.touches("workshop"):
            self._update_title()
        if self.doc is not None:
            self.status.setText(f"Saved: {change.label}")
        for listener in list(self.change_listeners):
            listener(change)

    def _show_tab(self, index: int) -> None:
        if self.page is not None:
            self.page.show_tab(index)

    def _focus_activity(self) -> None:
        if self.page is not None:
            self.page.focus_activity()

    def about(self) -> None:
        from workshop.ui.about import show_about

        show_about(self, self.backups.root)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        self._set_document(None)
        event.accept()

    def extra_widget(self) -> QWidget | None:
        return self.page


def _ask_keep_voters(parent: QWidget | None) -> bool | None:
    from workshop.ui.share import ask_keep_voters

    return ask_keep_voters(parent)


def _status_text(doc: Document) -> str:
    if doc.read_only:
        return "Read-only"
    major, minor = doc.format
    return f"All changes are saved as you go · format {major}.{minor}"
