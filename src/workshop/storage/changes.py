"""What an operation changed, row by row: the report windows refresh from, and the undo record.

Every write on a document is captured as row images (before, after). Inverting
the list gives undo; replaying it gives redo. Because the images are plain JSON
values they can also be kept in the file, so undo survives reopening.

Rows one statement inserted in bulk (a merge's thousands of notes) are kept as a
:class:`BulkRows`: at first only a check value per row (their images are taken when the
step is undone: what redo needs is then exactly what undo took away), later their images
as the JSON text SQLite built, decoded only when needed
(docs/decisions/0018-merge-undo-checks.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from workshop.domain.errors import Numbers, Words, english, english_number, fill

Row = dict[str, Any]


class RowChange(NamedTuple):
    table: str
    id: int
    before: Row | None  # None: the row was inserted
    after: Row | None  # None: the row was deleted

    def inverted(self) -> RowChange:
        return RowChange(self.table, self.id, self.after, self.before)

    def to_json(self) -> list[Any]:
        return [self.table, self.id, self.before, self.after]

    @classmethod
    def from_json(cls, value: list[Any]) -> RowChange:
        table, row_id, before, after = value
        return cls(str(table), int(row_id), decode_row(before), decode_row(after))


def decode_row(row: Row | None) -> Row | None:
    """A row image as written in SQL: a REAL is kept exact as a one-element array of its
    17-digit text (``journal._exact``); turned back into the same float here."""
    if row is None:
        return None
    for key, value in row.items():
        if isinstance(value, list):
            row[key] = float(value[0])
    return row


class BulkRows(NamedTuple):
    """Rows ``first``…``last`` of ``table``, inserted by one statement (or, ``removed``,
    deleted again by one: an undone bulk insert).

    ``images`` is a JSON array of their insertions in the history's own format
    (``[table, id, null, after]``), built by SQLite in one statement; ``None`` until the
    step is first undone (a merge keeps only ``checks``: JSON text
    ``{"sqlite": version, "crc32": [...]}``, a check value per row in id order, see
    ``journal._checks``, so undo can tell a row that another program changed since).
    """

    table: str
    first: int
    last: int
    images: str | None
    removed: bool = False
    checks: str | None = None

    @property
    def ids(self) -> range:
        return range(self.first, self.last + 1)

    @property
    def captured(self) -> bool:
        """Whether the rows' images are known (else only their checks, until undone)."""
        return self.images is not None

    def rows(self) -> tuple[RowChange, ...]:
        if self.images is None:
            raise ValueError(f"the images of {self.table} {self.first}…{self.last} are not taken")
        rows = (RowChange.from_json(v) for v in json.loads(self.images))
        return tuple(r.inverted() for r in rows) if self.removed else tuple(rows)

    def inverted(self) -> BulkRows:
        return BulkRows(
            self.table, self.first, self.last, self.images, not self.removed, self.checks
        )

    def with_images(self, images: str) -> BulkRows:
        return BulkRows(self.table, self.first, self.last, images, self.removed, self.checks)

    def entry(self) -> str:
        """The history's JSON entry of an insert whose images are not taken yet:
        ``[table, first, null, null, {"last": last, "checks": {...}}]`` (the checks' text
        as SQLite made it, spliced in)."""
        head = json.dumps([self.table, self.first])[:-1]
        return f'{head}, null, null, {{"last": {self.last}, "checks": {self.checks or "{}"}}}]'


Part = RowChange | BulkRows


class Label(str):
    """An undo step's name: the English sentence (kept in the file's history), with the
    template and fields it was made from, so that the laptop can show it in its own
    language (``workshop.ui.words.undo_text``): ``Label("Add note “{text}”", text=...)``."""

    context = "undo"
    template: str
    fields: dict[str, object]

    def __new__(cls, template: str, /, **fields: object) -> Label:
        made = super().__new__(cls, fill(template, fields, english, cls.context))
        made.template = template
        made.fields = fields
        return made

    def told(self, words: Words, number: Numbers = english_number) -> str:
        """The name in other ``words``: the template translated, its fields filled."""
        return fill(self.template, self.fields, words, self.context, number)


