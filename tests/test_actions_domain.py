"""The action list: status cycle, due dates, grouping by owner."""

from __future__ import annotations

from datetime import date

import pytest

from workshop.domain.actions import (
    Action,
    ActionStatus,
    SourceKind,
    by_owner,
    clean_due,
    clean_what,
    counts,
    owned_by,
)
from workshop.domain.errors import ValidationError
from workshop.domain.reciprocity import Party

ANA = Party(1, "Ana", "Library")
COUNCIL = Party.group("Council")


def action(id_: int, owner: Party | None, due: str = "", status: str = "open") -> Action:
    return Action(id_, f"do {id_}", owner, due, ActionStatus(status), SourceKind.NONE, None)


def test_status_cycle() -> None:
    assert ActionStatus.OPEN.next() is ActionStatus.DOING
    assert ActionStatus.DONE.next() is ActionStatus.OPEN


def test_clean() -> None:
    assert clean_due(" 2026-12-01 ") == "2026-12-01"
    assert clean_due("") == ""
    with pytest.raises(ValidationError, match="not a date"):
        clean_due("1 Dec")
    with pytest.raises(ValidationError, match="not a real date"):
        clean_due("2026-02-30")
    with pytest.raises(ValidationError, match="cannot be empty"):
        clean_what("  ")


def test_overdue() -> None:
    today = date(2026, 12, 1)
    assert action(1, ANA, "2026-11-30").overdue(today)
    assert not action(1, ANA, "2026-12-01").overdue(today)
    assert not action(1, ANA, "2026-11-30", "done").overdue(today)
    assert not action(1, ANA).overdue(today)


def test_by_owner_and_counts() -> None:
    actions = [
        action(1, None),
        action(2, ANA),
        action(3, COUNCIL, "2026-12-10"),
        action(4, ANA, "2026-12-01", "done"),
        action(5, ANA, "2026-12-05"),
    ]
    grouped = by_owner(actions)
    assert [(k, [a.id for a in v]) for k, v in grouped] == [
        ("Ana (Library)", [5, 2, 4]),
        ("Council", [3]),
        ("No owner yet", [1]),
    ]
    assert [a.id for a in owned_by(actions, "library")] == [2, 4, 5]
    assert counts(actions)[ActionStatus.DONE] == 1
