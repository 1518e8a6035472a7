"""Read offers and asks, commitments and the parties that can hold them."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from workshop.domain.purpose import Lexicon
from workshop.domain.reciprocity import (
    Card,
    CardKind,
    Commitment,
    Match,
    Party,
    PartyDirectory,
    learnt_synonyms,
    suggest_matches,
)
from workshop.storage import read
from workshop.storage.document import Document

_CARD_COLUMNS = (
    "c.id, c.kind, c.participant_id, c.organisation, c.text, p.name, p.organisation"
)
_CARD_JOIN = "reciprocity_cards c LEFT JOIN participants p ON p.id = c.participant_id"


def party_from(
    participant_id: int | None, organisation: str, name: str | None, own: str | None
) -> Party:
    """A party from stored columns: a participant's row (name, own organisation), else the org."""
    if participant_id is None:
        return Party.group(organisation)
    return Party(int(participant_id), name or "(removed)", own or "")


def _card(row: tuple[Any, ...]) -> Card:
    id_, kind, participant_id, organisation, text, name, own = row
    return Card(int(id_), CardKind(kind), party_from(participant_id, organisation, name, own), text)


def parties(doc: Document) -> PartyDirectory:
    """Every participant and organisation, for type-ahead boxes."""
    return PartyDirectory(read.participants(doc))


def cards(doc: Document, activity_id: int) -> list[Card]:
    """The activity's offers and asks, in the order they were written."""
    return [
        _card(row)
        for row in doc.conn.execute(
            f"SELECT {_CARD_COLUMNS} FROM {_CARD_JOIN} WHERE c.activity_id = ? ORDER BY c.id",
            (activity_id,),
        )
    ]


def card(doc: Document, card_id: int) -> Card | None:
    row = doc.conn.execute(
        f"SELECT {_CARD_COLUMNS} FROM {_CARD_JOIN} WHERE c.id = ?", (card_id,)
    ).fetchone()
    return _card(row) if row else None


_COMMITMENT_SELECT = """
    SELECT m.id, m.offer_id, m.ask_id, m.what, m.due,
           o.id, o.kind, o.participant_id, o.organisation, o.text, op.name, op.organisation,
           a.id, a.kind, a.participant_id, a.organisation, a.text, ap.name, ap.organisation
    FROM commitments m
    JOIN reciprocity_cards o ON o.id = m.offer_id
    LEFT JOIN participants op ON op.id = o.participant_id
    JOIN reciprocity_cards a ON a.id = m.ask_id
    LEFT JOIN participants ap ON ap.id = a.participant_id
"""


def _commitment(row: tuple[Any, ...]) -> Commitment:
    id_, offer_id, ask_id, what, due = row[:5]
    offer, ask = _card(row[5:12]), _card(row[12:19])
    return Commitment(int(id_), int(offer_id), int(ask_id), offer.party, ask.party, what, due)


def commitments(doc: Document, activity_id: int | None = None) -> list[Commitment]:
    """Confirmed commitments of one activity, or of the whole workshop, oldest first."""
    if activity_id is None:
        rows = doc.conn.execute(f"{_COMMITMENT_SELECT} ORDER BY m.id")
    else:
        rows = doc.conn.execute(
            f"{_COMMITMENT_SELECT} WHERE m.activity_id = ? ORDER BY m.id", (activity_id,)
        )
    return [_commitment(row) for row in rows]


def commitment(doc: Document, commitment_id: int) -> Commitment | None:
    row = doc.conn.execute(f"{_COMMITMENT_SELECT} WHERE m.id = ?", (commitment_id,)).fetchone()
    return _commitment(row) if row else None


def suggestions(doc: Document, activity_id: int, *, limit: int = 5) -> dict[int, list[Match]]:
    """Suggested offers for each ask of the activity, without pairs already confirmed.

    Every match confirmed anywhere in the workshop teaches the matcher synonyms
    (``learnt_synonyms``); undoing the confirmation unlearns them.
    """
    everything = commitments(doc)
    return _suggestions(
        tuple(cards(doc, activity_id)),
        tuple(everything),
        tuple(_cards_of(doc, everything)),
        read.analysis_language(doc),  # the workshop's language
        limit,
    )


@lru_cache(maxsize=8)
def _suggestions(
    cards: tuple[Card, ...],
    everything: tuple[Commitment, ...],
    confirmed_cards: tuple[Card, ...],
    language: str,
    limit: int,
) -> dict[int, list[Match]]:
    """The same cards and commitments suggest the same (an undone confirmation, a change
    elsewhere in the workshop, the laptop and the projector asking): computed once. The
    result is shared: read it, never change it."""
    confirmed = [(c.offer_id, c.ask_id) for c in everything if c.ask_id]
    lexicon = Lexicon(language)
    learnt = learnt_synonyms(confirmed_cards, everything, lexicon)
    return suggest_matches(
        cards, limit=limit, exclude=confirmed, lexicon=lexicon, synonyms=learnt
    )


def _cards_of(doc: Document, confirmed: list[Commitment]) -> list[Card]:
    """The offers and asks of confirmed matches, from any activity of the workshop."""
    ids = sorted({c.offer_id for c in confirmed} | {c.ask_id for c in confirmed})
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return [
        _card(row)
        for row in doc.conn.execute(
            f"SELECT {_CARD_COLUMNS} FROM {_CARD_JOIN} WHERE c.id IN ({marks})", ids
        )
    ]


def offers_asks_activities(doc: Document) -> list[int]:
    """Ids of the offers-and-asks activities, in agenda order."""
    return [
        int(row[0])
        for row in doc.conn.execute(
            "SELECT id FROM activities WHERE kind = 'offers_asks' ORDER BY position, id"
        )
    ]
