"""Which offers could meet an ask: weighted words, resource concepts and learnt synonyms.

A card becomes a set of weighted *features*:

- each lemma, weighted by how much it says (``purpose_words``: "help" ≈ 0, "freezer" 1);
  words that differ only by an agent or action ending are one ("driver", "drive" →
  ``driv``);
- each concept of the resources lexicon it names ("room", "hall" → *spaces*), lighter still
  (``resources/lexicon/``: spaces, storage, transport, equipment, skills, funding, food,
  time, … in each shipped language; an editable text file);
- each synonym class it names, learnt from the workshop's confirmed matches (a confirmed
  "a room" ↔ "our church hall" teaches "room" ≈ "hall").

The score is the cosine of the two weighted feature sets: the same specific word counts
most, the same concept in other words less, a shared "help" almost nothing. Suggestions
below :data:`MIN_SCORE` are not made: a facilitator would rather see nothing than nonsense.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workshop.domain.purpose import Lexicon
from workshop.domain.purpose_words import MEANINGFUL, language_code

#: Weight of a shared resource concept (fixed: every concept word is specific enough).
CONCEPT_WEIGHT = 0.7
#: Weight of a learnt synonym relative to the word's own weight.
SYNONYM_FACTOR = 0.9
#: Below this, an offer is not suggested for an ask at all.
MIN_SCORE = 0.12
_SUFFIXES = ("ers", "ing", "er", "or", "r")


def root(lemma: str) -> str:
    """The root shared by an action and its agent: "driver", "drive" → "driv".

    Only agent/gerund endings come off, and at least four letters stay, so "person"
    and "personal", "position" and "positive" keep different roots.
    """
    for suffix in _SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 4:
            lemma = lemma[: -len(suffix)]
            if lemma[-1] == lemma[-2] and lemma[-1] not in "aeiou":  # counsell(or) → counsel
                lemma = lemma[:-1]
            break
    return lemma[:-1] if lemma.endswith("e") and len(lemma) > 4 else lemma


def _lexicon_dir() -> Path:
    from workshop.resources import resources_dir

    return resources_dir() / "lexicon"


@cache
def _concept_lines(code: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    path = _lexicon_dir() / f"{code}.txt"
    if not path.is_file():
        return ()
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        name, colon, words = line.partition(":")
        if colon and name.strip() and words.split():
            found.append((name.strip(), tuple(words.split())))
    return tuple(found)


def concepts(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Lemma → the resource concepts it names, from the language's lexicon file."""
    return _concepts(lexicon.language)


@cache
def _concepts(language: str) -> dict[str, frozenset[str]]:
    lexicon = Lexicon(language)
    code = language_code(language)
    result: dict[str, set[str]] = defaultdict(set)
    for name, words in _concept_lines(code) if code else ():
        for word in words:
            for lemma in lexicon.phrase_key(word):
                result[lemma].add(name)
    return {lemma: frozenset(names) for lemma, names in result.items()}


