"""The ``workshop`` command line: demo, check, --version, and usage errors (one line, exit 2)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers.proc import fingerprint, run_cli, run_python
from workshop import __version__
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.schema import format_version, latest_user_version


def test_demo_then_check(tmp_path: Path) -> None:
    path = tmp_path / "demo.workshop"
    made = run_cli("demo", path)
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""
    assert str(path) in made.stdout

    before = fingerprint(path)
    checked = run_cli("check", path)
    assert checked.returncode == 0, checked.stderr
    assert checked.stderr == ""
    major, minor = format_version(latest_user_version())
    lines = checked.stdout.splitlines()
    assert lines[0] == f"{path}: a sound workshop file, format {major}.{minor}"
    assert lines[1] == "title: Riverside Neighbourhood Partnership kick-off"
    printed = dict(line.split(": ", 1) for line in lines[2:])
    with Document.open(path, read_only=True) as doc:
        expected = {table: str(count) for table, count in doc.counts().items()}
        organisations = read.organisations(doc)
    assert printed == expected
    assert printed["participants"] == "12"
    assert printed["workshop"] == "1"
    assert int(printed["activities"]) >= 5
    assert len(organisations) == 5
    # check only reads, and leaves no -wal or -shm behind.
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.workshop"]


def test_demo_is_realistic(tmp_path: Path) -> None:
    path = tmp_path / "demo.workshop"
    assert run_cli("demo", path).returncode == 0
    with Document.open(path) as doc:
        details = read.details(doc)
        assert details.venue and details.facilitator and details.date
        kinds = [a.kind.value for a in read.activities(doc)]
        assert kinds[:3] == ["welcome", "review", "purpose_blend"]  # promises first
        assert {"brainstorm", "dot_vote", "close"} <= set(kinds)


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"workshop {__version__}"


def test_console_script_version() -> None:
    script = Path(sys.executable).with_name("workshop")
    result = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"workshop {__version__}"


def test_version_does_not_load_qt() -> None:
    result = run_python(
        "-c",
        "import sys\n"
        "from workshop.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "assert 'PySide6' not in sys.modules, 'Qt loaded for --version'\n",
    )
    assert result.returncode == 0, result.stderr


def test_usage_errors_are_one_line() -> None:
    for args in (["check"], ["demo"], ["check", "a", "b"], ["demo", "--frobnicate", "x"]):
        result = run_cli(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stdout == ""


def test_check_a_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.workshop"
    assert run_cli("demo", path).returncode == 0
    path.chmod(0o444)
    before = fingerprint(path)
    result = run_cli("check", path)
    assert result.returncode == 0, result.stderr
    assert "participants: 12" in result.stdout
    assert fingerprint(path) == before


def test_no_display_is_one_line_not_an_abort(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "workshop", str(tmp_path / "x.workshop")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("workshop: no display to open the window on")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.workshop").exists()


def test_no_arguments_skip_the_parser_and_mean_what_it_would_say() -> None:
    """``workshop`` alone (the desktop's launcher) does not build argparse's parser."""
    from workshop.cli import _app_parser, app_defaults

    assert _app_parser().parse_args([]) == app_defaults()


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """``workshop check FILE | head -1``: the pipe closes under the command, which stops
    quietly instead of printing a BrokenPipeError traceback."""
    path = tmp_path / "demo.workshop"
    run_cli("demo", str(path))
    done = subprocess.run(
        f'"{sys.executable}" -m workshop.cli check "{path}" | head -c 10',
        shell=True, capture_output=True, text=True, timeout=60,
    )
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
    assert done.stdout == str(path)[:10]
