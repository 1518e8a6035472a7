"""What an operation changed, row by row: the report windows refresh from, and the undo record.

Every write on a document is captured as row images (before, after). Inverting
the list gives undo; replaying it gives redo. Because the images are plain JSON
values they can also be kept in the file, so undo survives reopening.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class RowChange:
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
        return cls(str(table), int(row_id), before, after)


@dataclass(slots=True)
class Change:
    """A named, committed change to the document.

    ``history_id`` links it to its entry in the document's history table, so
    undoing it can be recorded durably too.
    """

    label: str
    rows: tuple[RowChange, ...]
    history_id: int | None = None
    #: The activity the change belongs to, so the UI can show where it happened.
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(r.table for r in self.rows)

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def inserted(self, table: str) -> list[int]:
        return [r.id for r in self.rows if r.table == table and r.before is None]

    def deleted(self, table: str) -> list[int]:
        return [r.id for r in self.rows if r.table == table and r.after is None]

    def ids(self, table: str) -> set[int]:
        return {r.id for r in self.rows if r.table == table}

    def columns(self, table: str) -> set[str]:
        """The columns of ``table`` whose values the change moved (every column of a row
        inserted or deleted): a screen can tell a change it shows from one it does not."""
        found: set[str] = set()
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
        return not self.rows

    def rows_json(self) -> str:
        return json.dumps([r.to_json() for r in self.rows], ensure_ascii=False)

    @staticmethod
    def rows_from_json(text: str) -> tuple[RowChange, ...]:
        return tuple(RowChange.from_json(v) for v in json.loads(text))
