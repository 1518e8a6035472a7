"""Turn a pasted list or a CSV of "name, organisation" into participants to add."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from workshop.domain import validation as v
from workshop.domain.errors import Number, ValidationError
from workshop.domain.validation import NAME_MAX

#: Header cells that mark the first row as column names rather than a person.
_HEADER_NAMES = {"name", "names", "participant", "participants", "person"}


@dataclass(frozen=True, slots=True)
class RosterEntry:
    name: str
    organisation: str


#: A pasted list or CSV of people is a room's roster, not a database: a file larger
#: than this is refused before it is read (docs/file-format.md, "Limits").
ROSTER_MAX_BYTES = 1024 * 1024
ROSTER_MAX_PEOPLE = 2000


def clean_name(name: str) -> str:
    return v.required_text(name, "A participant's name")


def clean_organisation(organisation: str) -> str:
    return v.single_line(organisation, "The organisation")


def clean_person(name: str, organisation: str) -> RosterEntry:
    """A participant's name and organisation as every door stores them (the operations too)."""
    return RosterEntry(clean_name(name), clean_organisation(organisation))


def parse_roster(text: str) -> list[RosterEntry]:
    """Accept one person per line: "Name, Organisation", "Name<TAB>Organisation" or "Name".

    Blank lines are skipped, a header row is recognised, quoting follows CSV.
    Every person passes :func:`clean_person`, the operations' own rule.
    Raises ValidationError naming the first bad line.
    """
    if not text.strip():
        raise ValidationError("The list is empty: one person per line, like “Ana Silva, Library”.")
    if len(text) > ROSTER_MAX_BYTES:
        raise ValidationError(
            "The list is {count} characters long; a list of people holds at most "
            "{roster_max_bytes}.",
            count=Number(len(text)),
            roster_max_bytes=Number(ROSTER_MAX_BYTES),
        )
    # NUL ends a line for the csv module (it raises): treat it as the control character it is.
    text = text.replace("\x00", " ")
    delimiter = _delimiter(text)
    entries: list[RosterEntry] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, skipinitialspace=True)
    line_number = 0
    try:
        for line_number, cells in enumerate(reader, start=1):
            entry = _entry(line_number, [v.one_line(c) for c in cells])
            if entry is not None:
                entries.append(entry)
            if len(entries) > ROSTER_MAX_PEOPLE:
                raise ValidationError(
                    "The list has more than {roster_max_people} people; add them in "
                    "parts.",
                    roster_max_people=Number(ROSTER_MAX_PEOPLE),
                )
    except csv.Error as exc:
        raise ValidationError(
            "Line {value} cannot be read: {exc}.",
            value=line_number + 1, exc=exc,
        ) from exc
    if not entries:
        raise ValidationError("No names found: one person per line, like “Ana Silva, Library”.")
    return entries


def _entry(line_number: int, cells: list[str]) -> RosterEntry | None:
    if not any(cells):
        return None
    if line_number == 1 and cells[0].lower() in _HEADER_NAMES:
        return None
    name = cells[0]
    organisation = cells[1] if len(cells) > 1 else ""
    if not name:
        raise ValidationError(
            "Line {line_number} has no name before the comma.",
            line_number=line_number,
        )
    if len(name) > NAME_MAX or len(organisation) > NAME_MAX:
        raise ValidationError(
            "Line {line_number} is longer than {name_max} characters.",
            line_number=line_number, name_max=NAME_MAX,
        )
    if len(cells) > 2 and any(cells[2:]):
        raise ValidationError(
            "Line {line_number} has more than two columns; expected “name, organisation”.",
            line_number=line_number,
        )
    try:
        return clean_person(name, organisation)
    except ValidationError as exc:
        raise ValidationError(
            "Line {line_number}: {exc}",
            line_number=line_number, exc=exc,
        ) from exc


#: What separates a name from its organisation: a comma (typed, or a CSV), a tab (pasted
#: from a spreadsheet) or a semicolon (a CSV saved by a spreadsheet in a comma-decimal locale).
_DELIMITERS = ",\t;"


def _delimiter(text: str) -> str:
    """The separator the standard library's :class:`csv.Sniffer` finds in the first lines.

    A list of names alone has none to find: then a comma (nothing is split anyway).
    """
    sample = "\n".join(text.strip("\n").splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return next((d for d in "\t;" if d in sample and "," not in sample), ",")
