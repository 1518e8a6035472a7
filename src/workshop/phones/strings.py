"""Every sentence the phone page shows, in the workshop's language.

The sentences live in the catalogue's ``phone`` section (``resources/languages/*.json``,
:func:`workshop.catalogue.phone_texts`), next to the handout's and the projector's words,
so one translator's file covers everything the room reads. The page receives the table
with its first state; a counted sentence is a dict of CLDR plural forms, chosen in the
browser with ``Intl.PluralRules`` for the page's ``lang``. The page's ``lang`` and ``dir``
(``rtl`` for Arabic, Hebrew, Persian…) follow the workshop's language too.
"""

from __future__ import annotations

from typing import Any

from workshop.catalogue import phone_texts, sentences
from workshop.domain.errors import WorkshopError
from workshop.domain.languages import DEFAULT, RIGHT_TO_LEFT


def page_strings(language: str = DEFAULT) -> dict[str, Any]:
    """The page's sentences in ``language`` (English for any it lacks), with ``lang``/``dir``."""
    language = language or DEFAULT
    return {
        **phone_texts(language),
        "lang": language,
        "dir": "rtl" if language in RIGHT_TO_LEFT else "ltr",
    }


def error_sentence(exc: BaseException, language: str) -> str:
    """A refusal told to a phone in ``language`` (the workshop's): the operation's template
    from the UI's own translations (:func:`workshop.catalogue.sentences`), counts written as
    the language writes them; English where a sentence is not translated."""
    if not isinstance(exc, WorkshopError):
        return str(exc)
    from workshop.export.localised import Words  # Babel: the language's separators

    known = sentences(language)
    return exc.told(lambda context, text: known.get((context, text), text), Words(language).number)
