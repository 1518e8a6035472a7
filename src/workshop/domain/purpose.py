"""Where purposes meet: key terms, shared themes, similarity and coverage of purpose statements.

Pure Python (no Qt, no database). A :class:`Lexicon` turns text into terms:
words are lower-cased, stop words dropped, the rest lemmatised (so "community" and
"communities" are one term, but "position" and "positive" stay two: see
``purpose_words``), then synonym merges fold phrases into one term ("young people" =
"youth") and hidden noise terms are dropped. Each term has a weight (how much it says:
"provide" little, "foodbank" much); only meaningful terms make themes and coverage.
:func:`analyse` applies it to every party's statement.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from workshop.domain import palettes
from workshop.domain.errors import ValidationError
from workshop.domain.purpose_models import DEFAULT_LANGUAGE
from workshop.domain.purpose_stopwords import stop_words
from workshop.domain.purpose_words import (
    LANGUAGE_CODES,
    MEANINGFUL,
    NAME_WEIGHT,
    Weights,
    lemmatiser,
    snowball_languages,
)

#: Letters, with inner apostrophes ("people's", "aujourd'hui"); digits and punctuation split words.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Highlight colours for themes (light enough for black text on screen, projector and paper).
THEME_PALETTE = palettes.THEME_HIGHLIGHTS


def languages() -> list[str]:
    """Languages Workshop can analyse (Snowball's names, e.g. "english", "french", "polish")."""
    return sorted(snowball_languages() | set(LANGUAGE_CODES))


def check_language(language: str) -> str:
    language = language.strip().lower()
    if language not in languages():
        shown = " ".join(language.split())[:40]  # one line, whatever was typed or imported
        raise ValidationError(
            "“{shown}” is not a language Workshop can analyse; choose one of "
            "{names}.", shown=shown, names=', '.join(languages())
        )
    return language


class Occurrence(NamedTuple):
    """One term found in a text: characters ``start:end`` (a word or a merged phrase).

    A named tuple rather than a dataclass: an analysis makes one per word, and
    tuples are several times cheaper to create.
    """

    start: int
    end: int
    key: str
    surface: str


class Lexicon:
    """How words become terms for one activity: language, synonym merges and hidden terms.

    ``merges`` are lists of phrases counted as one term, labelled by the first.
    ``hidden`` are phrases (words or multi-word) the facilitator hid as noise.
    """

    def __init__(
        self,
        language: str = DEFAULT_LANGUAGE,
        merges: Sequence[Sequence[str]] = (),
        hidden: Iterable[str] = (),
    ) -> None:
        self.language = check_language(language)
        self._stop = stop_words(self.language)
        self._stem = lemmatiser(self.language)
        self._weights = Weights(self.language)
        self._phrases: dict[tuple[str, ...], str] = {}
        self.merge_labels: dict[str, str] = {}
        for phrases in merges:
            keys = [k for k in (self.phrase_key(p) for p in phrases) if k]
            if not keys:
                continue
            key = " ".join(keys[0])
            self.merge_labels[key] = " ".join(phrases[0].split())
            for stems in keys:
                self._phrases[stems] = key
        self.hidden: set[str] = set()
        for phrase in hidden:
            stems = self.phrase_key(phrase)
            if not stems:
                continue
            key = self._phrases.get(stems, " ".join(stems))
            if len(stems) > 1 and stems not in self._phrases:
                self._phrases[stems] = key
            self.hidden.add(key)
        #: For each stem that begins a phrase, the longest such phrase (in words).
        self._starts: dict[str, int] = {}
        for stems in self._phrases:
            self._starts[stems[0]] = max(self._starts.get(stems[0], 0), len(stems))

    def weight(self, key: str) -> float:
        """How much a term says (0…1): a facilitator's merge always counts in full."""
        if key in self.merge_labels:
            return 1.0
        return self._weights.phrase(tuple(key.split(" ")))

    def is_name(self, key: str, surfaces: Iterable[str]) -> bool:
        """Whether a term is a proper name: always capitalised and not a word of the language.

        Names of places and organisations ("Eastgate") recur in statements of one area
        but are not what the parties' purposes share.
        """
        return (
            key not in self.merge_labels
            and " " not in key
            and all(s[:1].isupper() for s in surfaces)
            and self._weights.unlisted(key)
            and all(self._weights.unlisted(s.casefold()) for s in surfaces)
        )

    def words(self, text: str) -> list[tuple[int, int, str]]:
        """Content words (not stop words) as (start, end, lower-case word)."""
        found = []
        for match in _WORD.finditer(text):
            word = match.group().casefold()
            if len(word) < 2 or word in self._stop or word.replace("’", "'") in self._stop:
                continue
            found.append((match.start(), match.end(), word))
        return found

    def phrase_key(self, phrase: str) -> tuple[str, ...]:
        """The lemmas of a phrase's content words: how it is matched in statements."""
        return tuple(self._stem(word) for _, _, word in self.words(phrase))

    def term_key(self, phrase: str) -> str:
        """The key of the term ``phrase`` counts as (after merges), '' if it has no content."""
        stems = self.phrase_key(phrase)
        if not stems:
            return ""
        return self._phrases.get(stems, " ".join(stems))

    def occurrences(self, text: str) -> list[Occurrence]:
        """Every term in ``text``, in order, with merged phrases matched longest first."""
        words = self.words(text)
        stem = self._stem
        stems = [stem(word) for _, _, word in words]
        phrases, starts, hidden = self._phrases, self._starts, self.hidden
        found: list[Occurrence] = []
        i, count = 0, len(words)
        while i < count:
            step, key = 1, stems[i]
            longest = starts.get(key, 0)  # only words that begin a phrase need a search
            for n in range(min(longest, count - i), 0, -1):
                merged = phrases.get(tuple(stems[i : i + n]))
                if merged is not None:
                    step, key = n, merged
                    break
            if key not in hidden:
                start, end = words[i][0], words[i + step - 1][1]
                found.append(Occurrence(start, end, key, text[start:end]))
            i += step
        return found

    def terms(self, text: str) -> Counter[str]:
        return Counter(o.key for o in self.occurrences(text))


@dataclass(frozen=True, slots=True)
class Term:
    key: str
    label: str
    #: Party keys whose statement uses the term, in statement order.
    parties: tuple[str, ...]
    count: int
    merged: bool
    #: How much the term says (0…1, ``purpose_words``): boilerplate is light.
    weight: float = 1.0

    @property
    def meaningful(self) -> bool:
        return self.weight >= MEANINGFUL

    @property
    def shared(self) -> bool:
        """A theme: a meaningful term that two or more parties use."""
        return len(self.parties) >= 2 and self.meaningful


@dataclass(frozen=True, slots=True)
class StatementTerms:
    party: str
    text: str
    counts: Mapping[str, int]
    occurrences: tuple[Occurrence, ...]


@dataclass(frozen=True, slots=True)
class Coverage:
    """Which of a party's key terms a draft contains."""

    party: str
    found: tuple[Term, ...]
    missing: tuple[Term, ...]

    @property
    def ratio(self) -> float | None:
        total = len(self.found) + len(self.missing)
        return len(self.found) / total if total else None


@dataclass(slots=True)
class Analysis:
    lexicon: Lexicon
    statements: tuple[StatementTerms, ...]
    terms: dict[str, Term]
    #: Terms used by two or more parties: most parties first, then most uses, then by name.
    themes: tuple[Term, ...]
    colours: dict[str, int]
    #: Each party's terms as a bit mask (one bit per term): intersections cost one ``&``.
    _masks: dict[str, int] = field(default_factory=dict)
    _norms: dict[str, float] = field(default_factory=dict)
    _by_party: dict[str, StatementTerms] = field(default_factory=dict)
    _cache: dict[tuple[str, str], float] = field(default_factory=dict)
    #: Asked again on every refresh of the laptop and the projector, with the same answer
    #: while the analysis lives (it is replaced, not changed, when its inputs change).
    _numbers: dict[str, int] = field(default_factory=dict)
    _key_terms: dict[str, tuple[Term, ...]] = field(default_factory=dict)
    _coverage: dict[str, tuple[Coverage, ...]] = field(default_factory=dict)

    def statement(self, party: str) -> StatementTerms | None:
        return self._by_party.get(party)

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two parties' sets of terms (0: nothing shared … 1: the same).

        Over which terms a statement uses, not how often: saying "community" three
        times does not make a purpose more like another that says it once.
        """
        if a == b:
            return 1.0
        pair = (a, b) if a < b else (b, a)
        value = self._cache.get(pair)
        if value is None:
            value = self._cosine(*pair)
            self._cache[pair] = value
        return value

    def _cosine(self, a: str, b: str) -> float:
        norm = self._norms.get(a, 0.0) * self._norms.get(b, 0.0)
        return (self._masks[a] & self._masks[b]).bit_count() / norm if norm else 0.0

    def similarities(self) -> dict[tuple[str, str], float]:
        """Every pair of parties (in statement order) with its similarity."""
        parties = [s.party for s in self.statements]
        masks, norms, cache = self._masks, self._norms, self._cache
        result: dict[tuple[str, str], float] = {}
        for i, a in enumerate(parties):
            mask_a, norm_a = masks[a], norms[a]
            for b in parties[i + 1 :]:
                norm = norm_a * norms[b]
                value = (mask_a & masks[b]).bit_count() / norm if norm else 0.0
                result[a, b] = value
                cache[(a, b) if a < b else (b, a)] = value
        return result

    def colour(self, key: str) -> str | None:
        """The highlight colour of a theme (the same everywhere it is shown), None if not one."""
        index = self.colours.get(key)
        return None if index is None else THEME_PALETTE[index]

    def number(self, key: str) -> int | None:
        """A theme's number (1 = the most shared): shown beside its colour, so themes are
        told apart without seeing colour, and beyond the palette's eight colours."""
        if not self._numbers and self.themes:
            self._numbers.update((t.key, i) for i, t in enumerate(self.themes, start=1))
        return self._numbers.get(key)

    def key_terms(self, party: str) -> tuple[Term, ...]:
        """A party's meaningful terms: themes first (most parties), then the most specific.

        Boilerplate ("provide", "many", "seek") is left out: it is not what a party's
        purpose is about, so a draft neither gains nor loses by it.
        """
        known = self._key_terms.get(party)
        if known is not None:
            return known
        statement = self._by_party.get(party)
        if statement is None:
            return ()
        terms = [t for t in (self.terms[k] for k in statement.counts) if t.meaningful]
        found = self._key_terms[party] = tuple(
            sorted(
                terms,
                key=lambda t: (
                    -min(len(t.parties), 2),
                    -round(t.weight, 2),
                    -statement.counts[t.key],
                    t.label,
                ),
            )
        )
        return found

    def coverage(self, draft: str) -> list[Coverage]:
        """For each party, which of its meaningful terms ``draft`` contains (and lacks)."""
        known = self._coverage.get(draft)
        if known is not None:
            return list(known)
        present = set(self.lexicon.terms(draft))
        result = []
        for statement in self.statements:
            terms = self.key_terms(statement.party)
            result.append(
                Coverage(
                    statement.party,
                    tuple(t for t in terms if t.key in present),
                    tuple(t for t in terms if t.key not in present),
                )
            )
        if len(self._coverage) < 32:  # the drafts of one blend
            self._coverage[draft] = tuple(result)
        return result


def least_covered(coverages: Sequence[Coverage], limit: int = 3) -> list[Coverage]:
    """The parties whose purpose the draft covers least (parties without terms are skipped)."""
    rated = [c for c in coverages if c.ratio is not None]
    rated.sort(key=lambda c: (c.ratio, -len(c.missing)))
    return rated[:limit]


def analyse(
    statements: Sequence[tuple[str, str]],
    language: str = DEFAULT_LANGUAGE,
    merges: Sequence[Sequence[str]] = (),
    hidden: Iterable[str] = (),
) -> Analysis:
    """Analyse ``(party key, statement text)`` pairs; one statement per party."""
    lexicon = Lexicon(language, merges, hidden)
    analysed: list[StatementTerms] = []
    users: dict[str, list[str]] = {}
    counts: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = {}
    spellings: dict[str, set[str]] = {}
    for party, text in statements:
        found = lexicon.occurrences(text)
        party_counts = Counter(o.key for o in found)
        analysed.append(StatementTerms(party, text, party_counts, tuple(found)))
        for occurrence in found:
            surfaces.setdefault(occurrence.key, Counter())[occurrence.surface.casefold()] += 1
            spellings.setdefault(occurrence.key, set()).add(occurrence.surface)
        for key in party_counts:
            users.setdefault(key, []).append(party)
        counts.update(party_counts)
    terms = {
        key: Term(
            key,
            lexicon.merge_labels.get(key) or _label(surfaces[key]),
            tuple(parties),
            counts[key],
            key in lexicon.merge_labels,
            min(NAME_WEIGHT, lexicon.weight(key))
            if lexicon.is_name(key, spellings[key])
            else lexicon.weight(key),
        )
        for key, parties in users.items()
    }
    themes = tuple(
        sorted(
            (t for t in terms.values() if t.shared),
            key=lambda t: (-len(t.parties), -round(t.weight, 1), -t.count, t.label.casefold()),
        )
    )
    result = Analysis(lexicon, tuple(analysed), terms, themes, theme_colours(themes))
    bits = {key: n for n, key in enumerate(terms)}
    for statement in analysed:
        result._by_party[statement.party] = statement
        kept = [key for key in statement.counts if terms[key].meaningful]
        result._masks[statement.party] = sum(1 << bits[key] for key in kept)
        result._norms[statement.party] = math.sqrt(len(kept))
    return result


def _label(surfaces: Counter[str]) -> str:
    """The most used spelling of a term (the shortest, then first alphabetically, on a tie)."""
    return min(surfaces.items(), key=lambda item: (-item[1], len(item[0]), item[0]))[0]


def theme_colours(themes: Sequence[Term]) -> dict[str, int]:
    """A palette index per theme, derived from the theme's key so it stays put as text changes.

    The leading themes (as many as there are colours) never share a colour.
    """
    size = len(THEME_PALETTE)
    leading = sorted(t.key for t in themes[:size])
    taken: set[int] = set()
    colours: dict[str, int] = {}
    for key in leading:
        index = zlib.crc32(key.encode("utf-8")) % size
        while index in taken:
            index = (index + 1) % size
        taken.add(index)
        colours[key] = index
    for theme in themes[size:]:
        colours[theme.key] = zlib.crc32(theme.key.encode("utf-8")) % size
    return colours


def compose_from_phrases(phrases: Sequence[str]) -> str:
    """A first draft from selected phrases: joined with semicolons, as one sentence."""
    parts = [" ".join(p.split()).strip(" ;,.") for p in phrases]
    parts = [p for p in parts if p]
    if not parts:
        raise ValidationError("Select at least one phrase to start a draft from.")
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."
