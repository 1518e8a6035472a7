"""Demo content of reciprocity and trust: offers and asks with two commitments, a pulse check
asked at check-in and check-out, the collective impact check, and the day's actions."""

from __future__ import annotations

from workshop.domain.actions import ActionStatus, SourceKind
from workshop.domain.models import ActivityKind
from workshop.domain.pulse import Scale
from workshop.domain.reciprocity import CardKind, Party
from workshop.storage import read, read_pulse, read_reciprocity
from workshop.storage.document import Document
from workshop.storage.ops import actions as action_ops
from workshop.storage.ops import agenda
from workshop.storage.ops import pulse as pulse_ops
from workshop.storage.ops import reciprocity as ops

OFFERS_ASKS_TITLE = "Offers and asks"
PULSE_TITLE = "Pulse check"
TRUST = "I trust this group to act on what we decide today."

#: (kind, person's name or "org:Organisation", text)
CARDS: list[tuple[CardKind, str, str]] = [
    (CardKind.OFFER, "Amara Okafor", "Free meeting rooms at the library, evenings included"),
    (CardKind.OFFER, "org:Town Council", "Small grants of up to £2,000 for community projects"),
    (CardKind.OFFER, "Hana Sato", "Surplus food every Friday for shared meals"),
    (CardKind.OFFER, "Kwame Mensah", "Interpreters for Arabic, Polish and Portuguese"),
    (CardKind.OFFER, "Gabriel Silva", "Young volunteers to run a homework club"),
    (CardKind.OFFER, "Dmitri Volkov", "Help writing a joint funding bid"),
    (CardKind.ASK, "Farah Haddad", "A free room for the youth forum's meetings"),
    (CardKind.ASK, "org:Food Bank", "Volunteers for Friday shared meals"),
    (CardKind.ASK, "Joanna Nowak", "Interpreters for health checks in the food bank queue"),
    (CardKind.ASK, "Ben Hughes", "Volunteers for the library homework club"),
    (CardKind.ASK, "org:Health Centre", "A grant for a carers' café"),
    (CardKind.ASK, "Chloé Martin", "Shared data on who uses which service"),
]

#: (offer text, ask text, due date)
COMMITMENTS = [
    ("Free meeting rooms at the library, evenings included",
     "A free room for the youth forum's meetings", "2026-12-15"),
    ("Young volunteers to run a homework club",
     "Volunteers for the library homework club", "2027-01-12"),
]

#: Check-in and check-out tallies of the trust statement (fist of five, 0–5).
TRUST_ROUNDS = [
    ("Check-in", {1: 1, 2: 3, 3: 5, 4: 2, 5: 1}),
    ("Check-out", {2: 1, 3: 3, 4: 6, 5: 2}),
]
#: Collective impact check (agreement 1–5), one tally per condition in order.
IMPACT_TALLIES = [
    {2: 2, 3: 4, 4: 5, 5: 1},
    {1: 3, 2: 5, 3: 3, 4: 1},
    {2: 2, 3: 6, 4: 3, 5: 1},
    {2: 1, 3: 3, 4: 6, 5: 2},
    {1: 4, 2: 5, 3: 2, 4: 1},
]


def fill(doc: Document) -> None:
    # Both go just before the close: offers and asks, then the pulse check (its check-in
    # round was asked at the start of the day, its check-out round now).
    for kind, title, prompt, minutes, notes in (
        (
            ActivityKind.OFFERS_ASKS,
            OFFERS_ASKS_TITLE,
            "What can you offer that would unlock something for others? What do you need?",
            25,
            "",
        ),
        (
            ActivityKind.PULSE,
            PULSE_TITLE,
            "Show a fist or fingers: 0 = no trust yet, 5 = full trust.",
            10,
            "Asked at check-in and again now; compare the two rounds side by side.",
        ),
    ):
        close = next((a for a in read.activities(doc) if a.kind is ActivityKind.CLOSE), None)
        agenda.add_activity(
            doc, kind, title, prompt, minutes, notes, position=close.position if close else None
        )
    by_title = {a.title: a.id for a in read.activities(doc)}
    _offers_asks(doc, by_title[OFFERS_ASKS_TITLE])
    _pulse(doc, by_title[PULSE_TITLE])
    _actions(doc)


def _party(doc: Document, who: str) -> Party:
    if who.startswith("org:"):
        return Party.group(who[4:])
    person = next(p for p in read.participants(doc) if p.name == who)
    return Party.person(person)


def _offers_asks(doc: Document, activity_id: int) -> None:
    for kind, who, text in CARDS:
        ops.add_card(doc, activity_id, kind, _party(doc, who), text)
    ids = {c.text: c.id for c in read_reciprocity.cards(doc, activity_id)}
    for offer, ask, due in COMMITMENTS:
        ops.confirm_match(doc, ids[offer], ids[ask], due=due)


def _pulse(doc: Document, activity_id: int) -> None:
    pulse_ops.add_statement(doc, activity_id, TRUST, Scale.FIST, round_label="Check-in")
    trust = read_pulse.statements(doc, activity_id)[0].id
    pulse_ops.add_round(doc, trust, "Check-out")
    for result, (_, tally) in zip(read_pulse.rounds(doc, trust), TRUST_ROUNDS, strict=True):
        pulse_ops.set_tally(doc, result.round_id, tally)
    pulse_ops.add_impact_check(doc, activity_id)
    impact = [s for s in read_pulse.statements(doc, activity_id) if s.condition]
    for statement, tally in zip(impact, IMPACT_TALLIES, strict=True):
        pulse_ops.set_tally(doc, read_pulse.rounds(doc, statement.id)[0].round_id, tally)


def _actions(doc: Document) -> None:
    conn = doc.conn
    note = conn.execute(
        "SELECT id FROM notes WHERE text = 'Community fridge at the library entrance'"
    ).fetchone()
    cluster = conn.execute("SELECT id FROM clusters WHERE title = 'Working together'").fetchone()
    vote = conn.execute("SELECT id FROM activities WHERE kind = 'dot_vote'").fetchone()
    people = {p.name: Party.person(p) for p in read.participants(doc)}
    if note:
        action_ops.add_action(
            doc, "Check food-safety rules for a community fridge", people.get("Hana Sato"),
            "2026-12-11", ActionStatus.DOING, source_kind=SourceKind.NOTE, source_id=note[0],
        )
    if cluster:
        action_ops.add_action(
            doc, "Draft a partnership agreement for the next meeting", Party.group("Town Council"),
            "2027-01-20", source_kind=SourceKind.CLUSTER, source_id=cluster[0],
        )
    if vote:
        action_ops.add_action(
            doc, "Send everyone the ranked agenda and the vote results", people.get("Ben Hughes"),
            "2026-11-30", ActionStatus.DONE, source_kind=SourceKind.VOTE, source_id=vote[0],
        )
    action_ops.add_action(doc, "Book the hall for the next session", None, "2027-01-05")
