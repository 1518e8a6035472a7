"""A listener's bug must not make a committed change look failed, nor hide it from others."""

from __future__ import annotations

import sys

import pytest

from workshop.storage import read
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops.participants import add_participant


def test_a_failing_listener_is_reported_and_the_others_still_hear(
    doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[type[BaseException] | None] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: reported.append(kind))
    heard: list[Change] = []

    def broken(_change: Change) -> None:
        raise RuntimeError("a bug in a window")

    doc.subscribe(broken)
    doc.subscribe(heard.append)
    change = add_participant(doc, "Ana")
    assert [p.name for p in read.participants(doc)] == ["Ana"]
    assert heard == [change]
    assert reported == [RuntimeError]


def test_unsubscribe_stops_reports(doc: Document) -> None:
    heard: list[Change] = []
    unsubscribe = doc.subscribe(heard.append)
    add_participant(doc, "Ana")
    unsubscribe()
    add_participant(doc, "Ben")
    assert len(heard) == 1


def test_a_change_tells_which_columns_it_moved(doc: Document) -> None:
    """So a screen can tell a change it shows from one it does not (the pulse statement
    put on the projector moves ``on_screen`` alone: the laptop's list stays)."""
    from workshop.storage.ops.participants import update_participant

    added = add_participant(doc, "Ana", "Library")
    assert {"name", "organisation"} <= added.columns("participants")  # inserted: every column
    (ana,) = read.participants(doc)
    renamed = update_participant(doc, ana.id, name="Ana María", organisation="Library")
    assert renamed.columns("participants") == {"name"}
    assert renamed.columns("activities") == set()
