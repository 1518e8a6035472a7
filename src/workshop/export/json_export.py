"""The whole document as one JSON file, and back: the open, lossless form of a workshop.

Format (``docs/export-formats.md`` describes it for people)::

    {
      "format": "workshop-export",          # says the file is ours
      "format_version": 1,                  # of this JSON layout; a newer one is refused
      "document_format": [1, 3],            # the .workshop schema it came from (major, minor)
      "generator": "Workshop 0.1.0",
      "tables": {                           # every content table, by name, sorted
        "activities": [ {"id": 1, "position": 0, …}, … ],   # rows by id, columns by name
        …
      }
    }

The tables are found generically (:func:`workshop.storage.journal.tracked_tables`),
so tables that later versions add are exported without changes here. Bookkeeping
(the undo history, migration records) is not content and is left out.

Import creates a new document at the current schema and inserts every row in one
edit, with foreign keys checked at commit; an older document format imports
(missing columns take their defaults), a newer one or anything unknown is refused.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path
from typing import Any

from workshop import __version__
from workshop.domain.errors import Number, WorkshopError
from workshop.export.atomic import atomic_output, check_target
from workshop.export.errors import ExportError, ImportFormatError
from workshop.storage import read, row_rules
from workshop.storage.document import Document
from workshop.storage.errors import DocumentError
from workshop.storage.journal import tracked_tables
from workshop.storage.schema import FORMAT_MAJOR

FORMAT_NAME = "workshop-export"
FORMAT_VERSION = 1
_BLOB = "$base64"

#: Limits of an import (docs/file-format.md, "Limits"): ten times a big real workshop,
#: where the board still paints in about half a second. Above them the app would freeze.
MAX_IMPORT_BYTES = 64 * 1024 * 1024
MAX_ROWS = 200_000
MAX_NOTES_PER_BOARD = 10_000

Row = dict[str, Any]


# ------------------------------------------------------------------------ export


def document_data(doc: Document) -> dict[str, Any]:
    """The JSON value of the document (rows of every content table, ordered by id)."""
    conn = doc.conn
    tables: dict[str, list[Row]] = {}
    for table, columns in sorted(tracked_tables(conn).items()):
        names = ", ".join(f'"{c}"' for c in columns)
        tables[table] = [
            {column: _to_json(value) for column, value in zip(columns, row, strict=True)}
            for row in conn.execute(f'SELECT {names} FROM "{table}" ORDER BY id')
        ]
    major, minor = doc.format
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "document_format": [major, minor],
        "generator": f"Workshop {__version__}",
        "tables": tables,
    }


def dumps(data: dict[str, Any]) -> str:
    """Stable, diff-friendly text: the header fields, then one row per line."""

    def value(v: Any) -> str:
        return json.dumps(v, ensure_ascii=False, allow_nan=False)

    lines = ["{"]
    for key, item in data.items():
        if key != "tables":
            lines.append(f" {value(key)}: {value(item)},")
    lines.append(' "tables": {')
    tables = list(data["tables"].items())
    for t, (table, rows) in enumerate(tables):
        comma = "," if t < len(tables) - 1 else ""
        if not rows:
            lines.append(f"  {value(table)}: []{comma}")
            continue
        lines.append(f"  {value(table)}: [")
        last = len(rows) - 1
        lines += [f"   {value(row)}{',' if i < last else ''}" for i, row in enumerate(rows)]
        lines.append(f"  ]{comma}")
    lines += [" }", "}"]
    return "\n".join(lines) + "\n"


def export_json(doc: Document, target: Path, *, force: bool = False) -> None:
    text = dumps(document_data(doc))
    with atomic_output(Path(target), force=force) as temporary:
        temporary.write_text(text, encoding="utf-8")


def _to_json(value: Any) -> Any:
    if isinstance(value, bytes):
        return {_BLOB: base64.b64encode(value).decode("ascii")}
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {_BLOB} and isinstance(value[_BLOB], str):
            try:
                return base64.b64decode(value[_BLOB], validate=True)
            except ValueError as exc:
                raise ImportFormatError("A binary value in the file is damaged.") from exc
        raise ImportFormatError("The file has a value that is neither text nor a number.")
    if isinstance(value, list):
        raise ImportFormatError("The file has a list where a single value belongs.")
    return value


# ------------------------------------------------------------------------ import


def load(source: Path) -> dict[str, Any]:
    """Read and check an export file; refuse anything that is not ours, newer, or damaged."""
    source = Path(source)
    name = source.name
    try:
        size = source.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFormatError(
                "“{name}” is {value} MB; Workshop imports JSON files of at most {value_b} MB (see "
                "docs/file-format.md, “Limits”).",
                name=name,
                value=format(size / 1024 / 1024, ',.0f'),
                value_b=MAX_IMPORT_BYTES // 1024 // 1024,
            )
        raw = source.read_bytes()
    except FileNotFoundError as exc:
        raise ExportError("“{source}” does not exist.", source=source) from exc
    except IsADirectoryError as exc:
        raise ExportError("“{source}” is a folder, not a JSON file.", source=source) from exc
    except OSError as exc:
        raise ExportError(
            "“{source}” cannot be read: {value}.",
            source=source, value=(exc.strerror or '').lower(),
        ) from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        raise ImportFormatError(
            "“{name}” is not a Workshop JSON export (not text).",
            name=name,
        ) from exc
    except _NotFinite as exc:
        raise ImportFormatError(
            "“{name}” holds a number JSON does not allow ({exc}).",
            name=name, exc=exc,
        ) from exc
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            "“{name}” is not valid JSON (it may be truncated): {msg} at line {lineno}.",
            name=name, msg=exc.msg, lineno=exc.lineno,
        ) from exc
    except RecursionError as exc:
        raise ImportFormatError(
            "“{name}” is nested too deeply to be a Workshop export.",
            name=name,
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ImportFormatError("“{name}” is JSON, but not a Workshop export.", name=name)
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportFormatError("“{name}” has no valid format_version.", name=name)
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            "“{name}” was exported by a newer Workshop (export format {version}); this version "
            "reads format {format_version}. Please update Workshop.",
            name=name, version=version, format_version=FORMAT_VERSION,
        )
    document_format = data.get("document_format")
    if (
        not isinstance(document_format, list)
        or len(document_format) != 2
        or not all(isinstance(x, int) for x in document_format)
    ):
        raise ImportFormatError("“{name}” has no valid document_format.", name=name)
    if document_format[0] > FORMAT_MAJOR:
        raise ImportFormatError(
            "“{name}” holds a workshop from a newer Workshop (file format "
            "{format_major}.{format_minor}). Please update Workshop.",
            name=name, format_major=document_format[0], format_minor=document_format[1],
        )
    tables = data.get("tables")
    if not isinstance(tables, dict) or not all(
        isinstance(rows, list) and all(isinstance(r, dict) for r in rows)
        for rows in tables.values()
    ):
        raise ImportFormatError("“{name}” has no valid tables.", name=name)
    return data


def import_json(source: Path, target: Path, *, force: bool = False) -> None:
    """Rebuild the document saved in ``source`` as a new workshop file at ``target``.

    Nothing is left at ``target`` if anything fails: the new document is built
    under a temporary name and renamed into place once complete.
    """
    data = load(source)
    target = Path(target)
    check_target(target, force=force)

    def fill(doc: Document) -> None:
        _fill(doc, data["tables"], source.name)
        _check(doc, source.name)

    try:
        Document.create(target, overwrite=force, fill=fill).close()
    except DocumentError as exc:
        raise ExportError(str(exc)) from exc


def _fill(doc: Document, tables: dict[str, list[Row]], name: str) -> None:
    """Check every row by the operations' rules (:mod:`row_rules`), then insert them all.

    The first bad value is refused with its place in the JSON (``tables.notes[3].x``);
    nothing is inserted before every row has passed.
    """
    known = tracked_tables(doc.conn)
    unknown = sorted(set(tables) - set(known))
    if unknown:
        raise ImportFormatError(
            "“{name}” has tables this version does not know ({names}): "
            "it was exported by a newer Workshop.", name=name, names=', '.join(unknown)
        )
    _check_size(tables, name)
    cleaned = {table: _cleaned_rows(doc, table, tables[table], name) for table in sorted(tables)}
    found = row_rules.dangling(doc.conn, cleaned)
    if found is not None:
        raise _bad(name, found.table, found.index, found.column, found.message)
    try:
        with doc.edit("Import", record=False) as ed:
            conn = ed.conn
            # Rows refer to each other in any order: check references once, at commit.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in sorted(cleaned):
                # A new document has default rows (the workshop's details): the file's replace them.
                conn.execute(f"DELETE FROM {_quoted(table)}")
                for index, row in enumerate(cleaned[table]):
                    names = list(row)
                    try:
                        conn.execute(
                            f"INSERT INTO {_quoted(table)} ({', '.join(map(_quoted, names))})"
                            f" VALUES ({', '.join('?' for _ in names)})",
                            [row[n] for n in names],
                        )
                    except sqlite3.IntegrityError as exc:  # one line: a CHECK spans several
                        raise _bad(name, table, index, "", " ".join(str(exc).split())) from exc
    except sqlite3.IntegrityError as exc:
        raise ImportFormatError(
            "“{name}” is not a consistent workshop: {exc}.",
            name=name, exc=exc,
        ) from exc
    except DocumentError as exc:
        raise ExportError(str(exc)) from exc


def _cleaned_rows(doc: Document, table: str, rows: list[Row], name: str) -> list[Row]:
    columns = row_rules.columns(doc.conn, table)
    seen: set[int] = set()
    cleaned: list[Row] = []
    for index, row in enumerate(rows):
        try:
            if "id" not in row:
                raise row_rules.RowError("id", "is missing")
            values = {}
            for column, value in row.items():
                try:
                    values[column] = _from_json(value)
                except ImportFormatError as exc:
                    raise row_rules.RowError(column, str(exc).rstrip(".")) from exc
            clean = row_rules.clean_row(table, values, columns)
        except row_rules.RowError as exc:
            raise _bad(name, table, index, exc.column, str(exc)) from exc
        if clean["id"] in seen:
            raise _bad(name, table, index, "id", f"{clean['id']} is used by another row too")
        seen.add(clean["id"])
        cleaned.append(clean)
    return cleaned


def _check_size(tables: dict[str, list[Row]], name: str) -> None:
    total = sum(len(rows) for rows in tables.values())
    if total > MAX_ROWS:
        raise ImportFormatError(
            "“{name}” holds {total} rows; Workshop imports at most {max_rows} (see "
            "docs/file-format.md, “Limits”).",
            name=name, total=Number(total), max_rows=Number(MAX_ROWS),
        )
    per_activity: dict[Any, int] = {}
    for row in tables.get("notes", []):
        key = row.get("activity_id")
        per_activity[key] = per_activity.get(key, 0) + 1
    if per_activity and max(per_activity.values()) > MAX_NOTES_PER_BOARD:
        raise ImportFormatError(
            "“{name}” has a board of {values} notes; Workshop imports at most "
            "{max_notes_per_board} notes on one board, so that the board stays "
            "responsive (see docs/file-format.md, “Limits”).",
            name=name,
            values=format(max(per_activity.values()), ','),
            max_notes_per_board=Number(MAX_NOTES_PER_BOARD),
        )


def _bad(name: str, table: str, index: int, column: str, message: str) -> ImportFormatError:
    where = f"tables.{table}[{index}]" + (f".{column}" if column else "")
    return ImportFormatError(
        "“{name}”, {where}: {reason}.",
        name=name, where=where, reason=message.rstrip('.'),
    )


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _check(doc: Document, name: str) -> None:
    """Read the rebuilt document the way the app and its exports do.

    The rules above catch a bad value with its place in the file; this is the net
    under them: a combination of values the readers cannot make sense of (every
    reader runs, through the CSV export's sheets) is refused rather than imported.
    """
    from workshop.export.csv_export import sheets

    try:
        read.details(doc)
        read.participants(doc)
        read.activities(doc)
        sheets(doc)
    except (ValueError, TypeError, KeyError, IndexError, WorkshopError) as exc:
        raise ImportFormatError(
            "“{name}” is not a consistent workshop: {exc}.",
            name=name, exc=exc,
        ) from exc


class _NotFinite(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _NotFinite(name)
