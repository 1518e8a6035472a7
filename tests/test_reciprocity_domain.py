"""Offers and asks: parties, matching on stemmed terms, balance and flows (hand-checked)."""

from __future__ import annotations

import pytest

from workshop.domain.errors import ValidationError
from workshop.domain.models import Participant
from workshop.domain.reciprocity import (
    Card,
    CardKind,
    Commitment,
    Party,
    PartyDirectory,
    balance,
    flows,
    map_parties,
    same_side,
    suggest_matches,
    unmatched_asks,
)

ANA = Party(1, "Ana", "Library")
BEN = Party(2, "Ben", "Council")
CAT = Party(3, "Cat", "Council")
LIBRARY = Party.group("Library")


def offer(id_: int, party: Party, text: str) -> Card:
    return Card(id_, CardKind.OFFER, party, text)


def ask(id_: int, party: Party, text: str) -> Card:
    return Card(id_, CardKind.ASK, party, text)


def test_party_keys_labels_and_sides() -> None:
    assert ANA.key == "p:1" and ANA.label == "Ana (Library)"
    assert LIBRARY.key == "o:library" and LIBRARY.label == "Library" and LIBRARY.is_organisation
    assert same_side(ANA, ANA)
    assert same_side(ANA, LIBRARY) and same_side(LIBRARY, ANA)
    assert not same_side(BEN, CAT)  # two people of one organisation may help each other
    assert not same_side(BEN, LIBRARY)
    assert same_side(Party.group("library "), LIBRARY)


def test_matches_rank_by_stemmed_overlap() -> None:
    cards = [
        ask(10, BEN, "Volunteers for the food bank"),  # terms: volunt, food, bank
        offer(1, ANA, "Two volunteers every Saturday"),  # volunt, two, everi, saturday
        offer(2, CAT, "Food bank van and volunteer drivers"),  # food, bank, van, volunt, driver
        offer(3, ANA, "A meeting room"),
    ]
    matches = suggest_matches(cards)[10]
    # Cat is Ben's colleague, not Ben: she may be matched.
    assert [m.offer_id for m in matches] == [2, 1]
    assert set(matches[0].shared) >= {"bank", "food", "volunteers"}  # as the ask says it
    assert 0 < matches[1].score < matches[0].score <= 1


def test_never_matches_a_party_with_itself_or_its_organisation() -> None:
    cards = [
        ask(10, ANA, "Room for the reading group"),
        offer(1, ANA, "Room for any group"),
        offer(2, LIBRARY, "Reading group room"),
        offer(3, BEN, "A room"),
    ]
    assert [m.offer_id for m in suggest_matches(cards)[10]] == [3]


def test_confirmed_pairs_excluded_and_limit() -> None:
    cards = [ask(10, BEN, "room")] + [offer(i, ANA, "room") for i in range(1, 8)]
    assert [m.offer_id for m in suggest_matches(cards)[10]] == [1, 2, 3, 4, 5]
    assert [m.offer_id for m in suggest_matches(cards, exclude=[(1, 10)], limit=2)[10]] == [2, 3]


def test_ask_without_terms_gets_no_suggestions() -> None:
    cards = [ask(10, BEN, "the and of"), offer(1, ANA, "anything")]
    assert suggest_matches(cards) == {10: []}


def test_balance_flags() -> None:
    cards = [
        offer(1, ANA, "room"),
        ask(2, BEN, "room"),
        ask(3, CAT, "money"),
        offer(4, BEN, "printing"),
        ask(5, ANA, "printing"),
    ]
    commitments = [
        Commitment(1, 1, 2, ANA, BEN, "room", ""),
        Commitment(2, 4, 5, BEN, ANA, "printing", "2026-12-01"),
    ]
    rows = {r.party.name: r for r in balance(cards, commitments)}
    assert (rows["Ana"].offers, rows["Ana"].asks, rows["Ana"].gives, rows["Ana"].receives) == (
        1, 1, 1, 1,
    )
    assert rows["Ana"].flag == ""
    assert rows["Cat"].flag == "no match yet"
    only = balance(cards, commitments[:1])
    assert [(r.party.name, r.flag) for r in only] == [
        ("Cat", "no match yet"),
        ("Ben", "only receives"),
        ("Ana", "only gives"),
    ]
    assert [c.id for c in unmatched_asks(cards, commitments)] == [3]


def test_flows_group_commitments_and_map_parties() -> None:
    commitments = [
        Commitment(1, 1, 2, ANA, BEN, "room", ""),
        Commitment(2, 3, 4, ANA, BEN, "tea", ""),
        Commitment(3, 5, 6, BEN, LIBRARY, "funding", ""),
    ]
    found = flows(commitments)
    assert [(f.giver.name, f.receiver.name, f.count) for f in found] == [
        ("Ana", "Ben", 2),
        ("Ben", "Library", 1),
    ]
    assert [p.label for p in map_parties([], commitments)] == [
        "Ben (Council)",
        "Ana (Library)",
        "Library",
    ]


def test_directory_resolves_people_and_organisations() -> None:
    people = [
        Participant(1, "Ana Silva", "Library", ""),
        Participant(2, "Ben Ode", "Council", ""),
        Participant(3, "Ben Ode", "Youth Forum", ""),
    ]
    directory = PartyDirectory(people)
    assert directory.choices() == [
        "Ana Silva (Library)",
        "Ben Ode (Council)",
        "Ben Ode (Youth Forum)",
        "Council (organisation)",
        "Library (organisation)",
        "Youth Forum (organisation)",
    ]
    assert directory.resolve("ana silva").participant_id == 1
    assert directory.resolve("Ben Ode (Youth Forum)").participant_id == 3
    assert directory.resolve("library").is_organisation
    assert directory.resolve("Council (organisation)") == Party.group("Council")
    assert directory.resolve("An").participant_id == 1  # unique prefix
    assert directory.choice(directory.resolve("library")) == "Library (organisation)"
    with pytest.raises(ValidationError, match="Several participants"):
        directory.resolve("Ben Ode")
    with pytest.raises(ValidationError, match="Nobody called"):
        directory.resolve("Zed")
    with pytest.raises(ValidationError):
        directory.resolve("  ")
