"""A big participatory budget counted off the GUI thread, for the laptop and the projector.

``storage/budget_results.py`` counts in a worker thread and keeps the count for every
reader; this is the window's side of it: give the results now when they are counted (or
counted within a moment where they were asked for), else start the count, say so (the
caller shows "Counting…") and emit ``counted`` on the GUI thread when it is done, so the
caller reads again — and gets the results, or starts the count of a newer state when
something changed meanwhile (a result for a state gone is never shown).

The worker's future is looked at by a timer on the GUI thread rather than called back from
the worker: nothing crosses threads but the frozen results, and a widget closed meanwhile
takes its timer with it.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import Future

from PySide6.QtCore import QObject, QTimer, Signal

from workshop.domain.budget_rules import GaveUp
from workshop.storage.budget_results import BudgetResults, Count
from workshop.storage.document import Document

#: How long a room-sized count may hold the window before it goes to a worker (CPU
#: seconds of the window's thread, so a busy machine does not send a quick count away): a
#: room's vote counts in ~0.02–0.07 s, but one with a city's costs (12 projects × 16
#: ballots of hundreds of thousands) takes seconds, its completion's steps following
#: the costs. Below the domain's hand-over to the compiled step (``HANDOVER``, 0.3 s),
#: so the window's thread does not load numba for it.
AT_ONCE_SECONDS = 0.2

#: How often the GUI thread looks whether the worker is done (ms): unnoticeable after a
#: count that took seconds, and nothing to do in between.
POLL_MS = 60


class CountWaiter(QObject):
    """One screen's wait for a count (a newer count replaces the one waited for)."""

    counted = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._job: Future[BudgetResults] | None = None
        #: The file the count waited for reads: once it is closed, the count is let go
        #: (a worker can finish after the workshop was closed).
        self._doc: Document | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)

    @property
    def counting(self) -> bool:
        return self._job is not None

    def results(self, count: Count) -> BudgetResults | None:
        """The results of ``count`` now, or None while a worker counts them."""
        done = count.done()
        if done is None and not count.big:
            with contextlib.suppress(GaveUp):  # then it is counted in a worker, below
                done = count.run(give_up_after=AT_ONCE_SECONDS)
        if done is not None:
            self._job = None
            self._timer.stop()
            return done
        self._job, self._doc = count.start(), count.doc
        self._timer.start()
        return None

    def _look(self) -> None:
        job = self._job
        if job is None or not job.done():
            return
        self._job = None
        self._timer.stop()
        if not job.cancelled():  # cancelled: a newer state came before it began
            job.result()  # a bug in the count reaches the crash dialog here
        if self._doc is None or not self._doc.closed:
            self.counted.emit()
