"""Read the workshop's action list and the per-organisation summaries built on it."""

from __future__ import annotations

from typing import Any

from workshop.domain.actions import Action, ActionStatus, OrganisationSummary, SourceKind
from workshop.domain.reciprocity import CardKind
from workshop.storage import read_reciprocity
from workshop.storage.document import Document
from workshop.storage.read_reciprocity import party_from

_SELECT = """
    SELECT x.id, x.what, x.participant_id, x.organisation, p.name, p.organisation,
           x.due, x.status, x.source_kind, x.source_id
    FROM actions x LEFT JOIN participants p ON p.id = x.participant_id
"""
_SOURCE_SNIPPET = 60


def _action(row: tuple[Any, ...], doc: Document) -> Action:
    id_, what, participant_id, organisation, name, own, due, status, kind, source_id = row
    snippet = source_snippet(doc, SourceKind(kind), source_id)
    owner = (
        party_from(participant_id, organisation, name, own)
        if participant_id is not None or organisation
        else None
    )
    return Action(
        int(id_),
        what,
        owner,
        due,
        ActionStatus(status),
        SourceKind(kind),
        None if source_id is None else int(source_id),
        _source_words(SourceKind(kind), source_id, snippet),
        snippet,
    )


def actions(doc: Document) -> list[Action]:
    """Every action, in the order they were added."""
    return [
        _action(row, doc)
        for row in doc.conn.execute(f"{_SELECT} ORDER BY x.id").fetchall()
    ]


def action(doc: Document, action_id: int) -> Action | None:
    row = doc.conn.execute(f"{_SELECT} WHERE x.id = ?", (action_id,)).fetchone()
    return _action(row, doc) if row else None


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SOURCE_SNIPPET else text[: _SOURCE_SNIPPET - 1] + "…"


def source_snippet(doc: Document, kind: SourceKind, source_id: int | None) -> str | None:
    """The start of what an action came from ("Community fridge…"); None when there is no
    source or it was removed since (the handout names the kind in its own language)."""
    if kind is SourceKind.NONE or source_id is None:
        return None
    queries = {
        SourceKind.NOTE: "SELECT text FROM notes WHERE id = ?",
        SourceKind.CLUSTER: "SELECT title FROM clusters WHERE id = ?",
        SourceKind.VOTE: "SELECT title FROM activities WHERE id = ?",
        SourceKind.COMMITMENT: "SELECT what FROM commitments WHERE id = ?",
    }
    row = doc.conn.execute(queries[kind], (source_id,)).fetchone()
    return None if row is None else _snippet(str(row[0]) or "untitled")


def _source_words(kind: SourceKind, source_id: int | None, snippet: str | None) -> str:
    """Where an action came from, in English words ("Note: Community fridge…"); '' for none."""
    if kind is SourceKind.NONE or source_id is None:
        return ""
    if snippet is None:
        return f"{kind.label} (removed)"
    return f"{kind.label}: {snippet}"


def commitment_action(doc: Document, commitment_id: int) -> Action | None:
    """The action a confirmed commitment put on the list (None if it was removed since)."""
    row = doc.conn.execute(
        "SELECT id FROM actions WHERE source_kind = 'commitment' AND source_id = ?"
        " ORDER BY id LIMIT 1",
        (commitment_id,),
    ).fetchone()
    return action(doc, int(row[0])) if row else None


def organisations(doc: Document) -> list[str]:
    """Organisations with anything to report: cards, commitments or actions (theirs or their
    people's), by name."""
    found: dict[str, str] = {}
    for (name,) in doc.conn.execute(
        "SELECT organisation FROM reciprocity_cards WHERE participant_id IS NULL"
        " UNION SELECT organisation FROM actions WHERE participant_id IS NULL"
        " UNION SELECT p.organisation FROM participants p WHERE p.id IN"
        " (SELECT participant_id FROM reciprocity_cards UNION SELECT participant_id FROM actions)"
    ):
        if name:
            found.setdefault(str(name).casefold(), str(name))
    return sorted(found.values(), key=str.casefold)


def organisation_summary(doc: Document, organisation: str) -> OrganisationSummary:
    """What an organisation (itself or its people) offered, asked, gives, receives and does."""
    folded = organisation.casefold()

    def ours(org: str) -> bool:
        return org.casefold() == folded

    cards = [
        c
        for activity_id in read_reciprocity.offers_asks_activities(doc)
        for c in read_reciprocity.cards(doc, activity_id)
        if ours(c.party.organisation)
    ]
    commitments = read_reciprocity.commitments(doc)
    return OrganisationSummary(
        organisation,
        tuple(c for c in cards if c.kind is CardKind.OFFER),
        tuple(c for c in cards if c.kind is CardKind.ASK),
        tuple(c for c in commitments if ours(c.giver.organisation)),
        tuple(c for c in commitments if ours(c.receiver.organisation)),
        tuple(a for a in actions(doc) if a.owner is not None and ours(a.owner.organisation)),
    )
