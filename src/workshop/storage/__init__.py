"""The .workshop document: one SQLite file, opened through sqlite-utils. Never imports Qt."""

from workshop.storage.changes import Change, RowChange
from workshop.storage.document import Document

__all__ = ["Change", "Document", "RowChange"]
