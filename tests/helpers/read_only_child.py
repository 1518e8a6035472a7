"""Open a file the way the app does (read-only detected, not forced) and report as JSON.

Run by tests/test_read_only.py in a child process that cannot override file modes.
Usage: python read_only_child.py PATH
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from workshop.domain.models import ActivityKind
from workshop.storage.document import Document
from workshop.storage.errors import DocumentError, ReadOnlyError
from workshop.storage.ops import agenda, details, participants


def main(path: Path) -> dict[str, object]:
    try:
        doc = Document.open(path)
    except DocumentError as exc:
        return {"error": type(exc).__name__, "message": str(exc)}
    refused = []
    with doc:
        for attempt in (
            lambda: participants.add_participant(doc, "Zoe"),
            lambda: details.update_details(doc, title="Renamed"),
            lambda: agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas"),
        ):
            try:
                attempt()
            except ReadOnlyError as exc:
                refused.append(str(exc))
        return {"read_only": doc.read_only, "counts": doc.counts(), "refused": refused}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
