"""``workshop breakout`` and ``workshop merge`` on the command line."""

from __future__ import annotations

from pathlib import Path

from helpers.breakouts import make_main, work_at_table
from helpers.proc import fingerprint, run_cli
from workshop.storage.document import Document


def test_breakout_then_merge(tmp_path: Path) -> None:
    main = make_main(tmp_path)
    out = tmp_path / "usb"
    out.mkdir()
    made = run_cli("breakout", main.path, "--tables", "3", "--out", out)
    assert made.returncode == 0, made.stderr
    copies = sorted(out.glob("*.workshop"))
    assert [p.name for p in copies] == [f"riverside - Table {k}.workshop" for k in (1, 2, 3)]
    assert made.stdout.count("Wrote ") == 3
    for k, copy in enumerate(copies):
        work_at_table(copy, main, k)
    merged = run_cli("merge", main.path, *copies)
    assert merged.returncode == 0, merged.stderr
    first = merged.stdout.splitlines()[0]
    assert first.startswith("Merged Table 1: 1 new person, 1 cluster, 6 notes")
    with Document.open(main.path, read_only=True) as doc:
        assert doc.counts()["notes"] == 12 + 18
    again = run_cli("merge", main.path, copies[1])
    assert again.returncode == 0 and "nothing new" in again.stdout


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    main = make_main(tmp_path)
    out = tmp_path / "usb"
    out.mkdir()
    assert run_cli("breakout", main.path, "--tables", "2", "--out", out).returncode == 0
    copies = sorted(out.glob("*.workshop"))
    (tmp_path / "elsewhere").mkdir()
    other = make_main(tmp_path / "elsewhere")
    junk = tmp_path / "junk.workshop"
    junk.write_text("hello")
    # Damage that used to escape as a bare sqlite3 error: a copy cut short (a USB stick
    # pulled mid-copy) and one whose header past the first bytes is garbled.
    work_at_table(copies[1], main, 1)
    whole = copies[1].read_bytes()
    cut = tmp_path / "cut short.workshop"
    cut.write_bytes(whole[: len(whole) // 2])
    garbled = tmp_path / "garbled.workshop"
    garbled.write_bytes(whole[:16] + bytes(range(100, 148)) + whole[64:])
    before = fingerprint(main.path)
    cases = [
        ("breakout", main.path, "--tables", "0", "--out", out),
        ("breakout", main.path, "--tables", "2", "--out", tmp_path / "nowhere"),
        ("breakout", main.path, "--tables", "2", "--out", out, "--labels", "Table 1,Table 2"),
        ("breakout", main.path, "--tables", "2", "--out", tmp_path, "--labels", "A,a"),
        ("breakout", copies[0], "--tables", "2", "--out", tmp_path),  # a copy is no main
        ("breakout", main.path, "--tables", "two", "--out", out),
        ("merge", main.path, junk),
        ("merge", main.path, copies[0], cut),
        ("merge", main.path, garbled),
        ("merge", main.path, other.path),
        ("merge", main.path, copies[0], copies[0]),
        ("merge", main.path, tmp_path / "missing.workshop"),
        ("merge", main.path),
    ]
    for args in cases:
        result = run_cli(*args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert fingerprint(main.path) == before
