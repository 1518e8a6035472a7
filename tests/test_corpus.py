"""The shared real-room corpus is what it says it is, and fills a board through the operations."""

from __future__ import annotations

import statistics

from helpers.corpus import CLUSTERS, IDEAS, LONG_WORD, PEOPLE, add_people, fill_board
from workshop.domain.models import ActivityKind
from workshop.storage import read, read_board
from workshop.storage.document import Document
from workshop.storage.ops import agenda


def test_corpus_is_long_and_multilingual() -> None:
    lengths = [len(idea) for idea in IDEAS]
    assert len(IDEAS) >= 80 and len(set(IDEAS)) == len(IDEAS)
    assert min(lengths) >= 20 and max(lengths) <= 280
    assert max(lengths) >= 270 and sum(n > 100 for n in lengths) >= 20
    assert 40 <= statistics.median(lengths) <= 60
    scripts = {
        "cyrillic": "\u0400",
        "greek": "\u0370",
        "arabic": "\u0600",
    }
    for name, start in scripts.items():
        low = ord(start)
        assert any(any(low <= ord(c) < low + 0x100 for c in idea) for idea in IDEAS), name
    assert any(LONG_WORD in idea for idea in IDEAS)
    assert len({org for _name, org in PEOPLE}) == 6
    assert len(CLUSTERS) == 8


def test_fill_board_makes_clusters_and_loose_notes(doc: Document) -> None:
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Pomysły", "Co zmienić?", 20)
    activity = read.activities(doc)[-1]
    people = add_people(doc)
    fill = fill_board(doc, activity.id, authors=people)
    notes = read_board.notes(doc, activity.id)
    assert [n.text for n in sorted(notes, key=lambda n: n.id)] == list(IDEAS)
    assert set(fill.cluster_ids) == set(CLUSTERS)
    loose = [n for n in notes if n.cluster_id is None]
    assert {n.id for n in loose} == set(fill.loose_note_ids)
    assert {n.author_id for n in notes} == set(people)
