"""A phone server on loopback for tests, and a scripted phone that talks to it.

``serving(path)`` runs the server the way ``workshop serve`` does: a thread opens the
file and owns it (the one writer); the test reads the file through that thread too
(``served.read(job)``). Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import http.cookiejar
import json
import queue
import secrets
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop.phones.limits import Limits
from workshop.phones.owner import ThreadOwner
from workshop.phones.serve import attach, running_activity
from workshop.phones.server import PhoneServer
from workshop.storage import read
from workshop.storage.document import Document


@dataclass
class Served:
    server: PhoneServer
    owner: ThreadOwner

    def read(self, job: Callable[[Document], Any]) -> Any:
        """Run ``job(doc)`` on the thread that owns the document."""
        return self.owner.call(lambda doc, live: job(doc)).result(timeout=20)

    @property
    def url(self) -> str:
        return self.server.join_url()


@contextmanager
def serving(path: Path, limits: Limits | None = None) -> Iterator[Served]:
    ready: queue.Queue[Served | BaseException] = queue.Queue()
    stop = threading.Event()

    def run() -> None:
        try:
            with Document.open(path) as doc:
                owner = ThreadOwner(doc, running_activity)
                server = PhoneServer(
                    owner, "127.0.0.1", 0, limits=limits, language=read.details(doc).language
                )
                attach(doc, owner, server)
                server.start()
                ready.put(Served(server, owner))
                try:
                    owner.run(stop, poll=0.05)
                finally:
                    server.stop()
        except BaseException as exc:
            ready.put(exc)

    thread = threading.Thread(target=run, name="test-owner")
    thread.start()
    got = ready.get(timeout=30)
    if isinstance(got, BaseException):
        thread.join(5)
        raise got
    try:
        yield got
    finally:
        stop.set()
        thread.join(30)
        assert not thread.is_alive()


class Phone:
    """One participant's phone: its own cookie jar, JSON in and out."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(
        self, path: str, body: object = None, *, raw: bytes | None = None
    ) -> tuple[int, Any]:
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        req = urllib.request.Request(self.url + path, data=data, method="POST" if data else "GET")
        if data:
            req.add_header("Content-Type", "application/json")
        try:
            with self.opener.open(req, timeout=30) as answer:
                status, payload = answer.status, answer.read()
        except urllib.error.HTTPError as exc:
            status, payload = exc.code, exc.read()
        try:
            return status, json.loads(payload)
        except ValueError:
            return status, payload.decode("utf-8", "replace")

    def state(self) -> Any:
        status, state = self.request("api/state")
        assert status == 200, state
        return state

    def join(self, participant_id: int) -> None:
        status, answer = self.request("api/join", {"participant": participant_id})
        assert status == 200, answer

    def post(
        self, what: str, activity: int, key: str | None = None, **fields: Any
    ) -> tuple[int, Any]:
        body = {"what": what, "key": key or secrets.token_hex(12), "activity": activity, **fields}
        return self.request("api/post", body)
