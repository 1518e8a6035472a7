"""The phone server: tornado on its own event-loop thread, nothing else in it.

Every request must carry the workshop's current join code (the token) in its path:
``/w/CODE/…``; without it, 403. Bodies over the limit get 413, a phone or an address
going too fast 429. Every answer sets a strict Content-Security-Policy; the page loads
nothing from elsewhere and shows user text only through ``textContent``.

The page follows the live activity by server-sent events (``api/events``): one line
per change that alters what phones see; the page then asks for its state again.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import socket
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from html import escape
from importlib import resources
from typing import Any

import tornado.httpserver
import tornado.web

from workshop.catalogue import sentences
from workshop.domain.errors import ValidationError, said
from workshop.phones.limits import Limiter, Limits
from workshop.phones.owner import Job, Owner, Presence
from workshop.phones.page_state import page_state
from workshop.phones.posts import run_post
from workshop.phones.strings import error_sentence, page_strings
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.errors import DocumentError
from workshop.storage.ops import phones

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
COOKIE = "workshop_phone"
#: How long a request waits for the document's thread before telling the phone to retry.
OWNER_TIMEOUT = 15.0


@dataclass(frozen=True)
class Access:
    enabled: bool
    code: str


def _static(name: str) -> bytes:
    return resources.files("workshop.phones").joinpath("static", name).read_bytes()


class PhoneServer:
    def __init__(
        self,
        owner: Owner,
        host: str,
        port: int = 0,
        *,
        limits: Limits | None = None,
        language: str = "en",
        on_presence: Callable[[Presence], None] | None = None,
    ) -> None:
        self.owner = owner
        self.limits = limits or Limits()
        self.access = Access(False, "")
        self.on_presence = on_presence
        self._streams: dict[Any, int | None] = {}
        self._version = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._stopped = threading.Event()
        # Bound here, in the caller's thread: a busy port or a wrong address fails at once.
        self._sockets = [_bind(host, port)]
        self.host = host
        self.port = int(self._sockets[0].getsockname()[1])
        self.post_limiter = Limiter(self.limits.post_burst, self.limits.post_rate)
        self.address_limiter = Limiter(self.limits.address_burst, self.limits.address_rate)
        self.refused_limiter = Limiter(self.limits.refused_burst, self.limits.refused_rate)
        self.pages: dict[str, bytes] = {"app.js": _static("app.js"), "app.css": _static("app.css")}
        self.set_language(language)

    def sentence(self, template: str) -> str:
        """One of the server's own refusals, in the workshop's language (as the operations')."""
        return error_sentence(ValidationError(template), self.language)

    def set_language(self, language: str) -> None:
        """Speak ``language`` from the next page a phone loads (the workshop's, as it changes)."""
        self.language = language
        self.strings = page_strings(language)
        self.pages = {
            **self.pages,
            "index": _render_index(self.strings),
            "landing": _render_landing(self.strings),
        }

    # ------------------------------------------------------------------ from any thread

    def set_access(self, enabled: bool, code: str) -> None:
        """The current switch and join code (a new code refuses the old one from now on)."""
        self.access = Access(bool(enabled) and bool(code), code)
        self.changed()
        if not self.access.enabled:
            self._call_soon(self._close_streams)

    def changed(self) -> None:
        """Something phones see has changed: tell every open page to reload its state."""
        self._call_soon(self._broadcast)

    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def join_url(self) -> str:
        return f"{self.base_url()}w/{self.access.code}/"

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="phone-server", daemon=True)
        self._thread.start()
        self._started.wait(10)

    def stop(self, timeout: float = 15.0) -> None:
        """Close every connection and the listening socket; returns when the thread is done."""
        loop = self._loop
        if loop is not None and not self._stopped.is_set():
            loop.call_soon_threadsafe(self._shutdown)
        if self._thread is not None:
            self._thread.join(timeout)
        for sock in self._sockets:
            sock.close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # ------------------------------------------------------------------ the server's thread

    def _call_soon(self, fn: Callable[[], None]) -> None:
        loop = self._loop
        if loop is not None and not self._stopped.is_set():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(fn)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        app = tornado.web.Application(
            [
                (r"/", _Landing, {"server": self}),
                (r"/go", _Go, {"server": self}),
                (r"/w/([A-Za-z0-9]{1,32})/", _Page, {"server": self}),
                (r"/w/([A-Za-z0-9]{1,32})/(app\.js|app\.css)", _Static, {"server": self}),
                (r"/w/([A-Za-z0-9]{1,32})/api/state", _State, {"server": self}),
                (r"/w/([A-Za-z0-9]{1,32})/api/join", _Join, {"server": self}),
                (r"/w/([A-Za-z0-9]{1,32})/api/post", _Post, {"server": self}),
                (r"/w/([A-Za-z0-9]{1,32})/api/events", _Events, {"server": self}),
                (r"/w/([^/]*)/.*", _Anything, {"server": self}),
            ],
            default_handler_class=_NotFound,
            default_handler_args={"server": self},
            compress_response=False,
            log_function=lambda handler: None,  # no access log: who posted what stays unlogged
            xsrf_cookies=False,  # the token in the path and SameSite=Strict cookies do that work
        )
        http = tornado.httpserver.HTTPServer(
            app, max_body_size=4 * self.limits.max_body, idle_connection_timeout=60
        )
        http.add_sockets(self._sockets)
        self._http = http
        keepalive = tornado.ioloop.PeriodicCallback(self._keepalive, 15_000)
        keepalive.start()
        self._started.set()
        # The operations' sentences in the workshop's language (read from the .ts, ~50 ms)
        # load now, on this thread, rather than on a phone's first refusal.
        loop.call_soon(sentences, self.language)
        try:
            loop.run_forever()
        finally:
            keepalive.stop()
            self._stopped.set()
            loop.run_until_complete(asyncio.sleep(0))
            loop.close()

    def _shutdown(self) -> None:
        self._close_streams()
        self._http.stop()
        assert self._loop is not None
        self._loop.call_later(0.05, self._loop.stop)

    def _broadcast(self) -> None:
        self._version += 1
        for stream in list(self._streams):
            stream.send(self._version)

    def _keepalive(self) -> None:
        for stream in list(self._streams):
            stream.send(None)

    def _close_streams(self) -> None:
        for stream in list(self._streams):
            stream.finish_stream()
        self._streams.clear()
        self._presence()

    def _presence(self) -> None:
        if self.on_presence is not None:
            ids = frozenset(p for p in self._streams.values() if p is not None)
            self.on_presence(Presence(len(self._streams), ids))

    def add_stream(self, stream: Any, participant_id: int | None) -> None:
        self._streams[stream] = participant_id
        self._presence()

    def drop_stream(self, stream: Any) -> None:
        if self._streams.pop(stream, "gone") != "gone":
            self._presence()

    async def run_job(self, job: Job) -> Any:
        future: Future[Any] = self.owner.call(job)
        return await asyncio.wait_for(asyncio.wrap_future(future), OWNER_TIMEOUT)

    def sign(self, participant_id: int) -> str:
        mac = hmac.new(self.access.code.encode(), f"p{participant_id}".encode(), hashlib.sha256)
        return f"{participant_id}.{mac.hexdigest()[:32]}"

    def participant_of(self, cookie: str | None) -> int | None:
        if not cookie or "." not in cookie:
            return None
        head = cookie.split(".", 1)[0]
        if not head.isdigit() or len(head) > 12:
            return None
        return int(head) if hmac.compare_digest(self.sign(int(head)), cookie) else None


