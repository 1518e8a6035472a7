"""Run ``workshop ARGS`` with a file size limit, as on a nearly full disk.

Usage: python limited_cli.py LIMIT_BYTES ARGS... (exits with the command's status).
Past the limit a write fails with EFBIG, as on a full disk (SIGXFSZ is ignored).
"""

from __future__ import annotations

import resource
import signal
import sys

from workshop.cli import main

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), resource.RLIM_INFINITY))
raise SystemExit(main(sys.argv[2:]))
