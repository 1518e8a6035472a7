"""Full dot-vote results for 100 participants × 99 dots over 2,000 notes (target ≤ 50 ms).

Run: ``.venv/bin/python tests/benchmarks/bench_votes.py``. Writes its section of
docs/benchmarks.md. Baselines in the same run: a bare ``Counter`` over the same
(participant, item) list already in memory, and the bare SQL read of that list.
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import median_ms, write_section

from workshop.domain.models import ActivityKind
from workshop.domain.voting import Tallies, compute_results
from workshop.storage import read_votes
from workshop.storage.document import Document
from workshop.storage.ops import agenda

PEOPLE, DOTS, NOTES, ORGS = 100, 99, 2000, 8


def build(doc: Document) -> int:
    rng = random.Random(4)
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas")
    agenda.add_activity(doc, ActivityKind.DOT_VOTE, "Vote")
    brainstorm, vote = (r[0] for r in doc.db.conn.execute("SELECT id FROM activities"))
    with doc.edit("bench data") as ed:
        ed.table("participants").insert_all(
            {"name": f"Person {i}", "organisation": f"Org {i % ORGS}" if i % 11 else ""}
            for i in range(PEOPLE)
        )
        people = [r[0] for r in ed.conn.execute("SELECT id FROM participants")]
        ed.table("notes").insert_all(
            {"activity_id": brainstorm, "text": f"Idea {i}", "author_id": rng.choice(people)}
            for i in range(NOTES)
        )
        notes = [r[0] for r in ed.conn.execute("SELECT id FROM notes")]
        ed.table("votes").insert(
            {"id": vote, "source_activity_id": brainstorm, "dots_per_person": 99,
             "max_per_item": 99}
        )
        dots = []
        for person in people:
            ballot = ed.table("ballots").insert(
                {"activity_id": vote, "participant_id": person, "done": 1}
            ).last_pk
            # Popular notes draw more dots, so there are real ties and a long tail.
            dots += [
                {"ballot_id": ballot, "item_id": notes[int(rng.paretovariate(1.2)) % NOTES]}
                for _ in range(DOTS)
            ]
        ed.table("dots").insert_all(dots, batch_size=1000)
        ed.table("tallies").insert_all(
            {"activity_id": vote, "item_id": n, "count": rng.randint(1, 9)} for n in notes[:30]
        )
    return int(vote)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, Document.create(
        Path(folder) / "bench.workshop"
    ) as doc:
        vote = build(doc)
        conn = doc.db.conn
        pairs_sql = (
            "SELECT b.participant_id, d.item_id FROM dots d JOIN ballots b ON b.id = d.ballot_id"
            " WHERE b.activity_id = ?"
        )
        pairs = conn.execute(pairs_sql, (vote,)).fetchall()
        assert len(pairs) == PEOPLE * DOTS
        settings = read_votes.settings(doc, vote)
        items = read_votes.items(doc, settings)
        voters = read_votes.voters(doc)
        paper = read_votes.tallies(doc, vote)

        results = read_votes.results(doc, vote)
        assert results.ballot_dots == PEOPLE * DOTS and len(results.ranking) == NOTES

        baseline = median_ms(lambda: Counter(item for _, item in pairs))
        sql_baseline = median_ms(lambda: conn.execute(pairs_sql, (vote,)).fetchall())
        domain = median_ms(lambda: compute_results(items, voters, Tallies(pairs, paper)))
        full = median_ms(lambda: read_votes.results(doc, vote))
    ties = sum(len(group) for group in results.ties)
    body = f"""
## Dot-vote results: {PEOPLE} participants × {DOTS} dots over {NOTES:,} notes

`.venv/bin/python tests/benchmarks/bench_votes.py` — medians of 50 runs. "Full results"
reads settings, notes, participants, ballots and paper tallies from the file and computes
both rankings (as cast, and each organisation weighing the same), ties, voters and the
breakdown by {ORGS} organisations (+ people without one). {ties} items are in ties.

| what | median |
|---|---|
| baseline: `Counter` over the {PEOPLE * DOTS:,} (participant, item) pairs | {baseline:.1f} ms |
| baseline: bare SQL read of those pairs | {sql_baseline:.1f} ms |
| domain only: `compute_results` on the same pairs | {domain:.1f} ms |
| **full results** `read_votes.results(doc, vote)` (target ≤ 50 ms) | **{full:.1f} ms** |
| ratio full / `Counter` baseline | {full / baseline:.1f}× |
| ratio full / (SQL read + `Counter`) | {full / (baseline + sql_baseline):.1f}× |
"""
    write_section("votes", body)
    print(body)


if __name__ == "__main__":
    main()
