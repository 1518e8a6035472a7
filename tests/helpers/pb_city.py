"""A generated city-sized participatory budget (for the benchmark and large tests).

150 projects with costs from 20,000 to 1,000,000 (log-uniform, rounded to 1,000) in a few
categories, a budget of about a third of the total cost, and 20,000 approval ballots of
1–10 projects each, drawn with skewed popularity (some projects are far better known).
"""

from __future__ import annotations

import random
from fractions import Fraction

from workshop.domain.budgeting import Ballot, Election, Project

CATEGORIES = ("green", "streets", "culture", "sport", "education", "health")


def city(projects: int = 150, voters: int = 20_000, seed: int = 15) -> Election:
    rng = random.Random(seed)
    items = []
    for j in range(projects):
        cost = round(20_000 * 50 ** rng.random(), -3)
        items.append(
            Project(
                str(j + 1),
                f"Project {j + 1}",
                Fraction(int(cost)),
                category=CATEGORIES[j % len(CATEGORIES)],
            )
        )
    weights = [1 / (1 + j) ** 0.8 for j in range(projects)]
    rng.shuffle(weights)
    ids = [p.id for p in items]
    ballots = []
    for i in range(voters):
        size = rng.randint(1, 10)
        chosen: dict[str, None] = {}
        while len(chosen) < size:
            chosen[rng.choices(ids, weights)[0]] = None
        ballots.append(Ballot(str(i + 1), tuple(chosen)))
    total = sum((p.cost for p in items), Fraction(0))
    budget = Fraction(int(round(total / 3, -4)))
    return Election(tuple(items), budget, tuple(ballots), currency="PLN")
