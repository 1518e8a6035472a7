"""Errors an export or import reports to the user (one sentence, exit status 2 on the CLI)."""

from __future__ import annotations

from workshop.domain.errors import WorkshopError


class ExportError(WorkshopError):
    """The export or import cannot be done as asked; nothing was written at the target."""


class ImportFormatError(ExportError):
    """The JSON file is not a Workshop export, is from a newer version, or is damaged."""


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is left at the target."""
