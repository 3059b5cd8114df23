"""`ambassade bench gateway`: what the confidentiality filter costs per model call.

Each annotated chat message (`shared/eval/pii.jsonl`) is sent as a chat prompt through
two gateways in the same process, one with the client's `PseudonymizingFilter` and one
without, to an OpenAI-compatible echo endpoint served on loopback (port 0), so the
figures hold HTTP and JSON work but no model time. The endpoint keeps what it receives:
any annotated value found in a request body filtered by the gateway counts as a leak.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from bot.bench.pii import Example, load_examples
from bot.llm import CallContext, ChatMessage, ModelGateway
from bot.policy.confidentiality import PseudonymizingFilter
from bot.policy.pii import Entity
from bot.settings import Settings
from bot.tenants import ClientConfig

SYSTEM_PROMPT = "Tu aides les ambassadeurs du programme. Réponds en français."


@dataclass
class Timings:
    samples_ms: list[float] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples_ms) if self.samples_ms else 0.0

    @property
    def p95_ms(self) -> float:
        if len(self.samples_ms) < 2:
            return self.median_ms
        return statistics.quantiles(self.samples_ms, n=20, method="inclusive")[-1]


@dataclass
class GatewayBenchReport:
    messages: int
    rounds: int
    plain: Timings = field(default_factory=Timings)  # gateway call without filter
    filtered: Timings = field(default_factory=Timings)  # gateway call with the filter
    filter_only: Timings = field(default_factory=Timings)  # outgoing + restore, no HTTP
    gold_values: int = 0
    leaked: list[tuple[str, Entity]] = field(default_factory=list)
    restored_ok: int = 0  # replies that read back exactly as the message sent

    @property
    def overhead_ms(self) -> float:
        return self.filtered.median_ms - self.plain.median_ms

    @property
    def ratio(self) -> float:
        return self.filtered.median_ms / self.plain.median_ms if self.plain.median_ms else 0.0


class _EchoEndpoint:
    """The smallest OpenAI-compatible chat endpoint: echoes the last message back."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    async def chat(self, request: web.Request) -> web.Response:
        raw = await request.read()
        self.bodies.append(raw)
        body = json.loads(raw)
        content = body["messages"][-1]["content"]
        message = {"role": "assistant", "content": content}
        return web.json_response(
            {
                "id": "echo",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "echo"),
                "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }
        )


@asynccontextmanager
async def echo_endpoint() -> AsyncIterator[tuple[str, _EchoEndpoint]]:
    endpoint = _EchoEndpoint()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", endpoint.chat)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}/v1", endpoint
    finally:
        await runner.cleanup()


async def _timed_chat(gateway: ModelGateway, ctx: CallContext, text: str) -> tuple[float, str]:
    messages = [ChatMessage("system", SYSTEM_PROMPT), ChatMessage("user", text)]
    started = time.perf_counter()
    reply = await gateway.chat(ctx, messages)
    return (time.perf_counter() - started) * 1000, reply


async def run_gateway_bench(
    path: Path, client: ClientConfig, *, rounds: int = 3
) -> GatewayBenchReport:
    examples: Sequence[Example] = load_examples(path)
    report = GatewayBenchReport(messages=len(examples), rounds=rounds)
    outbound = PseudonymizingFilter(lambda name: client)
    async with echo_endpoint() as (base_url, endpoint):
        settings = Settings(_env_file=None, OPENAI_BASE_URL=base_url, chat_model="echo")
        plain = ModelGateway(settings, max_retries=0)
        filtered = ModelGateway(settings, outbound_filter=outbound, max_retries=0)
        try:
            warm = CallContext(client.name, "bench")
            for gateway in (plain, filtered):  # connection set-up and NER model loading
                await _timed_chat(gateway, warm, "Bonjour Marie.")
            for round_no in range(rounds):
                for example in examples:
                    ctx = CallContext(client.name, "bench", f"bench:{round_no}:{example.id}")
                    plain_ms, _ = await _timed_chat(plain, ctx, example.text)
                    report.plain.samples_ms.append(plain_ms)
                    sent_before = len(endpoint.bodies)
                    filtered_ms, reply = await _timed_chat(filtered, ctx, example.text)
                    report.filtered.samples_ms.append(filtered_ms)
                    if round_no == 0:
                        _check(report, example, endpoint.bodies[sent_before:], reply)
                    started = time.perf_counter()
                    out = outbound.outgoing(ctx, [SYSTEM_PROMPT, example.text])
                    out.restore(out.texts[-1])
                    report.filter_only.samples_ms.append((time.perf_counter() - started) * 1000)
        finally:
            await plain.aclose()
            await filtered.aclose()
    return report


def _check(report: GatewayBenchReport, example: Example, bodies: list[bytes], reply: str) -> None:
    sent = "\n".join(json.dumps(json.loads(b), ensure_ascii=False) for b in bodies)
    for entity in example.entities:
        report.gold_values += 1
        if entity.value in sent:
            report.leaked.append((example.id, entity))
    report.restored_ok += reply == example.text
