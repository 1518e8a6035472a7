"""Errors a user can cause and fix: shown as a message, never as a traceback.

An error carries an English *template* with named fields
(``ValidationError("{name} has already finished their ballot.", name=name)``): ``str(err)``
is the English sentence (the command line and the logs), and each place that shows it to
a person fills the template translated into that person's language (the laptop's UI:
``workshop.ui.words.error_text``; a phone, in the workshop's language:
``workshop.phones.strings.error_sentence``). Undo steps' names work the same way
(``workshop.storage.changes.Label``, context ``undo``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

#: ``words(context, english)`` → the text in the reader's language (English when unknown).
Words = Callable[[str, str], str]
#: ``number(n)`` → a count as the reader's language writes it ("2,000", "2 000").
Numbers = Callable[[int], str]


def english_number(value: int) -> str:
    return format(value, ",")


def fill(
    template: str,
    fields: Mapping[str, object],
    words: Words,
    context: str,
    number: Numbers = english_number,
) -> str:
    """``template`` (of ``context``: "errors", "undo") in other ``words``, fields filled in.

    A field that is itself a sentence (an error quoted inside another, "Line 3: {exc}"; an
    undo step's :class:`~workshop.storage.changes.Label`) or a :class:`Word` is told in the
    same words, a :class:`Number` written by ``number``.
    """
    shown = {key: _field(value, words, context, number) for key, value in fields.items()}
    text = words(context, template)
    if not shown:
        return text
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or mangled a field: the English sentence says it right.
        return template.format(**shown)


def _field(value: object, words: Words, context: str, number: Numbers) -> object:
    if isinstance(value, Word):
        return words(context, value)
    if isinstance(value, Number):
        return number(int(value))
    template = getattr(value, "template", None)
    fields = getattr(value, "fields", None)
    inner = getattr(value, "context", None)
    if isinstance(template, str) and isinstance(fields, dict) and isinstance(inner, str):
        return fill(template, fields, words, inner, number)
    return value


def english(_context: str, text: str) -> str:
    return text


class Word(str):
    """A field that is itself a translatable word of ours (``what=Word("The title")`` in
    "{what} cannot be empty."), told in the same words as its sentence; other fields (a
    name, a number, a person's text) are shown as they are."""

    __slots__ = ()


class Number(int):
    """A count in a sentence ("{count} characters"), written with the separators of the
    reader's language (2,000 in English, 2 000 in Polish); other numbers (a line, an id, a
    year) are shown as they are."""

    __slots__ = ()


class WorkshopError(Exception):
    """Base of every error that is meant to be shown to the user as a sentence."""

    context = "errors"

    def __init__(self, template: str = "", /, **fields: object) -> None:
        self.template = template
        self.fields: dict[str, object] = fields
        super().__init__(fill(template, fields, english, self.context))

    def told(self, words: Words, number: Numbers = english_number) -> str:
        """The sentence in other ``words``: the template translated, its fields filled."""
        return fill(self.template, self.fields, words, self.context, number)


class ValidationError(WorkshopError):
    """A value the user typed is not acceptable (empty name, timebox out of range…)."""


def said(template: str) -> str:
    """Marks an English error template kept apart from its ``raise`` (in a table, chosen by a
    condition), so that the scan of templates for translators finds it; returns it as is."""
    return template
