"""Errors about the document file that come from the environment, not from bugs.

Each carries a sentence that can be shown as it is: in a dialog, or as the one
line the command line prints before exiting with status 2.
"""

from __future__ import annotations

from pathlib import Path

from workshop.domain.errors import WorkshopError


class DocumentError(WorkshopError):
    """The file cannot be opened, created or written as asked."""

    #: Whether offering an automatic backup makes sense for this failure.
    offer_backups = False

    def __init__(self, template: str, path: Path | None = None, /, **fields: object) -> None:
        super().__init__(template, **fields)
        self.path = path


class NotFoundError(DocumentError):
    pass


class NotAWorkshopError(DocumentError):
    pass


class CorruptError(DocumentError):
    offer_backups = True


class NewerFormatError(DocumentError):
    pass


class AlreadyOpenError(DocumentError):
    pass


class ReadOnlyError(DocumentError):
    """An edit was attempted on a document opened read-only."""


class WriteError(DocumentError):
    """The disk refused a write (full, removed, permissions changed): the change was not made."""


class ConflictError(DocumentError):
    """Undo or redo was refused: a row it would reverse was changed outside this history."""