def synonym_classes(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Lemma → its class's representative, joining every pair (union–find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


@dataclass(frozen=True, slots=True)
class CardFeatures:
    weights: dict[str, float]
    norm: float
    #: Feature → the word as written ("rooms"), or the concept's name ("spaces").
    labels: dict[str, str]
    #: Feature → the lemma behind it (words and synonyms only).
    lemmas: dict[str, str]


#: Cards' words and concepts by (language, text), shared by every suggestion run.
_BASE: dict[tuple[str, str], CardFeatures] = {}


def _add(
    weights: dict[str, float],
    labels: dict[str, str],
    lemmas: dict[str, str],
    feature: str,
    weight: float,
    label: str,
    lemma: str = "",
) -> None:
    if weight > weights.get(feature, 0.0):
        weights[feature] = weight
        labels[feature] = label
        if lemma:
            lemmas[feature] = lemma


def _norm(weights: dict[str, float]) -> float:
    return math.sqrt(sum(w * w for w in weights.values()))


class Matcher:
    """Turns cards into features for one language, the lexicon file and learnt synonyms."""

    def __init__(self, lexicon: Lexicon, synonyms: Iterable[tuple[str, str]] = ()) -> None:
        self.lexicon = lexicon
        self._concepts = concepts(lexicon)
        self._classes = synonym_classes(synonyms)
        self._cache: dict[str, CardFeatures] = {}

    def features(self, text: str) -> CardFeatures:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        base = self._base(text)
        result = base if not self._classes else self._with_synonyms(base)
        self._cache[text] = result
        return result

    def _base(self, text: str) -> CardFeatures:
        """Words and concepts of a card: the same for every suggestion run (shared cache)."""
        plain = not self.lexicon.merge_labels and not self.lexicon.hidden
        key = (self.lexicon.language, text)
        found = _BASE.get(key) if plain else None
        if found is not None:
            return found
        weights: dict[str, float] = {}
        labels: dict[str, str] = {}
        lemmas: dict[str, str] = {}
        for occurrence in self.lexicon.occurrences(text):
            key_, surface = occurrence.key, occurrence.surface.casefold()
            _add(weights, labels, lemmas, "w:" + root(key_), self.lexicon.weight(key_),
                 surface, key_)
            for concept in self._concepts.get(key_, ()):
                _add(weights, labels, lemmas, "c:" + concept, CONCEPT_WEIGHT,
                     concept.replace("_", " "))
        found = CardFeatures(weights, _norm(weights), labels, lemmas)
        if plain:
            if len(_BASE) > 20_000:
                _BASE.clear()
            _BASE[key] = found
        return found

    def _with_synonyms(self, base: CardFeatures) -> CardFeatures:
        weights, labels, lemmas = dict(base.weights), dict(base.labels), dict(base.lemmas)
        for feature, lemma in base.lemmas.items():
            synonym = self._classes.get(lemma)
            if synonym is not None:
                weight = max(base.weights[feature], MEANINGFUL) * SYNONYM_FACTOR
                _add(weights, labels, lemmas, "s:" + synonym, weight, base.labels[feature],
                     lemma)
        return CardFeatures(weights, _norm(weights), labels, lemmas)

    def score(self, ask: CardFeatures, offer: CardFeatures) -> tuple[float, tuple[str, ...]]:
        """Cosine of the two cards' features, and what they share, most telling first."""
        if not ask.norm or not offer.norm:
            return 0.0, ()
        shared = [
            (ask.weights[f] * offer.weights[f], f) for f in ask.weights if f in offer.weights
        ]
        if not shared:
            return 0.0, ()
        total = sum(product for product, _ in shared) / (ask.norm * offer.norm)
        return total, self._describe(shared, ask, offer)

    def _describe(
        self, shared: Sequence[tuple[float, str]], ask: CardFeatures, offer: CardFeatures
    ) -> tuple[str, ...]:
        """Readable reasons, words first ("food", "rooms", "drive ↔ drivers"), then
        the concepts no shared word already names ("spaces" for "room" ↔ "hall")."""
        reasons: list[str] = []
        named: set[str] = set()
        ranked = sorted(shared, key=lambda item: (-item[0], item[1]))
        for _, feature in ranked:
            if feature.startswith("c:"):
                continue
            a, b = ask.labels[feature], offer.labels[feature]
            lemmas = {ask.lemmas[feature], offer.lemmas[feature]}
            text = a if len(lemmas) == 1 else f"{a} ↔ {b}"
            if text not in reasons and not lemmas <= named:
                reasons.append(text)
            named |= lemmas
        explained = {c for lemma in named for c in self._concepts.get(lemma, ())}
        for _, feature in ranked:
            if feature.startswith("c:") and feature[2:] not in explained:
                reasons.append(ask.labels[feature])
        return tuple(reasons)


def learn_pairs(
    confirmed: Iterable[tuple[str, str]], lexicon: Lexicon, per_card: int = 2
) -> list[tuple[str, str]]:
    """Synonym pairs learnt from confirmed (ask text, offer text) matches.

    The most specific words of the ask and of the offer that the other card lacks are
    paired: confirming "A room for our choir" ↔ "Church hall on Tuesdays" teaches
    "room" ≈ "hall" (and "choir" ≈ "church", lightly: only the top words, and only
    words that mean something).
    """
    pairs: list[tuple[str, str]] = []
    for ask_text, offer_text in confirmed:
        ask = _specific(ask_text, lexicon)
        offer = _specific(offer_text, lexicon)
        only_ask = [k for k in ask if k not in offer][:per_card]
        only_offer = [k for k in offer if k not in ask][:per_card]
        pairs.extend((a, b) for a in only_ask for b in only_offer)
    return pairs


def _specific(text: str, lexicon: Lexicon) -> list[str]:
    keys = {o.key for o in lexicon.occurrences(text)}
    ranked = sorted((k for k in keys if lexicon.weight(k) >= MEANINGFUL),
                    key=lambda k: (-lexicon.weight(k), k))
    return ranked
