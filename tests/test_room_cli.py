"""``workshop room FILE [--activity ID] [--size WxH] --out DIR`` in a child process.

It writes what the room sees: one PNG per page, and ``DIR/room.json`` exactly as
the format says — ``{"size": [w, h], "pages": [{"activity": ID, "image": NAME,
"items": [{"kind", "id", "text", "elided", "px", "rect"}]}]}``. Bad input: one line
on stderr, exit status 2, nothing written, the file untouched.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from helpers.proc import fingerprint, run_cli
from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.storage.document import Document


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.workshop"
    assert run_cli("demo", path).returncode == 0
    return path


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _one_line_error(result: object) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    assert lines[0].startswith("workshop")
    return str(lines[0])


def test_every_activity_page_by_page(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "room"
    before = fingerprint(demo_file)
    result = run_cli("room", demo_file, "--size", "1024x768", "--out", out)
    assert result.returncode == 0, result.stderr
    assert fingerprint(demo_file) == before  # only read
    document = json.loads((out / "room.json").read_text(encoding="utf-8"))
    assert set(document) == {"size", "pages"}
    assert document["size"] == [1024, 768]
    with Document.open(demo_file, read_only=True) as doc:
        activities = read.activities(doc)
    board = next(a for a in activities if a.kind is ActivityKind.BRAINSTORM)
    # Every activity, in agenda order; the board in several whole pages.
    order = [page["activity"] for page in document["pages"]]
    assert list(dict.fromkeys(order)) == [a.id for a in activities]
    assert order.count(board.id) >= 2
    images = sorted(p.name for p in out.glob("*.png"))
    assert images == sorted(page["image"] for page in document["pages"])
    notes: list[str] = []
    for page in document["pages"]:
        assert set(page) == {"activity", "image", "items"}
        assert _png_size(out / page["image"]) == (1024, 768)
        assert page["items"], page["image"]
        for item in page["items"]:
            assert set(item) == {"kind", "id", "text", "elided", "px", "rect"}
            assert isinstance(item["elided"], bool) and isinstance(item["px"], int | float)
            x, y, w, h = item["rect"]
            assert x >= 0 and y >= 0 and x + w <= 1024 and y + h <= 768, item
            if item["kind"] == "note" and page["activity"] == board.id:
                assert not item["elided"]
                notes.append(item["text"])
    assert len(notes) == 37  # every note of the demo's board, once, whole


def test_one_activity_at_the_default_size(demo_file: Path, tmp_path: Path) -> None:
    with Document.open(demo_file, read_only=True) as doc:
        vote = next(a for a in read.activities(doc) if a.kind is ActivityKind.DOT_VOTE)
    out = tmp_path / "vote"
    result = run_cli("room", demo_file, "--activity", str(vote.id), "--out", out)
    assert result.returncode == 0, result.stderr
    document = json.loads((out / "room.json").read_text(encoding="utf-8"))
    assert document["size"] == [1920, 1080]
    assert {page["activity"] for page in document["pages"]} == {vote.id}
    texts = [item["text"] for page in document["pages"] for item in page["items"]]
    assert any(text.startswith("Dot vote") for text in texts)
    assert _png_size(out / document["pages"][0]["image"]) == (1920, 1080)


def test_bad_input_is_one_line_and_writes_nothing(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    before = fingerprint(demo_file)
    assert "--size" in _one_line_error(run_cli("room", demo_file, "--size", "big", "--out", out))
    assert "screen size" in _one_line_error(
        run_cli("room", demo_file, "--size", "10x10", "--out", out)
    )
    assert "no activity 999" in _one_line_error(
        run_cli("room", demo_file, "--activity", "999", "--out", out)
    )
    assert "--activity" in _one_line_error(
        run_cli("room", demo_file, "--activity", "one", "--out", out)
    )
    assert "--out" in _one_line_error(run_cli("room", demo_file))
    assert "does not exist" in _one_line_error(
        run_cli("room", tmp_path / "nope.workshop", "--out", out)
    )
    junk = tmp_path / "junk.workshop"
    junk.write_text("not a database", encoding="utf-8")
    assert "not a workshop file" in _one_line_error(run_cli("room", junk, "--out", out))
    assert not out.exists()
    a_file = tmp_path / "a-file"
    a_file.write_text("mine", encoding="utf-8")
    assert "not a folder" in _one_line_error(run_cli("room", demo_file, "--out", a_file))
    assert a_file.read_text(encoding="utf-8") == "mine"
    assert "does not exist" in _one_line_error(
        run_cli("room", demo_file, "--out", tmp_path / "missing" / "deeper")
    )
    assert fingerprint(demo_file) == before
