"""Demo content of dot voting: the room prioritises the brainstorm's notes.

Ten ballots (nine at the laptop, one proxy for Lena who joined by phone), paper dots
on three notes from the flip chart by the door, the results revealed (with a tie for
second place) and the top three turned into agenda items.
"""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.storage import read, read_board, read_votes
from workshop.storage.document import Document
from workshop.storage.ops import voting as ops

BRAINSTORM_TITLE = "Ideas for the agenda"

CALENDAR = "One shared calendar of everything on in Riverside"
FRONT_DOOR = "A single front door: ask once, get help from all of us"
FRIDGE = "Community fridge at the library entrance"
WARM = "Somewhere warm and safe to go after 6 pm"
LONELY = "Loneliness is the real issue for older neighbours"
FUNDING = "Joint funding bid for a partnership coordinator"
ASK_YOUNG = "Ask young people what they need before we plan for them"
PRESCRIBING = "Social prescribing to library groups and walks"

#: Ballots cast at the laptop: nobody votes for their own note (the rule is on).
BALLOTS: list[tuple[str, dict[str, int]]] = [
    ("Amara Okafor", {FRONT_DOOR: 2, CALENDAR: 1, WARM: 2}),
    ("Ben Hughes", {CALENDAR: 2, FRIDGE: 1, LONELY: 2}),
    ("Chloé Martin", {FRONT_DOOR: 2, FUNDING: 1, ASK_YOUNG: 2}),
    ("Dmitri Volkov", {CALENDAR: 2, FRONT_DOOR: 1, FRIDGE: 2}),
    ("Eilidh Campbell", {FRONT_DOOR: 1, CALENDAR: 1, FUNDING: 3}),
    ("Farah Haddad", {WARM: 3, ASK_YOUNG: 2}),
    ("Gabriel Silva", {WARM: 2, FRONT_DOOR: 2, CALENDAR: 1}),
    ("Hana Sato", {LONELY: 2, FRONT_DOOR: 1, CALENDAR: 2}),
    ("Ibrahim Khan", {FRIDGE: 3, LONELY: 2}),
]
PROXY = ("Lena Fischer", {PRESCRIBING: 2, LONELY: 2, FRONT_DOOR: 1})
#: Paper dots counted on the flip chart by the door.
PAPER = {CALENDAR: 2, WARM: 3, PRESCRIBING: 1}


def fill(doc: Document) -> None:
    activities = read.activities(doc)
    vote = next((a for a in activities if a.kind is ActivityKind.DOT_VOTE), None)
    brainstorm = next(
        (
            a
            for a in activities
            if a.kind is ActivityKind.BRAINSTORM and a.title == BRAINSTORM_TITLE
        ),
        None,
    )
    if vote is None or brainstorm is None:
        return
    notes = {n.text: n.id for n in read_board.notes(doc, brainstorm.id)}
    if not all(text in notes for text in (*PAPER, *PROXY[1], *(t for _, b in BALLOTS for t in b))):
        return  # the brainstorm demo changed: better no vote than a wrong one
    people = {p.name: p.id for p in read.participants(doc)}
    ops.configure_vote(
        doc, vote.id, source_activity_id=brainstorm.id, dots_per_person=5, max_per_item=3,
        allow_own=False, secret=True,
    )
    for name, dots in BALLOTS:
        for text, count in dots.items():
            for _ in range(count):
                ops.add_dot(doc, vote.id, people[name], notes[text])
        ops.finish_ballot(doc, vote.id, people[name])
    name, dots = PROXY
    ops.cast_ballot(doc, vote.id, people[name], {notes[t]: n for t, n in dots.items()})
    for text, count in PAPER.items():
        ops.set_tally(doc, vote.id, notes[text], count)
    ops.set_revealed(doc, vote.id, True)
    results = read_votes.results(doc, vote.id)
    assert results.ties, "the demo vote should show a tie"
    ops.make_agenda(doc, vote.id, top=3)
