"""Run the command line and small scripts in child processes; fingerprint files."""

from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import sys
from pathlib import Path

# Linux capability numbers (linux/capability.h) and prctl(PR_CAPBSET_DROP).
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _drop_file_permission_override() -> None:
    """In the child before exec: give up root's power to ignore file modes.

    The child stays uid 0 (so it can still run the interpreter under /root), but
    without CAP_DAC_OVERRIDE a 0444 file or a 0555 folder refuses it a write,
    exactly as it refuses an ordinary user.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def run_python(
    *args: str | Path, unprivileged: bool = False
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in a child; ``unprivileged`` makes file modes binding even for root."""
    preexec = _drop_file_permission_override if unprivileged and is_root() else None
    return subprocess.run(
        [sys.executable, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        preexec_fn=preexec,
    )


def run_cli(*args: str | Path, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    """``python -m workshop ARGS`` in a child process (commands only, never the window)."""
    return run_python("-m", "workshop", *args, unprivileged=unprivileged)


def file_modes_bind_children() -> bool:
    """Whether a child started with ``unprivileged=True`` is really refused by file modes."""
    if not is_root():
        return True
    probe = run_python(
        "-c",
        "import sys\n"
        "status = open('/proc/self/status').read().split('CapEff:')[1].split()[0]\n"
        f"sys.exit(1 if int(status, 16) & (1 << {_CAP_DAC_OVERRIDE}) else 0)",
        unprivileged=True,
    )
    return probe.returncode == 0


def fingerprint(path: Path) -> str:
    """SHA-256 of a file's bytes (or the fact that it is missing or a folder)."""
    if not path.exists():
        return "missing"
    if path.is_dir():
        return "folder"
    return hashlib.sha256(path.read_bytes()).hexdigest()
