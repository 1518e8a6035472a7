"""The workshop's own language: what the room sees and the handout speaks, apart from the UI's.

A workshop has one language (a BCP 47 code such as ``pl``). The handout's labels and the
projector's words come from catalogues under ``resources/`` for the *shipped* languages;
dates, times and numbers follow CLDR (Babel) for every language listed here, so a Welsh
or Ukrainian workshop gets its own dates with English labels until a catalogue exists.
"""

from __future__ import annotations

from workshop.domain.errors import ValidationError

DEFAULT = "en"

#: Languages with complete handout and room catalogues (a test checks each is complete).
SHIPPED: tuple[str, ...] = ("en", "pl", "es", "ar")

#: Every language a workshop may be in: code → the language's own name.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "pl": "Polski",
    "es": "Español",
    "ar": "العربية",
    "cy": "Cymraeg",
    "de": "Deutsch",
    "el": "Ελληνικά",
    "fa": "فارسی",
    "fr": "Français",
    "he": "עברית",
    "it": "Italiano",
    "nl": "Nederlands",
    "pt": "Português",
    "ru": "Русский",
    "tr": "Türkçe",
    "uk": "Українська",
}

#: Languages written right to left.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he"})


def clean_language(value: object) -> str:
    """A known language code, or a sentence for the user."""
    code = str(value or "").strip().lower().replace("_", "-")
    if code in LANGUAGES:
        return code
    base = code.split("-")[0]
    if base in LANGUAGES:
        return base
    known = ", ".join(sorted(LANGUAGES))
    raise ValidationError(
        "“{value}” is not a workshop language Workshop knows ({known}).",
        value=value, known=known,
    )

