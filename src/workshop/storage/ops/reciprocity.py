"""Offers and asks: write cards, confirm matches as commitments, edit and remove them.

A confirmed commitment also puts an action on the workshop's list (owner: the
giver, due: the commitment's date), in the same undo step; removing the
commitment removes that action with it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from workshop.domain import validation as v
from workshop.domain.actions import clean_due
from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.domain.reciprocity import CardKind, Party, commitment_text, same_side
from workshop.storage import dependents
from workshop.storage.changes import Change, Label, counted
from workshop.storage.document import Document
from workshop.storage.read_reciprocity import party_from

CARD_MAX = 500


def party_columns(conn: sqlite3.Connection, party: Party) -> dict[str, object]:
    """How a party is stored: ``participant_id`` (a person) or ``organisation`` (an org)."""
    if party.participant_id is None:
        name = v.required_text(party.organisation, "The organisation's name")
        return {"participant_id": None, "organisation": name}
    row = conn.execute(
        "SELECT 1 FROM participants WHERE id = ?", (party.participant_id,)
    ).fetchone()
    if row is None:
        raise ValidationError("{name} is no longer on the participant list.", name=party.name)
    return {"participant_id": party.participant_id, "organisation": ""}


def _require_activity(conn: sqlite3.Connection, activity_id: int) -> None:
    row = conn.execute("SELECT kind FROM activities WHERE id = ?", (activity_id,)).fetchone()
    if row is None:
        raise ValidationError("That activity no longer exists.")
    if row[0] != ActivityKind.OFFERS_ASKS.value:
        raise ValidationError("Offers and asks can only be added to an offers-and-asks activity.")


def _clean_text(text: str, kind: CardKind) -> str:
    what = "An offer" if kind is CardKind.OFFER else "An ask"
    return v.required_text(text, what, CARD_MAX)


def add_card(
    doc: Document, activity_id: int, kind: CardKind, party: Party, text: str
) -> Change:
    """One offer or ask by ``party`` (fast capture: Enter adds it)."""
    kind = CardKind(kind)
    clean = _clean_text(text, kind)
    label = Label(
        "Add offer “{text}”" if kind.value == "offer" else "Add ask “{text}”", text=_short(clean)
    )
    with doc.edit(label) as ed:
        _require_activity(ed.conn, activity_id)
        row = {
            "activity_id": activity_id,
            "kind": kind.value,
            "text": clean,
            **party_columns(ed.conn, party),
        }
        ed.table("reciprocity_cards").insert(row)
    assert ed.change is not None
    return ed.change


def edit_card(
    doc: Document,
    card_id: int,
    *,
    text: str,
    party: Party | None = None,
    kind: CardKind | None = None,
) -> Change:
    """Change a card's words (and, optionally, whose it is and whether it offers or asks).

    A card that is part of a commitment keeps its kind and its party: remove the
    commitment first.
    """
    with doc.edit("Edit card") as ed:
        current = _card_row(ed.conn, card_id)
        new_kind = CardKind(kind) if kind is not None else CardKind(str(current["kind"]))
        fields: dict[str, object] = {"text": _clean_text(text, new_kind), "kind": new_kind.value}
        if party is not None:
            fields.update(party_columns(ed.conn, party))
        committed = ed.conn.execute(
            "SELECT 1 FROM commitments WHERE offer_id = ? OR ask_id = ?", (card_id, card_id)
        ).fetchone()
        moved = new_kind.value != current["kind"] or (
            party is not None
            and (fields["participant_id"], fields["organisation"])
            != (current["participant_id"], current["organisation"])
        )
        if committed and moved:
            raise ValidationError(
                "This card is part of a commitment: remove the commitment before changing "
                "whose card it is or whether it offers or asks."
            )
        ed.table("reciprocity_cards").update(card_id, fields)
    assert ed.change is not None
    return ed.change


def remove_cards(doc: Document, card_ids: Sequence[int]) -> Change:
    """Remove cards, with the commitments they are part of (and those commitments' actions)."""
    if not card_ids:
        raise ValidationError("Select the cards to remove first.")
    label = counted(len(card_ids), "Remove card", "Remove {count} cards")
    with doc.edit(label) as ed:
        for card_id in card_ids:
            _card_row(ed.conn, card_id)
        dependents.before_cards_removed(ed.conn, list(card_ids))
        for card_id in card_ids:
            ed.conn.execute("DELETE FROM reciprocity_cards WHERE id = ?", (card_id,))
    assert ed.change is not None
    return ed.change


def confirm_match(
    doc: Document, offer_id: int, ask_id: int, *, due: str = "", what: str | None = None
) -> Change:
    """The offer meets the ask: a commitment (giver → receiver), and an action for the giver.

    ``what`` defaults to the offer's words; ``due`` is an ISO date or empty.
    """
    due = clean_due(due)
    with doc.edit("Confirm commitment") as ed:
        offer, ask = _card_row(ed.conn, offer_id), _card_row(ed.conn, ask_id)
        if offer["kind"] != CardKind.OFFER.value or ask["kind"] != CardKind.ASK.value:
            raise ValidationError("A commitment joins an offer to an ask.")
        if offer["activity_id"] != ask["activity_id"]:
            raise ValidationError("The offer and the ask belong to different activities.")
        giver, receiver = _party(ed.conn, offer), _party(ed.conn, ask)
        if same_side(giver, receiver):
            raise ValidationError(
                "{label} cannot meet their own ask: choose an offer from someone else.",
                label=giver.label,
            )
        exists = ed.conn.execute(
            "SELECT 1 FROM commitments WHERE offer_id = ? AND ask_id = ?", (offer_id, ask_id)
        ).fetchone()
        if exists:
            raise ValidationError("This offer is already committed to this ask.")
        words = str(what if what is not None else offer["text"])
        text = v.required_text(words, "The commitment", CARD_MAX)
        commitment_id = ed.table("commitments").insert(
            {
                "activity_id": offer["activity_id"],
                "offer_id": offer_id,
                "ask_id": ask_id,
                "what": text,
                "due": due,
            }
        ).last_pk
        ed.table("actions").insert(
            {
                "what": v.limited(commitment_text(text, receiver), "The action", v.TEXT_MAX),
                "due": due,
                "source_kind": "commitment",
                "source_id": commitment_id,
                **party_columns(ed.conn, giver),
            }
        )
    assert ed.change is not None
    ed.change.label = Label(
        "Confirm: {giver} → {receiver}", giver=giver.name, receiver=receiver.name
    )
    return ed.change


def edit_commitment(doc: Document, commitment_id: int, *, what: str, due: str) -> Change:
    """Change what is given and by when; its action follows (if it is still on the list)."""
    due = clean_due(due)
    text = v.required_text(what, "The commitment", CARD_MAX)
    with doc.edit("Edit commitment") as ed:
        row = ed.conn.execute(
            "SELECT ask_id, what, due FROM commitments WHERE id = ?", (commitment_id,)
        ).fetchone()
        if row is None:
            raise ValidationError("That commitment no longer exists.")
        ask_id, old_what, old_due = row
        ed.table("commitments").update(commitment_id, {"what": text, "due": due})
        receiver = _party(ed.conn, _card_row(ed.conn, int(ask_id)))
        for (action_id, action_what, action_due) in ed.conn.execute(
            "SELECT id, what, due FROM actions WHERE source_kind = 'commitment' AND source_id = ?",
            (commitment_id,),
        ).fetchall():
            fields: dict[str, object] = {}
            if action_due == old_due:
                fields["due"] = due
            if action_what == commitment_text(old_what, receiver):
                fields["what"] = commitment_text(text, receiver)
            if fields:
                ed.table("actions").update(action_id, fields)
    assert ed.change is not None
    return ed.change


def remove_commitments(doc: Document, commitment_ids: Sequence[int]) -> Change:
    """Undo a confirmation: the cards stay (their match is suggested again), the actions go."""
    if not commitment_ids:
        raise ValidationError("Select the commitments to remove first.")
    label = counted(len(commitment_ids), "Remove commitment", "Remove {count} commitments"
    )
    with doc.edit(label) as ed:
        for commitment_id in commitment_ids:
            row = ed.conn.execute(
                "SELECT 1 FROM commitments WHERE id = ?", (commitment_id,)
            ).fetchone()
            if row is None:
                raise ValidationError("That commitment no longer exists.")
        dependents.before_commitments_removed(ed.conn, list(commitment_ids))
        for commitment_id in commitment_ids:
            ed.conn.execute("DELETE FROM commitments WHERE id = ?", (commitment_id,))
    assert ed.change is not None
    return ed.change


def _card_row(conn: sqlite3.Connection, card_id: int) -> dict[str, object]:
    cursor = conn.execute(
        "SELECT id, activity_id, kind, participant_id, organisation, text"
        " FROM reciprocity_cards WHERE id = ?",
        (card_id,),
    )
    row = cursor.fetchone()
    if row is None:
        raise ValidationError("That card no longer exists.")
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _party(conn: sqlite3.Connection, card: dict[str, object]) -> Party:
    participant_id = card["participant_id"]
    name = own = None
    if participant_id is not None:
        found = conn.execute(
            "SELECT name, organisation FROM participants WHERE id = ?", (participant_id,)
        ).fetchone()
        if found:
            name, own = found
    return party_from(
        None if participant_id is None else int(str(participant_id)),
        str(card["organisation"]),
        name,
        own,
    )


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
