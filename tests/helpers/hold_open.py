"""Open a workshop file for writing and hold it until killed (a second Workshop window).

Usage: python hold_open.py PATH. Prints ``OPEN <pid>`` once the file is open.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from workshop.storage.document import Document
from workshop.storage.ops import participants

doc = Document.open(Path(sys.argv[1]))
participants.add_participant(doc, "Held by the other window")
print(f"OPEN {os.getpid()}", flush=True)
while True:
    time.sleep(60)
