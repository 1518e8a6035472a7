"""One writer per file: an OS lock on a sidecar ``FILE-lock`` held while the file is open.

The OS drops the lock when the process dies (even on SIGKILL), so a crash never
leaves a file that cannot be reopened.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

from workshop.storage.errors import AlreadyOpenError, WriteError

if os.name == "nt":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]  # Windows-only API
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + "-lock")


class FileLock:
    """Held for as long as a document is open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._fd: int | None = None

    def acquire(self) -> None:
        document = self.path.name.removesuffix("-lock")
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            # The folder refuses new files (read-only medium, permissions, /proc…).
            reason = (exc.strerror or type(exc).__name__).lower()
            raise WriteError(
                f"Cannot write “{document}”: the folder “{self.path.parent}” does not accept "
                f"new files ({reason}).",
                self.path,
            ) from exc
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise AlreadyOpenError(
                f"“{document}” is already open in another "
                f"Workshop window{holder}. Switch to that window, or close it first.",
                self.path,
            )
        if not _still_linked(fd, self.path):
            # Another process released (and removed) the lock file between our open and
            # our lock: we hold a lock on a file nobody else will see. Start again.
            os.close(fd)
            self.acquire()
            return
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}@{socket.gethostname()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(fd)


def _still_linked(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except OSError:
        return False


def _read_holder(fd: int) -> str:
    try:
        text = os.pread(fd, 200, 0).decode(errors="replace").strip()
    except OSError:
        return ""
    pid, _, host = text.partition("@")
    return f" (process {pid} on {host})" if pid.isdigit() and host else ""
