"""The main window's file handling: open (with a backup when that helps), new, Save As, share.

Split from :class:`~workshop.ui.main_window.MainWindow`: this module finds or makes
the file and hands the opened :class:`Document` to the window
(``window.set_document``); the window keeps one document, its undo stack and page.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QWidget

from workshop.domain.errors import WorkshopError
from workshop.storage.backups import BackupStore
from workshop.storage.document import Document
from workshop.storage.errors import DocumentError
from workshop.storage.ops import agenda as agenda_ops
from workshop.ui.busy import busy
from workshop.ui.settings import AppSettings
from workshop.ui.words import error_text
from workshop.ui.workshop_page import WorkshopPage

if TYPE_CHECKING:
    from workshop.ui.file_dialogs import FileQuestions


class FilesHost(Protocol):
    """What file handling needs of the main window (named here, so this module does not
    import the window that uses it)."""

    @property
    def settings(self) -> AppSettings: ...

    @property
    def backups(self) -> BackupStore: ...

    @property
    def templates_folder(self) -> Path: ...

    @property
    def demo_path(self) -> Path: ...

    @property
    def ask(self) -> FileQuestions: ...

    @property
    def doc(self) -> Document | None: ...

    @property
    def page(self) -> WorkshopPage | None: ...

    @property
    def status(self) -> QLabel: ...

    @property
    def open_failed(self) -> list[Callable[[str], None]]: ...

    @property
    def share_keep_voters(self) -> Callable[[QWidget | None], bool | None]: ...

    def set_document(self, doc: Document | None, *, already_closed: bool = False) -> None: ...

    def refresh_actions(self) -> None: ...


class DocumentFiles(QObject):
    """What File › New, Open, Open the demo, Open recent, Save As and Share a copy do."""

    def __init__(self, window: FilesHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        #: The window as a widget: the dialogs' parent.
        self.parent_widget = parent

    def open_dialog(self) -> None:
        window = self.window
        path = window.ask.open_path(self.parent_widget)
        if path is not None:
            self.open_path(path)

    def open_demo(self) -> bool:
        window = self.window
        if not window.demo_path.exists():
            from workshop.demo import write_demo  # only needed the first time

            try:
                window.demo_path.parent.mkdir(parents=True, exist_ok=True)
                write_demo(window.demo_path)
            except (OSError, WorkshopError) as exc:
                message = QCoreApplication.translate(
                    "DocumentFiles", "The demo could not be written: {error}"
                ).format(error=error_text(exc))
                for report in list(window.open_failed):
                    report(message)
                window.ask.inform(self.parent_widget, message)
                return False
        return self.open_path(window.demo_path)

    def open_path(self, path: Path) -> bool:
        """Open ``path``; on failure explain why (offering a backup when that helps)."""
        window = self.window
        path = Path(path)
        if window.doc is not None and path.resolve() == window.doc.path.resolve():
            return True
        try:
            with busy(
                window.status,
                QCoreApplication.translate("DocumentFiles", "Opening {name}…").format(
                    name=path.name
                ),
            ):
                # The copy is taken once the window has shown the workshop, and in any
                # case before its first write (MainWindow.set_document).
                doc = Document.open(path, backups=window.backups, backup_later=True)
        except DocumentError as exc:
            for report in list(window.open_failed):
                report(error_text(exc))
            backups = window.backups.list_for(path) if exc.offer_backups else []
            choice = window.ask.choose_backup(self.parent_widget, error_text(exc), backups)
            if choice is not None:
                return self._open_backup_copy(path, choice.path, choice.label)
            if isinstance(exc, DocumentError) and not path.exists():
                window.settings.remove_recent(path)
                window.refresh_actions()
            return False
        with busy(
            window.status,
            QCoreApplication.translate("DocumentFiles", "Opening {name}…").format(name=path.name),
        ):
            window.set_document(doc)
        if window.page is not None:
            window.page.focus_activity()  # reopened mid-activity: the keyboard is back in it
        return True

    def _open_backup_copy(self, original: Path, backup: Path, label: str) -> bool:
        stamp = label.replace(":", "").replace(" ", "-")
        name = f"{original.stem} (recovered {stamp}).workshop"
        for folder in (original.parent, self.window.demo_path.parent):
            target = folder / name
            try:
                shutil.copy2(backup, target)
            except OSError:
                continue
            return self.open_path(target)
        self.window.ask.inform(
            self.parent_widget,
            QCoreApplication.translate(
                "DocumentFiles", "The backup could not be copied to a folder you can write to."
            ),
        )
        return False

    def new_workshop(self) -> None:
        window = self.window
        from workshop.domain.templates import load_templates  # read when asked

        templates = load_templates(window.templates_folder)
        answer = window.ask.new_workshop(self.parent_widget, templates)
        if answer is None:
            return
        path = window.ask.save_path(
            self.parent_widget,
            QCoreApplication.translate("DocumentFiles", "Create workshop file"),
            f"{answer.title}.workshop",
        )
        if path is None:
            return
        if window.doc is not None and path.resolve() == window.doc.path.resolve():
            window.ask.inform(
                self.parent_widget,
                QCoreApplication.translate(
                    "DocumentFiles",
                    "That file is the workshop that is open now; choose another name.",
                ),
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
            window.ask.inform(self.parent_widget, error_text(exc))
            return
        window.set_document(doc)
        if window.page is not None:
            window.page.focus_activity()

    def use_template(self) -> None:
        window = self.window
        if window.doc is None or window.page is None:
            return
        from workshop.domain.templates import load_templates

        templates = [t for t in load_templates(window.templates_folder) if t.activities]
        answer = window.ask.new_workshop(self.parent_widget, templates)
        if answer is not None and answer.template is not None:
            window.page.ctx.runner.run(agenda_ops.apply_template, answer.template)

    def save_as(self) -> None:
        window = self.window
        if window.doc is None:
            return
        path = window.ask.save_path(
            self.parent_widget,
            QCoreApplication.translate("DocumentFiles", "Save a copy and continue in it"),
            window.doc.path.name,
        )
        if path is None:
            return
        try:
            copy = window.doc.save_as(path)
        except DocumentError as exc:
            window.ask.inform(self.parent_widget, error_text(exc))
            return
        window.set_document(copy, already_closed=True)

    def share_copy(self) -> None:
        """File › Share a copy…: an anonymised copy to give away; work goes on in this file."""
        window = self.window
        if window.doc is not None:
            from workshop.ui.share import share_a_copy

            share_a_copy(self.parent_widget, window.doc, window.ask, window.share_keep_voters)
