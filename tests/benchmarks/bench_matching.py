"""Suggested matches for 300 offers × 300 asks (target ≤ 200 ms), and reading them from a file.

Run: ``.venv/bin/python tests/benchmarks/bench_matching.py``. Writes its section of
docs/benchmarks.md. Baseline in the same run: a bare tokenise-and-intersect of the
same cards (``re.findall`` + ``str.lower`` + a set intersection for every ask × offer
pair), the least a term-overlap matcher must do without an index or stemming.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import median_ms, write_section

from workshop.domain.models import ActivityKind, Participant
from workshop.domain.purpose import Lexicon
from workshop.domain.reciprocity import Card, CardKind, Party, suggest_matches
from workshop.domain.roster import RosterEntry
from workshop.storage import read_reciprocity
from workshop.storage.document import Document
from workshop.storage.ops import agenda, participants
from workshop.storage.ops import reciprocity as ops

OFFERS = ASKS = 300
PARTIES = 40
WORDS = 10
TARGET_MS = 200.0
CONTENT = str.split(
    "room rooms meeting meetings space volunteers volunteer drivers van transport food meals "
    "surplus fridge grant grants funding money bid printing flyers leaflets interpreters "
    "translation arabic polish data sharing referrals health checks youth club homework "
    "library books computers wifi training skills advice housing heating warm spaces garden "
    "growing kitchen cooking childcare carers cafe events calendar website social media "
    "design photography evaluation measures survey coordinator backbone mentoring"
)
FUNCTION = str.split("a the for of and to with in our every on at two some free weekly")


def cards() -> list[Card]:
    rng = random.Random(8)
    parties = [
        Party.person(Participant(i, f"Person {i}", f"Org {i % 12}", ""))
        for i in range(1, PARTIES + 1)
    ]
    result = []
    for i in range(OFFERS + ASKS):
        words = [
            rng.choice(FUNCTION) if rng.random() < 0.35 else rng.choice(CONTENT)
            for _ in range(WORDS)
        ]
        kind = CardKind.OFFER if i < OFFERS else CardKind.ASK
        result.append(Card(i + 1, kind, rng.choice(parties), " ".join(words)))
    return result


def baseline(all_cards: list[Card]) -> int:
    words = {c.id: set(re.findall(r"\w+", c.text.lower())) for c in all_cards}
    offers = [c for c in all_cards if c.kind is CardKind.OFFER]
    found = 0
    for ask in all_cards:
        if ask.kind is CardKind.ASK:
            mine = words[ask.id]
            for offer in offers:
                if mine & words[offer.id]:
                    found += 1
    return found


def main() -> None:
    all_cards = cards()
    lexicon = Lexicon()
    lexicon.terms("warm up the stemmer cache")
    base = median_ms(lambda: baseline(all_cards), repeat=15)
    cold = median_ms(lambda: suggest_matches(all_cards), repeat=15)
    warm = median_ms(lambda: suggest_matches(all_cards, lexicon=lexicon), repeat=15)
    matches = suggest_matches(all_cards)
    with_suggestions = sum(1 for m in matches.values() if m)
    with (
        tempfile.TemporaryDirectory() as folder,
        Document.create(Path(folder) / "bench.workshop") as doc,
    ):
        participants.add_participants(
            doc, [RosterEntry(f"Person {i}", f"Org {i % 12}") for i in range(1, PARTIES + 1)]
        )
        activity = agenda.add_activity(doc, ActivityKind.OFFERS_ASKS, "Offers and asks")
        activity_id = activity.inserted("activities")[0]
        for card in all_cards:
            ops.add_card(doc, activity_id, card.kind, card.party, card.text)
        stored = median_ms(lambda: read_reciprocity.suggestions(doc, activity_id), repeat=10)
    verdict = "within" if cold <= TARGET_MS else "OVER"
    write_section(
        "matching",
        f"""
## Offers and asks: suggested matches, {OFFERS} offers × {ASKS} asks

`.venv/bin/python tests/benchmarks/bench_matching.py` — cards of {WORDS} words from a
{len(CONTENT)}-word vocabulary, {PARTIES} people in 12 organisations; up to 5 suggestions per ask.

| what | median | ratio to baseline |
|---|---|---|
| baseline: tokenise + set intersection of every ask × offer pair | {base:.1f} ms | 1.0 |
| `suggest_matches`: stemming, inverted index, same-side filter, ranking \
| {cold:.1f} ms | {cold / base:.2f} |
| the same with a warm `Lexicon` | {warm:.1f} ms | {warm / base:.2f} |
| `read_reciprocity.suggestions` from the file: cards, commitments, matching \
| {stored:.1f} ms | {stored / base:.2f} |

Target ≤ {TARGET_MS:.0f} ms for the matching: **{verdict}** ({cold:.1f} ms).
{with_suggestions} of {ASKS} asks get at least one suggestion.
""",
    )
    print(f"baseline {base:.1f} ms, matching {cold:.1f} ms ({cold / base:.2f}×), "
          f"warm {warm:.1f} ms, from file {stored:.1f} ms")


if __name__ == "__main__":
    main()
