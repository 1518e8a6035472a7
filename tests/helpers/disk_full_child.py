"""Edit a file until the disk is "full" (a file size limit), then report what happened.

Run by tests/test_disk_full.py. Usage: python disk_full_child.py PATH LIMIT_BYTES
Prints ``OK k`` after each committed edit and ``REFUSED message`` for each refused one.
"""

from __future__ import annotations

import resource
import signal
import sys
from pathlib import Path

from workshop.storage.document import Document
from workshop.storage.errors import WriteError
from workshop.storage.ops import participants


def main(path: Path, limit: int) -> None:
    doc = Document.open(path)
    # Past the limit a write fails with EFBIG, as on a full disk (instead of a signal).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    refused = 0
    for k in range(5000):
        try:
            participants.add_participant(doc, f"full-{k}", "x" * 150)
        except WriteError as exc:
            print(f"REFUSED {exc}", flush=True)
            refused += 1
            if refused == 3:
                break
        else:
            print(f"OK {k}", flush=True)
    doc.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
