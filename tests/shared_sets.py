"""The evaluation sets beside the checkout (`../shared`), for the tests that use them.

Without `../shared` such a test is skipped with a clear reason. With it, a missing file is
a failure, not a skip: a renamed or deleted set must not quietly turn a check off.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.shared_data import MISSING_SHARED_MESSAGE, find_shared_dir


def shared_path(relative: str) -> Path:
    """`../shared/<relative>`, skipping the test when ../shared is absent altogether."""
    shared = find_shared_dir()
    if shared is None:
        pytest.skip(MISSING_SHARED_MESSAGE)
    path = shared / relative
    if not path.exists():
        pytest.fail(f"{path} is missing although {shared} is here", pytrace=False)
    return path
