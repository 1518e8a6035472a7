"""Write one benchmark's results into its own section of docs/benchmarks.md.

Each benchmark script owns the text between ``<!-- bench:NAME -->`` and
``<!-- /bench:NAME -->``, so scripts can be re-run independently.
"""

from __future__ import annotations

import platform
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "benchmarks.md"
HEADER = """# Benchmarks

Run on demand, never as timed tests (these machines are shared and noisy). Every
figure stands beside a bare baseline measured in the same run, and the ratio is
what we hold ourselves to. Re-run a section with the command given in it.
"""


def write_section(name: str, body: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else HEADER
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    machine = f"{platform.machine()}, Python {platform.python_version()}"
    stamp = f"\n_Measured {date.today().isoformat()} on {machine}._\n"
    block = f"{start}\n{body.strip()}\n{stamp}{end}"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        _, after = rest.split(end, 1)
        text = before + block + after
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")


def median_ms(fn: Callable[[], object], repeat: int = 50) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
