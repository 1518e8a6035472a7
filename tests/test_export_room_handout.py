"""The handout of a real room's purpose blend, offers and asks, and pulse checks.

The items the room found: ``--short`` kept no unmatched offer; the anonymity sentence
contradicted the signed offers; "Blended in pairs" did not say who blended with whom;
draft 1's ratings were missing; two rounds of a check-in and a check-out were both
"Round 1".
"""

from __future__ import annotations

import io

from pypdf import PdfReader
from tests.helpers import room_day
from tests.helpers.labelled import OFFERS

from workshop.domain.models import ActivityKind
from workshop.export.pdf import HandoutOptions, handout_bytes
from workshop.storage import read, read_pulse, read_purpose, read_reciprocity
from workshop.storage.document import Document
from workshop.storage.ops import agenda, pulse
from workshop.storage.ops import purpose as purpose_ops
from workshop.storage.ops import reciprocity as reciprocity_ops


def _flat(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def _day(doc: Document) -> room_day.RoomDay:
    day = room_day.build(doc, cards=20, named=False)
    cards = read_reciprocity.cards(doc, day.offers)
    offer = next(c for c in cards if c.text == OFFERS["hall"])
    ask = next(c for c in cards if c.text.startswith("Space for an art club"))
    reciprocity_ops.confirm_match(doc, offer.id, ask.id)
    room_day.add_pairs(doc, day)
    first, *_ = read_purpose.groups(doc, day.purpose, 1)
    purpose_ops.capture_group_statement(doc, first.id, "Safe, warm homes and free advice.")
    room_day.add_draft_with_ratings(doc, day)
    (draft1,) = read_purpose.drafts(doc, day.purpose)
    purpose_ops.new_draft(doc, day.purpose, "Every resident safe, warm and connected.", draft1.id)
    draft2 = read_purpose.drafts(doc, day.purpose)[-1]
    purpose_ops.rate(doc, draft2.id, "Riverside Food Bank", 5)
    return day


def test_short_handout_keeps_the_offers_nobody_took(doc: Document) -> None:
    _day(doc)
    text = _flat(handout_bytes(doc, HandoutOptions(short=True)))
    assert "Offers nobody has taken up yet" in text
    assert OFFERS["freezer"] in text  # offered, not taken: the partnership should see it
    assert "Asks still open" in text


def test_anonymity_sentence_says_which_pages_name_people(doc: Document) -> None:
    _day(doc)
    text = _flat(handout_bytes(doc))
    assert "Offers, asks and commitments are signed by their nature" in text


def test_pairs_say_who_blended_with_whom_and_every_drafts_ratings(doc: Document) -> None:
    day = _day(doc)
    text = _flat(handout_bytes(doc))
    names = {s.id: s.party.label for s in read_purpose.statements(doc, day.purpose)}
    first = read_purpose.groups(doc, day.purpose, 1)[0]
    who = " + ".join(names[i] for i in first.statement_ids)
    assert f"{who}: Safe, warm homes and free advice." in text
    assert "How each party rated draft 1" in text
    assert "How each party rated draft 2" in text


def test_a_check_in_and_a_check_out_are_round_1_and_round_2(doc: Document) -> None:
    agenda.add_activity(doc, ActivityKind.PULSE, "Check-in")
    agenda.add_activity(doc, ActivityKind.PULSE, "Check-out")
    check_in, check_out = (a.id for a in read.activities(doc))
    for activity in (check_in, check_out):
        pulse.add_statement(doc, activity, "I know why I am here.")
        (statement,) = read_pulse.statements(doc, activity)
        (first,) = read_pulse.rounds(doc, statement.id)
        pulse.set_tally(doc, first.round_id, {2: 3, 4: 5})
    (later,) = read_pulse.statements(doc, check_out)
    assert [r.title for r in read_pulse.history(doc, later.id)] == ["Round 1", "Round 2"]
    text = _flat(handout_bytes(doc))
    assert "Round 1" in text and "Round 2" in text
