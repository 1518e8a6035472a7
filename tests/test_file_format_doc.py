"""docs/file-format.md documents every table and column of the current format.

Users query their own files; a column the doc does not mention is a column they
cannot trust. Adding a migration without documenting it fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

from workshop.storage.document import Document

DOC = Path(__file__).resolve().parents[1] / "docs" / "file-format.md"


def test_every_table_and_column_is_documented(doc: Document) -> None:
    text = DOC.read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_][a-z0-9_]*)`", text))
    missing = []
    tables = [
        row[0]
        for row in doc.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        if table not in documented:
            missing.append(table)
        for column in doc.conn.execute(f'PRAGMA table_info("{table}")'):
            if column[1] not in documented:
                missing.append(f"{table}.{column[1]}")
    assert missing == []
