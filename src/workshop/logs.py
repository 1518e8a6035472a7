"""The app's log file: a small rotating file in the user log folder (no Qt here).

The window, the crash handler and the storage layer log through the standard ``logging``
module; :func:`configure_logging` sends everything at INFO and above to
``paths.log_dir()/workshop.log`` (rotated at 1 MB, three old files kept). It is called
once by the app at start-up; calling it again is harmless. The standard library's
rotation (``logging.handlers``, which loads ``socket``, ``pickle`` and ``queue``) is loaded
when the file first needs rotating, not at every start.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from workshop import __version__, paths

LOG_NAME = "workshop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _WorkshopFileHandler(logging.FileHandler):
    """Appends to the log file; once it has reached ``MAX_BYTES`` it is rotated by the
    standard library's ``RotatingFileHandler`` (``BACKUP_COUNT`` old files kept). The class
    also marks the handler we installed, so a second call does not add another."""

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        if self.stream is not None and self.stream.tell() >= MAX_BYTES:
            self._rotate()

    def _rotate(self) -> None:
        from logging.handlers import RotatingFileHandler

        self.stream.close()
        self.stream = None  # type: ignore[assignment]  # reopened by the next record
        rotation = RotatingFileHandler(
            self.baseFilename, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
            encoding=self.encoding, delay=True,
        )
        try:
            rotation.doRollover()
        finally:
            rotation.close()


def log_file(folder: Path | None = None) -> Path:
    return (folder or paths.log_dir()) / LOG_NAME


def configure_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Log to a rotating file in ``folder`` (default: the user log folder); return its path.

    If the folder cannot be made or written (a read-only home, a full disk), the app still
    runs: logging goes to stderr and None is returned.
    """
    target = log_file(folder)
    root = logging.getLogger()
    root.setLevel(min(root.level or level, level))
    for handler in root.handlers:
        if isinstance(handler, _WorkshopFileHandler):
            if Path(handler.baseFilename) == target.resolve():
                return target
            root.removeHandler(handler)
            handler.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = _WorkshopFileHandler(target, encoding="utf-8")
    except OSError as exc:
        print(f"workshop: cannot write the log file {target}: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    logging.getLogger("workshop").info(
        "Workshop %s started (Python %s)", __version__, sys.version.split()[0]
    )
    return target
