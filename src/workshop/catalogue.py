"""The words the room reads, in the workshop's language: handout, projector, phone page.

One JSON catalogue per shipped language (``resources/languages/<code>.json``) with a
``handout`` and a ``room`` section of ``key → text``, a ``labels`` section both use (kind
names, statuses, scales, rules, counted nouns) and a ``phone`` section (the phone page's
sentences, sent to the browser, which picks plural forms with ``Intl.PluralRules``). A
text may hold ``{name}`` placeholders; a counted text is a dict of CLDR plural forms
(``one``, ``few``, ``many``, ``other``…, chosen by Babel for the number ``n``). JSON
rather than gettext: no compile step, the app ships them as they are, and a translator
edits one plain file; ``tests/test_languages.py`` fails on a missing key or plural form.
A language without a catalogue (Welsh, Ukrainian…) reads English words, while its dates
and numbers still follow its own CLDR rules (``export/localised.py``). Qt-free: the
projector's views call :func:`room_text`; the laptop's own UI is translated by Qt
(``tr()``), apart from this.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from typing import Any

from workshop.domain.languages import DEFAULT
from workshop.resources import resources_dir

#: The catalogue's sections: who reads them.
SECTIONS = ("handout", "room", "labels", "phone")


@functools.cache
def catalogue(language: str) -> dict[str, dict[str, Any]]:
    """The catalogue of ``language`` (empty sections when it has none)."""
    path = resources_dir() / "languages" / f"{language}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    return {section: dict(data.get(section, {})) for section in SECTIONS}


@functools.cache
def _plural_rule(language: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language).plural_form
    except (UnknownLocaleError, ValueError):
        return Locale.parse(DEFAULT).plural_form


#: A count's placeholder with a format of its own ("{n:,}").
_COUNT_SPEC = re.compile(r"\{n:[^}]*\}")


def lookup(
    section: str, key: str, language: str, /, *,
    count_text: Callable[[int], str] | None = None, **values: Any,
) -> str:
    """The text for ``key`` in ``language`` (English when missing), placeholders filled.
    A plural's form follows its count ``n``; ``count_text`` writes a whole ``n`` as the
    language does ("20,000 ballots", "20 000 kart"), else it is printed as it is."""
    entry = catalogue(language)[section].get(key)
    if entry is None:
        language = DEFAULT
        entry = catalogue(DEFAULT)[section].get(key)
    if entry is None:
        raise KeyError(f"no {section} text {key!r}")
    if isinstance(entry, dict):
        count = values.get("n", 0)
        form = _plural_rule(language)(abs(count))
        entry = entry.get(form, entry.get("other", ""))
    text, count = str(entry), values.get("n")
    if count_text is not None and isinstance(count, int):
        values = {**values, "n": count_text(count)}
        text = _COUNT_SPEC.sub("{n}", text)  # English's "{n:,}": the count is written already
    return text.format(**values)


def room_text(key: str, language: str, **values: Any) -> str:
    """What the room reads on the projector for ``key``, in the workshop's language.

    ``room_text("minutes_left", "pl", n=5)`` → "Zostało 5 minut".
    """
    return lookup("room", key, language, **values)


def handout_text(key: str, language: str, **values: Any) -> str:
    """A label of the handout for ``key``, in the workshop's language."""
    return lookup("handout", key, language, **values)


def label_text(
    key: str, language: str, /, *, count_text: Callable[[int], str] | None = None,
    **values: Any,
) -> str:
    """A name both the handout and the room use ("kind.pulse", "promise.done", "answers");
    ``count_text`` writes the count of a plural (:func:`lookup`)."""
    return lookup("labels", key, language, count_text=count_text, **values)


def phone_texts(language: str) -> dict[str, Any]:
    """Every sentence of the phone page in ``language``, English where it has none."""
    return {**catalogue(DEFAULT)["phone"], **catalogue(language)["phone"]}


# -- the operations' own sentences, for a phone ---------------------------------------------

#: The contexts of the UI's translations (``resources/translations/workshop_<lang>.ts``) that
#: hold the Qt-free layers' sentences: error templates and undo steps' names.
SENTENCE_CONTEXTS = ("errors", "undo")


@functools.cache
def sentences(language: str) -> dict[tuple[str, str], str]:
    """(context, English template) → its finished translation in ``language``.

    Read from the same ``.ts`` files the laptop's UI is compiled from (one store of
    translations; ``xml.etree``, so no Qt): a phone is answered in the workshop's language
    while the laptop speaks its own. Empty for English and for a language without them.
    """
    import xml.etree.ElementTree as ET

    path = resources_dir() / "translations" / f"workshop_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in SENTENCE_CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue  # unfinished or obsolete: English says it
            found[(name, message.findtext("source") or "")] = translation.text
    return found

