"""Phones in the app: no socket until switched on; the Qt thread is the one writer;
the panel moderates and shows who contributed, never what a secret ballot says."""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from helpers.phones import Phone
from helpers.phones_app import beside_qt, laptop, make_live, switch_on
from workshop.demo import write_demo
from workshop.domain.models import ActivityKind
from workshop.storage import read, read_board, read_phones
from workshop.ui.main_window import MainWindow


def inet_sockets() -> set[str]:
    """This process's IPv4/IPv6 sockets (TCP and UDP), by inode, from /proc."""
    mine = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    found = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        with open(f"/proc/net/{table}") as rows:
            for line in rows.readlines()[1:]:
                if line.split()[9] in mine:
                    found.add(line.split()[9])
    return found


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "room.workshop"
    write_demo(path)
    win = laptop(qtbot, data_dir, path)
    yield win
    win.close()


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(4) as executor:
        yield executor


_in_background = beside_qt
_switch_on = switch_on
_live = make_live


def test_no_socket_until_phones_are_on_and_none_after_closing(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = inet_sockets()
    assert before == set(), "the app without phones switched on opens no socket at all"
    assert window.phones.session is not None and window.phones.session.server is None
    assert not window.phones.dock.isVisible()
    # Not part of the first picture: the panel is built when it is first shown.
    assert window.phones._panel is None
    window.phones.run_button.click()  # the run panel's "Phones…": the panel, as a tab
    qtbot.waitUntil(window.phones.dock.isVisible)
    assert window.phones._panel is not None and window.phones._panel.isVisible()
    assert inet_sockets() == set(), "looking at the panel opens nothing either"
    url = _switch_on(qtbot, window)
    assert url.startswith("http://127.0.0.1:")
    assert len(inet_sockets()) == 1
    assert window.phones.card is not None and window.phones.card.url == url
    window.phones.panel.stop.click()
    qtbot.waitUntil(lambda: not inet_sockets())
    assert not window.phones.card.isVisible()
    window.phones.panel.enabled.click()
    qtbot.waitUntil(lambda: len(inet_sockets()) == 1)
    window.close_workshop()
    qtbot.waitUntil(lambda: not inet_sockets())


def test_a_phone_note_lands_on_the_board_through_the_qt_thread(
    qtbot: QtBot, window: MainWindow, pool: ThreadPoolExecutor
) -> None:
    url = _switch_on(qtbot, window)
    board = _live(window, ActivityKind.BRAINSTORM)
    window.phones.panel.open_live.click()
    assert window.ctx is not None
    doc = window.ctx.doc
    assert read_phones.is_open(doc, board)
    phone = Phone(url)
    person = read.participants(doc)[0]
    _in_background(qtbot, pool, lambda: phone.join(person.id))
    text = "<i>Fahrradständer</i> vor der Bibliothek & mehr Licht"
    status, answer = _in_background(
        qtbot, pool, lambda: phone.post("note", board, key="app-note-0001", text=text)
    )
    assert status == 200 and answer["new"]
    assert read_board.notes(doc, board)[-1].text == text  # committed before the answer
    # The laptop refreshes right after the phone has its answer (one refresh per burst).
    qtbot.waitUntil(lambda: "(1)" in window.phones.panel.contributors.text(), timeout=2000)
    assert "1 contributed" in window.phones.run_line.text()  # the run panel's line
    assert person.name in window.phones.panel.contributors.text()


def test_moderation_queue_one_key_each(
    qtbot: QtBot, window: MainWindow, pool: ThreadPoolExecutor
) -> None:
    url = _switch_on(qtbot, window)
    board = _live(window, ActivityKind.BRAINSTORM)
    panel = window.phones.panel
    panel.open_live.click()
    panel.moderation.click()
    assert window.ctx is not None
    doc = window.ctx.doc
    phone = Phone(url)
    pid = read.participants(doc)[1].id
    _in_background(qtbot, pool, lambda: phone.join(pid))
    count = len(read_board.notes(doc, board))
    for text in ("First for approval", "Second, to discard"):
        posted = _in_background(qtbot, pool, lambda t=text: phone.post("note", board, text=t))
        assert posted[0] == 200
    assert len(read_board.notes(doc, board)) == count
    qtbot.waitUntil(lambda: panel.queue.count() == 2)
    panel.queue.setFocus()
    panel.queue.setCurrentRow(0)
    qtbot.keyClick(panel.queue, Qt.Key.Key_Return)
    assert read_board.notes(doc, board)[-1].text == "First for approval"
    qtbot.keyClick(panel.queue, Qt.Key.Key_Delete)
    assert read_phones.queue(doc) == []
    assert len(read_board.notes(doc, board)) == count + 1
    window.undo_action.trigger()  # the discard is undone: back in the queue
    assert [q.text for q in read_phones.queue(doc)] == ["Second, to discard"]


def test_quitting_the_app_stops_the_server(qtbot: QtBot, window: MainWindow) -> None:
    _switch_on(qtbot, window)
    assert len(inet_sockets()) == 1
    window.close()  # what quitting does: the window closes its workshop
    qtbot.waitUntil(lambda: not inet_sockets())
    assert window.phones.session is None


def test_a_burst_of_phone_notes_is_one_refresh_and_each_note_its_own_undo_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Eight phones post five long notes each at once: every post is answered after
    its commit, the laptop hears of them in a few refreshes (not one per note), and
    each note is its own step in the file's history (undo after reopening: one by one)."""
    from helpers.corpus import IDEAS

    url = _switch_on(qtbot, window)
    board = _live(window, ActivityKind.BRAINSTORM)
    window.phones.panel.open_live.click()
    assert window.ctx is not None
    doc = window.ctx.doc
    before = len(read_board.notes(doc, board))
    heard: list[object] = []
    window.change_listeners.append(heard.append)
    people = [p.id for p in read.participants(doc)][:8]
    texts = {pid: [IDEAS[(i * 5 + k) % len(IDEAS)] + f" ({i}.{k})" for k in range(5)]
             for i, pid in enumerate(people)}

    def phone_burst(pid: int) -> list[int]:
        phone = Phone(url)
        phone.join(pid)
        return [phone.post("note", board, text=text)[0] for text in texts[pid]]

    with ThreadPoolExecutor(len(people)) as crowd:
        futures = [crowd.submit(phone_burst, pid) for pid in people]
        qtbot.waitUntil(lambda: all(f.done() for f in futures), timeout=60_000)
    assert [f.result() for f in futures] == [[200] * 5] * len(people)
    notes = read_board.notes(doc, board)
    assert len(notes) == before + 40
    qtbot.waitUntil(lambda: sum(len(c.inserted("notes")) for c in heard) == 40, timeout=5000)
    told = [c for c in heard if c.inserted("notes")]
    assert len(told) < 40 // 4, f"{len(told)} refreshes for 40 notes"
    screen = window.page.screen
    assert all(n.id in screen.scene.notes for n in notes)  # all on the laptop's board
    labels = [e.change.label for e in doc.history()[-40:]]
    assert all(label.startswith("Phone note") for label in labels)


def test_a_phone_post_waits_while_an_edit_of_the_laptops_is_open(
    qtbot: QtBot, window: MainWindow, pool: ThreadPoolExecutor
) -> None:
    """The laptop's own edit (a dialog open inside it spins the event loop) is never
    joined by the phones' batch: the post waits, then commits on its own."""
    url = _switch_on(qtbot, window)
    board = _live(window, ActivityKind.BRAINSTORM)
    window.phones.panel.open_live.click()
    assert window.ctx is not None
    doc = window.ctx.doc
    phone = Phone(url)
    person = read.participants(doc)[2].id
    _in_background(qtbot, pool, lambda: phone.join(person))
    with doc.edit("The laptop's gesture"):
        posted = pool.submit(lambda: phone.post("note", board, text="Später, bitte"))
        qtbot.wait(400)  # events run meanwhile, the phone's job among them
        assert not posted.done()
    qtbot.waitUntil(posted.done, timeout=20_000)
    assert posted.result()[0] == 200
    assert read_board.notes(doc, board)[-1].text == "Später, bitte"