def _bind(host: str, port: int) -> socket.socket:
    """One listening socket on exactly ``host`` (never the wildcard), closed on failure."""
    if host in ("", "0.0.0.0", "::"):
        raise OSError(0, "not every network at once: choose one network's address")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        address = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM)[0][4]
    except (socket.gaierror, OverflowError, UnicodeError) as exc:
        raise OSError(0, f"{host} is not an address of this machine") from exc
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def _render_index(strings: dict[str, Any]) -> bytes:
    text = _static("index.html").decode()
    for key in ("lang", "dir", "page_title", "loading", "needs_script"):
        text = text.replace("{{" + key + "}}", escape(strings[key]))
    return text.encode()


def _render_landing(strings: dict[str, Any]) -> bytes:
    text = _static("landing.html").decode()
    for key in ("lang", "dir", "page_title", "code_label", "code_hint", "code_go"):
        text = text.replace("{{" + key + "}}", escape(strings[key]))
    return text.encode()


# ---------------------------------------------------------------------------- handlers


class _Base(tornado.web.RequestHandler):
    server: PhoneServer

    def initialize(self, server: PhoneServer) -> None:
        self.server = server

    def set_default_headers(self) -> None:
        self.set_header("Content-Security-Policy", CSP)
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("X-Frame-Options", "DENY")
        self.set_header("Referrer-Policy", "no-referrer")
        self.set_header("Cache-Control", "no-store")
        self.set_header("Server", "Workshop")

    def prepare(self) -> None:
        address = self.request.remote_ip or "?"
        if not self.server.address_limiter.allow(address):
            self.refuse(429, self.server.strings["too_fast"])
            return
        if len(self.request.body or b"") > self.server.limits.max_body:
            self.refuse(413, self.server.sentence(said("That is too long to send.")))
            return
        code = self.path_args[0] if self.path_args else None
        if self.needs_code and not self.code_ok(code):
            if not self.server.refused_limiter.allow(address):
                self.refuse(429, self.server.strings["too_fast"])
            else:
                self.refuse(403, self.server.strings["forbidden"])

    needs_code = True

    def code_ok(self, code: str | None) -> bool:
        access = self.server.access
        return (
            access.enabled
            and code is not None
            and hmac.compare_digest(code.upper().encode(), access.code.encode())
        )

    def refuse(self, status: int, message: str) -> None:
        self.set_status(status)
        self.json({"error": message})

    def json(self, value: object) -> None:
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps(value, ensure_ascii=False))

    def participant(self) -> int | None:
        return self.server.participant_of(self.get_cookie(COOKIE))

    def body_json(self) -> dict[str, Any] | None:
        try:
            value = json.loads(self.request.body or b"{}")
        except (ValueError, UnicodeDecodeError):
            value = None
        if not isinstance(value, dict):
            unexpected = said("The page sent something unexpected; reload it.")
            self.refuse(400, self.server.sentence(unexpected))
            return None
        return value

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.json({"error": self._reason})

    async def owner_job(self, job: Job) -> tuple[bool, Any]:
        """Run ``job`` on the document's thread: (True, result), or answered with an error."""
        try:
            return True, await self.server.run_job(job)
        except ValidationError as exc:
            self.refuse(422, error_sentence(exc, self.server.language))
        except DocumentError as exc:
            self.refuse(503, error_sentence(exc, self.server.language))
        except TimeoutError:
            self.refuse(503, self.server.strings["retrying"])
        return False, None


