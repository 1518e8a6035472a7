"""The phone server over loopback: joining, posting through the operations, the limits.

Runs the server the way ``workshop serve`` does (a thread owns the file) and talks to
it with plain HTTP, like a phone's browser would.
"""

from __future__ import annotations

import re
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.corpus import IDEAS
from helpers.phones import Phone, Served, serving
from workshop.demo import write_demo
from workshop.domain.models import ActivityKind
from workshop.storage import read, read_board, read_phones, read_votes
from workshop.storage.document import Document
from workshop.storage.ops import participants, phones, timer, voting


def _kind(doc: Document, kind: ActivityKind) -> int:
    return next(a.id for a in read.activities(doc) if a.kind is kind)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("phones") / "demo.workshop"
    write_demo(path)
    with Document.open(path) as doc:
        phones.set_phones_enabled(doc, True)
        for kind in (ActivityKind.BRAINSTORM, ActivityKind.DOT_VOTE, ActivityKind.PULSE):
            phones.set_open_to_phones(doc, _kind(doc, kind), True)
        timer.start_activity(doc, _kind(doc, ActivityKind.BRAINSTORM))
    return path


@pytest.fixture
def served(demo_file: Path, tmp_path: Path) -> Iterator[Served]:
    copy = tmp_path / "room.workshop"
    shutil.copy(demo_file, copy)
    with serving(copy) as served:
        yield served



def _joined(served: Served, offset: int = 0) -> tuple[Phone, int]:
    phone = Phone(served.url)
    people = phone.state()["people"]
    pid = people[offset]["id"]
    phone.join(pid)
    return phone, pid


def test_listens_on_the_chosen_address_only(served: Served) -> None:
    sock = served.server._sockets[0]
    assert sock.getsockname()[0] == "127.0.0.1"
    assert served.url.startswith("http://127.0.0.1:")


def test_a_note_from_a_phone_is_on_the_board_once_even_when_retried(served: Served) -> None:
    phone, pid = _joined(served)
    state = phone.state()
    assert state["me"]["id"] == pid
    board = state["activity"]["id"]
    assert state["activity"]["kind"] == "brainstorm"
    text = "<script>alert(1)</script> & " + IDEAS[0]
    before = served.read(lambda doc: len(read_board.notes(doc, board)))
    status, answer = phone.post("note", board, key="retried-key-0001", text=text)
    assert (status, answer) == (200, {"ok": True, "new": True})
    status, answer = phone.post("note", board, key="retried-key-0001", text=text)
    assert (status, answer) == (200, {"ok": True, "new": False})
    notes = served.read(lambda doc: read_board.notes(doc, board))
    assert len(notes) == before + 1
    assert notes[-1].text == text.strip()  # stored literally, never as markup


def test_the_same_validation_as_the_laptop(served: Served) -> None:
    phone, _ = _joined(served)
    board = phone.state()["activity"]["id"]
    status, answer = phone.post("note", board, text="   ")
    assert status == 422 and "empty" in answer["error"]
    status, answer = phone.post("note", board, text="x" * 2001)
    assert status == 422 and "2,000" in answer["error"]
    status, answer = phone.post("note", board + 999, text="Not the live one")
    assert status == 422 and "changed" in answer["error"]


def test_without_the_token_403(served: Served) -> None:
    base = served.server.base_url()
    for path in ("w/AAAAAA/", "w/AAAAAA/api/state", "w/AAAAAA/app.js", "w/nope/api/post"):
        status, _ = Phone(base).request(path)
        assert status == 403, path
    phone = Phone(served.url)
    status, _ = phone.post("note", 1, text="no cookie")
    assert status == 403


def test_oversize_413_and_too_fast_429(served: Served) -> None:
    phone, _ = _joined(served)
    board = phone.state()["activity"]["id"]
    status, answer = phone.request("api/post", raw=b'{"text": "' + b"a" * 20_000 + b'"}')
    assert status == 413, answer
    statuses = [phone.post("note", board, text=f"Idea {n}")[0] for n in range(40)]
    assert statuses[:25] == [200] * 25
    assert 429 in statuses
    assert served.read(lambda doc: read_phones.receipt_count(doc)) == statuses.count(200)


