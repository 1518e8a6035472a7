"""The Qt thread as the phones' one writer.

The phone server's thread calls :meth:`QtOwner.call` and emits a signal; Qt queues it
to the thread this object lives in (the GUI thread, which owns the document), where the
job runs the storage operation and resolves the future after the commit.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from workshop.domain.errors import ValidationError
from workshop.phones.owner import Job, Presence, run_job
from workshop.storage.document import Document


class QtOwner(QObject):
    _jobPosted = Signal(object, object)
    #: From the server thread, delivered on the GUI thread: phones connected now.
    presenceChanged = Signal(object)

    def __init__(self, doc: Document, live: Callable[[], int | None], parent: QObject) -> None:
        super().__init__(parent)
        self.doc = doc
        self._live = live
        self.jobs_run = 0
        #: Set when the workshop closes: jobs still queued are refused, never run on it.
        self.closed = False
        self._jobPosted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def call(self, job: Job) -> Future[Any]:
        future: Future[Any] = Future()
        self._jobPosted.emit(job, future)
        return future

    def report_presence(self, presence: Presence) -> None:
        self.presenceChanged.emit(presence)

    @Slot(object, object)
    def _run(self, job: Job, future: Future[Any]) -> None:
        if self.closed:
            if future.set_running_or_notify_cancel():
                future.set_exception(ValidationError("The workshop has just closed."))
            return
        self.jobs_run += 1
        run_job(self.doc, self._live(), job, future)
