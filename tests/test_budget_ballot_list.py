"""The Ballots tab on a city's vote (150 projects × 20,000 ballots): the list of ballots
reads a page at a time as it scrolls, keeps the selected ballot across a change, removes
the one selected, and is not read again for a change it does not show."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from helpers.pb_city import city
from test_budgeting_ui import make
from workshop.domain import pabulib
from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.storage import read_budgeting as rb
from workshop.storage.document import Document
from workshop.storage.ops import agenda, participants
from workshop.storage.ops import budgeting as ops


def test_a_city_s_ballots_are_listed_a_page_at_a_time(qtbot: QtBot, doc: Document) -> None:
    agenda.add_activity(doc, ActivityKind.BUDGET, "Budżet obywatelski 2026")
    aid = int(doc.conn.execute("SELECT max(id) FROM activities").fetchone()[0])
    ops.import_pb(doc, aid, pabulib.from_election(city()))
    participants.add_participant(doc, "Zofia Wiśniewska-Kowalczyk", "Rada Osiedla Żoliborz")
    screen, stack, messages = make(qtbot, doc, (1024, 768))
    screen.tabs.setCurrentWidget(screen.ballots)
    tab = screen.ballots
    view, model = tab.voted, tab.voted.ballots
    assert model.total == 20_000
    assert model.rowCount() < 1_000  # only what is shown (and a little more) is read
    first = rb.ballots(doc, aid, limit=1)[0]
    assert view.model().index(0, 0).data() == first.name
    # scrolling to the end reads the rest, a page at a time
    loaded = model.rowCount()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > loaded)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 20_000
    assert [r.id for r in rb.ballots(doc, aid, after=19_990)] == [
        int(model.index(row).data(0x0100)) for row in range(19_990, 20_000)
    ]  # read by id: the pages meet without a gap or a repeat

    # the one selected stays selected when a ballot is cast, and is the one removed
    view.setCurrentIndex(model.index(19_999))
    chosen = view.current_ballot()
    person = read.participants(doc)[0]
    assert tab.voter.findData(person.id) >= 0
    reread: list[str] = []  # what a ballot makes the other tabs read again
    for name in ("_show_projects", "_fill_board"):
        read_again = getattr(screen.projects, name)
        setattr(screen.projects, name, lambda f=read_again, n=name: (reread.append(n), f()))
    ops.cast_ballot(doc, aid, person.id, [rb.projects(doc, aid)[0].id])
    assert reread == []  # neither the projects nor the board's notes
    assert model.total == 20_001 and view.current_ballot() == chosen
    assert tab.voter.findData(person.id) < 0  # they have voted
    tab._remove()
    assert messages == [] and model.total == 20_000
    assert chosen not in {b.id for b in rb.ballots(doc, aid, after=chosen - 1, limit=1)}
    stack.undo()
    assert model.total == 20_001

    # a project edited, a tally counted: the ballots are not read again
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    project = rb.projects(doc, aid)[0]
    ops.edit_project(doc, project.id, "Zielone podwórko przy ul. Żelaznej 17", project.project.cost)
    ops.set_project_tally(doc, aid, project.id, 3)
    assert resets == []
    assert reread == ["_show_projects"]  # the project edited: its table, not the board
    assert tab.projects.item(0).text().startswith("1. Zielone podwórko przy ul. Żelaznej 17")
    assert tab.tally_total.text().startswith("On paper: 3 approvals")
