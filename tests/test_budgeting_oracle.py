"""Workshop's rules against pabutools, the researchers' reference library (GPL-3.0+).

pabutools is a test-only extra (.ci/test installs it with ``--no-deps`` plus the
``oracle`` extra); the app never imports it. The comparison runs in a child process
(``helpers/pb_oracle_child.py``) so gmpy2 and numpy stay out of this long Qt test run.
Ties are broken the same documented way in both.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import pb_oracle

pytestmark = pytest.mark.skipif(
    not pb_oracle.available(),
    reason="pabutools is not installed (pip install --no-deps pabutools and "
    "pip install -e '.[oracle]' install the test oracle)",
)

CHILD = Path(__file__).resolve().parent / "helpers" / "pb_oracle_child.py"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_outcome_as_pabutools(seed: int) -> None:
    done = subprocess.run(
        [sys.executable, str(CHILD), str(seed), "150"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == []
