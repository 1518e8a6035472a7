"""The one writer: the thread that owns the document runs every phone request.

The server thread never touches the document (SQLite connections belong to one
thread, and the app's document is the Qt thread's). It hands a *job* — a function of
the document and the live activity — to the owner and waits for the future, which is
resolved only after the job's commit: that is when the phone hears "done".

Two owners: :class:`ThreadOwner` here, for ``workshop serve`` (a plain thread owns the
document), and ``ui/phones/bridge.py`` in the app (the Qt thread, through a signal).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Protocol

from workshop.storage.changes import Change
from workshop.storage.document import Document

Job = Callable[[Document, "int | None"], Any]

#: Tables whose changes alter what a phone page shows (besides a new live activity).
PAGE_TABLES = (
    "workshop",
    "participants",
    "activities",
    "phone_settings",
    "phone_activities",
    "votes",
    "pulse_statements",
    "pulse_rounds",
    "purpose_settings",
    "purpose_drafts",
)


def affects_phones(change: Change, voting_live: bool) -> bool:
    """Whether phones should reload: new notes matter to them only while a vote is live."""
    if change.touches(*PAGE_TABLES):
        return True
    return voting_live and change.touches("notes", "clusters", "ballots")


@dataclass(frozen=True)
class Presence:
    """How many phone pages are open now, and whose (the phones panel shows it)."""

    connected: int
    participants: frozenset[int]


class Owner(Protocol):
    def call(self, job: Job) -> Future[Any]: ...


def run_job(doc: Document, live: int | None, job: Job, future: Future[Any]) -> None:
    if not future.set_running_or_notify_cancel():
        return
    try:
        future.set_result(job(doc, live))
    except BaseException as exc:  # handed to the waiting request, which answers the phone
        future.set_exception(exc)


class ThreadOwner:
    """Jobs queued to the thread that calls :meth:`run` (the thread that opened the file)."""

    def __init__(self, doc: Document, live: Callable[[Document], int | None]) -> None:
        self.doc = doc
        self._live = live
        self._jobs: queue.Queue[tuple[Job, Future[Any]]] = queue.Queue()

    def call(self, job: Job) -> Future[Any]:
        future: Future[Any] = Future()
        self._jobs.put((job, future))
        return future

    def live(self) -> int | None:
        return self._live(self.doc)

    def run(self, stop: threading.Event, *, poll: float = 0.2) -> None:
        """Run jobs until ``stop`` is set (checked at least every ``poll`` seconds)."""
        while not stop.is_set():
            try:
                job, future = self._jobs.get(timeout=poll)
            except queue.Empty:
                continue
            run_job(self.doc, self.live(), job, future)
