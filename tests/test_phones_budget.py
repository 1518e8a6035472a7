"""The participatory budget from phones over loopback (plain HTTP, like a phone's browser):
points within the ballot's rules, through the laptop's operation; a phone sees its own
ballot only, never a count or anyone else's choice; a retry never casts twice."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.phones import Phone, Served, serving
from workshop.demo import write_demo
from workshop.domain.budgeting import BallotRules
from workshop.domain.models import ActivityKind
from workshop.export import budgeting_csv
from workshop.export.pdf.handout import handout_bytes
from workshop.storage import read, read_budgeting, read_phones
from workshop.storage.document import Document
from workshop.storage.ops import budgeting, details, participants, phones, timer


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


def test_a_phones_ballot_says_it_came_from_a_phone(served: Served, tmp_path: Path) -> None:
    """Stored as the phone's (not the laptop's), and so counted in the CSV and the
    handout's "where the ballots came from"."""
    aid = served.read(lambda doc: next(
        a.id for a in read.activities(doc) if a.kind is ActivityKind.BUDGET))
    people = {p.name: p.id for p in served.read(read.participants)}
    phone = Phone(served.url)
    phone.join(people["Zoë Łukasiewicz"])
    first = phone.state()["activity"]["projects"][0]["id"]
    status, _answer = phone.post("budget", aid, approvals={str(first): 2})
    assert status == 200

    def at_the_laptop(doc: Document) -> None:
        laptop = next(p.id for p in read.participants(doc) if p.name == "Ngozi Adébáyọ̀")
        budgeting.cast_ballot(doc, aid, laptop, {first: 1})
        budgeting.set_secret(doc, aid, False)
        details.update_details(doc, anonymous=False)
        budgeting.set_revealed(doc, aid, True)

    served.read(at_the_laptop)
    ballots = served.read(lambda doc: read_budgeting.ballots(doc, aid))
    assert [(b.name, b.source) for b in ballots] == [
        ("Zoë Łukasiewicz", "phone"), ("Ngozi Adébáyọ̀", "laptop")
    ]
    sheets = served.read(budgeting_csv.budgeting)
    rows = next(s for s in sheets if s.name == "budget_ballots").rows
    assert {(r[2], r[3]) for r in rows} == {
        ("Zoë Łukasiewicz", "phone"), ("Ngozi Adébáyọ̀", "laptop")
    }
    if shutil.which("pdftotext"):
        pdf = tmp_path / "handout.pdf"
        pdf.write_bytes(served.read(handout_bytes))
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "2 ballots (1 from a phone, 1 at the laptop)" in " ".join(text.split())


def test_a_phone_ballot_stored_before_the_phone_source_is_marked_on_migration(
    tmp_path: Path,
) -> None:
    """Files from before ``0015_phone_ballot_source`` stored a phone's ballot as the
    laptop's: the migration marks the ballots a phone receipt names, and no other."""
    path = tmp_path / "old.workshop"
    write_demo(path)
    with Document.open(path) as doc:
        aid = next(a.id for a in read.activities(doc) if a.kind is ActivityKind.BUDGET)
        budgeting.clear_ballots(doc, aid)
        phones.set_phones_enabled(doc, True)
        phones.set_open_to_phones(doc, aid, True)
        people = [p.id for p in read.participants(doc)][:2]
        project = int(read_budgeting.projects(doc, aid)[0].id)
        phones.post_budget_ballot(doc, "p" * 16, aid, people[0], {project: 1})
        budgeting.cast_ballot(doc, aid, people[1], {project: 1})
    conn = sqlite3.connect(path, isolation_level=None)  # back to the older format
    (table,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'budget_ballots'"
    ).fetchone()
    older = table.replace("'import', 'phone')", "'import')")
    assert older != table
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA legacy_alter_table = ON")  # the approvals keep their reference
    conn.execute("BEGIN")
    conn.execute("UPDATE budget_ballots SET source = 'laptop'")
    conn.execute("ALTER TABLE budget_ballots RENAME TO newer_ballots")
    conn.execute(older)
    conn.execute("INSERT INTO budget_ballots SELECT * FROM newer_ballots")
    conn.execute("DROP TABLE newer_ballots")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0015_phone_ballot_source'")
    conn.execute("PRAGMA user_version = 1020")
    conn.execute("COMMIT")
    (approvals,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'budget_approvals'"
    ).fetchone()
    assert "REFERENCES budget_ballots(id)" in approvals
    conn.close()
    with Document.open(path) as doc:
        ballots = read_budgeting.ballots(doc, aid)
        assert [(b.participant_id, b.source) for b in ballots] == [
            (people[0], "phone"), (people[1], "laptop")
        ]
        assert doc.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert [b.approved for b in read_budgeting.election(doc, aid).ballots] == [
            (str(project),), (str(project),)
        ]
        (approvals,) = doc.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'budget_approvals'"
        ).fetchone()
        assert "REFERENCES budget_ballots(id)" in approvals
