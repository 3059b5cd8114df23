"""`ambassade doctor`: is this installation ready to serve? (issue 21)

Each check gives `Finding`s: a status and a text key of `prompts/cliops_<lang>.yaml`
(`cliops.doctor.<key>`) with its values, so the command tells them in the CLI's
language. A `fail` is something the bot cannot work with (exit code 1); a `warn` is
worth knowing but does not stop it (no platform token: the console still works).

Remote services are asked the cheapest question that proves the credentials: Slack
`auth.test`, Discord `GET /users/@me`, the model endpoint `GET /models`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import aiohttp

from bot.ops.stores import HTTP_TIMEOUT_S, current_revision, head_revision, vector_store_problem

if TYPE_CHECKING:
    from bot.settings import Settings

DISCORD_API = "https://discord.com/api/v10"
SLACK_API = "https://slack.com/api/"

Status = Literal["ok", "warn", "fail"]


@dataclass(frozen=True)
class Finding:
    check: str  # configuration, slack, discord, database, vector_store, model
    status: Status
    key: str  # cliops.doctor.<key>
    values: dict[str, Any] = field(default_factory=dict)


def check_configuration(settings: Settings) -> list[Finding]:
    from bot.tenants import ClientDirectory

    configs, errors = ClientDirectory(settings.clients_dir).load_all()
    findings = [
        Finding("configuration", "fail", "client_broken", {"error": error}) for error in errors
    ]
    if configs:
        names = ", ".join(c.name for c in configs)
        findings.append(
            Finding("configuration", "ok", "clients_ok", {"count": len(configs), "names": names})
        )
    elif not errors:
        findings.append(
            Finding("configuration", "fail", "no_client", {"path": settings.clients_dir})
        )
    return findings


async def check_slack(settings: Settings) -> list[Finding]:
    from slack_sdk.errors import SlackApiError
    from slack_sdk.web.async_client import AsyncWebClient

    if not settings.slack_bot_token:
        return []
    base_url = (settings.slack_api_url or SLACK_API).rstrip("/") + "/"
    client = AsyncWebClient(token=settings.slack_bot_token, base_url=base_url, timeout=10)
    try:
        answer = await client.auth_test()
    except SlackApiError as exc:
        error = str(exc.response.get("error", "unknown"))
        return [Finding("slack", "fail", "slack_refused", {"error": error})]
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        return [Finding("slack", "fail", "slack_unreachable", {"error": type(exc).__name__})]
    team = answer.get("team") or answer.get("team_id") or "?"
    return [Finding("slack", "ok", "slack_ok", {"team": team, "user": answer.get("user", "?")})]


async def check_discord(settings: Settings) -> list[Finding]:
    if not settings.discord_bot_token:
        return []
    url = (settings.discord_api_url or DISCORD_API).rstrip("/") + "/users/@me"
    headers = {"Authorization": f"Bot {settings.discord_bot_token}"}
    try:
        status, body = await _get_json(url, headers)
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        return [Finding("discord", "fail", "discord_unreachable", {"error": type(exc).__name__})]
    if status == 401:
        return [Finding("discord", "fail", "discord_refused", {})]
    if status != 200 or not isinstance(body, dict):
        return [Finding("discord", "fail", "discord_http", {"status": status})]
    return [Finding("discord", "ok", "discord_ok", {"name": body.get("username", "?")})]


def check_platforms_set(settings: Settings) -> list[Finding]:
    if settings.slack_bot_token or settings.discord_bot_token:
        return []
    return [Finding("platforms", "warn", "no_platform")]


def check_database(settings: Settings) -> list[Finding]:
    from bot.store import Database

    db = Database(settings.effective_database_url())
    try:
        at = current_revision(db)
    except Exception as exc:
        return [Finding("database", "fail", "db_unreachable", {"error": type(exc).__name__})]
    finally:
        db.dispose()
    head = head_revision()
    if at == head:
        return [Finding("database", "ok", "db_ok", {"revision": at})]
    if at is None:
        return [Finding("database", "fail", "db_empty", {"head": head})]
    return [Finding("database", "fail", "db_behind", {"revision": at, "head": head})]


async def check_vector_store(settings: Settings) -> list[Finding]:
    problem = await vector_store_problem(settings)
    if problem:
        return [Finding("vector_store", "fail", "vectors_problem", {"error": problem})]
    return [Finding("vector_store", "ok", "vectors_ok")]


async def check_model(settings: Settings) -> list[Finding]:
    if not settings.openai_base_url:
        return [Finding("model", "ok", "model_offline")]
    url = settings.openai_base_url.rstrip("/") + "/models"
    headers = (
        {"Authorization": f"Bearer {settings.openai_api_key}"} if settings.openai_api_key else {}
    )
    try:
        status, body = await _get_json(url, headers)
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        return [
            Finding("model", "fail", "model_unreachable", {"url": url, "error": type(exc).__name__})
        ]
    if status in (401, 403):
        return [Finding("model", "fail", "model_refused", {"url": url})]
    if status != 200 or not isinstance(body, dict):
        return [Finding("model", "fail", "model_http", {"url": url, "status": status})]
    offered = {str(m.get("id")) for m in body.get("data", []) if isinstance(m, dict)}
    wanted = [m for m in (settings.chat_model, settings.embedding_model) if m]
    missing = [m for m in wanted if m not in offered]
    if missing:
        return [Finding("model", "fail", "model_missing", {"models": ", ".join(missing)})]
    return [Finding("model", "ok", "model_ok", {"count": len(offered)})]


async def _get_json(url: str, headers: dict[str, str]) -> tuple[int, Any]:
    timeout = aiohttp.ClientTimeout(total=HTTP_TIMEOUT_S)
    async with (
        aiohttp.ClientSession(timeout=timeout) as session,
        session.get(url, headers=headers) as response,
    ):
        try:
            body = await response.json(content_type=None)
        except ValueError:
            body = None
        return response.status, body


async def diagnose(settings: Settings) -> list[Finding]:
    """Every check, in the order they are told."""
    findings = check_configuration(settings) + check_platforms_set(settings)
    remote = await asyncio.gather(
        check_slack(settings),
        check_discord(settings),
        asyncio.to_thread(check_database, settings),
        check_vector_store(settings),
        check_model(settings),
    )
    for part in remote:
        findings += part
    return findings
