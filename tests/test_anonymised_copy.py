"""A shared copy (and its JSON) holds no link from a person to an anonymous contribution.

A workshop with every kind of contribution, anonymous and not, is copied with
``workshop copy --anonymise`` and exported with ``export --json --anonymise``.
Both are searched for a person behind an anonymous note, purpose statement,
rating or pulse answer, or behind a secret dot; what is not anonymous (a named
brainstorm, an open vote) and the results (totals per item) are kept.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from helpers.proc import run_cli
from helpers.windows import main_window, silent_questions
from workshop.domain.models import ActivityKind
from workshop.domain.purpose_models import PartyMode
from workshop.storage import read, read_votes
from workshop.storage.document import Document
from workshop.storage.ops import agenda, board, participants, pulse, purpose, voting


def _room(path: Path) -> dict[str, int]:
    """A small real workshop; returns the ids the checks need."""
    ids: dict[str, int] = {}
    with Document.create(path) as doc:
        for name, org in [("Ana Silva", "Library"), ("Ben Ode", "Council"), ("Chen Li", "Youth")]:
            participants.add_participant(doc, name, org)
        people = [p.id for p in read.participants(doc)]
        for kind, title in [
            (ActivityKind.BRAINSTORM, "Anonymous ideas"),
            (ActivityKind.BRAINSTORM, "Named ideas"),
            (ActivityKind.DOT_VOTE, "Secret vote"),
            (ActivityKind.DOT_VOTE, "Open vote"),
            (ActivityKind.PURPOSE_BLEND, "Purposes"),
            (ActivityKind.PULSE, "Pulse"),
        ]:
            agenda.add_activity(doc, kind, title)
        acts = {a.title: a.id for a in read.activities(doc)}
        ids.update(acts)
        agenda.update_activity(
            doc, acts["Named ideas"], kind=ActivityKind.BRAINSTORM, title="Named ideas",
            prompt="", timebox_minutes=15, anonymous=False,
        )
        for i, person in enumerate(people):
            board.add_note(doc, acts["Anonymous ideas"], f"secret idea {i}", author_id=person)
            board.add_note(doc, acts["Named ideas"], f"named idea {i}", author_id=person)
        notes = [r[0] for r in doc.conn.execute(
            "SELECT id FROM notes WHERE activity_id = ? ORDER BY id", (acts["Anonymous ideas"],)
        )]
        for vote, secret in (("Secret vote", True), ("Open vote", False)):
            voting.configure_vote(
                doc, acts[vote], source_activity_id=acts["Anonymous ideas"], secret=secret
            )
            for k, person in enumerate(people):
                dots = {notes[k % 3]: 2, notes[(k + 1) % 3]: 1}
                voting.cast_ballot(doc, acts[vote], person, dots)
        voting.set_tally(doc, acts["Secret vote"], notes[0], 4)  # paper dots add up too
        purpose.set_purpose_settings(
            doc, acts["Purposes"], by=PartyMode.PARTICIPANT, anonymous=True
        )
        for person in people:
            purpose.add_statement(doc, acts["Purposes"], person, f"purpose of person {person}")
        purpose.new_draft(doc, acts["Purposes"], "A shared purpose")
        draft = doc.conn.execute("SELECT id FROM purpose_drafts").fetchone()[0]
        purpose.rate(doc, draft, people[0], 4, "close")
        pulse.add_statement(doc, acts["Pulse"], "We trust each other")
        statement = doc.conn.execute("SELECT id FROM pulse_statements").fetchone()[0]
        pulse.add_round(doc, statement)
        round_id = doc.conn.execute("SELECT id FROM pulse_rounds").fetchone()[0]
        pulse.add_answer(doc, round_id, 3)
        with doc.edit("as an older version stored it", record=False) as ed:
            # A named answer in an anonymous pulse (as a file from elsewhere may hold).
            ed.conn.execute(
                "INSERT INTO pulse_answers (round_id, participant_id, value) VALUES (?, ?, 5)",
                (round_id, people[1]),
            )
        ids["people"] = len(people)
    return ids


def _links(db: sqlite3.Connection, ids: dict[str, int]) -> list[str]:
    """Every person → anonymous contribution or secret choice link found in ``db``."""
    found = []
    for (note_id,) in db.execute(
        "SELECT id FROM notes WHERE activity_id = ? AND author_id IS NOT NULL",
        (ids["Anonymous ideas"],),
    ):
        found.append(f"note {note_id} has an author")
    found += [
        f"purpose statement {r[0]} names participant {r[1]}"
        for r in db.execute("SELECT id, participant_id FROM purpose_statements"
                            " WHERE participant_id IS NOT NULL")
    ]
    found += [
        f"rating {r[0]} names participant {r[1]}"
        for r in db.execute("SELECT id, participant_id FROM purpose_ratings"
                            " WHERE participant_id IS NOT NULL")
    ]
    found += [
        f"pulse answer {r[0]} names participant {r[1]}"
        for r in db.execute("SELECT id, participant_id FROM pulse_answers"
                            " WHERE participant_id IS NOT NULL")
    ]
    found += [
        f"dot {r[0]} is on a secret ballot"
        for r in db.execute(
            "SELECT d.id FROM dots d JOIN ballots b ON b.id = d.ballot_id"
            " WHERE b.activity_id = ?", (ids["Secret vote"],)
        )
    ]
    found += [f"history row {r[0]}" for r in db.execute("SELECT id FROM history")]
    return found


def _json_db(path: Path) -> sqlite3.Connection:
    """The JSON export's tables loaded into SQLite, to ask them the same questions."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    db = sqlite3.connect(":memory:")
    for table, rows in data["tables"].items():
        columns = sorted({c for row in rows for c in row}) or ["id"]
        db.execute(f'CREATE TABLE "{table}" ({", ".join(columns)})')
        for row in rows:
            db.execute(
                f'INSERT INTO "{table}" ({", ".join(row)}) VALUES ({", ".join("?" for _ in row)})',
                list(row.values()),
            )
    db.execute("CREATE TABLE IF NOT EXISTS history (id)")
    return db


