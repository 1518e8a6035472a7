"""Reciprocity: what each party can offer, what it asks for, and who gives what to whom.

Pure Python (no Qt, no database). A *party* is a participant or an organisation.
Cards are offers or asks; :func:`suggest_matches` proposes, for every ask, the
offers that could meet it (``reciprocity_match``: the same lemmas as purpose
blending, weighted by how much they say, plus resource concepts and synonyms learnt
from confirmed matches). A confirmed match is a :class:`Commitment`; :func:`balance`
tells who only gives, who only receives, and who has no match yet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from workshop.domain.errors import ValidationError
from workshop.domain.models import Participant
from workshop.domain.purpose import Lexicon
from workshop.domain.purpose_models import DEFAULT_LANGUAGE
from workshop.domain.reciprocity_match import MIN_SCORE, Matcher, learn_pairs

#: How many suggestions are offered per ask unless the caller asks for more.
SUGGESTIONS_PER_ASK = 5


class CardKind(StrEnum):
    OFFER = "offer"
    ASK = "ask"

    @property
    def label(self) -> str:
        return "Offer" if self is CardKind.OFFER else "Ask"


@dataclass(frozen=True, slots=True)
class Party:
    """A participant (``participant_id`` set) or an organisation (``participant_id`` None).

    ``organisation`` is the participant's organisation, or the organisation's own name.
    """

    participant_id: int | None
    name: str
    organisation: str

    @property
    def is_organisation(self) -> bool:
        return self.participant_id is None

    @property
    def key(self) -> str:
        if self.participant_id is None:
            return "o:" + self.organisation.casefold()
        return f"p:{self.participant_id}"

    @property
    def label(self) -> str:
        """How the party is shown: "Name (Organisation)", or the organisation's name."""
        if self.participant_id is None or not self.organisation:
            return self.name
        return f"{self.name} ({self.organisation})"

    @staticmethod
    def person(participant: Participant) -> Party:
        return Party(participant.id, participant.name, participant.organisation)

    @staticmethod
    def group(organisation: str) -> Party:
        name = " ".join(organisation.split())
        return Party(None, name, name)


def same_side(a: Party, b: Party) -> bool:
    """Whether two parties are one side: the same party, or a person and their own organisation.

    Matching them would be a party meeting its own ask, so it is never suggested.
    """
    if a.key == b.key:
        return True
    if a.is_organisation != b.is_organisation:
        org, person = (a, b) if a.is_organisation else (b, a)
        return bool(person.organisation) and (
            person.organisation.casefold() == org.organisation.casefold()
        )
    return False


class PartyDirectory:
    """Every party that can be chosen: each participant and each organisation.

    Resolves what was typed in a type-ahead box (a label, a name, an organisation).
    """

    ORGANISATION_SUFFIX = " (organisation)"

    def __init__(self, participants: Iterable[Participant]) -> None:
        self.people = [Party.person(p) for p in participants]
        organisations: dict[str, str] = {}
        for person in self.people:
            if person.organisation:
                organisations.setdefault(person.organisation.casefold(), person.organisation)
        names = sorted(organisations.values(), key=str.casefold)
        self.organisations = [Party.group(name) for name in names]

    def choices(self) -> list[str]:
        """Texts for a completer: people first ("Name (Organisation)"), then organisations."""
        return [p.label for p in self.people] + [
            o.name + self.ORGANISATION_SUFFIX for o in self.organisations
        ]

    def choice(self, party: Party) -> str:
        """The completer text for ``party`` (the inverse of :meth:`resolve`)."""
        return party.name + self.ORGANISATION_SUFFIX if party.is_organisation else party.label

    def resolve(self, text: str) -> Party:
        """The party ``text`` names; a clear message when it names nobody or several people."""
        typed = " ".join(text.split())
        if not typed:
            raise ValidationError("Type whose card this is: a participant or an organisation.")
        folded = typed.casefold()
        suffix = self.ORGANISATION_SUFFIX.casefold()
        if folded.endswith(suffix):
            folded = folded[: -len(suffix)].strip()
            return self._organisation(folded, typed)
        for person in self.people:
            if person.label.casefold() == folded:
                return person
        named = [p for p in self.people if p.name.casefold() == folded]
        if len(named) == 1:
            return named[0]
        if len(named) > 1:
            raise ValidationError(
                "Several participants are called “{typed}”: choose one from the list.", typed=typed
            )
        return self._organisation(folded, typed)

    def _organisation(self, folded: str, typed: str) -> Party:
        for org in self.organisations:
            if org.name.casefold() == folded:
                return org
        starts = [p for p in self.people if p.name.casefold().startswith(folded)]
        if len(starts) == 1:
            return starts[0]
        raise ValidationError(
            "Nobody called “{typed}” is in the room: add them under Participants first, "
            "or choose a name from the list.", typed=typed
        )


