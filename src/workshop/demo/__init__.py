"""A realistic demo workshop: what a facilitator sees the first time, and what tests run on.

Built only through the same named operations the app uses, so the demo also
proves those operations. Each capability adds a module here, named by its kind's
spec (``workshop.kinds``; the registry's order matters: a vote needs the
brainstorm it votes on).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from workshop.kinds import SPECS, resolve, unique_paths
from workshop.storage.document import Document


def parts() -> list[Callable[[Document], None]]:
    """Each kind's demo content in the registry's order (a part shared by kinds runs once)."""
    paths = unique_paths([spec.demo for spec in SPECS])
    return [cast(Callable[[Document], None], resolve(path)) for path in paths]


def write_demo(path: Path, *, overwrite: bool = False) -> None:
    """Write the demo to ``path`` (refusing to replace an existing file unless ``overwrite``)."""
    Document.create(path, overwrite=overwrite, fill=fill_demo).close()


def fill_demo(doc: Document) -> None:
    for part in parts():
        part(doc)
    doc.clear_history()  # the demo's content is where the user starts, not steps to undo
