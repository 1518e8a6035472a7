"""Demo content of the sticky-note board: the partnership's ideas for the agenda, clustered."""

from __future__ import annotations

from workshop.domain import board as b
from workshop.domain.models import ActivityKind
from workshop.storage import read, read_board
from workshop.storage.document import Document
from workshop.storage.ops import board as ops

BRAINSTORM_TITLE = "Ideas for the agenda"

#: (cluster title or None for loose notes, [(author name or None, text), …])
IDEAS: list[tuple[str | None, list[tuple[str | None, str]]]] = [
    (
        "Young people",
        [
            ("Farah Haddad", "Youth-led homework club in the library after school"),
            ("Gabriel Silva", "Ask young people what they need before we plan for them"),
            ("Farah Haddad", "Paid youth seats on the partnership board"),
            ("Ben Hughes", "Gaming nights and a maker space on Fridays"),
            ("Gabriel Silva", "Free bus passes for under-19s to reach the leisure centre"),
            (None, "Somewhere warm and safe to go after 6 pm"),
            ("Kwame Mensah", "Mental health drop-in run with the youth forum"),
        ],
    ),
    (
        "Food and warmth",
        [
            ("Hana Sato", "Community fridge at the library entrance"),
            ("Ibrahim Khan", "Cook-and-eat sessions: surplus food, shared meals"),
            ("Hana Sato", "Warm spaces map for the winter, printed and online"),
            ("Eilidh Campbell", "Council to fund heating in two community halls"),
            ("Ibrahim Khan", "Halal and vegetarian options in every food parcel"),
            (None, "School holiday lunches without a stigma"),
            ("Joanna Nowak", "Food bank referrals straight from GP appointments"),
            ("Hana Sato", "Growing space on the estate: 🌱 raised beds"),
        ],
    ),
    (
        "Health and wellbeing",
        [
            ("Joanna Nowak", "Social prescribing to library groups and walks"),
            ("Lena Fischer", "Health checks in the food bank queue, once a month"),
            ("Kwame Mensah", "Interpreters for appointments: Arabic, Polish, Portuguese"),
            ("Lena Fischer", "Café santé : rencontres mensuelles pour les aidants"),
            ("Amara Okafor", "Dementia-friendly reading group"),
            (None, "Loneliness is the real issue for older neighbours"),
            ("Joanna Nowak", "مساحة آمنة للنساء للحديث عن الصحة"),
        ],
    ),
    (
        "Working together",
        [
            ("Chloé Martin", "One shared calendar of everything on in Riverside"),
            ("Dmitri Volkov", "Joint funding bid for a partnership coordinator"),
            ("Amara Okafor", "Share rooms: library, halls and clinic space for free"),
            ("Chloé Martin", "Common measures we all report on every quarter"),
            ("Eilidh Campbell", "Data-sharing agreement so referrals don't get lost"),
            ("Dmitri Volkov", "Meet every six weeks, rotating the venue"),
            ("Ben Hughes", "A single front door: ask once, get help from all of us"),
            (None, "Be honest about what each of us can't do"),
        ],
    ),
    (
        None,
        [
            ("Amara Okafor", "Digital skills sessions for job seekers"),
            ("Hana Sato", "多言語の案内板を図書館に"),
            ("Gabriel Silva", "Street art project on the underpass"),
            (None, "Celebrate what already works! 🎉"),
            ("Dmitri Volkov", "Fix the lighting on the canal path"),
            ("Ibrahim Khan", "Volunteer drivers for people who can't reach the food bank"),
            ("Kwame Mensah", "Café-style advice sessions: money, housing, benefits"),
        ],
    ),
]


def fill(doc: Document) -> None:
    activity = next(
        (
            a
            for a in read.activities(doc)
            if a.kind is ActivityKind.BRAINSTORM and a.title == BRAINSTORM_TITLE
        ),
        None,
    )
    if activity is None:
        return
    people = {p.name: p for p in read.participants(doc)}
    organisations = read.organisations(doc)
    groups: list[tuple[str, list[int]]] = []
    for title, ideas in IDEAS:
        ids: list[int] = []
        for author, text in ideas:
            person = people.get(author) if author else None
            colour = b.colour_for_organisation(person.organisation, organisations) if person else 0
            change = ops.add_note(
                doc,
                activity.id,
                text,
                author_id=person.id if person else None,
                colour=colour,
            )
            ids.extend(change.inserted("notes"))
        if title:
            groups.append((title, ids))
    for title, ids in groups:
        ops.group_notes(doc, ids, title)
    ops.tidy_up(doc, activity.id)
    assert read_board.counts(doc, activity.id).clusters == len(groups)
