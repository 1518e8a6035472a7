"""``workshop serve FILE``: the phone server without the window.

The thread that opens the file is its one writer (it holds the file's lock, so the app
or a second ``serve`` cannot write it meanwhile) and runs every phone request; the live
activity is the one started (running) on the agenda.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from workshop.domain.errors import WorkshopError
from workshop.domain.models import ActivityKind
from workshop.phones.owner import ThreadOwner, affects_phones
from workshop.phones.server import PhoneServer
from workshop.storage import read, read_phones, read_timer
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops import phones


def running_activity(doc: Document) -> int | None:
    found = read_timer.running_activity(doc)
    return None if found is None else found.id


def connect(doc: Document, server: PhoneServer) -> None:
    """Keep the server's access (switch, join code) and pages in step with the document."""
    settings = read_phones.settings(doc)
    server.set_access(settings.enabled, settings.join_code)


def attach(doc: Document, owner: ThreadOwner, server: PhoneServer) -> None:
    connect(doc, server)
    doc.subscribe(lambda change: on_change(doc, server, owner.live(), change))


def on_change(doc: Document, server: PhoneServer, live: int | None, change: Change) -> None:
    if change.touches("phone_settings"):
        connect(doc, server)
    if change.touches("workshop"):
        server.set_language(read.details(doc).language)
    activity = None if live is None else read.activity(doc, live)
    voting = activity is not None and activity.kind is ActivityKind.DOT_VOTE
    if affects_phones(change, voting):
        server.changed()


def serve_command(args: argparse.Namespace) -> int:
    doc = Document.open(args.path)
    with doc:
        if doc.read_only:
            raise WorkshopError(
                "“{file}” is read-only: phones could not add anything.",
                file=args.path,
            )
        if not read_phones.settings(doc).enabled:
            phones.set_phones_enabled(doc, True)
        owner = ThreadOwner(doc, running_activity)
        try:
            server = PhoneServer(
                owner, args.host, args.port, language=read.details(doc).language
            )
        except OSError as exc:
            raise WorkshopError(
                "cannot listen on {host}:{port} ({value}).",
                host=args.host, port=args.port, value=exc.strerror or exc,
            ) from exc
        attach(doc, owner, server)
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        if args.seconds:
            timer = threading.Timer(args.seconds, stop.set)
            timer.daemon = True
            timer.start()
        server.start()
        print(f"Phones join at {server.join_url()}", flush=True)
        print(f"(or open {server.base_url()} and type the join code {server.access.code})")
        opened = read_phones.open_activities(doc)
        if not opened:
            print("No activity is open to phones yet: open one in the app's run panel.")
        sys.stdout.flush()
        try:
            owner.run(stop)
        finally:
            server.stop()
    return 0
