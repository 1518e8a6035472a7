"""File › Export in the app: the actions, their questions, progress, and refusals (qtbot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMainWindow, QMenu, QProgressDialog
from pytestqt.qtbot import QtBot

from workshop.export.pdf import HandoutOptions
from workshop.storage.document import Document
from workshop.ui import export_actions
from workshop.ui.export_actions import ExportQuestions, install_export_actions


class Answers:
    """Scripted answers to the export questions, and a record of what was asked."""

    def __init__(self, path: Path | None = None, folder: Path | None = None) -> None:
        self.path = path
        self.folder_answer = folder
        self.options: HandoutOptions | None = HandoutOptions(short=True)
        self.replace = True
        self.open = True
        self.messages: list[str] = []
        self.replaced: list[list[Path]] = []
        self.opened: list[Path] = []
        self.progress: list[tuple[int, int]] = []

    def questions(self) -> ExportQuestions:
        return ExportQuestions(
            save_path=lambda parent, title, suggested, filter_: self.path,
            folder=lambda parent, title, suggested: self.folder_answer,
            handout_options=lambda parent: self.options,
            confirm_replace=self._confirm,
            offer_open=lambda parent, path: self.open,
            inform=lambda parent, text: self.messages.append(text),
            done=lambda parent, text: self.messages.append(text),
            open_file=self.opened.append,
            progress_delay_ms=0,
        )

    def _confirm(self, parent: object, paths: list[Path]) -> bool:
        self.replaced.append(paths)
        return self.replace


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


def _menu(window: QMainWindow, doc: Document | None, answers: Answers) -> QMenu:
    menu = window.menuBar().addMenu("&File")
    install_export_actions(menu, window, lambda: doc, answers.questions())
    return menu


def _action(menu: QMenu, name: str) -> object:
    (action,) = [a for a in menu.actions() if a.objectName() == name]
    return action


def test_export_handout_then_offer_to_open(
    window: QMainWindow, demo_doc: Document, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "handout.pdf"
    target.parent.mkdir()
    answers = Answers(path=target)
    menu = _menu(window, demo_doc, answers)
    _action(menu, "actionExportHandout").trigger()  # type: ignore[attr-defined]
    assert PdfReader(target).pages
    assert answers.opened == [target]
    assert answers.replaced == []
    assert list(target.parent.iterdir()) == [target]


def test_replacing_is_asked(window: QMainWindow, demo_doc: Document, tmp_path: Path) -> None:
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"mine")
    answers = Answers(path=target)
    answers.replace = False
    menu = _menu(window, demo_doc, answers)
    _action(menu, "actionExportHandout").trigger()  # type: ignore[attr-defined]
    assert answers.replaced == [[target]]
    assert target.read_bytes() == b"mine"
    answers.replace = True
    answers.open = False
    _action(menu, "actionExportHandout").trigger()  # type: ignore[attr-defined]
    assert target.read_bytes().startswith(b"%PDF")
    assert answers.opened == []


def test_cancel_in_the_progress_dialog_leaves_nothing(
    window: QMainWindow, demo_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "handout.pdf"
    target.parent.mkdir()
    answers = Answers(path=target)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    menu = _menu(window, demo_doc, answers)
    _action(menu, "actionExportHandout").trigger()  # type: ignore[attr-defined]
    assert list(target.parent.iterdir()) == []
    assert answers.messages == [] and answers.opened == []


def test_export_csv_and_json(window: QMainWindow, demo_doc: Document, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    answers = Answers(path=tmp_path / "all.json", folder=folder)
    menu = _menu(window, demo_doc, answers)
    _action(menu, "actionExportCsv").trigger()  # type: ignore[attr-defined]
    assert (folder / "notes.csv").exists() and (folder / "participants.csv").exists()
    assert answers.replaced == []
    _action(menu, "actionExportCsv").trigger()  # type: ignore[attr-defined]
    assert len(answers.replaced) == 1 and folder / "notes.csv" in answers.replaced[0]
    _action(menu, "actionExportJson").trigger()  # type: ignore[attr-defined]
    assert (tmp_path / "all.json").read_text(encoding="utf-8").startswith("{")
    assert any("all.json" in m for m in answers.messages)


def test_errors_are_shown_not_raised(
    window: QMainWindow, demo_doc: Document, tmp_path: Path
) -> None:
    answers = Answers(path=tmp_path / "missing" / "x.json", folder=tmp_path / "missing")
    menu = _menu(window, demo_doc, answers)
    _action(menu, "actionExportJson").trigger()  # type: ignore[attr-defined]
    _action(menu, "actionExportCsv").trigger()  # type: ignore[attr-defined]
    answers.path = tmp_path / "missing" / "x.pdf"
    _action(menu, "actionExportHandout").trigger()  # type: ignore[attr-defined]
    assert len(answers.messages) == 3
    assert all("does not exist" in m for m in answers.messages)


def test_without_a_document(window: QMainWindow, tmp_path: Path) -> None:
    answers = Answers(path=tmp_path / "x.pdf")
    menu = _menu(window, None, answers)
    action = _action(menu, "actionExportHandout")
    assert not action.isEnabled()  # type: ignore[attr-defined]
    action.trigger()  # type: ignore[attr-defined]  # disabled: nothing happens
    assert not (tmp_path / "x.pdf").exists()


def test_file_dialog_answer_gets_a_suffix(
    window: QMainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = str(tmp_path / "handout")
    monkeypatch.setattr(
        export_actions.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (chosen, export_actions.PDF_FILTER)),
    )
    path = export_actions._save_path(window, "t", tmp_path, export_actions.PDF_FILTER)
    assert path == tmp_path / "handout.pdf"
    monkeypatch.setattr(
        export_actions.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", ""))
    )
    assert export_actions._save_path(window, "t", tmp_path, export_actions.PDF_FILTER) is None


def test_file_export_offers_a_handout_per_organisation(
    window: QMainWindow, demo_doc: Document, tmp_path: Path
) -> None:
    from workshop.export.pdf import per_organisation as per_org
    from workshop.storage import read_actions

    target = tmp_path / "day.pdf"
    answers = Answers(path=target)
    menu = _menu(window, demo_doc, answers)
    _action(menu, "actionExportPerOrganisation").trigger()  # type: ignore[attr-defined]
    names = per_org.organisations(demo_doc)
    files = sorted(tmp_path.glob("day - *.pdf"))
    assert len(files) == len(names) >= 3
    assert answers.messages and answers.messages[-1].startswith(f"Wrote {len(names)}")
    # The library's page: its offers, what it receives, its actions, the adopted purpose.
    library = next(n for n in names if "Library" in n)
    summary = read_actions.organisation_summary(demo_doc, library)
    text = " ".join(
        " ".join((p.extract_text() or "").split())
        for p in PdfReader(per_org.file_for(target, library)).pages
    )
    for card in summary.offers:
        assert " ".join(card.text.split())[:40] in text
    for commitment in summary.receives:
        assert " ".join(commitment.what.split())[:30] in text
    assert "The adopted purpose, and how we rated it" in text
    # Replacing them is asked, once, for all of them.
    answers.replace = False
    _action(menu, "actionExportPerOrganisation").trigger()  # type: ignore[attr-defined]
    assert len(answers.replaced[-1]) == len(names)
