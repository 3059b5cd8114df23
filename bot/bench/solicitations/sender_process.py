"""One sender process of the delivery bench: the running bot's outbox runner and Slack adapter.

    python -m bot.bench.solicitations.sender_process CONFIG.json

It builds the assistant as `ambassade run` does, on the bench's database and clock,
and starts the product's `OutboxRunner` with the real `SlackAdapter` as the deliverer
(the adapter's Web API client pointed at the bench's fake). It sends until SIGTERM; the
bench kills it with SIGKILL to test restarts.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from datetime import datetime
from pathlib import Path


async def serve(config: dict) -> None:
    from bot.adapters.slack.app import SlackAdapter
    from bot.assistant import Assistant
    from bot.bench.solicitations.clock import ScaledClock
    from bot.settings import Settings
    from bot.solicitations.delivery import OutboxRunner

    settings = Settings(
        home=Path(config["home"]),
        database_url=config["database_url"],
        slack_bot_token="xoxb-bench",
        slack_signing_secret="bench-secret",
        slack_api_url=config["slack_api_url"],
    )
    assistant = Assistant.build(settings)
    wall_start = config.get("wall_start")
    if wall_start is None:  # the first process: the bench starts the clock once it is ready
        print("ready", flush=True)
        wall_start = float(await asyncio.to_thread(sys.stdin.readline))
    assistant.services.clock = ScaledClock(
        datetime.fromisoformat(config["sim_start"]), wall_start, config["speed"]
    )
    adapter = SlackAdapter(settings, assistant)

    def deliverer_for(platform: str):
        return adapter.deliver_scheduled if platform == "slack" else None

    runner = OutboxRunner(assistant, deliverer_for, lambda: ("slack",))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    runner.start()
    try:
        await stop.wait()
    finally:
        runner.stop()
        await assistant.aclose()


def main() -> None:
    config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    asyncio.run(serve(config))


if __name__ == "__main__":
    main()
