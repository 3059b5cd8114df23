"""Clients (tenants): one YAML file per client in `$AMBASSADE_HOME/clients/`.

A client's file says which Slack workspaces and Discord guilds belong to it,
which platform groups map to which ambassade role, its language and its
confidential terms. Loading validates every file; a broken file is reported
with its path, the key and the problem, and never takes the others down.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

log = logging.getLogger(__name__)

CLIENT_NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{1,62}$")


class Role(StrEnum):
    AMBASSADOR = "ambassador"
    FACILITATOR = "facilitator"
    COMMUNITY_MANAGER = "community_manager"


Language = Literal["fr", "en"]
Sensitivity = Literal["public", "internal", "confidential"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ConfidentialTerm(_Strict):
    """A secret of the client: the term and the other ways people write it."""

    term: str = Field(min_length=1)
    variants: list[str] = Field(default_factory=list)


class PrivacyPolicy(_Strict):
    """What of the client's data may reach an external model."""

    local_only: bool = Field(
        default=False,
        description="Never call an external model for this client: offline features only.",
    )
    model_sensitivities: list[Sensitivity] = Field(
        default_factory=lambda: ["public", "internal"],
        description="Document sensitivities whose passages may be put in a model prompt.",
    )
    not_persons: list[str] = Field(
        default_factory=list,
        description="Words the person detector must not take for names (beers, products).",
    )


class SlackSettings(_Strict):
    teams: list[str] = Field(default_factory=list, description="Slack team (workspace) ids.")
    handoff_channel: str | None = Field(
        default=None, description="Channel id where community managers receive handoff cards."
    )
    channels: list[str] = Field(
        default_factory=list, description="Channels the bot answers in; empty = any."
    )


class DiscordSettings(_Strict):
    guilds: list[str] = Field(default_factory=list, description="Discord guild (server) ids.")
    staff_channel: str | None = Field(default=None, description="Channel id for staff cards.")
    channels: list[str] = Field(default_factory=list)
    free_chat_channels: list[str] = Field(
        default_factory=list,
        description="Channel ids where the bot answers every message, not only mentions "
        "(needs the privileged Message Content intent).",
    )


class RoleMapping(_Strict):
    """Which platform groups give which role. Ids or names, compared case-insensitively."""

    community_manager: list[str] = Field(default_factory=list)
    facilitator: list[str] = Field(default_factory=list)
    ambassador: list[str] = Field(default_factory=list)
    default: Role = Field(
        default=Role.AMBASSADOR,
        description="Role of a member in none of the groups (least privilege by default).",
    )


class HandoffSettings(_Strict):
    """How people take over from the bot for this client (see README, "Human handoff")."""

    support_hours: str | None = Field(
        default=None, description="When a person answers; default: the client's support_hours."
    )
    timezone: str = Field(default="Europe/Paris", description="For the times shown on cards.")
    claim_delay_minutes: float = Field(
        default=30, gt=0, description="Unclaimed this long → the card goes to the next contact."
    )
    contacts: list[str] = Field(
        default_factory=list, description="Escalation chain: platform user ids, in order."
    )
    helpline: str | None = Field(
        default=None, description="Helpline number given on danger (default: the rules' text)."
    )
    transcript_messages: int = Field(default=6, ge=0, le=30)
    rules: dict[str, Any] = Field(
        default_factory=dict, description="Overrides of bot/policy/handoff_rules.yaml."
    )


class ClientConfig(_Strict):
    name: str
    display_name: str | None = None
    language: Language = "fr"
    slack: SlackSettings = Field(default_factory=SlackSettings)
    discord: DiscordSettings = Field(default_factory=DiscordSettings)
    roles: RoleMapping = Field(default_factory=RoleMapping)
    confidential_terms: list[ConfidentialTerm] = Field(default_factory=list)
    sensitivity_rules: dict[str, Sensitivity] = Field(
        default_factory=dict, description="Folder glob -> sensitivity of the documents in it."
    )
    support_hours: str | None = Field(
        default=None, description="When a person answers, e.g. 'du lundi au vendredi, 9h-18h'."
    )
    privacy: PrivacyPolicy = Field(default_factory=PrivacyPolicy)
    handoff: HandoffSettings = Field(default_factory=HandoffSettings)

    @field_validator("name")
    @classmethod
    def _valid_name(cls, value: str) -> str:
        if not CLIENT_NAME_PATTERN.fullmatch(value):
            raise ValueError(
                "must be 2-63 characters: lower-case letters, digits, '-' or '_', "
                "starting with a letter or digit"
            )
        return value

    @field_validator("confidential_terms", mode="before")
    @classmethod
    def _terms_from_strings(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"term": item} if isinstance(item, str) else item for item in value]
        return value

    @property
    def title(self) -> str:
        return self.display_name or self.name

    @property
    def handoff_rules(self) -> dict[str, Any] | None:
        """The client's overrides of the default handoff rules, if any."""
        return self.handoff.rules or None

    def role_for(self, groups: Iterable[str]) -> Role:
        """The highest role any of the member's platform groups maps to."""
        wanted = {g.casefold() for g in groups}
        mapping = self.roles
        for role in (Role.COMMUNITY_MANAGER, Role.FACILITATOR, Role.AMBASSADOR):
            if wanted & {g.casefold() for g in getattr(mapping, role.value)}:
                return role
        return mapping.default