def test_the_original_has_the_links_the_copy_must_not(tmp_path: Path) -> None:
    ids = _room(tmp_path / "room.workshop")
    with sqlite3.connect(tmp_path / "room.workshop") as db:
        assert len(_links(db, ids)) > 10  # the facilitator's own file keeps them


def test_anonymised_copy_and_json_have_no_person_links(tmp_path: Path) -> None:
    source = tmp_path / "room.workshop"
    ids = _room(source)
    with Document.open(source, read_only=True) as doc:
        before = read_votes.results(doc, ids["Secret vote"])
        open_before = read_votes.results(doc, ids["Open vote"])
    copy = tmp_path / "shared.workshop"
    result = run_cli("copy", source, copy, "--anonymise")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "shared.json"
    result = run_cli("export", source, "--json", out, "--anonymise")
    assert result.returncode == 0, result.stderr

    with sqlite3.connect(copy) as db:
        assert _links(db, ids) == []
        assert db.execute("SELECT count(*) FROM ballots WHERE activity_id = ?",
                          (ids["Secret vote"],)).fetchone() == (0,)
        raw = copy.read_bytes()
        assert b'"author_id"' not in raw and b"participant_id\": " not in raw  # no history left
    assert _links(_json_db(out), ids) == []

    with Document.open(copy) as doc:
        after = read_votes.results(doc, ids["Secret vote"])
        # The result is the same: totals per item, now as counted dots.
        assert [(r.id, r.dots, r.rank) for r in after.ranking] == [
            (r.id, r.dots, r.rank) for r in before.ranking
        ]
        assert after.voters == 0
        # What was not anonymous is kept.
        named = doc.conn.execute(
            "SELECT count(author_id) FROM notes WHERE activity_id = ?", (ids["Named ideas"],)
        ).fetchone()[0]
        assert named == ids["people"]
        open_after = read_votes.results(doc, ids["Open vote"])
        assert open_after.voters == open_before.voters == ids["people"]
        aliases = {r[0] for r in doc.conn.execute("SELECT organisation FROM purpose_statements")}
        assert aliases == {"Participant 1", "Participant 2", "Participant 3"}
        assert len(read.participants(doc)) == ids["people"]
    # The copy is a complete workshop: it exports like any other.
    assert run_cli("export", copy, "--pdf", tmp_path / "shared.pdf").returncode == 0


def test_keep_voters_keeps_who_voted_but_not_how(tmp_path: Path) -> None:
    source = tmp_path / "room.workshop"
    ids = _room(source)
    copy = tmp_path / "shared.workshop"
    assert run_cli("copy", source, copy, "--anonymise", "--keep-voters").returncode == 0
    with sqlite3.connect(copy) as db:
        assert _links(db, ids) == []
        voters = db.execute(
            "SELECT count(*) FROM ballots WHERE activity_id = ?", (ids["Secret vote"],)
        ).fetchone()[0]
        assert voters == ids["people"]


def test_bad_sharing_arguments_are_one_line(tmp_path: Path) -> None:
    source = tmp_path / "room.workshop"
    _room(source)
    result = run_cli("copy", source, tmp_path / "x.workshop", "--keep-voters")
    assert result.returncode == 2 and "add --anonymise" in result.stderr
    result = run_cli("copy", source, source, "--anonymise", "--force")
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "x.workshop").exists()


@pytest.mark.usefixtures("data_dir")
def test_file_share_a_copy(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
    source = tmp_path / "room.workshop"
    ids = _room(source)
    messages: list[str] = []
    questions = silent_questions(messages)
    target = tmp_path / "for-partners.workshop"
    questions.save_path = lambda _p, _t, _s: target
    window = main_window(data_dir, questions)
    qtbot.addWidget(window)
    window.share_keep_voters = lambda _parent: False
    assert window.open_path(source)
    action = window.findChild(type(window.menus.save_as_action), "actionShareCopy")
    assert action is not None and action.isEnabled()
    action.trigger()
    assert messages and "anonymised copy" in messages[-1], messages
    with sqlite3.connect(target) as db:
        assert _links(db, ids) == []
    assert window.doc is not None and window.doc.path == source  # the work goes on here
    window.close()
