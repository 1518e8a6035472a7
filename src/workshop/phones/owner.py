"""The one writer: the thread that owns the document runs every phone request.

The server thread never touches the document (SQLite connections belong to one
thread, and the app's document is the Qt thread's). It hands a *job* — a function of
the document and the live activity — to the owner and waits for the future, which is
resolved only after the job's commit: that is when the phone hears "done".

Two owners: :class:`ThreadOwner` here, for ``workshop serve`` (a plain thread owns the
document), and ``ui/phones/bridge.py`` in the app (the Qt thread, through a signal).
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable, Iterable
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


#: Most posts committed together (a burst from a whole room waits for one commit).
BATCH_MAX = 100
Waiting = tuple[Job, "Future[Any]"]
#: Seconds at least between the listeners' refreshes while posts keep coming: a lone
#: post shows a tenth of a second after its commit, a burst in few refreshes (the app
#: also waits for a pause in the posts: ``ui/phones/bridge.py``).
TELL_EVERY = 0.1


def run_batch(
    doc: Document, live: int | None, jobs: Iterable[Waiting], *, tell: bool = True
) -> int:
    """Run the jobs waiting now in one transaction (a group commit), then answer them.

    Each job's operations are edits of their own inside :meth:`Document.group`: a
    refused post rolls back alone, and each post is its own undo step, as if it had come
    alone. The answers go out after the one commit, so none is acknowledged before it is
    on disk; if the commit itself fails, every job hears so. Then (``tell``, and always
    when who may join changed) the listeners hear of the whole batch once: one board
    refresh for a room's burst, after the phones have their answers. ``jobs`` may be a
    generator (the Qt owner's takes jobs while a time budget lasts). Returns how many
    jobs ran.
    """
    outcomes: list[tuple[Future[Any], bool, Any]] = []
    taken: list[Future[Any]] = []
    waiting = iter(jobs)
    changes: list[Change] = []
    try:
        with contextlib.ExitStack() as stack:
            if not doc.read_only:  # a read-only file: nothing to commit (reads only)
                changes = stack.enter_context(doc.group())
            for job, future in waiting:
                taken.append(future)
                if not future.set_running_or_notify_cancel():
                    continue
                try:  # a post's operation is an edit of its own: refused, it rolls back alone
                    outcomes.append((future, True, job(doc, live)))
                except Exception as exc:  # this post is refused; the others go on
                    outcomes.append((future, False, exc))
    except BaseException as exc:  # the commit failed: nothing of the batch is on disk
        for _job, future in waiting:  # those not begun (the transaction could not start)
            taken.append(future)
            future.set_running_or_notify_cancel()
        for future in taken:
            if future.running():
                future.set_exception(exc)
        if not isinstance(exc, Exception):
            raise
        return len(taken)
    access = any(c.touches("phone_settings") for c in changes)
    if access:  # who may join (a new join code, stop sharing) changes before anyone hears
        doc.tell_held()
    for future, ok, value in outcomes:
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)
    if tell:
        doc.tell_held()
    return len(taken)


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
        """Run jobs until ``stop`` is set (checked at least every ``poll`` seconds);
        the jobs waiting together are committed together (:func:`run_batch`), and
        listeners hear of what a burst changed at most every :data:`TELL_EVERY`."""
        told = time.monotonic()
        while not stop.is_set():
            due = told + TELL_EVERY - time.monotonic()
            try:
                batch = [self._jobs.get(timeout=max(0.001, min(poll, due)))]
            except queue.Empty:
                self.doc.tell_held()
                told = time.monotonic()
                continue
            while len(batch) < BATCH_MAX:
                try:
                    batch.append(self._jobs.get_nowait())
                except queue.Empty:
                    break
            run_batch(self.doc, self.live(), batch, tell=False)
            if time.monotonic() - told >= TELL_EVERY:
                self.doc.tell_held()
                told = time.monotonic()
        self.doc.tell_held()
