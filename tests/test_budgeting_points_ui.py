"""Cumulative points typed at the laptop, on a corpus-sized list of projects (the shared
corpus's 96 long multilingual proposals) at 1366×768: keyboard only, the limit refused with
the operation's own sentence, and the ballot stored with its points."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from helpers.corpus import IDEAS, add_people
from helpers.tables import cell
from test_budgeting_ui import make
from workshop.domain.budgeting import BallotRules
from workshop.domain.models import ActivityKind
from workshop.storage import read_budgeting
from workshop.storage.document import Document
from workshop.storage.ops import agenda
from workshop.storage.ops import budgeting as ops
from workshop.ui.budgeting.counts import CountsTable


def corpus_budget(doc: Document, rules: BallotRules) -> int:
    """A budget whose projects are the corpus's 96 proposals (costs 1,000–48,500)."""
    agenda.add_activity(doc, ActivityKind.BUDGET, "Budżet obywatelski — fundusz dzielnicy")
    aid = int(doc.conn.execute("SELECT max(id) FROM activities").fetchone()[0])
    ops.set_budget(doc, aid, "250 000", "zł")
    lines = [f"{text}\t{1000 + 500 * (i % 96)}" for i, text in enumerate(IDEAS)]
    ops.paste_projects(doc, aid, "\n".join(lines))
    ops.set_ballot_rules(doc, aid, rules)
    add_people(doc)
    return aid


def type_points(qtbot: QtBot, table: CountsTable, key: Qt.Key) -> None:
    """Type a digit on the current project, then Enter (the editor commits queued)."""
    qtbot.keyClick(table, key)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState)


def test_points_typed_and_adjusted_with_the_keyboard(
    qtbot: QtBot, doc: Document, tmp_path: Path
) -> None:
    aid = corpus_budget(doc, BallotRules(max_projects=4, points=10))
    screen, stack, messages = make(qtbot, doc)
    screen.tabs.setCurrentWidget(screen.ballots)
    tab = screen.ballots
    table = tab.points
    assert table.isVisible() and not tab.projects.isVisible()
    assert table.model().rowCount() == 96
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    # type 4, Enter: four points to the first project
    type_points(qtbot, table, Qt.Key.Key_4)
    assert table.points() == {cell(table, 0, 0, Qt.ItemDataRole.UserRole): 4}
    # Down, then + three times: three points to the second
    qtbot.keyClick(table, Qt.Key.Key_Down)
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Plus)
    assert list(table.points().values()) == [4, 3]
    assert tab.total.text().startswith("7 of 10 points given to 2 projects")
    # Down, type 5: 12 points would break the limit: refused, with the operation's words
    qtbot.keyClick(table, Qt.Key.Key_Down)
    type_points(qtbot, table, Qt.Key.Key_5)
    assert messages == ["At most 10 points on one ballot."]
    assert list(table.points().values()) == [4, 3]
    assert cell(table, 2, 0, Qt.ItemDataRole.EditRole) == 0
    # 3 fits; − takes one back
    type_points(qtbot, table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_Minus)
    assert list(table.points().values()) == [4, 3, 2]
    # a fifth project breaks "at most 4 projects"
    for row in (3, 4):
        table.setCurrentIndex(table.model().index(row, 0))
        qtbot.keyClick(table, Qt.Key.Key_Plus)
    assert messages[-1] == "At most 4 projects on one ballot."
    assert len(table.points()) == 4
    # Delete clears a project's points
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(table.points()) == 3
    screen.grab().save(str(tmp_path / "budget-points-1366.png"))
    assert screen.minimumSizeHint().width() <= 1366
    chosen = table.points()
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ballots = read_budgeting.ballots(doc, aid)
    assert len(ballots) == 1 and ballots[0].source == "laptop"
    assert read_budgeting.ballot(doc, ballots[0].id) == chosen
    assert table.points() == {}  # ready for the next person
    stack.undo()
    assert read_budgeting.ballots(doc, aid) == []


def test_approval_budget_keeps_the_tick_list(qtbot: QtBot, doc: Document) -> None:
    corpus_budget(doc, BallotRules(max_projects=3))
    screen, _, _ = make(qtbot, doc, (1024, 768))
    screen.tabs.setCurrentWidget(screen.ballots)
    assert screen.ballots.projects.isVisible() and not screen.ballots.points.isVisible()


def test_paper_tally_per_project_typed_at_the_laptop(
    qtbot: QtBot, doc: Document, tmp_path: Path
) -> None:
    aid = corpus_budget(doc, BallotRules(max_cost=Fraction(40_000)))
    screen, stack, messages = make(qtbot, doc, (1024, 768))
    screen.tabs.setCurrentWidget(screen.ballots)
    tally = screen.ballots.tally
    assert tally.model().rowCount() == 96
    tally.setFocus()
    tally.setCurrentIndex(tally.model().index(0, 0))
    type_points(qtbot, tally, Qt.Key.Key_7)
    qtbot.keyClick(tally, Qt.Key.Key_Down)
    qtbot.keyClick(tally, Qt.Key.Key_Plus)
    qtbot.keyClick(tally, Qt.Key.Key_Plus)
    ids = [p.id for p in read_budgeting.projects(doc, aid)]
    assert read_budgeting.tallies(doc, aid) == {ids[0]: 7, ids[1]: 2}
    assert screen.ballots.tally_total.text() == "On paper: 9 approvals on 2 projects."
    # a project above the ballot's cost limit cannot be tallied: the operation says why
    tally.setCurrentIndex(tally.model().index(95, 0))  # costs 48,500 zł
    qtbot.keyClick(tally, Qt.Key.Key_Plus)
    assert messages and "alone, and such a ballot breaks the rules" in messages[-1]
    assert cell(tally, 95, 0, Qt.ItemDataRole.EditRole) == 0
    qtbot.keyClick(tally, Qt.Key.Key_Minus)
    assert messages[-1] == "There are no paper approvals on this project to take away."
    # each change is one undo step
    stack.undo()
    assert read_budgeting.tallies(doc, aid) == {ids[0]: 7, ids[1]: 1}
    assert cell(tally, 1, 0, Qt.ItemDataRole.EditRole) == 1
    screen.grab().save(str(tmp_path / "budget-tally-1024.png"))
    assert screen.minimumSizeHint().width() <= 1024
