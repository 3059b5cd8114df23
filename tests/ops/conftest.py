"""The platform connections of `bot.ops.health` are per process: each test starts clean."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.ops.health import CONNECTIONS


@pytest.fixture(autouse=True)
def _fresh_connections() -> Iterator[None]:
    CONNECTIONS.reset()
    yield
    CONNECTIONS.reset()
