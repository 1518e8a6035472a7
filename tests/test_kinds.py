"""Every activity kind is whole, and read from its one spec (``workshop.kinds``).

Walks every kind: its laptop screen and audience view (the UI half of the spec)
build on the demo's activity of that kind; its handout section, CSV sheets and
demo content (the Qt-free half) exist and show that activity; it has a row in
``docs/architecture.md``. Then every operation of a kind is run
(``tests/helpers/every_op.py``) and the tables its change wrote must all be ones the
kind's screen and view refresh on.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

import workshop
from helpers.every_op import CASES, operations
from workshop.demo import fill_demo
from workshop.domain.models import Activity, ActivityKind
from workshop.export import csv_export
from workshop.export.csv_export import Sheet
from workshop.export.pdf import style as st
from workshop.export.pdf.sections import Context, HandoutOptions, builder_for
from workshop.kinds import SHARED_TABLES, SPECS, KindSpec, resolve, spec_for
from workshop.storage import read
from workshop.storage.document import Document
from workshop.ui.projector.theme import PALETTES, Theme
from workshop.ui.projector.view_choice import kind_view, view_class
from workshop.ui.projector.views import AgendaView, AudienceView
from workshop.ui.screens.base import ActivityScreen, ScreenContext
from workshop.ui.screens.registry import screen_class
from workshop.ui.undo import UndoRunner

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(workshop.__file__).resolve().parent
KINDS = list(ActivityKind)


@pytest.fixture
def demo(demo_copy: Document) -> Document:
    return demo_copy


def _activity(doc: Document, kind: ActivityKind) -> Activity:
    found = [a for a in read.activities(doc) if a.kind is kind]
    assert found, f"the demo has no {kind.value} activity"
    return found[0]


# -- the registry


def test_every_kind_has_exactly_one_spec() -> None:
    assert sorted(s.kind for s in SPECS) == sorted(ActivityKind)
    for kind in ActivityKind:
        spec = spec_for(kind)
        assert spec.name == kind.value
        assert spec.label.strip()
        assert spec.icon.strip()


def test_each_table_belongs_to_one_kind_or_is_shared(demo: Document) -> None:
    """A table added without a kind to own it (or a place among the shared) fails here."""
    rows = demo.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    tables = {r[0] for r in rows}
    owners: dict[str, list[str]] = {}
    for spec in SPECS:
        assert spec.owns.isdisjoint(SHARED_TABLES), spec.name
        for table in spec.owns:
            owners.setdefault(table, []).append(spec.name)
    assert {t: o for t, o in owners.items() if len(o) > 1} == {}, "a table has one owner"
    unowned = sorted(tables - set(owners) - SHARED_TABLES)
    assert unowned == [], f"give these tables an owning kind in workshop/kinds/: {unowned}"
    assert set(owners) <= tables, "a spec owns a table the schema does not have"
    for spec in SPECS:
        assert spec.reads <= tables, spec.name


# -- both halves of each spec cover every kind


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_the_qt_free_half_resolves(kind: ActivityKind) -> None:
    spec = spec_for(kind)
    assert callable(builder_for(kind))
    assert callable(resolve(spec.demo))
    if spec.csv_sheets is not None:
        assert resolve(spec.csv_sheets) in csv_export.builders()
    for name in spec.ops:
        assert (SOURCE / "storage" / "ops" / f"{name}.py").is_file(), name


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_the_ui_half_resolves(kind: ActivityKind) -> None:
    assert issubclass(screen_class(kind), ActivityScreen)
    view = kind_view(kind)
    assert issubclass(view, AudienceView)
    assert view.tables == spec_for(kind).watches, "a view refreshes on its spec's tables"
    screen = screen_class(kind)
    assert screen.tables == spec_for(kind).watches, "a screen refreshes on its spec's tables"


def test_the_projector_chooses_from_the_spec(demo: Document) -> None:
    assert view_class(None, agenda=True) is AgendaView
    assert view_class(None, agenda=False) is kind_view(ActivityKind.WELCOME)
    for activity in read.activities(demo):
        assert view_class(activity, agenda=False) is kind_view(activity.kind)


# -- a walk through every kind


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_every_kind_is_whole(qtbot: QtBot, demo: Document, kind: ActivityKind) -> None:
    spec = spec_for(kind)
    activity = _activity(demo, kind)

    # The laptop screen builds on the demo's activity.
    runner = UndoRunner(demo, QUndoStack(), None, report=lambda _m: None)
    screen = screen_class(kind)(ScreenContext(demo, runner), activity.id)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()

    # The audience view shows it to the room.
    view = kind_view(kind)(demo, activity, PALETTES[Theme.DARK])
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    assert view.room_items(), f"the room sees nothing of the {kind.value} activity"

    # The handout's section builds (a kind with content of its own shows some).
    ctx = Context(
        doc=demo,
        details=read.details(demo),
        options=HandoutOptions(),
        styles=st.styles(),
        width=400.0,
        people={p.id: p for p in read.participants(demo)},
    )
    flowables = builder_for(kind)(ctx, activity)
    if spec.owns:
        assert flowables, f"the handout shows nothing of the {kind.value} activity"

    # The CSV export has it: its own sheets with rows, or its row in the agenda.
    sheets = csv_export.sheets(demo)
    if spec.csv_sheets is not None:
        builder = resolve(spec.csv_sheets)
        assert callable(builder)
        own: list[Sheet] = builder(demo)
        assert own and any(sheet.rows for sheet in own), spec.name
        assert {s.name for s in own} <= {s.name for s in sheets}
    agenda = next(s for s in sheets if s.name == "agenda")
    assert any(activity.title in row for row in agenda.rows)

    # The demo has content of the kind: rows in the tables it owns.
    for table in spec.owns:
        count = demo.conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
        if table not in _EMPTY_IN_DEMO:
            assert count > 0, f"the demo has no {table} for {kind.value}"

    # And a row in the architecture's table of kinds.
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = architecture.split("## Activity kinds", 1)[1].split("\n## ", 1)[0]
    assert f"`{kind.value}`" in section, f"add {kind.value} to docs/architecture.md"


#: Tables the demo leaves empty on purpose (a secret ballot and one-by-one answers
#: are cast live; the demo shows paper tallies; the demo's budget has whole ballots only,
#: its figures are quoted in the README and screenshots).
_EMPTY_IN_DEMO = frozenset(
    {"ballots", "pulse_answers", "purpose_hidden_terms", "budget_tallies"}
)


def test_the_demo_runs_each_shared_part_once(tmp_path: Path) -> None:
    with Document.create(tmp_path / "d.workshop") as doc:
        fill_demo(doc)
        kinds = [a.kind for a in read.activities(doc)]
    assert kinds.count(ActivityKind.OFFERS_ASKS) == 1 and kinds.count(ActivityKind.PULSE) == 1


# -- the tables a kind writes are the tables its screen watches


def _kind_ops() -> list[tuple[KindSpec, str]]:
    return [
        (spec, name)
        for name in sorted(operations())
        for spec in SPECS
        if name.split(".")[0] in spec.ops
    ]


def test_a_kinds_screen_watches_all_it_owns() -> None:
    for spec in SPECS:
        assert spec.owns <= spec.watches, spec.name


def test_every_ops_module_belongs_to_a_kind_or_is_shared() -> None:
    modules = {name.split(".")[0] for name in operations()}
    owned = {m for spec in SPECS for m in spec.ops}
    shared = {"agenda", "details", "participants", "timer", "actions", "breakout", "phones"}
    assert modules - owned - shared == set(), "give these ops modules a kind's spec"


@pytest.mark.parametrize(
    ("spec", "name"), _kind_ops(), ids=[name for _spec, name in _kind_ops()]
)
def test_a_kind_writes_only_tables_its_screen_watches(
    spec: KindSpec, name: str, demo: Document
) -> None:
    call: Callable[[], object] = CASES[name](demo)
    change = call()
    written = change.tables  # type: ignore[attr-defined]
    assert written, name
    for watcher, tables in (
        ("screen", screen_class(spec.kind).tables), ("view", kind_view(spec.kind).tables)
    ):
        unwatched = _unwatched(spec, written, tables)
        assert unwatched == [], (
            f"{name} writes {unwatched}, which the {spec.name} {watcher} does not watch: "
            f"add them to its spec's reads (workshop/kinds/)"
        )


def _unwatched(spec: KindSpec, written: frozenset[str], watched: frozenset[str]) -> list[str]:
    """The tables a change of ``spec``'s kind wrote that a screen watching ``watched`` would
    miss. Knock-ons in another kind's tables (deleting a note removes its dots) are that
    kind's to show: its own spec watches what it owns."""
    others = {t for other in SPECS if other is not spec for t in other.owns}
    return sorted(written - watched - others)


