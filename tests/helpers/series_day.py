"""Three meetings of one partnership, through the real operations (for the series tests)."""

from __future__ import annotations

from pathlib import Path

from helpers.corpus import PEOPLE
from workshop.domain.actions import ActionStatus
from workshop.domain.models import ActivityKind
from workshop.domain.pulse import Scale
from workshop.domain.reciprocity import CardKind, Party
from workshop.domain.roster import RosterEntry
from workshop.domain.series import PromiseStatus
from workshop.storage import read, series
from workshop.storage.document import Document
from workshop.storage.ops import actions, agenda, participants, pulse, purpose, reciprocity
from workshop.storage.ops.series import review_promise

TRUST = "I trust the other organisations in this partnership"
#: The trust tally at each meeting (value → count): trust grows.
TALLIES = ({1: 3, 2: 4, 3: 2}, {2: 2, 3: 5, 4: 2}, {3: 2, 4: 4, 5: 3})


def first_meeting(path: Path) -> None:
    with Document.create(path) as doc:
        from workshop.storage.ops import details

        details.update_details(doc, title="Riverside partnership", date="2026-09-01")
        participants.add_participants(doc, [RosterEntry(n, o) for n, o in PEOPLE[:8]])
        agenda.add_activity(doc, ActivityKind.PURPOSE_BLEND, "Our purpose")
        agenda.add_activity(doc, ActivityKind.PULSE, "Pulse")
        agenda.add_activity(doc, ActivityKind.OFFERS_ASKS, "Offers and asks")
        ids = {a.kind: a.id for a in read.activities(doc)}
        draft = purpose.new_draft(doc, ids[ActivityKind.PURPOSE_BLEND],
                                  "Together we keep the riverside green, safe and open to all.")
        purpose.adopt_draft(doc, draft.inserted("purpose_drafts")[0])
        pulse.add_statement(doc, ids[ActivityKind.PULSE], TRUST, Scale.FIST)
        pulse.add_impact_check(doc, ids[ActivityKind.PULSE])
        _meeting_work(doc, 0)


def _meeting_work(doc: Document, index: int) -> None:
    """One meeting's day: the pulse answered, an offer met, an action taken on."""
    ids = {a.kind: a.id for a in read.activities(doc)}
    people = {p.name: p.id for p in read.participants(doc)}
    for statement in read_statements(doc):
        round_id = int(doc.conn.execute(
            "SELECT max(id) FROM pulse_rounds WHERE statement_id = ?", (statement,)
        ).fetchone()[0])
        text = doc.conn.execute(
            "SELECT text FROM pulse_statements WHERE id = ?", (statement,)).fetchone()[0]
        tally = TALLIES[index] if text == TRUST else {1 + index: 3, 2 + index: 2}
        pulse.set_tally(doc, round_id, tally)
    if ActivityKind.OFFERS_ASKS not in ids:
        agenda.add_activity(doc, ActivityKind.OFFERS_ASKS, "Offers and asks")
        ids = {a.kind: a.id for a in read.activities(doc)}
    name, org = PEOPLE[index]
    giver = Party(people[name], name, org)
    reciprocity.add_card(doc, ids[ActivityKind.OFFERS_ASKS], CardKind.OFFER, giver,
                         f"Meeting {index + 1}: our hall on Tuesdays")
    reciprocity.add_card(doc, ids[ActivityKind.OFFERS_ASKS], CardKind.ASK,
                         Party(None, PEOPLE[7][1], PEOPLE[7][1]),
                         f"Meeting {index + 1}: a place to meet")
    offer, ask = [int(r[0]) for r in doc.conn.execute(
        "SELECT id FROM reciprocity_cards ORDER BY id DESC LIMIT 2")][::-1]
    reciprocity.confirm_match(doc, offer, ask, due=f"2026-1{index}-15")
    actions.add_action(doc, f"Meeting {index + 1}: write up the walk", giver, "2026-12-01")
    actions.add_action(doc, f"Meeting {index + 1}: book the room", giver,
                       status=ActionStatus.DONE)


def read_statements(doc: Document) -> list[int]:
    return [int(r[0]) for r in doc.conn.execute("SELECT id FROM pulse_statements ORDER BY id")]


def next_and_review(previous: Path, path: Path, index: int) -> None:
    """The next meeting: made from the previous, its promises reviewed, then its own day."""
    with Document.open(previous, read_only=True) as old:
        new = series.next_meeting(old, path, date=f"2026-1{index}-01")
    with new:
        for promise in series.promises(new):
            status = (PromiseStatus.DONE if "hall" in promise.what
                      else PromiseStatus.DOING if promise.meeting == index else
                      PromiseStatus.DROPPED)
            review_promise(new, promise.id, status, f"reviewed at meeting {index + 1}")
        _meeting_work(new, index)


def three_meetings(folder: Path) -> list[Path]:
    paths = [folder / f"meeting-{k}.workshop" for k in (1, 2, 3)]
    first_meeting(paths[0])
    next_and_review(paths[0], paths[1], 1)
    next_and_review(paths[1], paths[2], 2)
    return paths
