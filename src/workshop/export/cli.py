"""``workshop export`` and ``workshop import``: the headless exports (no Qt is imported).

Every output is checked before anything is written, so a bad argument fails
without leaving a file behind; each file is then written atomically.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from workshop.export import csv_export, json_export
from workshop.export.atomic import check_folder, check_target
from workshop.export.errors import ExportError
from workshop.export.pdf import HandoutOptions, export_handout
from workshop.export.pdf import per_organisation as per_org
from workshop.storage.anonymise import anonymised_copy, share_copy
from workshop.storage.document import Document
from workshop.storage.schema import format_version, latest_user_version


def open_for_export(path: Path) -> Document:
    """Open ``path`` read-only after its checks; an older format must be upgraded first."""
    doc = Document.open(path, read_only=True, require_current=False)
    if doc.format < format_version(latest_user_version()):
        doc.close()
        raise ExportError(
            "“{name}” uses an older format: open it in Workshop once to upgrade it, "
            "then export.", name=path.name
        )
    return doc


def export_command(args: argparse.Namespace) -> int:
    if args.pdf is None and args.csv is None and args.json is None:
        raise ExportError("Say what to export: --pdf OUT.pdf, --csv FOLDER or --json OUT.json.")
    per_organisation = getattr(args, "per_organisation", False)
    if (args.letter or args.short or per_organisation) and args.pdf is None:
        raise ExportError(
            "--letter, --short and --per-organisation apply to the PDF handout: "
            "add --pdf OUT.pdf."
        )
    outputs = [p for p in (args.pdf, args.json) if p is not None]
    if len({p.resolve() for p in outputs}) < len(outputs):
        raise ExportError("The PDF and the JSON need different file names.")
    for target in outputs:
        check_target(target, force=args.force)
    if args.csv is not None:
        check_folder(args.csv)
    if args.keep_voters and not args.anonymise:
        raise ExportError("--keep-voters applies to an anonymised export: add --anonymise.")
    with open_for_export(args.path) as opened, _shared(opened, args) as doc:
        if args.pdf is not None:
            options = HandoutOptions(page_size="letter" if args.letter else "a4", short=args.short)
            if per_organisation:  # every file checked before any is written
                if not per_org.organisations(doc):
                    raise ExportError(
                        "No participant has an organisation: there is nothing to split by."
                    )
                for name in per_org.organisations(doc):
                    check_target(per_org.file_for(args.pdf, name), force=args.force)
            export_handout(doc, args.pdf, options, force=args.force)
            print(f"Wrote the handout to {args.pdf}")
            if per_organisation:
                written = per_org.export_per_organisation(doc, args.pdf, options, force=args.force)
                print(f"Wrote {len(written)} organisation handouts beside it:")
                for path in written:
                    print(f"  {path}")
        if args.csv is not None:
            written = csv_export.export_csv(doc, args.csv, force=args.force)
            print(f"Wrote {len(written)} CSV files to {args.csv}")
        if args.json is not None:
            json_export.export_json(doc, args.json, force=args.force)
            print(f"Wrote the JSON export to {args.json}")
    return 0


def import_command(args: argparse.Namespace) -> int:
    json_export.import_json(args.json, args.path, force=args.force)
    print(f"Rebuilt {args.path} from {args.json}")
    return 0


@contextlib.contextmanager
def _shared(doc: Document, args: argparse.Namespace) -> Iterator[Document]:
    """The document itself, or with ``--anonymise`` an anonymised copy of it in memory."""
    if not args.anonymise:
        yield doc
        return
    copy = Document(doc.path, anonymised_copy(doc.conn, keep_voters=args.keep_voters),
                    read_only=True, lock=None)
    try:
        yield copy
    finally:
        copy.close()


def copy_command(args: argparse.Namespace) -> int:
    """``workshop copy FILE OUT [--anonymise [--keep-voters]]``: a complete copy, or none."""
    if args.keep_voters and not args.anonymise:
        raise ExportError("--keep-voters applies to an anonymised copy: add --anonymise.")
    check_target(args.out, force=args.force)
    if args.out.resolve() == args.path.resolve():
        raise ExportError("The copy needs another file name than the original.")
    with open_for_export(args.path) as doc:
        if args.anonymise:
            share_copy(doc.conn, args.out, keep_voters=args.keep_voters, force=args.force)
        else:
            share_copy(doc.conn, args.out, force=args.force, anonymised=False)
    kind = "an anonymised copy" if args.anonymise else "a copy"
    print(f"Wrote {kind} of {args.path} to {args.out}")
    return 0