class _NotFound(_Base):
    needs_code = False

    def prepare(self) -> None:
        super().prepare()
        if not self._finished:
            self.refuse(404, self.server.sentence(said("Not found.")))


class _Anything(_Base):
    """A path under a code that is no page: 403 for a wrong code, else 404."""

    def get(self, code: str) -> None:
        self.refuse(404, self.server.sentence(said("Not found.")))

    post = get


class _Landing(_Base):
    """The short address: a form for the join code (no workshop data, no script)."""

    needs_code = False

    def get(self) -> None:
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(self.server.pages["landing"])


class _Go(_Base):
    needs_code = False

    def get(self) -> None:
        code = "".join(self.get_query_argument("code", "").split()).upper()[:32]
        if not self.code_ok(code):
            if not self.server.refused_limiter.allow(self.request.remote_ip or "?"):
                self.refuse(429, self.server.strings["too_fast"])
                return
            self.set_status(403)
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.finish(self.server.pages["landing"].replace(
                b"<!--wrong-->",
                f'<p class="error" role="alert">{escape(self.server.strings["code_wrong"])}</p>'
                .encode(),
            ))
            return
        self.redirect(f"/w/{code}/")


class _Page(_Base):
    def get(self, code: str) -> None:
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(self.server.pages["index"])


