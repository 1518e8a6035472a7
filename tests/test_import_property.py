"""Property: any JSON export, valid or mutated, is either refused cleanly or fully usable.

Hypothesis starts from the demo's own export and changes it the way hand edits,
other programs and hostile files do: values of every JSON type and size in any
column, columns dropped, rows dropped or duplicated, ids far out of range. Then
either the import refuses with an :class:`ExportError` (one line for the user)
and writes nothing, or the file it made opens, exports PDF, CSV and JSON, and
every screen and audience view renders without an exception.
"""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from workshop.demo import fill_demo
from workshop.export import ExportError
from workshop.export.csv_export import export_csv
from workshop.export.json_export import document_data, export_json, import_json
from workshop.export.pdf import HandoutOptions, export_handout
from workshop.storage import read
from workshop.storage.document import Document

Data = dict[str, Any]


@cache
def _demo_export() -> str:
    folder = Path(tempfile.mkdtemp(prefix="workshop-prop-"))
    try:
        with Document.create(folder / "demo.workshop") as doc:
            fill_demo(doc)
            return json.dumps(document_data(doc), ensure_ascii=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _base() -> Data:
    data: Data = json.loads(_demo_export())
    return data


_TEXT = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=300),
    st.sampled_from(["", " ", "\t\n", "=1+1", "ten", "2026-11-27", "09:30", "#ffcc00",
                     "notes", "clusters", "done", "offer", "english", "[\"a\", \"b\"]"]),
    st.integers(1, 6000).map(lambda n: "w" * n),
)
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 12),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.sampled_from([2**31 - 1, 2**31, 2**53, 2**63, 2**70, -1, 0]),
    st.floats(allow_nan=False, allow_infinity=False),
    _TEXT,
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


Mutation = tuple[str, str, int, str, Any]  # action, table, row index, column, value


@st.composite
def mutations(draw: st.DrawFn) -> list[Mutation]:
    """A few changes to the demo export, kept small so a failing example reads well."""
    tables: dict[str, list[dict[str, Any]]] = _base()["tables"]
    changes: list[Mutation] = []
    for _ in range(draw(st.integers(0, 3))):
        table = draw(st.sampled_from(sorted(t for t, rows in tables.items() if rows)))
        index = draw(st.integers(0, len(tables[table]) - 1))
        row = tables[table][index]
        column = draw(st.sampled_from(sorted(row)))
        action = draw(st.sampled_from(["set", "set", "drop_column", "drop_row", "copy_row",
                                       "same_type", "same_type", "same_type"]))
        value: Any = None
        if action == "set":
            value = draw(VALUES)
        elif action == "same_type":
            # A plausible edit: a value of the column's own type (this is where valid
            # variants come from: the import must take them and the app must cope).
            current = row[column]
            if isinstance(current, bool) or current is None:
                value = draw(st.one_of(st.none(), st.integers(0, 1)))
            elif isinstance(current, int):
                value = draw(st.integers(-5, 120))
            elif isinstance(current, float):
                value = draw(st.floats(-5000, 5000))
            else:
                value = draw(_TEXT)
            action = "set"
        elif action == "copy_row":
            value = draw(st.integers(1, 3000))
        changes.append((action, table, index, column, value))
    return changes


def apply(changes: list[Mutation]) -> Data:
    data = _base()
    for action, table, index, column, value in changes:
        rows = data["tables"][table]
        if index >= len(rows):
            continue  # an earlier change dropped it
        if action == "set":
            rows[index][column] = value
        elif action == "drop_column":
            rows[index].pop(column, None)
        elif action == "drop_row":
            del rows[index]
        else:
            rows.append({**copy.deepcopy(rows[index]), "id": value})
    return data


def _import(data: Data, folder: Path) -> Path | None:
    source = folder / "in.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = folder / "out.workshop"
    try:
        import_json(source, target)
    except ExportError as exc:
        text = str(exc)
        assert "\n" not in text and text.strip(), text
        assert sorted(p.name for p in folder.iterdir()) == ["in.json"], text
        return None
    return target


def _exports(target: Path, folder: Path) -> None:
    with Document.open(target, read_only=True) as doc:
        export_handout(doc, folder / "out.pdf", HandoutOptions())
        export_handout(doc, folder / "short.pdf", HandoutOptions(short=True))
        (folder / "csv").mkdir()
        export_csv(doc, folder / "csv")
        export_json(doc, folder / "again.json")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=mutations())
def test_import_refuses_cleanly_or_exports_everything(changes: list[Mutation]) -> None:
    data = apply(changes)
    folder = Path(tempfile.mkdtemp(prefix="workshop-prop-"))
    try:
        target = _import(data, folder)
        if target is not None:
            _exports(target, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_unchanged_export_imports() -> None:
    folder = Path(tempfile.mkdtemp(prefix="workshop-prop-"))
    try:
        assert _import(_base(), folder) is not None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.usefixtures("data_dir")
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(changes=mutations())
def test_every_screen_renders_what_the_import_accepted(
    qtbot: QtBot, data_dir: Path, changes: list[Mutation]
) -> None:
    from helpers.windows import main_window, silent_questions
    from workshop.ui.projector.audience import AudienceWindow
    from workshop.ui.projector.state import PresentationState

    data = apply(changes)
    folder = Path(tempfile.mkdtemp(prefix="workshop-prop-"))
    try:
        target = _import(data, folder)
        if target is None:
            return
        messages: list[str] = []
        window = main_window(data_dir, silent_questions(messages))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        assert window.open_path(target), messages
        page = window.page
        assert page is not None and window.doc is not None
        audience = AudienceWindow(clock=lambda: 1_800_000_000.0)
        qtbot.addWidget(audience)
        audience.resize(1024, 768)
        audience.set_document(window.doc)
        audience.show()
        for activity in read.activities(window.doc):
            page.show_activity(activity.id)
            window.grab()
            audience.set_state(PresentationState(activity_id=activity.id))
            audience.grab()
        for tab in range(page.tabs.count()):
            page.show_tab(tab)
            window.grab()
        audience.set_state(PresentationState(agenda=True))
        audience.grab()
        audience.close()
        window.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