@dataclass(frozen=True, slots=True)
class Card:
    id: int
    kind: CardKind
    party: Party
    text: str


@dataclass(frozen=True, slots=True)
class Commitment:
    """Who gives what to whom, optionally by when (``due`` is an ISO date or empty)."""

    id: int
    offer_id: int
    ask_id: int
    giver: Party
    receiver: Party
    what: str
    due: str


@dataclass(frozen=True, slots=True)
class Match:
    """An offer that could meet an ask: ``score`` 0…1 and why, in words ("room ↔ hall")."""

    ask_id: int
    offer_id: int
    score: float
    shared: tuple[str, ...]


def suggest_matches(
    cards: Sequence[Card],
    *,
    language: str = DEFAULT_LANGUAGE,
    limit: int = SUGGESTIONS_PER_ASK,
    exclude: Iterable[tuple[int, int]] = (),
    lexicon: Lexicon | None = None,
    synonyms: Iterable[tuple[str, str]] = (),
) -> dict[int, list[Match]]:
    """For every ask (by card id), the offers that could meet it, best first.

    The score (0…1) is the cosine of the cards' weighted features
    (``reciprocity_match``): the same specific word, its root, a resource concept, a
    learnt synonym. Offers scoring below ``MIN_SCORE`` are not suggested; nor offers of
    the same side (:func:`same_side`), nor ``(offer_id, ask_id)`` pairs in ``exclude``
    (already confirmed). Ties go to the older offer (lower id).
    """
    matcher = Matcher(lexicon or Lexicon(language), synonyms)
    offers = [c for c in cards if c.kind is CardKind.OFFER]
    offer_features = [matcher.features(o.text) for o in offers]
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for position, features in enumerate(offer_features):
        for feature, weight in features.weights.items():
            index[feature].append((position, weight))
    excluded = set(exclude)
    result: dict[int, list[Match]] = {}
    for ask in cards:
        if ask.kind is not CardKind.ASK:
            continue
        features = matcher.features(ask.text)
        dots: dict[int, float] = defaultdict(float)
        for feature, weight in features.weights.items():
            for position, other in index.get(feature, ()):
                dots[position] += weight * other
        ranked = sorted(
            (-dot / (features.norm * offer_features[p].norm), offers[p].id, p)
            for p, dot in dots.items()
        )
        found = []
        for negative, offer_id, position in ranked:
            if -negative < MIN_SCORE:
                break
            offer = offers[position]
            if (offer_id, ask.id) in excluded or same_side(offer.party, ask.party):
                continue
            _, shared = matcher.score(features, offer_features[position])
            found.append(Match(ask.id, offer_id, round(-negative, 6), shared))
            if len(found) == limit:
                break
        result[ask.id] = found
    return result


