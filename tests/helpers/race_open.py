"""Try to open a workshop file for writing at a given moment; report and hold it briefly.

Usage: python race_open.py PATH START_TIME. Prints ``OPEN`` or ``REFUSED``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from workshop.storage.document import Document
from workshop.storage.errors import AlreadyOpenError
from workshop.storage.ops import participants

start = float(sys.argv[2])
while time.time() < start:
    pass
try:
    doc = Document.open(Path(sys.argv[1]))
except AlreadyOpenError:
    print("REFUSED", flush=True)
else:
    participants.add_participant(doc, f"writer {sys.argv[1]}")
    print("OPEN", flush=True)
    time.sleep(1.5)
    doc.close()