def test_the_check_finds_a_board_screen_that_misses_a_table(demo: Document) -> None:
    """A board screen watching the notes but not the clusters would not show a new cluster:
    the check above names the table (grouping writes both)."""
    spec = spec_for(ActivityKind.BRAINSTORM)
    change = CASES["board.group_notes"](demo)()
    written = change.tables  # type: ignore[attr-defined]
    assert _unwatched(spec, written, screen_class(spec.kind).tables) == []
    assert _unwatched(spec, written, screen_class(spec.kind).tables - {"clusters"}) == [
        "clusters"
    ]


# -- no hand-kept lists of tables left in the UI

#: Lists of tables that are no kind's: the agenda's view (clocks), the spotlight and the
#: actions panel.
_NOT_A_KIND = {
    ("ui/projector/views.py", "AgendaView"),
    ("ui/projector/spotlight_view.py", "SpotlightView"),
    ("ui/actions_panel.py", "_TABLES"),
}


def test_no_hand_kept_table_sets_for_kinds() -> None:
    tables = set(SHARED_TABLES) | {t for spec in SPECS for t in spec.owns}
    found = []
    for path in sorted((SOURCE / "ui").rglob("*.py")):
        rel = path.relative_to(SOURCE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = None
            if isinstance(node, ast.ClassDef):
                where = node.name
                body = [n for n in node.body if isinstance(n, ast.Assign | ast.AnnAssign)]
            elif isinstance(node, ast.Module):
                where = None
                body = [n for n in node.body if isinstance(n, ast.Assign | ast.AnnAssign)]
            else:
                continue
            for assign in body:
                if assign.value is None:
                    continue
                names = [
                    c.value
                    for c in ast.walk(assign.value)
                    if isinstance(c, ast.Constant) and isinstance(c.value, str)
                ]
                targets = assign.targets if isinstance(assign, ast.Assign) else [assign.target]
                target = where or next((t.id for t in targets if isinstance(t, ast.Name)), "")
                if len(names) >= 2 and set(names) <= tables and (rel, target) not in _NOT_A_KIND:
                    found.append(f"{rel}: {target}")
    assert found == [], "derive these from the kind's spec (workshop.kinds.watched):\n" + (
        "\n".join(found)
    )
