"""The participatory budget from phones over loopback (plain HTTP, like a phone's browser):
points within the ballot's rules, through the laptop's operation; a phone sees its own
ballot only, never a count or anyone else's choice; a retry never casts twice."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.phones import Phone, Served, serving
from workshop.demo import write_demo
from workshop.domain.budgeting import BallotRules
from workshop.domain.models import ActivityKind
from workshop.storage import read, read_budgeting, read_phones
from workshop.storage.document import Document
from workshop.storage.ops import budgeting, participants, phones, timer


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    path = tmp_path / "room.workshop"
    write_demo(path)
    with Document.open(path) as doc:
        aid = next(a.id for a in read.activities(doc) if a.kind is ActivityKind.BUDGET)
        budgeting.clear_ballots(doc, aid)
        budgeting.set_ballot_rules(doc, aid, BallotRules(max_projects=2, points=5))
        phones.set_phones_enabled(doc, True)
        phones.set_open_to_phones(doc, aid, True)
        timer.start_activity(doc, aid)
        for name in ("Ngozi Adébáyọ̀", "Zoë Łukasiewicz"):
            participants.add_participant(doc, name)
    copy = tmp_path / "served.workshop"
    shutil.copy(path, copy)
    with serving(copy) as served:
        yield served


def test_points_from_phones_with_the_laptops_rules(served: Served) -> None:
    aid = served.read(lambda doc: next(
        a.id for a in read.activities(doc) if a.kind is ActivityKind.BUDGET))
    people = {p.name: p.id for p in served.read(read.participants)}
    ngozi, zoe = Phone(served.url), Phone(served.url)
    ngozi.join(people["Ngozi Adébáyọ̀"])
    zoe.join(people["Zoë Łukasiewicz"])
    state = ngozi.state()["activity"]
    assert state["kind"] == "budget" and state["points"] == 5 and state["max_projects"] == 2
    assert state["budget"] == "20,000 EUR" and len(state["projects"]) == 12
    assert not state["cast"] and state["ballot"] == {}
    first, second, third = (p["id"] for p in state["projects"][:3])
    # the laptop's rules, word for word
    status, answer = ngozi.post("budget", aid, approvals={str(first): 6})
    assert (status, answer["error"]) == (422, "At most 5 points on one ballot.")
    status, answer = ngozi.post("budget", aid, approvals={str(p): 1 for p in (first, second,
                                                                              third)})
    assert (status, answer["error"]) == (422, "At most 2 projects on one ballot.")
    # a ballot, retried under the same key (a lost answer): cast once
    for _ in range(2):
        status, _answer = ngozi.post("budget", aid, key="k" * 16,
                                     approvals={str(first): 3, str(second): 2})
        assert status == 200
    ballots = served.read(lambda doc: read_budgeting.ballots(doc, aid))
    assert [b.name for b in ballots] == ["Ngozi Adébáyọ̀"]
    mine = ngozi.state()["activity"]
    assert mine["cast"] and mine["ballot"] == {str(first): 3, str(second): 2}
    status, answer = ngozi.post("budget", aid, approvals={str(third): 1})
    assert (status, answer["error"]) == (422, "Ngozi Adébáyọ̀ has already voted in this budget.")
    # another phone sees no count and no one else's choice
    other = zoe.state()
    assert other["activity"]["ballot"] == {} and not other["activity"]["cast"]
    text = json.dumps(other, ensure_ascii=False)
    assert "Ngozi" not in text.split('"people"')[0] and '"votes"' not in text
    # the facilitator's side: who voted, never what
    assert served.read(lambda doc: read_phones.contributors(doc, aid)) == {
        people["Ngozi Adébáyọ̀"]: 1
    }
