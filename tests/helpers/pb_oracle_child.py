"""Compare Workshop's rules with pabutools on many random elections, in a child process.

Run by tests/test_budgeting_oracle.py: pabutools loads gmpy2 and numpy, which the test
process itself never imports (a GMP-backed object collected late in a long Qt test run
crashed the interpreter). Prints a JSON list of disagreements (empty when all agree).
"""

from __future__ import annotations

import json
import random
import sys
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from helpers import pb_oracle
from helpers.pb_city import city
from workshop.domain.budget_rules import run_rule
from workshop.domain.budgeting import Ballot, Election, Project, Rule


def voted_election(rng: random.Random) -> Election:
    """Every project has a supporter (pabutools' greedy and exhaustiveness also consider
    projects nobody approved; Workshop never funds those)."""
    count = rng.randint(1, 7)
    costs = [rng.choice([1, 5, 10, 17, 20, 30, 33, 50, 70, 100]) for _ in range(count)]
    projects = tuple(Project(f"p{j}", f"P{j}", Fraction(c)) for j, c in enumerate(costs))
    ids = [p.id for p in projects]
    ballots = [rng.sample(ids, rng.randint(1, count)) for _ in range(rng.randint(0, 12))]
    ballots.append(ids[::2])
    if ids[1::2]:
        ballots.append(ids[1::2])
    budget = Fraction(rng.randint(1, 300))
    return Election(
        projects, budget, tuple(Ballot(f"v{i}", tuple(b)) for i, b in enumerate(ballots))
    )


def main() -> int:
    seed, count = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    wrong = []
    cases = [voted_election(rng) for _ in range(count)]
    for n, e in enumerate(cases):
        for rule in Rule:
            ours, theirs = run_rule(e, rule).funded, pb_oracle.funded(e, rule)
            if ours != theirs:
                wrong.append({"case": n, "rule": rule.value, "ours": ours, "theirs": theirs})
    e = city(projects=60, voters=1500, seed=3)
    for rule in (Rule.GREEDY, Rule.MES, Rule.MES_CARDINALITY):
        if run_rule(e, rule).funded != pb_oracle.funded(e, rule):
            wrong.append({"case": "city", "rule": rule.value})
    print(json.dumps(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
