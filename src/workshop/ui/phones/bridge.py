"""The Qt thread as the phones' one writer.

The phone server's thread calls :meth:`QtOwner.call` and emits a signal; Qt queues it
to the thread this object lives in (the GUI thread, which owns the document), where the
job runs the storage operation and resolves the future after the commit.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from workshop.domain.errors import ValidationError
from workshop.phones.owner import BATCH_MAX, Job, Presence, run_batch
from workshop.storage.document import Document


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
        with self._lock:
            batch = [self._jobs.popleft() for _ in range(min(BATCH_MAX, len(self._jobs)))]
            more = bool(self._jobs)
            self._woken = more
        if more:
            self._wake.emit()  # the rest after this batch, letting paints in between
        if self.closed:
            for _job, future in batch:
                if future.set_running_or_notify_cancel():
                    future.set_exception(ValidationError("The workshop has just closed."))
            return
        self.jobs_run += len(batch)
        self.batches += 1
        run_batch(self.doc, self._live(), batch)
