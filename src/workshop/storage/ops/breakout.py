"""Breakout tables as operations the window runs: make the copies, merge them back.

Each returns the one :class:`Change` the undo stack takes; what else the window shows
travels in ``change.extra`` (the copies written, each table's report: the window says it
in its language, ``workshop.ui.breakout_report``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workshop.storage import breakout, merge
from workshop.storage.changes import Change
from workshop.storage.document import Document


def make_breakout_copies(
    doc: Document, count: int, out_dir: Path, labels: list[str] | None = None,
    *, overwrite: bool = False,
) -> Change:
    made = breakout.make_copies(doc, count, out_dir, labels=labels, overwrite=overwrite)
    made.change.extra["paths"] = made.paths
    return made.change


def merge_breakouts(doc: Document, paths: Sequence[Path]) -> Change:
    result = merge.merge(doc, paths)
    result.change.extra["reports"] = list(result.reports)
    return result.change
