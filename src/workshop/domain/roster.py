"""Turn a pasted list or a CSV of "name, organisation" into participants to add."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from workshop.domain.errors import ValidationError
from workshop.domain.validation import NAME_MAX

#: Header cells that mark the first row as column names rather than a person.
_HEADER_NAMES = {"name", "names", "participant", "participants", "person"}


@dataclass(frozen=True, slots=True)
class RosterEntry:
    name: str
    organisation: str


def parse_roster(text: str) -> list[RosterEntry]:
    """Accept one person per line: "Name, Organisation", "Name<TAB>Organisation" or "Name".

    Blank lines are skipped, a header row is recognised, quoting follows CSV.
    Raises ValidationError naming the first bad line.
    """
    if not text.strip():
        raise ValidationError("The list is empty: one person per line, like “Ana Silva, Library”.")
    delimiter = _delimiter(text)
    entries: list[RosterEntry] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, skipinitialspace=True)
    for line_number, cells in enumerate(reader, start=1):
        cells = [" ".join(c.split()) for c in cells]
        if not any(cells):
            continue
        if line_number == 1 and cells[0].lower() in _HEADER_NAMES:
            continue
        name = cells[0]
        organisation = cells[1] if len(cells) > 1 else ""
        if not name:
            raise ValidationError(f"Line {line_number} has no name before the comma.")
        if len(name) > NAME_MAX or len(organisation) > NAME_MAX:
            raise ValidationError(f"Line {line_number} is longer than {NAME_MAX} characters.")
        if len(cells) > 2 and any(cells[2:]):
            raise ValidationError(
                f"Line {line_number} has more than two columns; expected “name, organisation”."
            )
        entries.append(RosterEntry(name, organisation))
    if not entries:
        raise ValidationError("No names found: one person per line, like “Ana Silva, Library”.")
    return entries


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
