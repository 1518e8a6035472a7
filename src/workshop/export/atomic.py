"""Write exported files so that a failure never leaves a partial file where the output belongs.

Each file is written under a temporary name in the target's own folder (so the
final rename cannot cross file systems), flushed to disk, and only then
renamed over the target with :func:`os.replace`. Several files written together
(the CSV export) are all renamed only once every one of them is complete.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator, Sequence
from pathlib import Path

from workshop.export.errors import ExportError


def check_folder(folder: Path) -> None:
    """Refuse a folder that is missing, not a folder, or not writable."""
    if not folder.exists():
        raise ExportError("The folder “{folder}” does not exist.", folder=folder)
    if not folder.is_dir():
        raise ExportError("“{folder}” is not a folder.", folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError("Cannot write in the folder “{folder}”.", folder=folder)


def check_target(target: Path, *, force: bool) -> None:
    """Refuse a target that cannot be written, or that exists unless ``force``."""
    if target.is_dir():
        raise ExportError("“{target}” is a folder, not a file name.", target=target)
    check_folder(target.parent)
    if target.exists() and not force:
        raise ExportError("“{target}” already exists (use --force to replace it).", target=target)


def _temporary(target: Path) -> Path:
    """Create an empty, private-named file beside ``target`` (mode 0666 less the umask)."""
    for _ in range(10):
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise ExportError("Cannot create a temporary file in “{parent}”.", parent=target.parent)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_outputs(targets: Sequence[Path], *, force: bool) -> Iterator[list[Path]]:
    """Yield temporary paths to write, one per target; rename them all into place on success.

    Every target is checked before anything is written. On any exception the
    temporary files are removed and no target is touched.
    """
    targets = [Path(t) for t in targets]
    for target in targets:
        check_target(target, force=force)
    temporaries: list[Path] = []
    try:
        try:
            temporaries = [_temporary(target) for target in targets]
        except OSError as exc:
            raise ExportError(
                "Cannot write in “{parent}”: {reason}.",
                parent=targets[0].parent, reason=_reason(exc),
            ) from exc
        try:
            yield temporaries
        except OSError as exc:  # the disk refused the content (full, removed…)
            raise ExportError(
                "Could not write “{targets}”: {reason}.",
                targets=targets[0], reason=_reason(exc),
            ) from exc
        try:
            for temporary in temporaries:
                _sync(temporary)
            for temporary, target in zip(temporaries, targets, strict=True):
                os.replace(temporary, target)
        except OSError as exc:
            raise ExportError(
                "Could not write “{targets}”: {reason}.",
                targets=targets[0], reason=_reason(exc),
            ) from exc
    finally:
        for temporary in temporaries:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_output(target: Path, *, force: bool) -> Iterator[Path]:
    """Like :func:`atomic_outputs` for a single file."""
    with atomic_outputs([target], force=force) as (temporary,):
        yield temporary


def _reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()
