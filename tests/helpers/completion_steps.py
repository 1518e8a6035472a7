"""A fixture that runs a test twice: the completion's steps in Python, then compiled.

Import it into a test module and name it in ``pytestmark``:
``pytestmark = pytest.mark.usefixtures("both_completion_steps")``. It sets the module-level
switch :data:`workshop.domain.equal_shares_native.MODE` (no mocks); where numba is not
installed the "compiled" run falls back to Python, as the app does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workshop.domain import equal_shares_native


@pytest.fixture(params=["python", "compiled"])
def both_completion_steps(request: pytest.FixtureRequest) -> Iterator[str]:
    old = equal_shares_native.MODE
    equal_shares_native.MODE = "never" if request.param == "python" else "always"
    try:
        yield request.param
    finally:
        equal_shares_native.MODE = old
