"""The ``workshop`` command: open the app, or work on a file headless.

Every failure the user can cause prints one line on stderr and exits with
status 2; the file is never modified by a failed command.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from workshop import __version__
from workshop.domain.errors import WorkshopError

EXIT_USAGE = 2
_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line (and status 2) without the usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _command_parser() -> _Parser:
    parser = _Parser(prog="workshop", description="Headless commands on .workshop files.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    demo = sub.add_parser("demo", help="write a realistic demo workshop to PATH")
    demo.add_argument("path", type=Path)
    demo.add_argument("--force", action="store_true", help="replace PATH if it exists")

    check = sub.add_parser("check", help="verify a workshop file and print what it holds")
    check.add_argument("path", type=Path)

    export = sub.add_parser("export", help="write a PDF handout, CSV tables or JSON of FILE")
    export.add_argument("path", type=Path, metavar="FILE")
    export.add_argument("--pdf", type=Path, metavar="OUT", help="the PDF handout")
    export.add_argument("--csv", type=Path, metavar="DIR", help="one CSV per table, into DIR")
    export.add_argument("--json", type=Path, metavar="OUT", help="the whole document as JSON")
    export.add_argument("--letter", action="store_true", help="US Letter pages (default A4)")
    export.add_argument("--short", action="store_true", help="short handout: no raw notes")
    export.add_argument(
        "--per-organisation", action="store_true",
        help="also one PDF per organisation beside OUT (OUT - Organisation.pdf)",
    )
    export.add_argument("--force", action="store_true", help="replace existing output files")
    _sharing_arguments(export)

    room = sub.add_parser(
        "room", help="write what the room sees (PNG pages and room.json) for FILE into DIR"
    )
    room.add_argument("path", type=Path, metavar="FILE")
    room.add_argument("--activity", type=int, metavar="ID", help="only this activity")
    room.add_argument("--size", default="1920x1080", metavar="WxH",
                      help="the projector's size in pixels (default 1920x1080)")
    room.add_argument("--out", type=Path, metavar="DIR", required=True,
                      help="the folder for the pictures and room.json")

    import_ = sub.add_parser("import", help="rebuild a workshop file from a JSON export")
    import_.add_argument("json", type=Path, metavar="JSON")
    import_.add_argument("path", type=Path, metavar="NEWFILE")
    import_.add_argument("--force", action="store_true", help="replace NEWFILE if it exists")

    pb = sub.add_parser("pb", help="print the outcome of a participatory budget (.pb file)")
    pb.add_argument("path", type=Path, metavar="FILE.pb")
    pb.add_argument(
        "--rule",
        choices=["greedy", "mes", "mes-cardinality", "mes-completed"],
        default="mes-completed",
        help="greedy by votes, Equal Shares (cost or cardinality), or completed (default)",
    )
    pb.add_argument("--json", action="store_true", help="print a JSON object")
    copy = sub.add_parser("copy", help="write a consistent copy of FILE (to share: --anonymise)")
    copy.add_argument("path", type=Path, metavar="FILE")
    copy.add_argument("out", type=Path, metavar="OUT")
    copy.add_argument("--force", action="store_true", help="replace OUT if it exists")
    _sharing_arguments(copy)
    from workshop.breakout_cli import add_parsers as add_breakout_parsers

    add_breakout_parsers(sub)

    serve = sub.add_parser("serve", help="let the room's phones join FILE, without the window")
    serve.add_argument("path", type=Path, metavar="FILE")
    serve.add_argument(
        "--host", default="127.0.0.1",
        help="the address to listen on: the hotspot's or router's (default: this machine only)",
    )
    serve.add_argument(
        "--port", type=_port, default=8765, help="default 8765 (0: any free port)"
    )
    serve.add_argument("--seconds", type=float, default=0, help=argparse.SUPPRESS)
    return parser


def _sharing_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--anonymise",
        action="store_true",
        help="leave out who wrote anonymous contributions and how each person voted in secret",
    )
    parser.add_argument(
        "--keep-voters",
        action="store_true",
        help="with --anonymise: keep who has voted in secret ballots (not how)",
    )


def _app_parser() -> _Parser:
    parser = _Parser(
        prog="workshop",
        description=(
            "Workshop: offline facilitation. Other commands: demo PATH, check PATH,"
            " export FILE --pdf/--csv/--json OUT, room FILE --out DIR, import JSON NEWFILE,"
            " copy FILE OUT --anonymise, breakout MAIN --tables N --out DIR,"
            " merge MAIN BREAKOUT…, next FILE NEWFILE, series FILE…, serve FILE [--host H],"
            " pb FILE.pb [--rule R] [--json]."
        ),
    )
    parser.add_argument("file", nargs="?", type=Path, help="a .workshop file to open")
    parser.add_argument("--version", action="version", version=f"workshop {__version__}")
    parser.add_argument(
        "--start", action="store_true", help="show the start screen instead of the demo"
    )
    return parser


def app_defaults() -> argparse.Namespace:
    """What ``_app_parser().parse_args([])`` gives (``tests/test_cli.py`` keeps them equal)."""
    return argparse.Namespace(file=None, start=False)


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (0–65535)")
    return int(text)


def command(name: str) -> Callable[[Callable[[argparse.Namespace], int]], Callable[..., int]]:
    def register(fn: Callable[[argparse.Namespace], int]) -> Callable[..., int]:
        _COMMANDS[name] = fn
        return fn

    return register


@command("demo")
def _demo(args: argparse.Namespace) -> int:
    from workshop.demo import write_demo

    write_demo(args.path, overwrite=args.force)
    print(f"Wrote the demo workshop to {args.path}")
    return 0


@command("check")
def _check(args: argparse.Namespace) -> int:
    from workshop.storage import read
    from workshop.storage.document import Document

    with Document.open(args.path, read_only=True, require_current=False) as doc:
        major, minor = doc.format
        details = read.details(doc)
        print(f"{args.path}: a sound workshop file, format {major}.{minor}")
        print(f"title: {details.title}")
        for table, count in doc.counts().items():
            print(f"{table}: {count}")
    return 0


@command("export")
def _export(args: argparse.Namespace) -> int:
    from workshop.export.cli import export_command

    return export_command(args)


@command("serve")
def _serve(args: argparse.Namespace) -> int:
    from workshop.phones.serve import serve_command

    return serve_command(args)


@command("room")
def _room(args: argparse.Namespace) -> int:
    from workshop.ui.projector.room_files import room_command

    return room_command(args.path, args.activity, args.size, args.out)


@command("copy")
def _copy(args: argparse.Namespace) -> int:
    from workshop.export.cli import copy_command

    return copy_command(args)


@command("import")
def _import(args: argparse.Namespace) -> int:
    from workshop.export.cli import import_command

    return import_command(args)


@command("breakout")
def _breakout(args: argparse.Namespace) -> int:
    from workshop.breakout_cli import breakout_command

    return breakout_command(args)


@command("merge")
def _merge(args: argparse.Namespace) -> int:
    from workshop.breakout_cli import merge_command

    return merge_command(args)


@command("next")
def _next(args: argparse.Namespace) -> int:
    from workshop.breakout_cli import next_command

    return next_command(args)


@command("series")
def _series(args: argparse.Namespace) -> int:
    from workshop.breakout_cli import series_command

    return series_command(args)
@command("pb")
def _pb(args: argparse.Namespace) -> int:
    from workshop.export.pabulib_files import pb_command

    return pb_command(args)


def _require_display() -> None:
    """Qt aborts the process without a screen; say so in one line instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise WorkshopError(
            "no display to open the window on (DISPLAY is not set). Headless commands "
            "work without one: workshop demo, check, export, room, import, pb."
        )


