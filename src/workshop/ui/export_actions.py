"""File › Export: the handout (PDF), the data as CSV, the whole workshop as JSON.

The exports themselves live in :mod:`workshop.export` (no Qt); this module only
asks where to write, asks before replacing files, shows progress while a long
handout is laid out, and offers to open the PDF. The questions are replaceable
functions (:class:`ExportQuestions`) so tests can answer them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from workshop.domain.errors import WorkshopError
from workshop.export import ExportCancelled
from workshop.storage import read
from workshop.storage.document import Document
from workshop.ui.busy import busy
from workshop.ui.dialogs import Answer, confirm
from workshop.ui.tr import QT_TRANSLATE_NOOP
from workshop.ui.words import error_text

if TYPE_CHECKING:
    # The exporters load reportlab and every reader (~0.2 s): imported when first used,
    # so the app's start-up does not pay for them.
    from workshop.export.pdf import HandoutOptions

#: File-type filters, translated in the dialog (lupdate finds them here).
PDF_FILTER = QT_TRANSLATE_NOOP("ExportQuestions", "PDF files (*.pdf)")
JSON_FILTER = QT_TRANSLATE_NOOP("ExportQuestions", "JSON files (*.json)")

#: The handout choices offered, in order: label → (short, page size).
#: The handout's two lengths (translated where shown; lupdate finds them here).
HANDOUT_KINDS = {
    QT_TRANSLATE_NOOP("ExportQuestions", "Full record (every note, participants)"): False,
    QT_TRANSLATE_NOOP("ExportQuestions", "Short handout (cover, agenda, results)"): True,
}
PAGE_SIZES = {"A4": "a4", QT_TRANSLATE_NOOP("ExportQuestions", "US Letter"): "letter"}


def _save_path(parent: QWidget, title: str, suggested: Path, filter_: str) -> Path | None:
    # Replacing is asked by us (the same question for CSV folders), not by the dialog.
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        QCoreApplication.translate("ExportQuestions", filter_),
        "",
        QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    suffix = ".pdf" if filter_ == PDF_FILTER else ".json"
    return path if path.suffix else path.with_suffix(suffix)


def _folder(parent: QWidget, title: str, suggested: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(suggested))
    return Path(name) if name else None


def _handout_label(kind: str, size: str) -> str:
    translate = QCoreApplication.translate
    return f"{translate('ExportQuestions', kind)} — {translate('ExportQuestions', size)}"


def _handout_options(parent: QWidget) -> HandoutOptions | None:
    letter = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    sizes = list(PAGE_SIZES)
    if letter:
        sizes.reverse()
    choices = {
        _handout_label(kind, size): (kind, size) for kind in HANDOUT_KINDS for size in sizes
    }
    labels = list(choices)
    choice, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("ExportQuestions", "Export handout"),
        QCoreApplication.translate("ExportQuestions", "Which handout?"),
        labels,
        0,
        False,
    )
    if not ok or choice not in labels:
        return None
    kind, size = choices[choice]
    from workshop.export.pdf import HandoutOptions

    return HandoutOptions(page_size=PAGE_SIZES[size], short=HANDOUT_KINDS[kind])


def _confirm_replace(parent: QWidget, paths: list[Path]) -> bool:
    if len(paths) == 1:
        text = QCoreApplication.translate(
            "ExportQuestions", "“{name}” already exists in {folder}. Replace it?"
        ).format(name=paths[0].name, folder=paths[0].parent)
    else:
        names = ", ".join(p.name for p in paths)
        count = len(paths)
        text = QCoreApplication.translate(
            "ExportQuestions", "%n files already exist in {folder} ({names}). Replace them?",
            None,
            count,
        ).format(folder=paths[0].parent, names=names)
    # Enter keeps the files: replacing them cannot be undone.
    return confirm(
        parent, QCoreApplication.translate("ExportQuestions", "Replace?"), text, default=False
    )


def _offer_open(parent: QWidget, path: Path) -> bool:
    return confirm(
        parent,
        QCoreApplication.translate("ExportQuestions", "Handout ready"),
        QCoreApplication.translate(
            "ExportQuestions", "The handout was saved as “{name}”. Open it now?"
        ).format(name=path.name),
        Answer.Open,
        refuse_label=Answer.Close,
    )


def _inform(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("ExportQuestions", "Workshop"), text)


def _done(parent: QWidget, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("ExportQuestions", "Workshop"), text)


def _open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass
class ExportQuestions:
    """What the export actions ask and show; tests replace these with their own answers."""

    save_path: Callable[[QWidget, str, Path, str], Path | None] = _save_path
    folder: Callable[[QWidget, str, Path], Path | None] = _folder
    handout_options: Callable[[QWidget], HandoutOptions | None] = _handout_options
    confirm_replace: Callable[[QWidget, list[Path]], bool] = _confirm_replace
    offer_open: Callable[[QWidget, Path], bool] = _offer_open
    inform: Callable[[QWidget, str], None] = _inform
    done: Callable[[QWidget, str], None] = _done
    open_file: Callable[[Path], None] = _open_file
    #: Show the progress dialog only when building takes longer than this.
    progress_delay_ms: int = 400
    #: Set by the actions for tests: the last progress dialog shown.
    last_progress: list[QProgressDialog] = field(default_factory=list)


def install_export_actions(
    menu: QMenu,
    parent: QWidget,
    get_doc: Callable[[], Document | None],
    questions: ExportQuestions | None = None,
) -> None:
    """Add "Export handout…", "… per organisation…", "Export data as CSV…" and "Export as
    JSON…" to ``menu``.

    The actions are enabled while ``get_doc()`` returns an open document.
    """
    exporter = _Exporter(menu, parent, get_doc, questions or ExportQuestions())
    entries = [
        (
            QCoreApplication.translate("ExportQuestions", "Export &handout (PDF)…"),
            "actionExportHandout",
            exporter.handout,
        ),
        (
            QCoreApplication.translate(
                "ExportQuestions", "Export a handout per &organisation (PDF)…"
            ),
            "actionExportPerOrganisation",
            exporter.per_organisation,
        ),
        (
            QCoreApplication.translate("ExportQuestions", "Export data as &CSV…"),
            "actionExportCsv",
            exporter.csv,
        ),
        (
            QCoreApplication.translate("ExportQuestions", "Export as &JSON…"),
            "actionExportJson",
            exporter.json,
        ),
    ]
    actions = []
    for text, name, slot in entries:
        action = QAction(text, menu)
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        actions.append(action)

    def refresh() -> None:
        for action in actions:
            action.setEnabled(get_doc() is not None)

    menu.aboutToShow.connect(refresh)
    refresh()


class _Exporter(QObject):
    """The slots of the export actions; a child of the menu, so it lives as long as the menu."""

    def __init__(
        self,
        menu: QMenu,
        parent: QWidget,
        get_doc: Callable[[], Document | None],
        ask: ExportQuestions,
    ) -> None:
        super().__init__(menu)
        self.window = parent
        self.get_doc = get_doc
        self.ask = ask

    # ------------------------------------------------------------------- handout

    def handout(self) -> None:
        doc = self._doc()
        if doc is None:
            return
        options = self.ask.handout_options(self.window)
        if options is None:
            return
        suffix = "handout" if options.short else "record"
        path = self.ask.save_path(
            self.window,
            QCoreApplication.translate("_Exporter", "Export handout"),
            self._suggest(doc, f" {suffix}.pdf"),
            PDF_FILTER,
        )
        if path is None or not self._may_replace([path]):
            return
        progress = QProgressDialog(
            QCoreApplication.translate("_Exporter", "Laying out the handout…"),
            QCoreApplication.translate("_Exporter", "Cancel"),
            0,
            100,
            self.window,
        )
        progress.setWindowTitle(QCoreApplication.translate("_Exporter", "Export handout"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(self.ask.progress_delay_ms)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.ask.last_progress[:] = [progress]

        def report(done: int, total: int) -> None:
            if progress.maximum() != total:
                progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))  # modal: this also keeps the window painted
            if progress.wasCanceled():
                raise ExportCancelled

        from workshop.export.pdf import export_handout

        try:
            export_handout(doc, path, options, force=True, progress=report)
        except ExportCancelled:
            return
        except WorkshopError as exc:
            self.ask.inform(self.window, error_text(exc))
            return
        finally:
            progress.close()
            progress.deleteLater()
        if self.ask.offer_open(self.window, path):
            self.ask.open_file(path)

    def per_organisation(self) -> None:
        """One PDF per organisation, beside a name the facilitator picks ("… - Library.pdf")."""
        doc = self._doc()
        if doc is None:
            return
        from workshop.export.pdf import HandoutOptions
        from workshop.export.pdf import per_organisation as per_org

        names = per_org.organisations(doc)
        if not names:
            self.ask.inform(
                self.window,
                QCoreApplication.translate(
                    "_Exporter", "No participant has an organisation: there is nothing to split by."
                ),
            )
            return
        path = self.ask.save_path(
            self.window,
            QCoreApplication.translate(
                "_Exporter", "Export a handout per organisation (one file each, beside this name)"
            ),
            self._suggest(doc, ".pdf"),
            PDF_FILTER,
        )
        if path is None or not self._may_replace([per_org.file_for(path, n) for n in names]):
            return
        try:
            written = per_org.export_per_organisation(doc, path, HandoutOptions(), force=True)
        except WorkshopError as exc:
            self.ask.inform(self.window, error_text(exc))
            return
        count = len(written)
        self.ask.done(
            self.window,
            QCoreApplication.translate(
                "_Exporter", "Wrote %n organisation handout(s) to {folder}: {names}", None, count
            ).format(folder=path.parent, names=", ".join(p.name for p in written)),
        )

    # ----------------------------------------------------------------------- csv

    def csv(self) -> None:
        doc = self._doc()
        if doc is None:
            return
        folder = self.ask.folder(
            self.window,
            QCoreApplication.translate("_Exporter", "Export data as CSV into…"),
            doc.path.parent,
        )
        if folder is None:
            return
        from workshop.export import csv_export

        try:
            # a city's participatory budget may still need counting (once: it is kept)
            with busy(self.window.findChild(QLabel, "saveStatus"),
                      QCoreApplication.translate("_Exporter", "Writing the CSV files…")):
                sheets = csv_export.sheets(doc)
            if not self._may_replace(csv_export.targets(sheets, folder)):
                return
            written = csv_export.write_sheets(sheets, folder, force=True)
        except WorkshopError as exc:
            self.ask.inform(self.window, error_text(exc))
            return
        count = len(written)
        self.ask.done(
            self.window,
            QCoreApplication.translate(
                "_Exporter", "Wrote %n CSV file(s) to {folder}.", None, count
            ).format(folder=folder),
        )

    # ---------------------------------------------------------------------- json

    def json(self) -> None:
        doc = self._doc()
        if doc is None:
            return
        path = self.ask.save_path(
            self.window,
            QCoreApplication.translate("_Exporter", "Export as JSON"),
            self._suggest(doc, ".json"),
            JSON_FILTER,
        )
        if path is None or not self._may_replace([path]):
            return
        from workshop.export import json_export

        try:
            json_export.export_json(doc, path, force=True)
        except WorkshopError as exc:
            self.ask.inform(self.window, error_text(exc))
            return
        self.ask.done(
            self.window,
            QCoreApplication.translate("_Exporter", "Saved the whole workshop as {name}.").format(
                name=path.name
            ),
        )

    # ------------------------------------------------------------------- helpers

    def _doc(self) -> Document | None:
        doc = self.get_doc()
        if doc is None:
            self.ask.inform(
                self.window, QCoreApplication.translate("_Exporter", "Open a workshop first.")
            )
        return doc

    def _may_replace(self, paths: list[Path]) -> bool:
        existing = [p for p in paths if p.exists()]
        return not existing or self.ask.confirm_replace(self.window, existing)

    @staticmethod
    def _suggest(doc: Document, ending: str) -> Path:
        title = read.details(doc).title or doc.path.stem
        safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip() or doc.path.stem
        return doc.path.parent / f"{safe[:80]}{ending}"
