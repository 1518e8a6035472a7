"""A paper tally's row: one number per counted thing, no row when it is zero.

Shared by the dot vote's paper dots (``tallies``) and the participatory budget's paper
approvals (``budget_tallies``), so both store, change and remove a count the same way.
"""

from __future__ import annotations

from collections.abc import Mapping

from workshop.storage.document import _Edit


def store_count(
    ed: _Edit, table: str, row_id: int | None, identity: Mapping[str, object], count: int
) -> None:
    """Give the row ``row_id`` (None: not there yet) this ``count``: insert it with its
    ``identity`` columns, update it, or delete it at zero."""
    if row_id is None:
        if count:
            ed.table(table).insert({**identity, "count": count})
    elif count:
        ed.table(table).update(row_id, {"count": count})
    else:
        ed.conn.execute(f"DELETE FROM [{table}] WHERE id = ?", (row_id,))
