"""CSV export: one UTF-8 (with BOM) file per table, read back with the csv module."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from workshop.domain.models import ActivityKind
from workshop.export import ExportError
from workshop.export.csv_export import export_csv
from workshop.storage import read, read_board
from workshop.storage.document import Document
from workshop.storage.ops import agenda, board, details, participants, timer


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_demo_tables(demo_doc: Document, tmp_path: Path) -> None:
    written = export_csv(demo_doc, tmp_path)
    names = {p.name for p in written}
    assert {"participants.csv", "agenda.csv", "notes.csv"} <= names
    for path in written:
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), path.name  # Excel's cue for UTF-8
        assert b"\r\n" in raw
    people = _rows(tmp_path / "participants.csv")
    assert [p["name"] for p in people] == [p.name for p in read.participants(demo_doc)]
    agenda_rows = _rows(tmp_path / "agenda.csv")
    assert [r["title"] for r in agenda_rows] == [a.title for a in read.activities(demo_doc)]
    assert agenda_rows[0]["planned_start"] == "09:30"
    notes = _rows(tmp_path / "notes.csv")
    brainstorm = next(a for a in read.activities(demo_doc) if a.kind is ActivityKind.BRAINSTORM)
    assert len(notes) == len(read_board.notes(demo_doc, brainstorm.id))
    clusters = {c.title for c in read_board.clusters(demo_doc, brainstorm.id)}
    assert {n["cluster"] for n in notes} == clusters | {""}


def test_quoting_and_unicode_survive(doc: Document, tmp_path: Path) -> None:
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas, \"quoted\"", "Line one\nline two")
    activity = read.activities(doc)[0]
    tricky = 'A "quoted", comma\nand a new line — Привет 😀 =SUM(A1)'
    board.add_note(doc, activity.id, tricky)
    export_csv(doc, tmp_path)
    (note,) = _rows(tmp_path / "notes.csv")
    assert note["text"] == tricky
    assert note["activity"] == 'Ideas, "quoted"'
    (row,) = _rows(tmp_path / "agenda.csv")
    assert row["prompt"] == "Line one\nline two"


def test_authors_follow_anonymity(doc: Document, tmp_path: Path) -> None:
    participants.add_participant(doc, "Zoë", "Library")
    person = read.participants(doc)[0]
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas")
    activity = read.activities(doc)[0]
    board.add_note(doc, activity.id, "Open later", author_id=person.id)
    details.update_details(doc, anonymous=True)
    export_csv(doc, tmp_path)
    (note,) = _rows(tmp_path / "notes.csv")
    assert note["author"] == "" and note["organisation"] == ""
    details.update_details(doc, anonymous=False)
    export_csv(doc, tmp_path, force=True)
    (note,) = _rows(tmp_path / "notes.csv")
    assert (note["author"], note["organisation"]) == ("Zoë", "Library")


def test_actual_times(doc: Document, tmp_path: Path) -> None:
    agenda.add_activity(doc, ActivityKind.WELCOME, "Hello", timebox_minutes=10)
    activity = read.activities(doc)[0]
    timer.start_activity(doc, activity.id, now=1_000_000.0)
    timer.finish_activity(doc, activity.id, now=1_000_000.0 + 12 * 60)
    export_csv(doc, tmp_path)
    (row,) = _rows(tmp_path / "agenda.csv")
    assert row["planned_minutes"] == "10"
    assert row["actual_minutes"] == "12.0"
    assert row["actual_start"] and row["actual_end"]


def test_existing_files_need_force_and_nothing_is_half_written(
    demo_doc: Document, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.csv").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="already exists"):
        export_csv(demo_doc, out)
    assert sorted(p.name for p in out.iterdir()) == ["notes.csv"]
    assert (out / "notes.csv").read_text(encoding="utf-8") == "mine"
    export_csv(demo_doc, out, force=True)
    assert (out / "notes.csv").read_text(encoding="utf-8") != "mine"


def test_missing_folder(demo_doc: Document, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_csv(demo_doc, tmp_path / "missing")
    file = tmp_path / "file"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="not a folder"):
        export_csv(demo_doc, file)


def test_votes_and_purposes(demo_doc: Document, tmp_path: Path) -> None:
    from workshop.storage import read_purpose
    from workshop.storage.ops import voting

    brainstorm = next(a for a in read.activities(demo_doc) if a.kind is ActivityKind.BRAINSTORM)
    agenda.add_activity(demo_doc, ActivityKind.DOT_VOTE, "Extra vote")
    vote = read.activities(demo_doc)[-1].id
    voting.configure_vote(demo_doc, vote, source_activity_id=brainstorm.id)
    first, second = read_board.notes(demo_doc, brainstorm.id)[:2]
    voting.set_tally(demo_doc, vote, first.id, 4)
    voting.set_tally(demo_doc, vote, second.id, 9)
    export_csv(demo_doc, tmp_path)
    results = [r for r in _rows(tmp_path / "vote_results.csv") if r["vote"] == "Extra vote"]
    assert [(r["rank"], r["item"], r["dots"]) for r in results[:2]] == [
        ("1", second.text, "9"),
        ("2", first.text, "4"),
    ]
    notes = {r["id"]: r for r in _rows(tmp_path / "notes.csv")}
    assert int(notes[str(second.id)]["dots"]) >= 9

    purpose = next(a for a in read.activities(demo_doc) if a.kind is ActivityKind.PURPOSE_BLEND)
    statements = _rows(tmp_path / "purposes.csv")
    assert [s["statement"] for s in statements] == [
        s.text for s in read_purpose.statements(demo_doc, purpose.id)
    ]
    drafts = _rows(tmp_path / "purpose_drafts.csv")
    adopted = [d["text"] for d in drafts if d["adopted"] == "yes"]
    assert adopted == [read_purpose.adopted_purpose(demo_doc)]
    assert (tmp_path / "purpose_ratings.csv").exists()


def test_reciprocity_actions_and_pulse(demo_doc: Document, tmp_path: Path) -> None:
    from workshop.storage import read_actions, read_reciprocity

    export_csv(demo_doc, tmp_path)
    cards = _rows(tmp_path / "offers_asks.csv")
    activity = next(a for a in read.activities(demo_doc) if a.kind is ActivityKind.OFFERS_ASKS)
    assert [c["text"] for c in cards] == [
        c.text for c in read_reciprocity.cards(demo_doc, activity.id)
    ]
    assert {c["kind"] for c in cards} == {"offer", "ask"}
    commitments = _rows(tmp_path / "commitments.csv")
    assert len(commitments) == len(read_reciprocity.commitments(demo_doc))
    actions = _rows(tmp_path / "actions.csv")
    assert [a["what"] for a in actions] == [a.what for a in read_actions.actions(demo_doc)]
    pulse = _rows(tmp_path / "pulse.csv")
    assert pulse and all(int(r["answers"]) >= 0 for r in pulse)
    first = pulse[0]
    assert sum(int(first[f"count_{v}"] or 0) for v in range(6)) == int(first["answers"])