class _Terminated(BaseException):
    """SIGTERM during a headless command: unwinds like Ctrl+C, so partial files are removed."""


def _raise_terminated(signum: int, _frame: object) -> None:
    raise _Terminated(signum)


def _run_command(args: argparse.Namespace) -> int:
    """Run a headless command; SIGINT and SIGTERM end it with nothing half-written.

    Every writer removes its temporary file when an exception passes through it, so
    both signals only need to become exceptions (Python already makes SIGINT one).
    """
    import signal

    previous = signal.getsignal(signal.SIGTERM)
    try:
        signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread (tests calling main() from a worker)
        previous = None
    try:
        return _COMMANDS[args.command](args)
    except (KeyboardInterrupt, _Terminated) as exc:
        status = 143 if isinstance(exc, _Terminated) else 130
        message = f"workshop: {args.command} interrupted; unfinished files were removed."
        print(message, file=sys.stderr)
        return status
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _require_libraries() -> None:
    """Name a missing system library and its Debian package (Qt would only abort)."""
    if not sys.platform.startswith("linux"):
        return
    from workshop.paths import data_dir
    from workshop.system_libraries import start_problem

    problem = start_problem(remember=data_dir() / "system-libraries-checked")
    if problem:
        raise WorkshopError(problem)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in _COMMANDS:
            args = _command_parser().parse_args(argv)
            return _run_command(args)
        # No arguments (the desktop's launcher) needs no parser: ~3 ms of argparse.
        args = _app_parser().parse_args(argv) if argv else app_defaults()
        _require_display()
        _require_libraries()
        # The start creates ~45,000 objects that live as long as the window (modules,
        # classes, Qt's enums) and next to no garbage: the collector waits for the first
        # picture (one pass after it) instead of ~55 passes on the way (~5-10 ms).
        collecting = gc.isenabled()
        gc.disable()
        try:
            try:
                from workshop.ui.app import run_app  # Qt is loaded only for the window
            except ImportError as exc:
                from workshop.system_libraries import import_problem

                raise WorkshopError(
                    import_problem(exc)
                    or f"the window cannot start: Qt could not load ({exc}). On Debian, "
                    "install the libraries with: sh packaging/ensure-system.sh"
                ) from exc
            resume = gc.enable if collecting else None
            return run_app(args.file, start_screen=args.start, after_first_paint=resume)
        finally:
            if collecting:
                gc.enable()
    except WorkshopError as exc:
        print(f"workshop: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``workshop check FILE | head``): stop quietly, and keep
        # Python's flush at exit from raising again into the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