class Change:
    """A named, committed change to the document.

    ``history_id`` links it to its entry in the document's history table, so
    undoing it can be recorded durably too. ``extra`` carries what an operation
    tells the window beyond rows (the copies written, the activity proposed next).
    What changed is known without decoding bulk inserts (``tables``, ``ids``,
    ``inserted``); ``rows`` decodes them, once (a bulk insert whose images are not taken
    yet is in ``parts`` only).
    """

    __slots__ = ("_rows", "extra", "history_id", "label", "parts")

    def __init__(
        self,
        label: str,
        rows: Iterable[Part] = (),
        history_id: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.label = label
        self.parts: tuple[Part, ...] = tuple(rows)
        self.history_id = history_id
        self.extra: dict[str, Any] = {} if extra is None else extra
        self._rows: tuple[RowChange, ...] | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Change):
            return NotImplemented
        return (self.label, self.history_id, self.extra, self._key()) == (
            other.label, other.history_id, other.extra, other._key()
        )

    def _key(self) -> tuple[object, ...]:
        """Every row change, and bulk inserts whose images are not taken as they are."""
        return tuple(
            row if _taken(part) else _lazy_key(part)
            for part in self.parts
            for row in (_part_rows(part) if _taken(part) else (part,))
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it was

    def __repr__(self) -> str:
        return f"Change({self.label!r}, {len(self.parts)} parts, history_id={self.history_id})"

    @property
    def rows(self) -> tuple[RowChange, ...]:
        """Every row change in order (bulk inserts decoded on first use)."""
        rows = self._rows
        if rows is None:
            rows = self._rows = tuple(
                r for p in self.parts if _taken(p) for r in _part_rows(p)
            )
        return rows

    def extend(self, other: Change) -> None:
        """Take ``other``'s rows after this change's (one undo step for both)."""
        self.parts = self.parts + other.parts
        self._rows = None

    def _ids(self, table: str, *, added: bool | None = None) -> Iterator[int]:
        """Ids of ``table``'s rows changed (``added``: only inserted ones, or only deleted)."""
        for part in self.parts:
            if part.table != table:
                continue
            if isinstance(part, BulkRows):
                if added is None or added is not part.removed:
                    yield from part.ids
            elif added is None or (part.before is None if added else part.after is None):
                yield part.id

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(p.table for p in self.parts)

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def inserted(self, table: str) -> list[int]:
        return list(self._ids(table, added=True))

    def deleted(self, table: str) -> list[int]:
        return list(self._ids(table, added=False))

    def ids(self, table: str) -> set[int]:
        return set(self._ids(table))

    def columns(self, table: str) -> set[str]:
        """The columns of ``table`` whose values the change moved (every column of a row
        inserted or deleted; ``"*"`` for rows inserted in bulk whose images are not taken):
        a screen can tell a change it shows from one it does not."""
        found: set[str] = set()
        if any(p.table == table and not _taken(p) for p in self.parts):
            found.add("*")
        for row in self.rows:
            if row.table != table:
                continue
            before, after = row.before or {}, row.after or {}
            found.update(
                key for key in before.keys() | after.keys() if before.get(key) != after.get(key)
            )
        return found

    @property
    def is_empty(self) -> bool:
        return not self.parts

    def rows_json(self) -> str:
        """The history's JSON text; a bulk insert's SQL-made text is spliced in as it is."""
        pieces = []
        for part in self.parts:
            if isinstance(part, BulkRows) and part.images is None:
                pieces.append(part.entry())
            elif isinstance(part, BulkRows) and not part.removed:
                if part.images and part.images != "[]":  # SQLite's: "[" element,… "]"
                    pieces.append(part.images[1:-1])
            elif isinstance(part, BulkRows):
                pieces.extend(json.dumps(r.to_json(), ensure_ascii=False) for r in part.rows())
            else:
                pieces.append(json.dumps(part.to_json(), ensure_ascii=False))
        return "[" + ", ".join(pieces) + "]"

    def adopt_images(self, images: dict[tuple[str, int, int], str]) -> bool:
        """Take the images an undo captured (``journal.replay``) into the bulk inserts that
        had only checks; True if any was taken (the history entry is then written again)."""
        parts, taken = [], False
        for part in self.parts:
            if isinstance(part, BulkRows) and not part.captured:
                found = images.get((part.table, part.first, part.last))
                if found is not None:
                    part, taken = part.with_images(found), True
            parts.append(part)
        if taken:
            self.parts, self._rows = tuple(parts), None
        return taken

    @staticmethod
    def rows_from_json(text: str) -> tuple[Part, ...]:
        return tuple(_part_from_json(v) for v in json.loads(text))


def _part_from_json(value: list[Any]) -> Part:
    if len(value) == 5:  # a bulk insert kept by its checks (BulkRows.entry)
        table, first, _before, _after, bulk = value
        checks = json.dumps(bulk["checks"])
        return BulkRows(str(table), int(first), int(bulk["last"]), None, checks=checks)
    return RowChange.from_json(value)


def _lazy_key(part: Part) -> tuple[object, ...]:
    assert isinstance(part, BulkRows)
    return (part.table, part.first, part.last, json.loads(part.checks or "{}"))


def _taken(part: Part) -> bool:
    return not isinstance(part, BulkRows) or part.captured


def _part_rows(part: Part) -> tuple[RowChange, ...]:
    return part.rows() if isinstance(part, BulkRows) else (part,)


def counted(count: int, one: str, many: str, /, **fields: object) -> Label:
    """The label for one thing or for ``count`` things ("Delete note" / "Delete 3 notes")."""
    return Label(one if count == 1 else many, count=count, **fields)
