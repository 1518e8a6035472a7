"""Rotating automatic copies of a file, taken each time it is opened for writing.

They live in the user data directory, away from the file itself, so a file that
got damaged on a USB stick can still be recovered from the laptop.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

KEEP = 5


class Backup(NamedTuple):
    path: Path
    taken: datetime

    @property
    def label(self) -> str:
        return self.taken.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class BackupStore:
    def __init__(self, root: Path, keep: int = KEEP) -> None:
        self.root = root
        self.keep = keep

    def folder_for(self, original: Path) -> Path:
        import hashlib  # OpenSSL loads when a copy is first taken or listed, not at start

        resolved = original.resolve()
        digest = hashlib.sha1(str(resolved).encode()).hexdigest()[:10]
        return self.root / f"{resolved.stem}-{digest}"

    def take(self, source: sqlite3.Connection, original: Path) -> Path | None:
        """Copy ``source`` (an open connection) with SQLite's backup API; keep the newest ``keep``.

        A failing backup never prevents opening the file: it returns None.
        """
        folder = self.folder_for(original)
        now = datetime.now(UTC)
        target = folder / f"{now:%Y%m%dT%H%M%S%fZ}.workshop"
        # Copied under a temporary name and renamed when complete: a crash mid-copy
        # leaves a ".partial" file that is never listed (nor offered) as a backup.
        partial = target.with_suffix(".partial")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            dest = sqlite3.connect(partial)
            # The original is intact on disk; the copy need not be fsynced page by page
            # (it would cost ~20 ms at every open). A copy cut short is never listed.
            dest.execute("PRAGMA synchronous = OFF")
            try:
                source.backup(dest)
            finally:
                dest.close()
            os.replace(partial, target)
        except (OSError, sqlite3.Error):
            with contextlib.suppress(OSError):  # the folder itself may be what failed
                partial.unlink(missing_ok=True)
            return None
        for stale in folder.glob("*.partial"):  # left by a crash during an earlier open
            with contextlib.suppress(OSError):
                stale.unlink()
        for old in self.list_for(original)[self.keep :]:
            with contextlib.suppress(OSError):
                old.path.unlink(missing_ok=True)
        return target

    def list_for(self, original: Path) -> list[Backup]:
        """Newest first."""
        folder = self.folder_for(original)
        if not folder.is_dir():
            return []
        found = []
        for path in folder.glob("*.workshop"):
            try:
                taken = _parse_stamp(path.stem)
            except ValueError:
                continue
            found.append(Backup(path, taken))
        return sorted(found, key=lambda b: b.taken, reverse=True)


def _parse_stamp(stem: str) -> datetime:
    """Read back ``%Y%m%dT%H%M%S%fZ`` without ``strptime`` (whose import costs at start-up)."""
    if len(stem) != 22 or stem[8] != "T" or stem[-1] != "Z" or not stem[:8].isdigit():
        raise ValueError(stem)
    digits = stem[:8] + stem[9:21]
    if not digits.isdigit():
        raise ValueError(stem)
    return datetime(
        int(digits[0:4]),
        int(digits[4:6]),
        int(digits[6:8]),
        int(digits[8:10]),
        int(digits[10:12]),
        int(digits[12:14]),
        int(digits[14:20]),
        tzinfo=UTC,
    )
