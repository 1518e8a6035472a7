"""Quality of themes and offers ↔ asks suggestions on our labelled sets (not a timing).

Run: ``.venv/bin/python tests/benchmarks/bench_quality.py``. Writes its section of
docs/benchmarks.md. Baseline in the same run: the matcher and themes as they were
before (Snowball stems, stop words only, unweighted overlap, no minimum score), on the
same cards and statements.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import snowballstemmer  # type: ignore[import-untyped]
from report import write_section
from tests.helpers.labelled import ASKS, KEEP, OFFERS, PURPOSES
from tests.helpers.quality import PROJECTED, match_quality, theme_quality

from workshop.domain.purpose_stopwords import stop_words

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _stems(text: str) -> set[str]:
    stemmer, stop = snowballstemmer.stemmer("english"), stop_words("english")
    return {
        stemmer.stemWord(w) for w in (m.group().casefold() for m in _WORD.finditer(text))
        if len(w) > 1 and w not in stop
    }


def baseline_matches() -> tuple[float, float]:
    """Precision of the top suggestion and top-3 recall of the stem-overlap matcher."""
    offers = {k: _stems(t) for k, t in OFFERS.items()}
    suggested = top = expected = found = 0
    for text, want in ASKS.values():
        terms = _stems(text)
        ranked = sorted(
            ((-len(terms & o) / math.sqrt(len(terms) * len(o)), k) for k, o in offers.items()
             if terms & o),
        )[:3]
        got = [k for _, k in ranked]
        if got:
            suggested += 1
            top += got[0] in want
        expected += len(want)
        found += len(want & set(got))
    return top / suggested, found / expected


def baseline_themes() -> tuple[float, int]:
    """Share of projected themes kept, and themes joining different words, with stems."""
    stemmer = snowballstemmer.stemmer("english")
    users: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}
    for party, text in PURPOSES.items():
        for match in _WORD.finditer(text):
            word = match.group().casefold()
            if len(word) < 2 or word in stop_words("english"):
                continue
            stem = stemmer.stemWord(word)
            users.setdefault(stem, set()).add(party)
            words.setdefault(stem, set()).add(word)
    themes = sorted((s for s in users if len(users[s]) >= 2), key=lambda s: -len(users[s]))
    projected = themes[:PROJECTED]
    kept = sum(1 for s in projected if any(w in KEEP or w.rstrip("s") in KEEP for w in words[s]))
    mixed = sum(1 for s in projected if len({w.rstrip("s") for w in words[s]}) > 1)
    return kept / len(projected), mixed


def main() -> None:
    matches, themes = match_quality(), theme_quality()
    base_precision, base_recall = baseline_matches()
    base_kept, base_mixed = baseline_themes()
    rows = "\n".join(
        "| " + " | ".join(row) + " |"
        for row in (
            ("top suggestion is an expected offer (precision)",
             f"{matches.precision:.0%} ({matches.top_correct}/{matches.suggested})",
             f"{base_precision:.0%}", "≥ 80 %"),
            ("expected offers in the top 3 (recall)",
             f"{matches.recall:.0%} ({matches.found_in_top3}/{matches.expected})",
             f"{base_recall:.0%}", "≥ 80 %"),
            ("asks nothing meets left without a suggestion",
             f"{matches.silent_correct}/{matches.silent_total}", "—", "all"),
            (f"projected themes (first {PROJECTED}) a facilitator keeps",
             f"{themes.share_kept:.0%} ({len(themes.kept)}/{len(themes.projected)})",
             f"{base_kept:.0%}", "≥ 80 %"),
            ("projected themes joining different words", str(len(themes.mixed)),
             str(base_mixed), "0"),
        )
    )
    wrong = ", ".join(f"{a} → {o}" for a, o in matches.wrong) or "none"
    missed = ", ".join(f"{a} ↛ {o}" for a, o in matches.missed) or "none"
    body = f"""## Quality of themes and matches (labelled sets)

`tests/benchmarks/bench_quality.py` on `tests/helpers/labelled.py`: {len(OFFERS)} offers
and {matches.asks} asks written like a community exchange's and a time bank's cards
({matches.asks - matches.silent_total} with the offers a facilitator expects,
{matches.silent_total} that nothing meets), and the purpose statements of
{len(PURPOSES)} public bodies and charities with the themes a facilitator would keep.
The same figures are asserted by `tests/test_text_quality.py`.

| measure | now | before (stems, unweighted) | target |
|---|---|---|---|
{rows}

Projected themes: {", ".join(themes.projected)}.
Wrong top suggestions: {wrong}.
Expected offers not in the top 3: {missed}.
"""
    write_section("quality", body)
    print(body)


if __name__ == "__main__":
    main()
