"""One writer per file, whatever name it is opened by: hard link, symlink, bind mount.

The lock is the file's own (``flock`` on its inode) plus the sidecar beside its
resolved path, so another name for the same file meets the lock held through
the first name, in another process as in this one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.proc import is_root
from workshop.demo import write_demo
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.errors import AlreadyOpenError
from workshop.storage.lock import lock_path

HELPERS = Path(__file__).parent / "helpers"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and flock")


def _hold(command: list[str]) -> subprocess.Popen[str]:
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.startswith("OPEN"), f"the holder did not open the file: {line!r}"
    return child


def _stop(child: subprocess.Popen[str]) -> None:
    child.kill()
    child.wait(timeout=30)
    if child.stdout:
        child.stdout.close()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "room" / "demo.workshop"
    path.parent.mkdir()
    write_demo(path)
    return path


@pytest.fixture
def held(demo: Path) -> Iterator[Path]:
    child = _hold([sys.executable, str(HELPERS / "hold_open.py"), str(demo)])
    try:
        yield demo
    finally:
        _stop(child)


def _refused_everywhere(other: Path) -> None:
    with pytest.raises(AlreadyOpenError, match="already open in another Workshop window"):
        Document.open(other)
    with pytest.raises(AlreadyOpenError):
        Document.create(other, overwrite=True)


def test_a_hard_link_meets_the_lock(held: Path, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere.workshop"
    os.link(held, link)
    _refused_everywhere(link)
    # Reading alongside stays possible; through a hard link SQLite cannot find the
    # writer's -wal (it is named after the other name), so it reads the file as last
    # checkpointed: consistent, not necessarily the latest edit (docs/file-format.md).
    with Document.open(link, read_only=True) as doc:
        assert len(read.participants(doc)) >= 12  # the demo's people


def test_a_symlink_meets_the_lock_and_names_the_holder(held: Path, tmp_path: Path) -> None:
    link = tmp_path / "shortcut.workshop"
    link.symlink_to(held)
    with pytest.raises(AlreadyOpenError, match=r"\(process \d+ on "):
        Document.open(link)
    assert lock_path(link) == lock_path(held)  # one sidecar, beside the real file


def test_in_one_process_too(demo: Path, tmp_path: Path) -> None:
    link = tmp_path / "again.workshop"
    os.link(demo, link)
    symlink = tmp_path / "sym.workshop"
    symlink.symlink_to(demo)
    with Document.open(demo):
        _refused_everywhere(link)
        _refused_everywhere(symlink)
    with Document.open(link):  # released on close
        pass


@pytest.mark.skipif(
    not is_root() or shutil.which("unshare") is None, reason="bind mounts need root"
)
def test_a_bind_mounted_path_meets_the_lock(demo: Path, tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    # The holder sees the folder through a bind mount in its own mount namespace.
    script = (
        f"mount --bind '{demo.parent}' '{mirror}' && "
        f"exec '{sys.executable}' '{HELPERS / 'hold_open.py'}' '{mirror / demo.name}'"
    )
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("no mount namespaces here")
    child = _hold(["unshare", "-m", "sh", "-c", script])
    try:
        _refused_everywhere(demo)
    finally:
        _stop(child)


def test_two_processes_racing_through_two_names_one_wins(demo: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.workshop"
    os.link(demo, link)
    for _ in range(3):
        start = time.time() + 1.5
        children = [
            subprocess.Popen(
                [sys.executable, str(HELPERS / "race_open.py"), str(path), str(start)],
                stdout=subprocess.PIPE,
                text=True,
            )
            for path in (demo, link)
        ]
        outcomes = []
        for child in children:
            out, _ = child.communicate(timeout=60)
            outcomes.append(out.strip())
        assert sorted(outcomes) == ["OPEN", "REFUSED"], outcomes
    with Document.open(demo) as doc:
        assert doc.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        writers = [p.name for p in read.participants(doc) if p.name.startswith("writer ")]
        assert len(writers) == 3  # every acknowledged edit reached the file


def test_a_differently_cased_path_meets_the_lock(demo: Path) -> None:
    cased = demo.with_name(demo.name.upper())
    if not cased.exists():
        pytest.skip("this file system is case-sensitive: another case is another file")
    with Document.open(demo):
        _refused_everywhere(cased)
