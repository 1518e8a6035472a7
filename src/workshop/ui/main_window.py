"""The facilitator's window: start screen or an open workshop, menus, undo, file handling.

There is no Save: every action is already on disk. The window opens, creates,
copies (Save As) and closes documents, keeps one undo stack per document, and
routes the document's change reports to the page (and the projector). Its menus
are :mod:`workshop.ui.window_menus`; finding, making and copying files is
:mod:`workshop.ui.document_files`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from workshop.storage import read
from workshop.storage.backups import BackupStore
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.ui.document_files import DocumentFiles
from workshop.ui.first_paint import AfterFirstPaint
from workshop.ui.screens.base import ScreenContext
from workshop.ui.settings import AppSettings
from workshop.ui.undo import UndoRunner, restore_history
from workshop.ui.window_fit import clamp_to_screens, place_first
from workshop.ui.window_menus import WindowMenus
from workshop.ui.words import undo_text
from workshop.ui.workshop_page import WorkshopPage

#: The word data loads this long after a workshop opens (counted from the window's first
#: paint), well before a facilitator can reach a purpose or offers/asks screen.
WARM_UP_DELAY_MS = 300
#: Between two screens built ahead (and while the word data loads): the window stays live.
BUILD_AHEAD_POLL_MS = 60
#: The opened file's backup is taken this long after it opens (counted from the window's
#: first paint); a write before then takes it first (``Document.open(backup_later=True)``).
BACKUP_DELAY_MS = 200

if TYPE_CHECKING:
    from workshop.ui.export_actions import ExportQuestions
    from workshop.ui.file_dialogs import FileQuestions
    from workshop.ui.start_page import StartPage


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: AppSettings,
        backups: BackupStore,
        templates_folder: Path,
        demo_path: Path,
        questions: FileQuestions | None = None,
        ui_language: str = "en",
        *,
        opening: bool = False,
    ) -> None:
        """``opening``: a workshop is opened at once (the start page is made only if that
        fails: a window that opens one never shows it)."""
        super().__init__()
        #: The language the UI was started in (Preferences says when a change needs a restart).
        self.ui_language = ui_language
        self.setObjectName("mainWindow")
        self.settings = settings
        self.backups = backups
        self.templates_folder = templates_folder
        self.demo_path = demo_path
        self._ask = questions
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

        #: Work timed from the window's first paint (a file's backup and word data, see
        #: ``_after_first_paint``); None once it has been painted.
        self._before_paint: list[Callable[[], None]] | None = []
        AfterFirstPaint(self, self._painted)

        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)
        self.pages = QStackedWidget(self)
        self._start: StartPage | None = None
        self.setCentralWidget(self.pages)
        self.status = QLabel(self, objectName="saveStatus")
        self.statusBar().addPermanentWidget(self.status)

        self.files = DocumentFiles(self, self)
        self.menus = WindowMenus(self, self)
        menus = self.menus
        self.file_menu, self.edit_menu = menus.file_menu, menus.edit_menu
        self.view_menu, self.activity_menu = menus.view_menu, menus.activity_menu
        self.export_menu, self.recent_menu = menus.export_menu, menus.recent_menu
        self.undo_action, self.redo_action = menus.undo_action, menus.redo_action
        self.breakout_actions = menus.breakout_actions
        self.refresh_actions()
        place_first(self)  # fits the screen's free area (a laptop is smaller than 1400 × 900)
        geometry = settings.geometry()
        if geometry is not None and self.restoreGeometry(geometry):
            clamp_to_screens(self)  # on a screen that exists, no larger than it
        # A failed open leaves the start page behind its message (and, for a start that
        # was opening a workshop, makes it).
        self.open_failed.append(self._start_if_nothing_open)
        if not opening:
            self._show_start()
        from workshop.ui.projector.wiring import ProjectorWiring

        #: The audience window, the run panel and their menus; they follow this window.
        self.projector = ProjectorWiring(self)
        from workshop.ui.phones.wiring import PhonesWiring

        #: The phones' panel, server (only when switched on) and join card on the projector.
        self.phones = PhonesWiring(self)
        self.refresh_actions()

    @property
    def ask(self) -> FileQuestions:
        """The file questions (the real dialogs unless a test gave its answers), made when
        first asked: the dialogs' module is no part of the first picture."""
        if self._ask is None:
            from workshop.ui.file_dialogs import FileQuestions

            self._ask = FileQuestions()
        return self._ask

    @property
    def start(self) -> StartPage:
        """The start page (new, open, recent, the demo), made the first time it is shown:
        its widgets and their styling are no part of a start that opens a workshop."""
        if self._start is None:
            from workshop.ui.start_page import StartPage

            self._start = StartPage(self.pages)  # made in the stack (a move restyles)
            self.pages.addWidget(self._start)
            self._start.newRequested.connect(self.new_workshop)
            self._start.openRequested.connect(self.open_dialog)
            self._start.demoRequested.connect(self.open_demo)
            self._start.recentRequested.connect(self.open_path)
        return self._start

    # ------------------------------------------------------------- documents

    def open_dialog(self) -> None:
        self.files.open_dialog()

    def open_demo(self) -> bool:
        return self.files.open_demo()

    def open_path(self, path: Path) -> bool:
        """Open ``path``; on failure explain why (offering a backup when that helps)."""
        return self.files.open_path(path)

    def new_workshop(self) -> None:
        self.files.new_workshop()

    def use_template(self) -> None:
        self.files.use_template()

    def save_as(self) -> None:
        self.files.save_as()

    def share_copy(self) -> None:
        """File › Share a copy…: an anonymised copy to give away; work goes on in this file."""
        self.files.share_copy()

    def set_undo_blocked(self, blocked: bool) -> None:
        self.menus.set_undo_blocked(blocked)

    def refresh_actions(self) -> None:
        self.menus.refresh(self.settings.recent_files(), self.open_path)

    def close_workshop(self) -> None:
        self.set_document(None)

    def set_document(self, doc: Document | None, *, already_closed: bool = False) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        old = self.doc
        self.menus.undo_blocked = False
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
            self.page = WorkshopPage(self.ctx, self.pages)
            self.page.undoBlocked.connect(self.set_undo_blocked)
            self.page.activityChanged.connect(lambda _id: self._let_screen_keys_win())
            self._let_screen_keys_win()
            self.pages.addWidget(self.page)
            self.pages.setCurrentWidget(self.page)
            self._unsubscribe = doc.subscribe(self._on_change)
            self._after_first_paint(lambda: self._start_background_work(doc))
            self.settings.add_recent(doc.path)
            self._update_title()
            self.status.setText(_status_text(doc))
        self.refresh_actions()
        for listener in list(self.document_listeners):
            listener(self.ctx)

    def _painted(self) -> None:
        waiting, self._before_paint = self._before_paint or [], None
        for work in waiting:
            work()

    def _after_first_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` now if the window has been painted, else once it is: on a slow
        machine the timers below could otherwise fire before the first picture, and the
        backup of a big file delayed it."""
        if self._before_paint is None:
            work()
        else:
            self._before_paint.append(work)

    def _start_background_work(self, doc: Document) -> None:
        QTimer.singleShot(BACKUP_DELAY_MS, self, lambda: self._take_backup(doc))
        QTimer.singleShot(WARM_UP_DELAY_MS, self, lambda: self._warm_up_language_data(doc))

    def _take_backup(self, doc: Document) -> None:
        if self.doc is doc:  # else closed meanwhile, which took it
            doc.take_backup()

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
        self.menus.let_screen_keys_win(self.page.screen if self.page is not None else None)

    def _inform(self, text: str) -> None:
        self.ask.inform(self, text)

    def _start_if_nothing_open(self, _message: str) -> None:
        if self.doc is None:
            self._show_start()

    def _show_start(self) -> None:
        self.start.set_recent([p for p in self.settings.recent_files() if p.exists()])
        self.pages.setCurrentWidget(self.start)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Workshop"))
        self.status.setText("")

    def _update_title(self) -> None:
        if self.doc is None:
            return
        title = read.details(self.doc).title
        suffix = (
            " " + QCoreApplication.translate("MainWindow", "[read-only]")
            if self.doc.read_only
            else ""
        )
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{title} — {file} — Workshop").format(
                title=title + suffix, file=self.doc.path.name
            )
        )

    def _on_change(self, change: Change) -> None:
        if self.page is not None:
            self.page.on_change(change)
        if change.touches("workshop"):
            self._update_title()
        if self.doc is not None:
            self.status.setText(
                QCoreApplication.translate("MainWindow", "Saved: {change}").format(
                    change=undo_text(change.label)
                )
            )
        for listener in list(self.change_listeners):
            listener(change)

    def show_tab(self, index: int) -> None:
        if self.page is not None:
            self.page.show_tab(index)

    def focus_activity(self) -> None:
        if self.page is not None:
            self.page.focus_activity()

    def preferences(self) -> None:
        from workshop.ui.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self.ui_language, self).exec()

    def about(self) -> None:
        from workshop.ui.about import show_about

        show_about(self, self.backups.root)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        self.set_document(None)
        event.accept()

    def extra_widget(self) -> QWidget | None:
        return self.page


def _ask_keep_voters(parent: QWidget | None) -> bool | None:
    from workshop.ui.share import ask_keep_voters

    return ask_keep_voters(parent)


def _status_text(doc: Document) -> str:
    if doc.read_only:
        return QCoreApplication.translate("MainWindow", "Read-only")
    major, minor = doc.format
    return QCoreApplication.translate(
        "MainWindow", "All changes are saved as you go · format {version}"
    ).format(version=f"{major}.{minor}")
