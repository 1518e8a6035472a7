"""A partnership's series: next meeting from this one, reviewing promises, trends."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.proc import fingerprint, run_cli
from helpers.series_day import TRUST, three_meetings
from workshop.domain import series as ds
from workshop.domain.models import ActivityKind
from workshop.storage import read, series
from workshop.storage.document import Document


def test_next_meeting_carries_the_partnership_forward(tmp_path: Path) -> None:
    paths = three_meetings(tmp_path)
    with Document.open(paths[0], read_only=True) as first:
        first_uuid = series.meeting(first).uuid
        assert series.previous_title(first) == ""  # the first meeting follows none
        people = [(p.name, p.organisation) for p in read.participants(first)]
    with Document.open(paths[1], read_only=True) as second:
        meeting = series.meeting(second)
        assert meeting.number == 2
        row = second.conn.execute(
            "SELECT previous_uuid, previous_title, series_uuid, common_purpose FROM workshop"
        ).fetchone()
        assert row == (first_uuid, "Riverside partnership", first_uuid,
                       "Together we keep the riverside green, safe and open to all.")
        assert series.previous_title(second) == "Riverside partnership"
        assert [(p.name, p.organisation) for p in read.participants(second)] == people
        kinds = [a.kind for a in read.activities(second)]
        assert kinds[0] is ActivityKind.REVIEW and ActivityKind.PULSE in kinds
        texts = [r[0] for r in second.conn.execute("SELECT text FROM pulse_statements")]
        assert TRUST in texts and len(texts) == 6
        promises = series.promises(second)
        # the commitment (with its receiver and due date) and the open action; not the done one
        assert {(p.kind, p.what) for p in promises} == {
            ("commitment", "Meeting 1: our hall on Tuesdays"),
            ("action", "Meeting 1: write up the walk"),
        }
        commitment = next(p for p in promises if p.kind == "commitment")
        assert commitment.due == "2026-10-15" and commitment.receiver
        assert commitment.owner.startswith(people[0][0]) or commitment.owner
        assert all(p.reviewed for p in promises)
        assert second.history()[0].change.label.startswith("Review promise")


def test_the_third_meeting_holds_the_whole_series(tmp_path: Path) -> None:
    paths = three_meetings(tmp_path)
    with Document.open(paths[2], read_only=True) as third:
        record = series.record(third)
    assert record.numbers() == [1, 2, 3]
    trust = next(t for t in record.trends() if t.key == TRUST)
    assert trust.points[0] is not None and trust.points[0] < trust.points[1] < trust.points[2]
    radar = record.radar()
    assert set(radar) == {1, 2, 3} and len(radar[1]) == 5
    balance = {b.organisation: b for b in record.balance()}
    assert sum(b.offers for b in balance.values()) == 3
    assert sum(b.delivered for b in balance.values()) >= 3
    # the review: a promise in progress at meeting 2 came back to meeting 3 (and was dropped
    # there); one done at meeting 2 did not come back
    statuses = {(p.meeting, p.what): p.status for p in record.promises}
    assert statuses == {
        (1, "Meeting 1: write up the walk"): ds.PromiseStatus.DROPPED,
        (2, "Meeting 2: our hall on Tuesdays"): ds.PromiseStatus.DONE,
        (2, "Meeting 2: write up the walk"): ds.PromiseStatus.DOING,
    }


def test_series_command_text_and_json(tmp_path: Path) -> None:
    paths = three_meetings(tmp_path)
    before = [fingerprint(p) for p in paths]
    shown = run_cli("series", *paths)
    assert shown.returncode == 0, shown.stderr
    assert "3 meeting(s) in the series" in shown.stdout
    assert TRUST in shown.stdout and "→" in shown.stdout
    assert "Common agenda" in shown.stdout
    as_json = run_cli("series", paths[2], paths[0], "--json")
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert [m["number"] for m in data["meetings"]] == [1, 2, 3]
    trust = next(t for t in data["pulse"] if t["key"] == TRUST)
    assert trust["change"] > 0
    assert {p["status"] for p in data["promises"]} >= {"done", "doing"}
    assert [fingerprint(p) for p in paths] == before  # only read


def test_series_command_refuses_bad_input_in_one_line(tmp_path: Path) -> None:
    paths = three_meetings(tmp_path)
    other = tmp_path / "other.workshop"
    Document.create(other).close()
    for args in ((paths[0], other), (paths[1], paths[1]), (tmp_path / "missing.workshop",)):
        result = run_cli("series", *args)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_the_handout_shows_the_review_and_the_trends(tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader

    from workshop.export.pdf import handout_bytes

    paths = three_meetings(tmp_path)
    with Document.open(paths[2], read_only=True) as third:
        data = handout_bytes(third)
    with Document.open(paths[0], read_only=True) as first:
        first_text = " ".join(
            " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(handout_bytes(first)))
                     .pages).split())
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data))
                             .pages).split())
    # the review: each promise, where it stands, from which meeting, with the note
    assert "Review what was promised" in text
    assert "Dropped from meeting 1 Meeting 1: write up the walk reviewed at meeting 3" in text
    assert "Done from meeting 2" in text and "In progress from meeting 2" in text
    # the trends: the chart's legend carries each statement's values, meeting by meeting
    assert "Across the meetings" in text and "3 MEETINGS OF THIS PARTNERSHIP" in text
    assert f"{TRUST} 1.9 → 3.0 → 4.1" in text
    assert "Collective impact across meetings" in text
    assert "Meeting 3 · Tuesday 1 December 2026" in text
    assert "Reciprocity over the series" in text
    # a first meeting has no series pages yet
    assert "Across the meetings" not in first_text


def test_the_carried_purpose_is_on_the_cover_and_a_removed_owner_passes_to_their_org(
    tmp_path: Path,
) -> None:
    import io

    from pypdf import PdfReader

    from workshop.export.pdf import handout_bytes
    from workshop.storage.ops import participants

    paths = three_meetings(tmp_path)
    with Document.open(paths[2]) as third:
        assert series.common_purpose(third) == (
            "Together we keep the riverside green, safe and open to all."
        )
        cover = PdfReader(io.BytesIO(handout_bytes(third))).pages[0].extract_text() or ""
        assert "open to all" in " ".join(cover.split())
        owned = next(p for p in series.promises(third) if p.owner)
        owner = next(x for x in read.participants(third) if owned.owner.startswith(x.name))
        participants.remove_participants(third, [owner.id])
        again = next(p for p in series.promises(third) if p.id == owned.id)
        assert again.owner == owner.organisation and again.what == owned.what


def test_next_command_and_its_refusals(tmp_path: Path) -> None:
    paths = three_meetings(tmp_path)
    fourth = tmp_path / "meeting-4.workshop"
    made = run_cli("next", paths[2], fourth, "--date", "2027-01-12",
                   "--title", "Riverside, round 4")
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == f"Wrote meeting 4 of the series to {fourth}"
    with Document.open(fourth, read_only=True) as doc:
        assert series.meeting(doc).number == 4
        assert read.details(doc).title == "Riverside, round 4"
        assert read.details(doc).date == "2027-01-12"
    before = fingerprint(paths[2])
    for args in (
        (paths[2], fourth),  # exists
        (paths[2], tmp_path / "x.workshop", "--date", "next week"),
        (paths[2], tmp_path / "x.workshop", "--title", "T" * 400),
        (paths[2], paths[2], "--force"),  # its own file
        (tmp_path / "missing.workshop", tmp_path / "y.workshop"),
        (paths[2], tmp_path / "no-such-folder" / "z.workshop"),
    ):
        result = run_cli("next", *args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert fingerprint(paths[2]) == before
    assert not (tmp_path / "x.workshop").exists()