def test_a_new_join_code_refuses_the_old_one_at_once(served: Served) -> None:
    phone, _ = _joined(served)
    old = served.url
    served.read(lambda doc: phones.new_join_code(doc))
    assert served.url != old
    assert phone.request("api/state")[0] == 403
    fresh = Phone(served.url)
    assert fresh.state()["me"] is None  # the old cookie does not follow to the new code
    served.read(lambda doc: phones.set_phones_enabled(doc, False))
    assert fresh.request("api/state")[0] == 403


def test_the_page_has_a_strict_policy_and_nothing_from_elsewhere(served: Served) -> None:
    import urllib.request

    with urllib.request.urlopen(served.url, timeout=10) as answer:
        policy = answer.headers["Content-Security-Policy"]
        page = answer.read().decode()
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    for name in ("app.js", "app.css"):
        status, text = Phone(served.url).request(name)
        assert status == 200
        assert not re.search(r"https?:|url\(", text)  # nothing loaded from elsewhere
        for markup in (".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write"):
            assert markup not in text
    assert not re.search(r"https?:", page)


def test_queue_moderation_keeps_phone_notes_off_the_board(served: Served) -> None:
    served.read(lambda doc: phones.set_moderation(doc, True))
    phone, _ = _joined(served)
    board = phone.state()["activity"]["id"]
    before = served.read(lambda doc: len(read_board.notes(doc, board)))
    assert phone.post("note", board, text="Wait for me")[0] == 200
    assert served.read(lambda doc: len(read_board.notes(doc, board))) == before
    queued = served.read(lambda doc: read_phones.queue(doc))
    assert [q.text for q in queued] == ["Wait for me"]
    served.read(lambda doc: phones.approve_queued(doc, [queued[0].id]))
    assert served.read(lambda doc: read_board.notes(doc, board))[-1].text == "Wait for me"


def test_a_ballot_is_secret_changeable_until_closed(served: Served) -> None:
    vote = served.read(lambda doc: _kind(doc, ActivityKind.DOT_VOTE))
    served.read(lambda doc: timer.start_activity(doc, vote))
    pid = served.read(
        lambda doc: participants.add_participant(doc, "Ngozi Adébáyọ̀").inserted("participants")[0]
    )
    phone = Phone(served.url)
    phone.join(pid)
    state = phone.state()["activity"]
    assert state["kind"] == "dot_vote" and not state["cast"]
    items = [i["id"] for i in state["items"] if not i["own"]]
    assert phone.post("ballot", vote, dots={str(items[0]): 2})[0] == 200
    assert phone.post("ballot", vote, dots={str(items[1]): 1, str(items[2]): 1})[0] == 200
    own = served.read(lambda doc: read_votes.ballot_dots(doc, vote, pid))
    assert own == {items[1]: 1, items[2]: 1}
    status, answer = phone.post("ballot", vote, dots={str(items[0]): 99})
    assert status == 422
    served.read(lambda doc: voting.set_closed(doc, vote, True))
    status, answer = phone.post("ballot", vote, dots={str(items[0]): 1})
    assert status == 422 and "closed" in answer["error"]
    # What the facilitator's side reads: who voted, never what.
    contributors = served.read(lambda doc: read_phones.contributors(doc, vote))
    assert contributors == {pid: 2}


def test_a_pulse_answer_once(served: Served) -> None:
    pulse = served.read(lambda doc: _kind(doc, ActivityKind.PULSE))
    served.read(lambda doc: timer.start_activity(doc, pulse))
    phone, _ = _joined(served, 2)
    question = phone.state()["activity"]["questions"][0]
    assert not question["answered"]
    top = question["values"][-1]["value"]
    assert phone.post("pulse", pulse, round=question["round"], value=top)[0] == 200
    assert phone.state()["activity"]["questions"][0]["answered"]
    status, answer = phone.post("pulse", pulse, round=question["round"], value=1)
    assert status == 422 and "already" in answer["error"]


def test_nothing_to_do_while_the_live_activity_is_not_open(served: Served) -> None:
    phone, _ = _joined(served)
    board = phone.state()["activity"]["id"]
    served.read(lambda doc: phones.set_open_to_phones(doc, board, False))
    assert phone.state()["activity"] is None
    assert phone.post("note", board, text="Too late")[0] == 422