class _Static(_Base):
    def get(self, code: str, name: str) -> None:
        kind = "application/javascript" if name.endswith(".js") else "text/css"
        self.set_header("Content-Type", f"{kind}; charset=utf-8")
        self.finish(self.server.pages[name])


class _State(_Base):
    async def get(self, code: str) -> None:
        pid = self.participant()
        people = self.get_query_argument("people", "") == "1"
        ok, state = await self.owner_job(
            lambda doc, live: page_state(doc, live, pid, people=people)
        )
        if ok:
            state["strings"] = self.server.strings
            self.json(state)


class _Join(_Base):
    """Pick your name (or add yourself); the cookie remembers you on this phone."""

    async def post(self, code: str) -> None:
        body = self.body_json()
        if body is None:
            return
        chosen = body.get("participant")

        def join(doc: Document, live: int | None) -> int:
            if isinstance(chosen, int) and not isinstance(chosen, bool):
                if read.participant(doc, chosen) is None:
                    raise ValidationError("That name is no longer on the list.")
                return chosen
            name, organisation = body.get("name"), body.get("organisation", "")
            key = body.get("key")
            if not all(isinstance(x, str) for x in (name, organisation, key)):
                raise ValidationError("The page sent something unexpected; reload it.")
            assert isinstance(name, str) and isinstance(organisation, str)
            assert isinstance(key, str)
            phones.join_as_new(doc, key, name, organisation)
            found = phones.joined_participant(doc, key)
            assert found is not None
            return found

        ok, pid = await self.owner_job(join)
        if ok:
            self.set_cookie(
                COOKIE, self.server.sign(pid), path="/", httponly=True, samesite="Strict",
                expires_days=2,
            )
            self.json({"ok": True, "participant": pid})


class _Post(_Base):
    async def post(self, code: str) -> None:
        pid = self.participant()
        if pid is None:
            self.refuse(403, self.server.strings["forbidden"])
            return
        if not self.server.post_limiter.allow(f"p{pid}"):
            self.refuse(429, self.server.strings["too_fast"])
            return
        body = self.body_json()
        if body is None:
            return
        ok, change = await self.owner_job(lambda doc, live: run_post(doc, live, pid, body))
        if ok:  # the post's commit is done: only now does the phone hear so
            self.json({"ok": True, "new": not change.is_empty})


class _Events(_Base):
    """Server-sent events: one ``data:`` line whenever what phones see changes."""

    _closed = False

    async def get(self, code: str) -> None:
        self.set_header("Content-Type", "text/event-stream; charset=utf-8")
        self.set_header("X-Accel-Buffering", "no")
        self._done = asyncio.Event()
        self.server.add_stream(self, self.participant())
        self.write("retry: 2000\ndata: 0\n\n")
        await self.flush()
        await self._done.wait()
        if not self._finished:
            self.finish()

    def send(self, version: int | None) -> None:
        if self._closed or self._finished:
            return
        self.write(": keepalive\n\n" if version is None else f"data: {version}\n\n")
        future = self.flush()
        future.add_done_callback(lambda f: f.exception())  # a gone phone is not an error

    def finish_stream(self) -> None:
        self._closed = True
        self._done.set()

    def on_connection_close(self) -> None:
        self._closed = True
        self.server.drop_stream(self)
        if hasattr(self, "_done"):
            self._done.set()
