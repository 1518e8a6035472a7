"""One writer per file, whatever path it is opened by: OS locks held while it is open.

Two locks, both dropped by the OS when the process dies (even on SIGKILL), so a
crash never leaves a file that cannot be reopened:

- a sidecar ``FILE-lock`` beside the file's *resolved* path (symlinks followed),
  which also names the holder ("process 123 on laptop") for the message;
- on POSIX, ``flock`` on the document file itself, opened read-only and never
  written: the lock belongs to the file (its device and inode), so a hard link,
  a bind mount or a differently-cased path on a case-insensitive disk meets it.
  SQLite's own locks are ``fcntl`` locks, which ``flock`` does not touch on local
  disks; the descriptor is closed only after SQLite's connection is closed
  (closing any descriptor of a file drops the process's ``fcntl`` locks on it).
"""

from __future__ import annotations

import os
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

    def _try_lock_file(fd: int) -> bool:
        return True  # Windows: the sidecar beside the resolved path is the lock

else:
    import errno
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _try_lock_file(fd: int) -> bool:
        """``flock`` on the document itself; a file system without it (some network
        shares emulate it with write locks a read-only descriptor cannot take) is
        left to the sidecar."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            return exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
        return True


def lock_path(path: Path) -> Path:
    """The sidecar lock of ``path``: beside the file a symlink points to, not the link."""
    return sidecar(resolved(Path(path)))


def sidecar(real: Path) -> Path:
    """The sidecar lock of the file at ``real``, a path already resolved."""
    return real.with_name(real.name + "-lock")


def resolved(path: Path) -> Path:
    """The real path of ``path`` (symlinks followed), also when it does not exist yet."""
    try:
        return path.resolve(strict=False)
    except (OSError, RuntimeError):  # a symlink loop: the path as given is the best name
        return path.absolute()


class FileLock:
    """Held for as long as a document is open for writing."""

    def __init__(self, path: Path) -> None:
        self.document = Path(path)
        self.path = lock_path(path)
        self._fd: int | None = None
        self._file_fd: int | None = None

    def acquire(self) -> None:
        self._acquire_sidecar()
        try:
            self.follow()
        except BaseException:
            self.release()
            raise

    def follow(self) -> None:
        """Lock the document file itself (once it exists; a new file calls this after creating)."""
        if self._file_fd is not None or os.name == "nt":
            return
        try:
            fd = os.open(self.document, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return  # not there yet (being created), or unreadable: the sidecar holds
        if not _try_lock_file(fd):
            os.close(fd)
            raise AlreadyOpenError(
                "“{name}” is already open in another Workshop window "
                "(through another name for the same file: a link or another path). "
                "Switch to that window, or close it first.",
                self.document, name=self.document.name,
            )
        self._file_fd = fd

    def _acquire_sidecar(self) -> None:
        document = self.path.name.removesuffix("-lock")
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            # The folder refuses new files (read-only medium, permissions, /proc…).
            reason = (exc.strerror or type(exc).__name__).lower()
            raise WriteError(
                "Cannot write “{document}”: the folder “{parent}” does not accept "
                "new files ({reason}).",
                self.path, document=document, parent=self.path.parent, reason=reason,
            ) from exc
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise AlreadyOpenError(
                "“{document}” is already open in another "
                "Workshop window{holder}. Switch to that window, or close it first.",
                self.path, document=document, holder=holder,
            )
        if not _still_linked(fd, self.path):
            # Another process released (and removed) the lock file between our open and
            # our lock: we hold a lock on a file nobody else will see. Start again.
            os.close(fd)
            self._acquire_sidecar()
            return
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}@{_host_name()}\n".encode())
        self._fd = fd

    def release_file(self) -> None:
        """Let go of the document file's own lock (it was replaced by a new file)."""
        if self._file_fd is not None:
            file_fd, self._file_fd = self._file_fd, None
            os.close(file_fd)

    def release(self) -> None:
        self.release_file()
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


def _host_name() -> str:
    """This machine's name for the holder line: ``uname``'s node name, which is what
    ``socket.gethostname`` returns on POSIX (without loading ``socket`` at every start)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # pragma: no cover - Windows

    return socket.gethostname()  # pragma: no cover


def _read_holder(fd: int) -> str:
    try:
        text = os.pread(fd, 200, 0).decode(errors="replace").strip()
    except OSError:
        return ""
    pid, _, host = text.partition("@")
    return f" (process {pid} on {host})" if pid.isdigit() and host else ""
