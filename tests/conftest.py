"""Shared fixtures. The Qt platform is forced offscreen before anything can import Qt."""

from __future__ import annotations

import os
import shutil

os.environ["QT_QPA_PLATFORM"] = os.environ.get("WORKSHOP_TEST_QPA", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop.demo import fill_demo, write_demo
from workshop.storage.document import Document

_APP: list[object] = []  # the QApplication and its translators, alive for the whole run


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str], qapp_cls: type, pytestconfig: pytest.Config) -> object:
    """pytest-qt's application, with the English plural forms ("1 note", "3 notes") loaded
    as the app loads them at start (``workshop.ui.language.install``)."""
    from PySide6.QtWidgets import QApplication

    from workshop.ui import language

    app = QApplication.instance()
    if app is None:
        app = qapp_cls(qapp_args)
        app.setApplicationName(pytestconfig.getini("qt_qapp_name"))
    if not _APP:
        _APP.extend([app, *language.install(app, "en")])
    return app


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep backups, settings and logs of every test in its own temporary folder."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[Document]:
    """A fresh, empty workshop file."""
    document = Document.create(tmp_path / "fresh.workshop")
    yield document
    document.close()


@pytest.fixture
def demo_doc(tmp_path: Path) -> Iterator[Document]:
    """The demo workshop, written through the real operations."""
    document = Document.create(tmp_path / "demo.workshop")
    fill_demo(document)
    yield document
    document.close()


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """The demo workshop written to a file and closed (for tests that open it themselves)."""
    path = tmp_path / "demo.workshop"
    write_demo(path)
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo written once per run, to copy (writing it takes longer than copying)."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.workshop"
    write_demo(path)
    return path


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Iterator[Document]:
    """A fresh copy of the demo workshop, open."""
    copy = tmp_path / "copy.workshop"
    shutil.copy(demo_template, copy)
    with Document.open(copy) as doc:
        yield doc

# Undo stacks in UI tests are given a Qt owner (the screen or panel under test), as the app
# gives its stack the main window: a parentless QUndoStack holding pushed ChangeCommands,
# dropped inside a reference cycle (screen -> context -> runner -> stack), is deleted by
# the cyclic garbage collector in an arbitrary order, and ~QUndoStack then deleted commands
# whose Python wrappers were already half cleared: a segfault in whichever later test the
# collection happened to run.
