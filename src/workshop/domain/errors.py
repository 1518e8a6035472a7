"""Errors a user can cause and fix: shown as a message, never as a traceback."""


class WorkshopError(Exception):
    """Base of every error that is meant to be shown to the user as a sentence."""


class ValidationError(WorkshopError):
    """A value the user typed is not acceptable (empty name, timebox out of range…)."""
