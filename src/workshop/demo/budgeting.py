"""Demo content of a participatory budget: the partnership's small fund, 12 costed
projects (together about twice the budget), ballots at the laptop, by proxy and on paper,
revealed, so both rules can be compared."""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.storage import read, read_budgeting
from workshop.storage.document import Document
from workshop.storage.ops import agenda
from workshop.storage.ops import budgeting as ops

TITLE = "Partnership fund"
BUDGET = ("20000", "EUR")

#: title, cost, category, organisation, description
PROJECTS = [
    (
        "Homework club at the library, two evenings a week",
        "3200",
        "education",
        "Riverside Library",
        "Volunteer tutors and snacks for a school year",
    ),
    (
        "Benches and shade on the riverside path",
        "4800",
        "public space",
        "Town Council",
        "Six benches and two shade sails",
    ),
    (
        "Community fridge outside the food bank",
        "2500",
        "food",
        "Food Bank",
        "A fridge, a shelter and a cleaning rota",
    ),
    (
        "Youth forum laptops for the drop-in room",
        "3600",
        "youth",
        "Youth Forum",
        "Four refurbished laptops",
    ),
    (
        "Free health check mornings in the hall",
        "2900",
        "health",
        "Health Centre",
        "Monthly, with a nurse and an interpreter",
    ),
    (
        "Cooking classes for young parents",
        "2200",
        "food",
        "Food Bank",
        "Ten sessions with childcare",
    ),
    (
        "Bike repair workshop for teenagers",
        "1800",
        "youth",
        "Youth Forum",
        "Tools and a mechanic for the summer",
    ),
    (
        "Library reading corner for toddlers",
        "1500",
        "education",
        "Riverside Library",
        "Cushions, shelves and picture books",
    ),
    (
        "Mental health first aid training for volunteers",
        "3000",
        "health",
        "Health Centre",
        "Two-day course for 16 people",
    ),
    (
        "Street party to launch the partnership",
        "2600",
        "public space",
        "Town Council",
        "Stalls, sound and a clean-up",
    ),
    (
        "Translated welcome pack for new neighbours",
        "1400",
        "education",
        "Riverside Library",
        "Arabic, Polish, Spanish and Tigrinya",
    ),
    (
        "Mural with the youth forum on the underpass",
        "6000",
        "youth",
        "Youth Forum",
        "Design workshops and paint",
    ),
]

#: Each ballot: who (a participant's name, "proxy:NAME" or "paper") and project numbers.
BALLOTS = [
    ("Amara Okafor", [1, 8, 11]),
    ("Ben Hughes", [1, 8, 2]),
    ("Chloé Martin", [2, 10, 11]),
    ("Dmitri Volkov", [2, 10, 5]),
    ("Eilidh Campbell", [2, 10, 12]),
    ("Farah Haddad", [4, 7, 12]),
    ("Gabriel Silva", [4, 7, 12, 1]),
    ("Hana Sato", [3, 6]),
    ("Ibrahim Khan", [3, 6, 11]),
    ("Joanna Nowak", [5, 9]),
    ("proxy:Kwame Mensah", [5, 9, 3]),
    ("Lena Fischer", [5, 9, 6]),
    ("paper", [2, 10]),
    ("paper", [2, 12]),
    ("paper", [10, 2, 1]),
    ("paper", [7, 12]),
]


def fill(doc: Document) -> None:
    close = next((a for a in read.activities(doc) if a.kind is ActivityKind.CLOSE), None)
    agenda.add_activity(
        doc,
        ActivityKind.BUDGET,
        TITLE,
        "€20,000 from the partners' pooled fund: approve every project you support.",
        15,
        "Show greedy first (the usual rule), then Equal Shares; ask who is served by each.",
        position=close.position if close else None,
    )
    activity_id = next(a.id for a in read.activities(doc) if a.title == TITLE)
    ops.set_budget(doc, activity_id, *BUDGET)
    ops.paste_projects(doc, activity_id, "\n".join(";".join(p) for p in PROJECTS))
    numbers = {p.number: p.id for p in read_budgeting.projects(doc, activity_id)}
    people = {p.name: p.id for p in read.participants(doc)}
    for who, picks in BALLOTS:
        chosen = [numbers[n] for n in picks]
        if who == "paper":
            ops.cast_ballot(doc, activity_id, None, chosen)
        elif who.startswith("proxy:"):
            ops.cast_ballot(doc, activity_id, people[who[6:]], chosen, proxy=True)
        else:
            ops.cast_ballot(doc, activity_id, people[who], chosen)
    ops.set_revealed(doc, activity_id, True)
