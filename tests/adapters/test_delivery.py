"""Replies that depend on another reply's delivery (issue 15, item 1)."""

from __future__ import annotations

import pytest

from bot.adapters.delivery import Undeliverable, deliver_in_order
from bot.core.messages import Reply


def batch() -> list[Reply]:
    return [
        Reply(text="card", key="card-1"),
        Reply(text="told", after="card-1", otherwise=Reply(text="not yet")),
        Reply(text="plain"),
    ]


async def test_i15_1_a_dependent_reply_follows_a_delivered_one() -> None:
    sent: list[str] = []

    async def send(reply: Reply) -> None:
        sent.append(reply.text)

    assert await deliver_in_order(batch(), send) == {"card-1"}
    assert sent == ["card", "told", "plain"]


@pytest.mark.parametrize("error", [Undeliverable("no channel"), RuntimeError("HTTP 500")])
async def test_i15_1_an_undelivered_card_replaces_what_depends_on_it(error: Exception) -> None:
    sent: list[str] = []

    async def send(reply: Reply) -> None:
        if reply.text == "card":
            raise error
        sent.append(reply.text)

    assert await deliver_in_order(batch(), send) == set()
    assert sent == ["not yet", "plain"]


async def test_an_error_on_a_reply_nothing_depends_on_still_ends_the_batch() -> None:
    async def send(reply: Reply) -> None:
        raise RuntimeError("HTTP 500")

    with pytest.raises(RuntimeError):
        await deliver_in_order([Reply(text="plain")], send)
