"""The Qt thread as the phones' one writer.

The phone server's thread calls :meth:`QtOwner.call` and emits a signal; Qt queues it
to the thread this object lives in (the GUI thread, which owns the document), where the
job runs the storage operation and resolves the future after the commit.

The jobs waiting are committed together (``run_batch``), for at most :data:`BUDGET` of
the GUI thread at a time, so a room's burst never holds the laptop for more than about
a frame; the rest follows after the events waiting meanwhile (typing, painting). The
windows hear of what phones changed in one refresh for many posts: when the posts
pause, at most :data:`STALE_MAX` late, and always before any change of the laptop's
own (``Document.tell_held``).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from workshop.domain.errors import ValidationError
from workshop.phones.owner import BATCH_MAX, TELL_EVERY, Job, Presence, Waiting, run_batch
from workshop.storage.document import Document

#: Seconds of the GUI thread one batch may take before the waiting events have their turn.
BUDGET = 0.012
#: The pause after a refresh for phones, in multiples of how long it took (at least
#: ``TELL_EVERY``): refreshing takes at most a quarter of the Qt thread.
REFRESH_SHARE = 3.0
#: While posts keep coming (a batch in the last ``QUIET`` seconds) the refresh waits for a
#: pause — the phones are answered first — but the windows never lag more than
#: ``STALE_MAX`` seconds behind the file.
QUIET = 0.05
STALE_MAX = 1.0


class QtOwner(QObject):
    _wake = Signal()
    #: From the server thread, delivered on the GUI thread: phones connected now.
    presenceChanged = Signal(object)

    def __init__(self, doc: Document, live: Callable[[], int | None], parent: QObject) -> None:
        super().__init__(parent)
        self.doc = doc
        self._live = live
        self.jobs_run = 0
        self.batches = 0
        #: Set when the workshop closes: jobs still queued are refused, never run on it.
        self.closed = False
        self._jobs: deque[tuple[Job, Future[Any]]] = deque()
        self._lock = threading.Lock()
        self._woken = False
        self._wake.connect(self._run, Qt.ConnectionType.QueuedConnection)
        self._tell = QTimer(self, singleShot=True)
        self._tell.timeout.connect(self._tell_windows)
        self._spacing = TELL_EVERY
        self._last_batch = 0.0
        self._stale_since: float | None = None

    def call(self, job: Job) -> Future[Any]:
        """From any thread: queue the job; the GUI thread is woken once per batch."""
        future: Future[Any] = Future()
        if self.closed:  # never signal an object that is going away
            future.set_exception(ValidationError("The workshop has just closed."))
            return future
        with self._lock:
            self._jobs.append((job, future))
            wake, self._woken = not self._woken, True
        if wake:
            self._wake.emit()
        return future

    def report_presence(self, presence: Presence) -> None:
        if not self.closed:
            self.presenceChanged.emit(presence)

    @Slot()
    def _run(self) -> None:
        if self.closed:
            with self._lock:
                batch, self._woken = list(self._jobs), False
                self._jobs.clear()
            for _job, future in batch:
                if future.set_running_or_notify_cancel():
                    future.set_exception(ValidationError("The workshop has just closed."))
            return
        if self.doc.in_edit:  # an edit of the laptop's is open (a dialog inside it)
            QTimer.singleShot(10, self, self._run)  # the phones' turn comes after it
            return
        try:
            self.jobs_run += run_batch(self.doc, self._live(), self._take(), tell=False)
            self.batches += 1
            self._last_batch = time.perf_counter()
            if self._stale_since is None:
                self._stale_since = self._last_batch
            if not self._tell.isActive():
                self._tell.start(round(1000 * self._spacing))
        finally:  # whatever happened, the jobs still waiting are not forgotten
            with self._lock:
                more = bool(self._jobs)
                self._woken = more
            if more:
                self._wake.emit()  # the rest after the events waiting now (typing, painting)

    def _take(self) -> Iterator[Waiting]:
        """The waiting jobs, while the batch is within its budget (also those that arrive
        meanwhile: they share the commit)."""
        deadline = time.perf_counter() + BUDGET
        for _ in range(BATCH_MAX):
            with self._lock:
                if not self._jobs:
                    return
                item = self._jobs.popleft()
            yield item
            if time.perf_counter() >= deadline:
                return

    @Slot()
    def _tell_windows(self) -> None:
        """The windows refresh for what phones changed: when posts pause (or the windows
        would lag more than ``STALE_MAX``), then not again before ``REFRESH_SHARE`` times
        as long as this refresh took (a vote screen with a thousand items is slow)."""
        if self.closed:
            return
        now = time.perf_counter()
        since = now if self._stale_since is None else self._stale_since
        if now - self._last_batch < QUIET and now - since < STALE_MAX:
            self._tell.start(round(1000 * QUIET))  # phones first, while they keep posting
            return
        self._stale_since = None
        self.doc.tell_held()
        took = time.perf_counter() - now
        self._spacing = max(TELL_EVERY, REFRESH_SHARE * took)
