"""Demo content of purpose blending: five partners' purposes blended into one, and adopted."""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.domain.purpose_models import ROUND_FOURS, ROUND_PAIRS, PartyMode
from workshop.storage import read, read_purpose
from workshop.storage.document import Document
from workshop.storage.ops import purpose

TITLE = "Blending our purposes"

STATEMENTS = [
    (
        "Riverside Library",
        "We are here so that everyone in Riverside can learn, read and meet: free access to "
        "books and digital skills, and a warm, safe space for the whole community, whatever "
        "their age or income.",
    ),
    (
        "Town Council",
        "We are here to serve our communities: safe, welcoming public spaces, fair access to "
        "services, and decisions made with residents rather than for them, so that every "
        "neighbourhood can thrive.",
    ),
    (
        "Youth Forum",
        "We are here so that young people are heard and taken seriously: a say in decisions "
        "about the town, safe places to meet after school, and a fair start in learning and "
        "work.",
    ),
    (
        "Food Bank",
        "We are here so that no family in our community goes hungry: emergency food given with "
        "dignity, help with money worries, and neighbours supporting each other, with fewer "
        "people needing us each year.",
    ),
    (
        "Health Centre",
        "We are here to help people stay healthy and well: good food, mental health support "
        "for teenagers and families, and care that is close to home and fair for everyone.",
    ),
]

PAIR_BLENDS = [
    "Safe, welcoming spaces where every neighbour can learn, meet and be heard.",
    "Nobody in Riverside goes hungry or unwell: food, care and support close to home.",
]
FOUR_BLEND = (
    "A fair, safe community where people of every age are heard, learn, eat well and get care "
    "close to home."
)

#: Drafts 2 and 3, each started from the one before (draft 1 is built from PHRASES).
LATER_DRAFTS = [
    "Together we make Riverside a safe, welcoming community where no family goes hungry, "
    "young people are heard, and everyone has fair access to learning and care.",
    "Together we make Riverside a safe, welcoming and healthy community: no family goes "
    "hungry, young people are heard in decisions, and everyone has fair access to learning, "
    "services and care close to home.",
]
PHRASES = ["a safe, welcoming community", "no family goes hungry", "young people are heard"]

RATINGS = {
    2: [
        ("Riverside Library", 4, ""),
        ("Town Council", 3, "Say that residents share the decisions."),
        ("Youth Forum", 4, ""),
        ("Food Bank", 5, "Yes, that is us."),
        ("Health Centre", 2, "Health is missing."),
    ],
    3: [
        ("Riverside Library", 5, ""),
        ("Town Council", 4, ""),
        ("Youth Forum", 5, "Heard in decisions: exactly."),
        ("Food Bank", 4, ""),
        ("Health Centre", 4, "Healthy, and care close to home: we see ourselves."),
    ],
}


def fill(doc: Document) -> None:
    activity = next(
        (
            a
            for a in read.activities(doc)
            if a.kind is ActivityKind.PURPOSE_BLEND and a.title == TITLE
        ),
        None,
    )
    if activity is None:
        return
    aid = activity.id
    purpose.set_purpose_settings(doc, aid, by=PartyMode.ORGANISATION)
    for organisation, text in STATEMENTS:
        purpose.add_statement(doc, aid, organisation, text)
    purpose.merge_terms(doc, aid, ["young people", "teenagers"])
    purpose.hide_term(doc, aid, "help")

    purpose.propose_groups(doc, aid, ROUND_PAIRS)
    pairs = read_purpose.groups(doc, aid, ROUND_PAIRS)
    for group, text in zip(pairs, PAIR_BLENDS, strict=False):
        purpose.capture_group_statement(doc, group.id, text)
    purpose.propose_groups(doc, aid, ROUND_FOURS)
    for group in read_purpose.groups(doc, aid, ROUND_FOURS)[:1]:
        purpose.capture_group_statement(doc, group.id, FOUR_BLEND)

    purpose.new_draft_from_phrases(doc, aid, PHRASES)
    for text in LATER_DRAFTS:
        parent = read_purpose.drafts(doc, aid)[-1]
        purpose.new_draft(doc, aid, text, parent_id=parent.id)
    drafts = {d.number: d for d in read_purpose.drafts(doc, aid)}
    for number, ratings in RATINGS.items():
        for organisation, score, comment in ratings:
            purpose.rate(doc, drafts[number].id, organisation, score, comment)
    purpose.adopt_draft(doc, drafts[3].id)
