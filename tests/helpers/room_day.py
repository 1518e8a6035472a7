"""A real room's purpose blend, offers and asks, and pulse checks (for the projector tests).

Ten public bodies and charities with their long purpose statements (``labelled.PURPOSES``),
twenty people, the 91 offers and asks of ``labelled``, the five collective-impact pulse
statements asked twice — built through the same operations the app uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.helpers.labelled import ASKS, OFFERS, PURPOSES

from workshop.domain.models import ActivityKind
from workshop.domain.purpose_models import ROUND_PAIRS, PartyMode
from workshop.domain.reciprocity import CardKind, Party
from workshop.domain.roster import RosterEntry
from workshop.storage import read, read_pulse, read_purpose
from workshop.storage.document import Document
from workshop.storage.ops import agenda, details, participants
from workshop.storage.ops import pulse as pulse_ops
from workshop.storage.ops import purpose as purpose_ops
from workshop.storage.ops import reciprocity as reciprocity_ops

DRAFT = (
    "Together we make Eastgate a place where every resident has a safe, warm home, food on "
    "the table, free advice and the skills and connections to thrive, and where nobody is "
    "left isolated: we share our spaces, our data and our volunteers to get there."
)


FIRST_NAMES = (
    "Amara", "Bartek", "Chidi", "Dorota", "Eilidh", "Farid", "Grainne", "Hamza", "Ines",
    "Jakub", "Kemi", "Lior", "Małgorzata", "Nneka", "Oisín", "Priya", "Quentin", "Rahel",
    "Siobhán", "Tomasz",
)
LAST_NAMES = (
    "Okafor", "Nowak", "Eze", "Wiśniewska", "MacLeod", "Haddad", "Brennan", "Ali", "Sousa",
    "Kowalski", "Adeyemi", "Cohen", "Zielińska", "Obi", "Murphy", "Patel", "Dubois",
    "Tesfaye", "O'Neill", "Lewandowski",
)


@dataclass(frozen=True)
class RoomDay:
    purpose: int
    offers: int
    pulse: int


def build(doc: Document, *, cards: int = 91, parties: int = 10, named: bool = True) -> RoomDay:
    """The room's day; ``cards`` offers and asks (half each), ``parties`` purpose statements."""
    details.update_details(doc, anonymous=not named)
    organisations = list(PURPOSES)[:parties]
    people = [
        RosterEntry(f"{first} {last}", organisations[i % len(organisations)])
        for i, (first, last) in enumerate(
            zip(
                FIRST_NAMES,
                LAST_NAMES,
                strict=True,
            )
        )
    ]
    participants.add_participants(doc, people)
    agenda.add_activity(doc, ActivityKind.PURPOSE_BLEND, "Why are we here together?")
    agenda.add_activity(doc, ActivityKind.OFFERS_ASKS, "What can we offer, what do we need?")
    agenda.add_activity(doc, ActivityKind.PULSE, "Collective impact check")
    ids = {a.title: a.id for a in read.activities(doc)}
    purpose = ids["Why are we here together?"]
    purpose_ops.set_purpose_settings(doc, purpose, by=PartyMode.ORGANISATION)
    for organisation in organisations:
        purpose_ops.add_statement(doc, purpose, organisation, PURPOSES[organisation])
    offers = ids["What can we offer, what do we need?"]
    everyone = read.participants(doc)
    chosen = [(CardKind.OFFER, t) for t in list(OFFERS.values())[: cards - cards // 2]] + [
        (CardKind.ASK, t) for t, _ in list(ASKS.values())[: cards // 2]
    ]
    for index, (kind, text) in enumerate(chosen):
        person = everyone[index % len(everyone)]
        reciprocity_ops.add_card(doc, offers, kind, Party.person(person), text)
    pulse = ids["Collective impact check"]
    pulse_ops.add_impact_check(doc, pulse)
    for number, statement in enumerate(read_pulse.statements(doc, pulse)):
        first = read_pulse.rounds(doc, statement.id)[0]
        pulse_ops.set_tally(doc, first.round_id, {1: 3, 2: 6 + number, 3: 5, 4: 2})
        pulse_ops.add_round(doc, statement.id, "After lunch")
        second = read_pulse.rounds(doc, statement.id)[-1]
        pulse_ops.set_tally(doc, second.round_id, {2: 2, 3: 6, 4: 7 + number, 5: 3})
    return RoomDay(purpose, offers, pulse)


def add_pairs(doc: Document, day: RoomDay) -> None:
    purpose_ops.propose_groups(doc, day.purpose, ROUND_PAIRS)


def add_draft_with_ratings(doc: Document, day: RoomDay) -> None:
    purpose_ops.new_draft(doc, day.purpose, DRAFT)
    (draft,) = read_purpose.drafts(doc, day.purpose)
    for score, statement in enumerate(read_purpose.statements(doc, day.purpose)):
        purpose_ops.rate(doc, draft.id, statement.party.organisation, 2 + score % 4)


#: Two more parties (not organisations of the people above): with ``PURPOSES`` the twelve
#: of the room-screens benchmark and its refresh tests.
MORE_PURPOSES = {
    "Westside Mosque": "We serve our community through worship, education and welfare, "
    "feeding neighbours in need and welcoming people of every faith and none.",
    "Northfield Sports Trust": "We get residents of every age and ability active through "
    "affordable sport, coaching and volunteering in local parks and halls.",
}


def build_twelve(doc: Document, *, cards: int = 60) -> RoomDay:
    """The day at the size the speed target is set for: 12 parties, ``cards`` offers and
    asks, a draft rated by every party."""
    day = build(doc, cards=cards)
    for name, text in MORE_PURPOSES.items():
        purpose_ops.add_statement(doc, day.purpose, name, text)
    add_draft_with_ratings(doc, day)
    return day