def learnt_synonyms(
    cards: Sequence[Card], commitments: Iterable[Commitment], lexicon: Lexicon
) -> list[tuple[str, str]]:
    """Synonym pairs the facilitator's confirmed matches teach (undone with them)."""
    texts = {card.id: card.text for card in cards}
    confirmed = [
        (texts[c.ask_id], texts[c.offer_id])
        for c in commitments
        if c.ask_id in texts and c.offer_id in texts
    ]
    return learn_pairs(confirmed, lexicon)


@dataclass(frozen=True, slots=True)
class BalanceRow:
    party: Party
    offers: int
    asks: int
    gives: int
    receives: int

    @property
    def flag(self) -> str:
        """"only gives", "only receives", "no match yet" or "" (gives and receives)."""
        if self.gives and not self.receives:
            return "only gives"
        if self.receives and not self.gives:
            return "only receives"
        if not self.gives and not self.receives:
            return "no match yet"
        return ""


def balance(cards: Iterable[Card], commitments: Iterable[Commitment]) -> list[BalanceRow]:
    """Per party (everyone with a card or a commitment): offers, asks, gives, receives.

    Sorted by how much attention the party needs: no match yet first, then only
    receives, only gives, then balanced; by label within each.
    """
    parties: dict[str, Party] = {}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for card in cards:
        parties.setdefault(card.party.key, card.party)
        counts[card.party.key][0 if card.kind is CardKind.OFFER else 1] += 1
    for commitment in commitments:
        for party, index in ((commitment.giver, 2), (commitment.receiver, 3)):
            parties.setdefault(party.key, party)
            counts[party.key][index] += 1
    rows = [BalanceRow(parties[key], *counts[key]) for key in parties]
    order = {"no match yet": 0, "only receives": 1, "only gives": 2, "": 3}
    rows.sort(key=lambda r: (order[r.flag], r.party.label.casefold()))
    return rows


@dataclass(frozen=True, slots=True)
class Flow:
    """All commitments from one party to another: one arrow on the reciprocity map."""

    giver: Party
    receiver: Party
    commitments: tuple[Commitment, ...]

    @property
    def count(self) -> int:
        return len(self.commitments)


def flows(commitments: Iterable[Commitment]) -> list[Flow]:
    """Commitments grouped by (giver, receiver), in order of first commitment."""
    grouped: dict[tuple[str, str], list[Commitment]] = {}
    for commitment in commitments:
        key = (commitment.giver.key, commitment.receiver.key)
        grouped.setdefault(key, []).append(commitment)
    return [Flow(g[0].giver, g[0].receiver, tuple(g)) for g in grouped.values()]


def map_parties(cards: Iterable[Card], commitments: Iterable[Commitment]) -> list[Party]:
    """The nodes of the reciprocity map: every party with a card or a commitment, by label."""
    parties: dict[str, Party] = {}
    for card in cards:
        parties.setdefault(card.party.key, card.party)
    for commitment in commitments:
        parties.setdefault(commitment.giver.key, commitment.giver)
        parties.setdefault(commitment.receiver.key, commitment.receiver)
    return sorted(parties.values(), key=lambda p: (p.organisation.casefold(), p.label.casefold()))


def commitment_text(what: str, receiver: Party) -> str:
    """The sentence of a commitment as it appears in the action list."""
    return f"{what} → {receiver.name}"


def unmatched_asks(cards: Iterable[Card], commitments: Iterable[Commitment]) -> list[Card]:
    met = {c.ask_id for c in commitments}
    return [c for c in cards if c.kind is CardKind.ASK and c.id not in met]


def unmatched_offers(cards: Iterable[Card], commitments: Iterable[Commitment]) -> list[Card]:
    """Offers no commitment uses yet: what was offered and nobody took."""
    taken = {c.offer_id for c in commitments}
    return [c for c in cards if c.kind is CardKind.OFFER and c.id not in taken]


def cards_by_party(cards: Iterable[Card]) -> Mapping[str, list[Card]]:
    grouped: dict[str, list[Card]] = defaultdict(list)
    for card in cards:
        grouped[card.party.key].append(card)
    return grouped
