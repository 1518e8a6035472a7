"""``workshop export`` and ``workshop import`` in a child process: output, errors, no Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers.proc import file_modes_bind_children, fingerprint, run_cli, run_python


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.workshop"
    assert run_cli("demo", path).returncode == 0
    return path


def _one_line_error(result: object) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    assert lines[0].startswith("workshop: ")
    return str(lines[0])


def test_export_everything_then_import(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = fingerprint(demo_file)
    result = run_cli(
        "export", demo_file, "--pdf", out / "h.pdf", "--csv", out, "--json", out / "d.json",
        "--letter", "--short",
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert fingerprint(demo_file) == before  # export only reads
    reader = PdfReader(out / "h.pdf")
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert (out / "notes.csv").exists() and (out / "participants.csv").exists()

    rebuilt = tmp_path / "rebuilt.workshop"
    assert run_cli("import", out / "d.json", rebuilt).returncode == 0
    again = run_cli("export", rebuilt, "--json", tmp_path / "again.json")
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again.json").read_bytes() == (out / "d.json").read_bytes()


def test_refusals_are_one_line_and_leave_nothing(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "h.pdf").write_bytes(b"mine")
    message = _one_line_error(run_cli("export", demo_file, "--pdf", out / "h.pdf"))
    assert "already exists" in message
    assert (out / "h.pdf").read_bytes() == b"mine"
    assert "does not exist" in _one_line_error(
        run_cli("export", demo_file, "--pdf", tmp_path / "missing" / "h.pdf")
    )
    assert "does not exist" in _one_line_error(run_cli("export", demo_file, "--csv", out / "no"))
    assert "Say what to export" in _one_line_error(run_cli("export", demo_file))
    assert "--pdf" in _one_line_error(run_cli("export", demo_file, "--short", "--json", out / "x"))
    assert "does not exist" in _one_line_error(
        run_cli("export", tmp_path / "nope.workshop", "--json", out / "x.json")
    )
    junk = tmp_path / "junk.workshop"
    junk.write_text("not a database", encoding="utf-8")
    assert "not a workshop file" in _one_line_error(
        run_cli("export", junk, "--json", out / "x.json")
    )
    damaged = tmp_path / "damaged.workshop"
    damaged.write_bytes(demo_file.read_bytes()[:4096])
    _one_line_error(run_cli("export", damaged, "--pdf", out / "d.pdf"))
    assert sorted(p.name for p in out.iterdir()) == ["h.pdf"]


def test_import_refusals(demo_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something-else"}', encoding="utf-8")
    assert "not a Workshop export" in _one_line_error(run_cli("import", bad, tmp_path / "n.ws"))
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "workshop-export", "format_version": 7}', encoding="utf-8")
    assert "newer" in _one_line_error(run_cli("import", newer, tmp_path / "n.ws"))
    cut = tmp_path / "cut.json"
    cut.write_text('{"format": "workshop-export", "tables": {"notes": [{"id"', encoding="utf-8")
    assert "truncated" in _one_line_error(run_cli("import", cut, tmp_path / "n.ws"))
    assert not (tmp_path / "n.ws").exists()
    good = tmp_path / "good.json"
    assert run_cli("export", demo_file, "--json", good).returncode == 0
    existing = tmp_path / "existing.workshop"
    existing.write_bytes(b"keep")
    assert "already exists" in _one_line_error(run_cli("import", good, existing))
    assert existing.read_bytes() == b"keep"
    assert run_cli("import", good, existing, "--force").returncode == 0
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    assert leftovers == []


def test_unwritable_folder(demo_file: Path, tmp_path: Path) -> None:
    if not file_modes_bind_children():
        pytest.skip("cannot drop root's permission override here")
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o555)
    try:
        result = run_cli("export", demo_file, "--pdf", locked / "h.pdf", unprivileged=True)
        assert "Cannot write" in _one_line_error(result)
        assert list(locked.iterdir()) == []
    finally:
        os.chmod(locked, 0o755)


def test_export_does_not_load_qt(demo_file: Path, tmp_path: Path) -> None:
    new = tmp_path / "n.workshop"
    script = (
        "import sys\n"
        "from workshop.cli import main\n"
        f"code = main(['export', {str(demo_file)!r}, '--pdf', {str(tmp_path / 'h.pdf')!r},"
        f" '--csv', {str(tmp_path)!r}, '--json', {str(tmp_path / 'd.json')!r}])\n"
        f"code += main(['import', {str(tmp_path / 'd.json')!r}, {str(new)!r}])\n"
        "assert code == 0, code\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = run_python("-c", script)
    assert result.returncode == 0, result.stderr


def test_per_organisation_writes_one_pdf_per_organisation_beside_the_handout(
    demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli("export", demo_file, "--pdf", out / "day.pdf", "--per-organisation")
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in out.iterdir())
    assert "day.pdf" in written
    others = [n for n in written if n.startswith("day - ")]
    assert len(others) >= 3, written
    assert f"Wrote {len(others)} organisation handouts" in result.stdout
    for name in others:
        organisation = name.removeprefix("day - ").removesuffix(".pdf")
        text = " ".join((PdfReader(out / name).pages[0].extract_text() or "").split())
        assert organisation in text
        assert "What we offered" in text and "Our purpose" in text
    # Again without --force: refused in one line, nothing replaced.
    again = run_cli("export", demo_file, "--pdf", out / "other.pdf", "--per-organisation")
    assert again.returncode == 0  # other names: fine
    clash = run_cli("export", demo_file, "--pdf", out / "day.pdf", "--per-organisation")
    assert "already exists" in _one_line_error(clash)
    # --per-organisation needs --pdf.
    assert "--per-organisation" in _one_line_error(
        run_cli("export", demo_file, "--json", out / "d.json", "--per-organisation")
    )
