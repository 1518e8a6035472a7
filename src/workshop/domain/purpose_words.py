"""What a word is and how much it says: lemmas, and weights from how common a word is.

Two different words must never become one term in front of a room ("position" and
"positive" did with an aggressive stemmer), so words are *lemmatised* with simplemma
(dictionary forms from Wiktionary-derived lists: "communities" → "community", "drivers" →
"driver", "positive" stays "positive"). Languages simplemma lacks fall back to Snowball.

A word that everybody uses in every purpose statement ("provide", "need", "help",
"support") says nothing about a party. :class:`Weights` gives each lemma a weight from 0
(says nothing) to 1 (rare, specific), from the word's frequency in the language (bundled
lists made from wordfreq, ``resources/frequency/``) and a short list of the boilerplate
of purpose statements and offers (``purpose_stopwords.GENERIC``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from workshop.domain.purpose_stopwords import generic_words

#: Snowball language names (how a purpose activity stores its language) → ISO 639-1 codes.
LANGUAGE_CODES = {
    "arabic": "ar",
    "catalan": "ca",
    "czech": "cs",
    "danish": "da",
    "dutch": "nl",
    "dutch_porter": "nl",
    "english": "en",
    "finnish": "fi",
    "french": "fr",
    "german": "de",
    "greek": "el",
    "hungarian": "hu",
    "indonesian": "id",
    "irish": "ga",
    "italian": "it",
    "lithuanian": "lt",
    "norwegian": "nb",
    "polish": "pl",
    "porter": "en",
    "portuguese": "pt",
    "romanian": "ro",
    "russian": "ru",
    "spanish": "es",
    "swedish": "sv",
    "turkish": "tr",
    "ukrainian": "uk",
}
#: A word missing from the bundled frequency list is rarer than every listed word.
UNLISTED_ZIPF = 3.0
#: Zipf values (log10 uses per billion words) mapped to weights: ≥ COMMON → floor, ≤ RARE → 1.
COMMON_ZIPF, RARE_ZIPF = 6.8, 3.5
MIN_WEIGHT = 0.05
#: Boilerplate ("provide", "help") weighs this much of what its frequency alone would give.
GENERIC_FACTOR = 0.2
#: A name (capitalised everywhere, not a listed word: "Eastgate") weighs at most this.
NAME_WEIGHT = 0.2
#: Terms weighing less than this never make a theme, a match or a coverage gap on their own.
MEANINGFUL = 0.3


def language_code(language: str) -> str | None:
    return LANGUAGE_CODES.get(language)


@cache
def snowball_languages() -> frozenset[str]:
    import snowballstemmer  # type: ignore[import-untyped]  # loaded on first use (~50 ms)

    return frozenset(str(name) for name in snowballstemmer.algorithms())


@cache
def lemmatiser(language: str) -> Lemmatiser:
    return Lemmatiser(language)


#: Loading a language's data is done once, by whichever thread asks first; another thread
#: asking meanwhile waits for it rather than loading it again (simplemma's import and
#: dictionaries are not built for two threads at once).
_LOADING = threading.Lock()
_LOADED: set[str] = set()


def load_language(language: str) -> None:
    """Import simplemma and load ``language``'s dictionary and frequency list, once.

    English costs ~130 ms of pure Python (the dictionary is decoded from a compressed
    stream); :func:`warm_up` does it on a thread before anyone opens the screen.
    """
    if language in _LOADED:
        return
    with _LOADING:
        if language in _LOADED:
            return
        snowball_languages()  # the language menu lists them (importing snowball: ~50 ms)
        code = language_code(language)
        if code is not None:
            frequencies(code)
            if _simplemma_has(code):
                import simplemma

                simplemma.lemmatize("a", lang=code)  # decodes the language's dictionary
        _LOADED.add(language)


def warm_up(
    languages: Iterable[str], then: Iterable[Callable[[], object]] = ()
) -> threading.Thread | None:
    """Load the languages' data on a daemon thread; the first lemma waits for it if early.

    ``then`` is more pure-Python work to do once the data is in (a purpose activity's
    analysis, say: its cache is shared with the screen). Returns the thread (None when
    there is nothing to do) so a caller can join it.
    """
    wanted = [language for language in dict.fromkeys(languages) if language not in _LOADED]
    after = list(then)
    if not wanted and not after:
        return None

    def load() -> None:
        try:
            for language in wanted:
                load_language(language)
            for work in after:
                work()
        except Exception:  # the first real use does it again and reports it on the main thread
            return

    thread = threading.Thread(target=load, name="workshop-language-warm-up", daemon=True)
    thread.start()
    return thread


class Lemmatiser:
    """Word → lemma for one language, cached (the same words recur across statements).

    The language's data loads when the first lemmatiser for it is made (English ~130 ms,
    once per run), unless :func:`warm_up` loaded it already.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        load_language(language)
        self._code = language_code(language)
        self._cache: dict[str, str] = {}
        self._simplemma = self._code is not None and _simplemma_has(self._code)
        self._stemmer = None
        if not self._simplemma:
            import snowballstemmer

            self._stemmer = snowballstemmer.stemmer(language)

    def __call__(self, word: str) -> str:
        lemma = self._cache.get(word)
        if lemma is None:
            plain = word.replace("’", "'")
            if self._stemmer is not None or self._code is None:
                lemma = str(self._stemmer.stemWord(plain)) if self._stemmer else plain
            else:
                import simplemma

                lemma = str(simplemma.lemmatize(plain, lang=self._code)).casefold()
            self._cache[word] = lemma
        return lemma


def _simplemma_has(code: str) -> bool:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return code in SUPPORTED_LANGUAGES


def _frequency_dir() -> Path:
    from workshop.resources import resources_dir

    return resources_dir() / "frequency"


@cache
def frequencies(code: str) -> dict[str, float]:
    """Zipf frequency of the language's 12,000 most common words; empty when none is bundled."""
    path = _frequency_dir() / f"{code}.txt"
    if not path.is_file():
        return {}
    table: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, zipf = line.partition("\t")
        if word and word not in table:
            table[word] = float(zipf)
    return table


class Weights:
    """How much each word says in one language (0…1), cached."""

    def __init__(self, language: str) -> None:
        code = language_code(language)
        self._freq = frequencies(code) if code else {}
        self._generic = generic_words(language)
        self._cache: dict[str, float] = {}

    def __call__(self, lemma: str, surface: str = "") -> float:
        value = self._cache.get(lemma)
        if value is not None:
            return value
        if not self._freq:
            value = 1.0
        else:
            zipf = self._freq.get(lemma)
            if zipf is None and surface:
                zipf = self._freq.get(surface)
            zipf = UNLISTED_ZIPF if zipf is None else zipf
            span = COMMON_ZIPF - RARE_ZIPF
            value = min(1.0, max(MIN_WEIGHT, (COMMON_ZIPF - zipf) / span))
        if lemma in self._generic or surface in self._generic:
            value = max(MIN_WEIGHT, value * GENERIC_FACTOR)
        self._cache[lemma] = value
        return value

    def unlisted(self, word: str) -> bool:
        """Whether ``word`` is missing from the language's frequency list (a name, say)."""
        return bool(self._freq) and word not in self._freq

    def phrase(self, lemmas: tuple[str, ...]) -> float:
        """A phrase weighs what its most specific word weighs."""
        return max((self(lemma) for lemma in lemmas), default=0.0)
