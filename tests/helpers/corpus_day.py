"""A whole day built from the shared corpus (tests/helpers/corpus.py) through the real
operations: the laptop-screen test and the screenshots use it."""

from __future__ import annotations

from pathlib import Path


def corpus_day(path: Path) -> None:
    """A whole day from the shared corpus: 96 ideas in 8 clusters and loose, a vote on
    clusters and loose notes, purposes, offers and asks, a pulse, actions."""
    from helpers.corpus import IDEAS, add_people, fill_board
    from workshop.domain.models import ActivityKind
    from workshop.domain.reciprocity import CardKind, Party
    from workshop.domain.voting import VoteTarget
    from workshop.storage import read, read_reciprocity, read_votes
    from workshop.storage.document import Document
    from workshop.storage.ops import actions, agenda, details, pulse, purpose, reciprocity
    from workshop.storage.ops import voting as ops

    doc = Document.create(path)
    details.update_details(
        doc, title="Budżet obywatelski Pragi-Południe: spotkanie mieszkańców i organizacji",
        goal="Wybrać pięć pomysłów do zgłoszenia w budżecie dzielnicy.", anonymous=False,
    )
    people = add_people(doc)
    for kind, title in (
        (ActivityKind.WELCOME, "Powitanie i runda imion"),
        (ActivityKind.PURPOSE_BLEND, "Po co tu jesteśmy? Wspólny cel"),
        (ActivityKind.BRAINSTORM, "Pomysły na budżet dzielnicy"),
        (ActivityKind.DOT_VOTE, "Co najpierw? Głosowanie kropkami"),
        (ActivityKind.OFFERS_ASKS, "Oferty i prośby"),
        (ActivityKind.PULSE, "Jak się czujemy?"),
        (ActivityKind.CLOSE, "Zamknięcie"),
    ):
        agenda.add_activity(doc, kind, title)
    ids = {a.kind: a.id for a in read.activities(doc)}
    fill_board(doc, ids[ActivityKind.BRAINSTORM], ideas=IDEAS, authors=people)
    vote = ids[ActivityKind.DOT_VOTE]
    ops.configure_vote(doc, vote, source_activity_id=ids[ActivityKind.BRAINSTORM],
                       target=VoteTarget.CLUSTERS_AND_NOTES)
    items = read_votes.items(doc, read_votes.settings(doc, vote))
    for index, person in enumerate(people[:-1]):  # the last one votes at the laptop
        ops.cast_ballot(doc, vote, person, {items[index * 3 % len(items)].id: 3,
                                            items[-1 - index].id: 2})
    ops.set_revealed(doc, vote, True)
    blend = ids[ActivityKind.PURPOSE_BLEND]
    for index, person in enumerate(people[:6]):
        purpose.add_statement(doc, blend, person, IDEAS[40 + index])
    purpose.new_draft(doc, blend, IDEAS[8])
    offers = ids[ActivityKind.OFFERS_ASKS]
    everyone = read.participants(doc)
    for index, person in enumerate(everyone):
        kind = CardKind.OFFER if index % 2 == 0 else CardKind.ASK
        party = Party(person.id, person.name, person.organisation)
        reciprocity.add_card(doc, offers, kind, party, IDEAS[60 + index])
    cards = read_reciprocity.cards(doc, offers)
    offer = next(c for c in cards if c.kind is CardKind.OFFER)
    ask = next(c for c in cards if c.kind is CardKind.ASK)
    reciprocity.confirm_match(doc, offer.id, ask.id, due="2027-01-15")
    statement = pulse.add_statement(doc, ids[ActivityKind.PULSE], IDEAS[12])
    round_id = doc.conn.execute(
        "SELECT id FROM pulse_rounds WHERE statement_id = ?",
        (statement.inserted("pulse_statements")[0],),
    ).fetchone()[0]
    pulse.set_tally(doc, round_id, {0: 0, 1: 1, 2: 2, 3: 5, 4: 4, 5: 1})
    for index in range(5):
        actions.add_action(doc, IDEAS[20 + index])
    doc.close()
