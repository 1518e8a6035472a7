"""JSON export and import: versioned, generic over the content tables, lossless round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workshop.domain.models import ActivityKind
from workshop.export import ExportError
from workshop.export.errors import ImportFormatError
from workshop.export.json_export import (
    FORMAT_NAME,
    FORMAT_VERSION,
    document_data,
    export_json,
    import_json,
)
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.journal import tracked_tables
from workshop.storage.ops import agenda, board, details


def _round_trip(doc: Document, tmp_path: Path) -> tuple[str, str]:
    first = tmp_path / "first.json"
    export_json(doc, first)
    rebuilt = tmp_path / "rebuilt.workshop"
    import_json(first, rebuilt)
    second = tmp_path / "second.json"
    with Document.open(rebuilt) as copy:
        export_json(copy, second)
    return first.read_text(encoding="utf-8"), second.read_text(encoding="utf-8")


def test_demo_round_trip_is_lossless(demo_doc: Document, tmp_path: Path) -> None:
    first, second = _round_trip(demo_doc, tmp_path)
    assert first == second
    data = json.loads(first)
    assert data["format"] == FORMAT_NAME
    assert data["format_version"] == FORMAT_VERSION
    assert list(data["document_format"]) == list(demo_doc.format)
    # Every content table is there, generically, with all of its rows.
    assert set(data["tables"]) == set(tracked_tables(demo_doc.db.conn))
    for table, count in demo_doc.counts().items():
        assert len(data["tables"][table]) == count
    assert data == document_data(demo_doc)


def test_rebuilt_document_reads_the_same(demo_doc: Document, tmp_path: Path) -> None:
    export_json(demo_doc, tmp_path / "d.json")
    import_json(tmp_path / "d.json", tmp_path / "copy.workshop")
    with Document.open(tmp_path / "copy.workshop") as copy:
        assert read.details(copy) == read.details(demo_doc)
        assert read.activities(copy) == read.activities(demo_doc)
        assert read.participants(copy) == read.participants(demo_doc)
        assert copy.history() == []  # an import is not an undoable step
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_awkward_values_survive(doc: Document, tmp_path: Path) -> None:
    details.update_details(doc, title='Quotes " and \\ backslash', goal="Line one\nline two\t😀")
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas")
    activity = read.activities(doc)[0]
    board.add_note(doc, activity.id, "<b>&amp;</b> Ünïcödé — Привет 中文", colour=3)
    doc.db.conn.execute("UPDATE notes SET x = 0.1 + 0.2")  # a float that is not short
    first, second = _round_trip(doc, tmp_path)
    assert first == second
    assert "0.30000000000000004" in first


def test_rows_are_one_per_line(demo_doc: Document, tmp_path: Path) -> None:
    target = tmp_path / "d.json"
    export_json(demo_doc, target)
    lines = target.read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line.startswith("   {")]
    assert len(rows) == sum(demo_doc.counts().values())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"hello": "world"}', "not a Workshop export"),
        ("[1, 2, 3]", "not a Workshop export"),
        ('{"format": "workshop-export", "format_version": 99}', "newer Workshop"),
        (
            '{"format": "workshop-export", "format_version": 1, "document_format": [9, 0],'
            ' "tables": {}}',
            "newer Workshop",
        ),
        (
            '{"format": "workshop-export", "format_version": 1, "document_format": [1, 0],'
            ' "tables": {"spaceships": []}}',
            "does not know",
        ),
        (
            '{"format": "workshop-export", "format_version": 1, "document_format": [1, 0],'
            ' "tables": {"participants": [{"id": 1, "name": "A", "shoe_size": 9}]}}',
            "does not know",
        ),
        (
            '{"format": "workshop-export", "format_version": 1, "document_format": [1, 0],'
            ' "tables": {"notes": [{"id": 1, "activity_id": 7, "text": "orphan"}]}}',
            r"tables\.notes\[0\]\.activity_id: refers to 7 in activities",
        ),
        (
            '{"format": "workshop-export", "format_version": 1, "document_format": [1, 0],'
            ' "tables": {"activities": [{"id": 1, "position": 0, "kind": "juggling",'
            ' "title": "x"}]}}',
            r"tables\.activities\[0\]\.kind: “juggling” is not one of",
        ),
        ('{"format": "workshop-export", "format_version": 1, "document_format": [1, 0],'
         ' "tables": {"participants": [{"id": 1, "name": NaN}]}}', "does not allow"),
        ('{"format": "workshop-export", "format_vers', "truncated"),
        ("", "truncated"),
    ],
)
def test_bad_json_is_refused(tmp_path: Path, content: str, message: str) -> None:
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    target = tmp_path / "out.workshop"
    with pytest.raises(ImportFormatError, match=message):
        import_json(source, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_truncated_real_export_is_refused(demo_doc: Document, tmp_path: Path) -> None:
    full = tmp_path / "full.json"
    export_json(demo_doc, full)
    cut = tmp_path / "cut.json"
    cut.write_bytes(full.read_bytes()[: len(full.read_bytes()) // 2])
    with pytest.raises(ImportFormatError, match="truncated"):
        import_json(cut, tmp_path / "out.workshop")
    assert not (tmp_path / "out.workshop").exists()


def test_binary_file_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ImportFormatError, match="not a Workshop JSON export"):
        import_json(source, tmp_path / "out.workshop")


def test_existing_target_needs_force(demo_doc: Document, tmp_path: Path) -> None:
    export_json(demo_doc, tmp_path / "d.json")
    target = tmp_path / "out.workshop"
    target.write_bytes(b"precious")
    with pytest.raises(ExportError, match="already exists"):
        import_json(tmp_path / "d.json", target)
    assert target.read_bytes() == b"precious"
    import_json(tmp_path / "d.json", target, force=True)
    with Document.open(target) as copy:
        assert read.details(copy).title == read.details(demo_doc).title
    with pytest.raises(ExportError, match="already exists"):
        export_json(demo_doc, tmp_path / "d.json")


def test_missing_source(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        import_json(tmp_path / "nothing.json", tmp_path / "out.workshop")


def test_older_document_format_imports(tmp_path: Path) -> None:
    """An export from an older minor format (fewer tables, fewer columns) still imports."""
    source = tmp_path / "old.json"
    source.write_text(
        json.dumps(
            {
                "format": FORMAT_NAME,
                "format_version": 1,
                "document_format": [1, 0],
                "tables": {
                    "workshop": [{"id": 1, "title": "Old day", "anonymous": 0}],
                    "participants": [{"id": 3, "name": "Ada", "organisation": "Library"}],
                    "activities": [
                        {"id": 9, "position": 0, "kind": "welcome", "title": "Hello"}
                    ],
                },
            }
        ),
        encoding="utf-8",
    )
    target = tmp_path / "new.workshop"
    import_json(source, target)
    with Document.open(target) as doc:
        assert read.details(doc).title == "Old day"
        assert [p.name for p in read.participants(doc)] == ["Ada"]
        assert read.activities(doc)[0].timebox_minutes == 15  # the column's default