class ClientConfigError(Exception):
    """A client file that cannot be used: says which file, which key, what is wrong."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


class ClientNotFound(LookupError):
    def __init__(self, name: str, known: Iterable[str]) -> None:
        self.name = name
        self.known = sorted(known)
        known_list = ", ".join(self.known) or "none yet"
        super().__init__(
            f"unknown client '{name}' (configured: {known_list}); "
            f"create it with: ambassade clients add {name}"
        )


class ClientExists(Exception):
    pass


def describe_problems(exc: ValidationError) -> list[str]:
    """One readable line per problem: the key and what is wrong with it."""
    return [
        f"key '{'.'.join(str(p) for p in err['loc']) or '(root)'}': "
        f"{err['msg'].removeprefix('Value error, ')}"
        for err in exc.errors()
    ]


def parse_client_file(path: Path) -> ClientConfig:
    """Read and validate one client file; raise ClientConfigError naming key and problem."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ClientConfigError(path, [f"cannot be read: {exc}"]) from exc
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}, column {where.column + 1}" if where else ""
        raise ClientConfigError(path, [f"is not valid YAML{at}"]) from exc
    if not isinstance(raw, Mapping):
        raise ClientConfigError(path, ["must be a mapping of keys to values"])
    raw = {"name": path.stem, **raw}
    try:
        config = ClientConfig.model_validate(raw)
    except ValidationError as exc:
        raise ClientConfigError(path, describe_problems(exc)) from exc
    if config.name != path.stem:
        raise ClientConfigError(
            path, [f"key 'name': '{config.name}' differs from the file name '{path.stem}'"]
        )
    return config


class ClientDirectory:
    """The clients configured under one home; re-read when a file changes."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._cache: dict[Path, tuple[float, ClientConfig | ClientConfigError]] = {}

    def _files(self) -> list[Path]:
        if not self.directory.is_dir():
            return []
        return sorted(self.directory.glob("*.yaml"))

    def _load(self, path: Path) -> ClientConfig | ClientConfigError:
        mtime = path.stat().st_mtime
        cached = self._cache.get(path)
        if cached and cached[0] == mtime:
            return cached[1]
        try:
            result: ClientConfig | ClientConfigError = parse_client_file(path)
        except ClientConfigError as exc:
            log.error("client file ignored: %s", exc)
            result = exc
        self._cache[path] = (mtime, result)
        return result

    def load_all(self) -> tuple[list[ClientConfig], list[ClientConfigError]]:
        configs, errors = [], []
        for path in self._files():
            loaded = self._load(path)
            (errors if isinstance(loaded, ClientConfigError) else configs).append(loaded)
        return configs, errors

    def all(self) -> list[ClientConfig]:
        return self.load_all()[0]

    def names(self) -> list[str]:
        return [path.stem for path in self._files()]

    def get(self, name: str) -> ClientConfig:
        path = self.directory / f"{name}.yaml"
        if not CLIENT_NAME_PATTERN.fullmatch(name) or not path.is_file():
            raise ClientNotFound(name, self.names())
        loaded = self._load(path)
        if isinstance(loaded, ClientConfigError):
            raise loaded
        return loaded

    def save(self, config: ClientConfig, *, overwrite: bool = False) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{config.name}.yaml"
        if path.exists() and not overwrite:
            raise ClientExists(f"client '{config.name}' already exists ({path})")
        data = config.model_dump(mode="json", exclude_defaults=True)
        data["name"] = config.name
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
        return path

    def for_slack_team(self, team_id: str) -> ClientConfig | None:
        return next((c for c in self.all() if team_id in c.slack.teams), None)

    def for_discord_guild(self, guild_id: str) -> ClientConfig | None:
        return next((c for c in self.all() if guild_id in c.discord.guilds), None)
