"""Who is writing: a member's user groups (for roles) and display name, cached briefly.

Group membership comes from one `usergroups.list(include_users=true)` call per
workspace every `ttl` seconds. Each group a member belongs to is given both as
its id and its handle, so a client's role mapping may list either. When Slack
refuses (no user groups on the plan, missing scope), members get no groups:
the client's default role applies, which is the least privileged.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.timezones import is_time_zone

log = logging.getLogger(__name__)


def slack_error(exc: SlackApiError) -> str:
    """Slack's error code (`missing_scope`…), or the HTTP status when the body is not JSON."""
    data = exc.response.data
    if isinstance(data, dict) and data.get("error"):
        return str(data["error"])
    return f"HTTP {exc.response.status_code}"


@dataclass(frozen=True, slots=True)
class SlackProfile:
    name: str | None = None
    timezone: str | None = None  # IANA, from users.info `tz`


class People:
    def __init__(
        self,
        client: AsyncWebClient,
        *,
        ttl: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.ttl = ttl
        self.clock = clock
        self._groups: dict[str, tuple[float, dict[str, tuple[str, ...]]]] = {}
        self._profiles: dict[str, tuple[float, SlackProfile]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def groups_of(self, team_id: str, user_id: str) -> tuple[str, ...]:
        by_user = await self._team_groups(team_id)
        return by_user.get(user_id, ())

    async def _team_groups(self, team_id: str) -> dict[str, tuple[str, ...]]:
        cached = self._groups.get(team_id)
        if cached and self.clock() - cached[0] < self.ttl:
            return cached[1]
        async with self._locks.setdefault(team_id, asyncio.Lock()):
            cached = self._groups.get(team_id)
            if cached and self.clock() - cached[0] < self.ttl:
                return cached[1]
            by_user: dict[str, list[str]] = {}
            try:
                response = await self.client.usergroups_list(include_users=True, team_id=team_id)
                for group in response.get("usergroups") or []:
                    labels = [g for g in (group.get("id"), group.get("handle")) if g]
                    for user in group.get("users") or []:
                        by_user.setdefault(user, []).extend(labels)
            except SlackApiError as exc:
                log.warning(
                    "user groups of Slack team %s unavailable (%s): default roles apply",
                    team_id,
                    slack_error(exc),
                )
            result = {user: tuple(labels) for user, labels in by_user.items()}
            self._groups[team_id] = (self.clock(), result)
            return result

    async def profile_of(self, user_id: str) -> SlackProfile:
        """The member's display name and time zone (Slack's `tz`), when Slack tells."""
        cached = self._profiles.get(user_id)
        if cached and self.clock() - cached[0] < self.ttl:
            return cached[1]
        found = SlackProfile()
        try:
            user = (await self.client.users_info(user=user_id)).get("user") or {}
            profile = user.get("profile") or {}
            name = profile.get("display_name") or profile.get("real_name") or user.get("name")
            timezone = user.get("tz")
            found = SlackProfile(
                name=name or None, timezone=timezone if is_time_zone(timezone or "") else None
            )
        except SlackApiError as exc:
            log.warning("profile of Slack user %s unavailable: %s", user_id, slack_error(exc))
        self._profiles[user_id] = (self.clock(), found)
        return found