def test_the_server_stops_and_frees_its_port(demo_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "room.workshop"
    shutil.copy(demo_file, copy)
    with serving(copy) as served:
        port = served.server.port
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_a_group_commit_refuses_one_post_alone_and_dedupes_within_the_batch(
    demo_file: Path, tmp_path: Path
) -> None:
    from concurrent.futures import Future

    from workshop.domain.errors import ValidationError
    from workshop.phones.owner import run_batch

    copy = tmp_path / "room.workshop"
    shutil.copy(demo_file, copy)
    with Document.open(copy) as doc:
        board = _kind(doc, ActivityKind.BRAINSTORM)
        pid = read.participants(doc)[0].id
        before = len(read_board.notes(doc, board))
        seen: list[object] = []
        doc.subscribe(seen.append)

        def note(key: str, text: str) -> object:
            return lambda d, live: phones.post_note(d, key, board, pid, text)

        jobs = [
            (note("batch-key-01", "Erste Idee"), Future()),
            (note("batch-key-02", ""), Future()),  # refused: empty
            (note("batch-key-01", "Erste Idee"), Future()),  # the same post, retried
            (note("batch-key-03", "Dritte Idee"), Future()),
        ]
        run_batch(doc, board, jobs)  # type: ignore[arg-type]
        assert isinstance(jobs[1][1].exception(), ValidationError)
        assert [jobs[i][1].result().is_empty for i in (0, 2, 3)] == [False, True, False]
        texts = [n.text for n in read_board.notes(doc, board)]
        assert len(texts) == before + 2 and texts[-2:] == ["Erste Idee", "Dritte Idee"]
        assert len(seen) == 1, "listeners hear of the whole batch once"


def test_purpose_fist_of_five_and_offers_asks_from_a_phone(served: Served) -> None:
    from workshop.storage import read_purpose, read_reciprocity
    from workshop.storage.ops import purpose as purpose_ops

    purpose = served.read(lambda doc: _kind(doc, ActivityKind.PURPOSE_BLEND))
    offers = served.read(lambda doc: _kind(doc, ActivityKind.OFFERS_ASKS))
    for activity in (purpose, offers):
        served.read(lambda doc, a=activity: phones.set_open_to_phones(doc, a, True))
    def reopen_drafting(doc: Document) -> None:
        for draft in read_purpose.drafts(doc, purpose):
            if draft.adopted:
                purpose_ops.unadopt_draft(doc, draft.id)
        purpose_ops.new_draft(doc, purpose, "Wir machen den Fluss für alle zugänglich.")

    served.read(reopen_drafting)
    served.read(lambda doc: timer.start_activity(doc, purpose))
    phone, pid = _joined(served, 3)
    state = phone.state()["activity"]
    assert state["kind"] == "purpose_blend" and state["draft"]["text"]
    draft = state["draft"]["id"]
    status, _ = phone.post("rating", purpose, draft=draft, score=4, comment="<b>Oui</b>, mais…")
    assert status == 200
    ratings = served.read(lambda doc: read_purpose.ratings(doc, draft))
    assert any(r.score == 4 and r.comment == "<b>Oui</b>, mais…" for r in ratings)
    assert phone.post("rating", purpose, draft=draft, score=9)[0] == 422

    served.read(lambda doc: timer.start_activity(doc, offers))
    assert phone.state()["activity"]["kind"] == "offers_asks"
    assert phone.post("card", offers, kind="ask", text="A van on Saturdays")[0] == 200
    assert phone.post("card", offers, kind="gift", text="?")[0] == 422
    cards = served.read(lambda doc: read_reciprocity.cards(doc, offers))
    assert [c.text for c in cards if c.party.participant_id == pid][-1] == "A van on Saturdays"


def test_self_join_only_when_allowed_and_a_retry_finds_the_same_person(served: Served) -> None:
    phone = Phone(served.url)
    body = {"name": "Ngozi Adébáyọ̀", "organisation": "Tenants", "key": "self-join-key1"}
    status, answer = phone.request("api/join", body)
    assert status == 422 and "facilitator" in answer["error"]
    served.read(lambda doc: phones.set_self_join(doc, True))
    assert phone.state()["self_join"]
    status, first = phone.request("api/join", body)
    status2, again = Phone(served.url).request("api/join", body)
    assert status == status2 == 200 and first["participant"] == again["participant"]
    assert phone.state()["me"]["name"] == "Ngozi Adébáyọ̀"


def test_the_networks_offered_never_include_every_network() -> None:
    from workshop.phones.addresses import LOOPBACK, addresses

    found = addresses()
    assert found[-1][1] == LOOPBACK
    assert all(ip not in ("0.0.0.0", "::", "") for _label, ip in found)
