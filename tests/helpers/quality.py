"""Quality of themes and matches on the labelled sets (shared by the test and the benchmark)."""

from __future__ import annotations

from dataclasses import dataclass

from tests.helpers.labelled import ASKS, KEEP, OFFERS, PURPOSES

from workshop.domain.models import Participant
from workshop.domain.purpose import analyse
from workshop.domain.reciprocity import Card, CardKind, Party, suggest_matches

#: How many themes the projector shows at once (the facilitator's first screen of them).
PROJECTED = 12


@dataclass(frozen=True)
class MatchQuality:
    asks: int
    suggested: int
    top_correct: int
    expected: int
    found_in_top3: int
    silent_correct: int
    silent_total: int
    wrong: list[tuple[str, str]]
    missed: list[tuple[str, str]]

    @property
    def precision(self) -> float:
        return self.top_correct / self.suggested if self.suggested else 0.0

    @property
    def recall(self) -> float:
        return self.found_in_top3 / self.expected if self.expected else 0.0


def labelled_cards() -> tuple[list[Card], dict[int, str], dict[int, str]]:
    """Offers and asks as cards, each from a different person; ids → labelled keys."""
    cards: list[Card] = []
    offer_keys: dict[int, str] = {}
    ask_keys: dict[int, str] = {}
    person = 0
    for key, text in OFFERS.items():
        person += 1
        cards.append(Card(len(cards) + 1, CardKind.OFFER, _party(person), text))
        offer_keys[len(cards)] = key
    for key, (text, _) in ASKS.items():
        person += 1
        cards.append(Card(len(cards) + 1, CardKind.ASK, _party(person), text))
        ask_keys[len(cards)] = key
    return cards, offer_keys, ask_keys


def _party(n: int) -> Party:
    return Party.person(Participant(n, f"Person {n}", f"Org {n}", ""))


def match_quality() -> MatchQuality:
    cards, offer_keys, ask_keys = labelled_cards()
    matches = suggest_matches(cards, limit=3)
    suggested = top_correct = expected = found = silent_ok = silent = 0
    wrong: list[tuple[str, str]] = []
    missed: list[tuple[str, str]] = []
    for ask_id, key in ask_keys.items():
        want = ASKS[key][1]
        got = [offer_keys[m.offer_id] for m in matches[ask_id]]
        if not want:
            silent += 1
            silent_ok += not got
        if got:
            suggested += 1
            if got[0] in want:
                top_correct += 1
            else:
                wrong.append((key, got[0]))
        expected += len(want)
        found += len(want & set(got))
        missed.extend((key, offer) for offer in sorted(want - set(got)))
    return MatchQuality(
        len(ask_keys), suggested, top_correct, expected, found, silent_ok, silent, wrong, missed
    )


@dataclass(frozen=True)
class ThemeQuality:
    projected: list[str]
    kept: list[str]
    dropped: list[str]
    mixed: list[str]

    @property
    def share_kept(self) -> float:
        return len(self.kept) / len(self.projected) if self.projected else 0.0


def theme_quality() -> ThemeQuality:
    result = analyse(list(PURPOSES.items()))
    projected = list(result.themes[:PROJECTED])
    lexicon = result.lexicon
    mixed = []
    for theme in projected:
        # Every spelling the theme stands for must be the same lemma (no "position"+"positive").
        spellings = {
            o.surface.casefold()
            for statement in result.statements
            for o in statement.occurrences
            if o.key == theme.key
        }
        lemmas = {lexicon.term_key(spelling) for spelling in spellings}
        if len(lemmas) > 1:
            mixed.append(f"{theme.label}: {', '.join(sorted(spellings))}")
    keys = [t.key for t in projected]
    return ThemeQuality(
        keys,
        [k for k in keys if k in KEEP],
        [k for k in keys if k not in KEEP],
        mixed,
    )
