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

from bot.timezones import is_time_zone

log = logging.getLogger(__name__)

CLIENT_NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{1,62}$")
CLOCK_TIME_PATTERN = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")


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


def _channel_ids(value: Any, *, digits: bool) -> Any:
    """Channel ids as strings (YAML reads `[777]` as a number); names are refused."""
    if not isinstance(value, list):
        return value
    ids = []
    for item in value:
        if isinstance(item, int) and not isinstance(item, bool):
            item = str(item)
        if isinstance(item, str):
            item = item.strip()
            if not item or item.startswith("#") or any(c.isspace() for c in item):
                raise ValueError(
                    f"'{item}' is not a channel id: use the id (Slack: C0456…, Discord: "
                    "right-click the channel, Copy Channel ID), not the channel's name"
                )
            if digits and not item.isdigit():
                raise ValueError(f"'{item}' is not a Discord channel id (digits only)")
            if item not in ids:
                ids.append(item)
        else:
            ids.append(item)  # left to the type check, which names it
    return ids


STAFF_CHANNELS_HELP = (
    "Channel ids only staff can read: answers there may show internal and confidential "
    "documents. Any other channel only shows public ones."
)


class SlackSettings(_Strict):
    teams: list[str] = Field(default_factory=list, description="Slack team (workspace) ids.")
    handoff_channel: str | None = Field(
        default=None,
        description="Channel id where community managers receive handoff cards "
        "(a staff channel too).",
    )
    staff_channels: list[str] = Field(default_factory=list, description=STAFF_CHANNELS_HELP)
    channels: list[str] = Field(
        default_factory=list, description="Channels the bot answers in; empty = any."
    )

    @field_validator("staff_channels", mode="before")
    @classmethod
    def _staff_ids(cls, value: Any) -> Any:
        return _channel_ids(value, digits=False)


class DiscordSettings(_Strict):
    guilds: list[str] = Field(default_factory=list, description="Discord guild (server) ids.")
    staff_channel: str | None = Field(
        default=None, description="Channel id for staff cards (a staff channel too)."
    )
    staff_channels: list[str] = Field(default_factory=list, description=STAFF_CHANNELS_HELP)
    channels: list[str] = Field(default_factory=list)
    free_chat_channels: list[str] = Field(
        default_factory=list,
        description="Channel ids where the bot answers every message, not only mentions "
        "(needs the privileged Message Content intent).",
    )

    @field_validator("staff_channels", mode="before")
    @classmethod
    def _staff_ids(cls, value: Any) -> Any:
        return _channel_ids(value, digits=True)


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
        default_factory=list,
        description="Escalation chain: user ids on the staff platform, in order.",
    )
    staff_platform: Literal["slack", "discord"] | None = Field(
        default=None,
        description="Where staff get cards and answer (slack or discord); default: the "
        "person's own platform when it has a staff channel, else the one that has one.",
    )
    helpline: str | None = Field(
        default=None, description="Helpline number given on danger (default: the rules' text)."
    )
    transcript_messages: int = Field(default=6, ge=0, le=30)
    rules: dict[str, Any] = Field(
        default_factory=dict, description="Overrides of bot/policy/handoff_rules.yaml."
    )


class QuietHours(_Strict):
    """When nobody is sent a message the bot decides on its own (reminders, invitations)."""

    start: str = Field(default="20:00", description="Local time quiet hours begin (HH:MM).")
    end: str = Field(default="08:30", description="Local time they end, the next day if earlier.")
    weekends: bool = Field(default=True, description="Saturday and Sunday are quiet all day.")

    @field_validator("start", "end")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        if not CLOCK_TIME_PATTERN.fullmatch(value):
            raise ValueError(f"'{value}' is not a time of day like 20:00")
        return value


class PeopleSettings(_Strict):
    """Defaults for the people of a program (each person may override them)."""

    timezone: str = Field(
        default="Europe/Paris", description="IANA time zone of people whose own is unknown."
    )
    quiet_hours: QuietHours = Field(default_factory=QuietHours)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        if not is_time_zone(value):
            raise ValueError(f"unknown time zone '{value}' (use an IANA name like Europe/Paris)")
        return value


KIND_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
DEFAULT_SOLICITATION_POINTS = {
    "testimonial": 50,
    "review": 20,
    "event": 40,
    "referral": 30,
    "social_share": 10,
    "product_feedback": 25,
    "other": 10,
}


class SolicitationKind(_Strict):
    """A kind of ask: an id, its default points, and labels (defaults: from prompts/)."""

    id: str
    points: int = Field(default=10, ge=0, le=100_000)
    labels: dict[Language, str] = Field(
        default_factory=dict, description="Label per language; a built-in kind has its own."
    )

    @field_validator("id")
    @classmethod
    def _valid_id(cls, value: str) -> str:
        if not KIND_ID_PATTERN.fullmatch(value):
            raise ValueError(f"'{value}' is not a kind id (lower-case letters, digits, '_')")
        return value


def _default_kinds() -> list[SolicitationKind]:
    return [SolicitationKind(id=k, points=p) for k, p in DEFAULT_SOLICITATION_POINTS.items()]


class SolicitationSettings(_Strict):
    """How the program asks its ambassadors (see README, "Solicitations")."""

    kinds: list[SolicitationKind] = Field(
        default_factory=_default_kinds,
        description="The kinds of ask and their default points; replaces the built-in list.",
    )
    max_asks_per_30_days: int = Field(
        default=2, ge=1, description="At most this many asks per person in any 30 days."
    )
    notice_days: float = Field(
        default=7, ge=0, description="Invite at least this long before the deadline."
    )
    reminder_offsets_hours: list[float] = Field(
        default_factory=lambda: [72.0, 24.0],
        description="Reminders this many hours before the deadline.",
    )
    unanswered_before_pause: int = Field(
        default=3, ge=1, description="Asks left unanswered in a row before a person is paused."
    )
    replace_on_decline: Literal["confirm", "auto"] = Field(
        default="confirm",
        description="A place freed (a decline, or no answer within the answer window) goes to "
        "the next person: after the community manager's click (confirm) or at once (auto).",
    )
    answer_window_hours: float = Field(
        default=72,
        gt=0,
        le=24 * 60,
        description="An invitation unanswered this long (at most half the time left before the "
        "deadline) stops holding its place; a late yes is still taken while a place is free.",
    )
    invitations_per_place: float = Field(
        default=2,
        ge=1,
        le=5,
        description="At most this many invitations waiting per open place, to cover the "
        "people expected not to answer (1: exactly one invitation per place).",
    )

    @field_validator("kinds")
    @classmethod
    def _unique_kinds(cls, value: list[SolicitationKind]) -> list[SolicitationKind]:
        ids = [kind.id for kind in value]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"kind ids appear twice: {', '.join(duplicates)}")
        if not value:
            raise ValueError("at least one kind is needed")
        return value

    def kind(self, kind_id: str) -> SolicitationKind | None:
        return next((kind for kind in self.kinds if kind.id == kind_id), None)


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
    default_sensitivity: Sensitivity = Field(
        default="internal",
        description="Level of a document that no marking, folder rule or option classifies "
        "(internal: an unmarked document is never shown to ambassadors by accident).",
    )
    max_document_mb: float = Field(
        default=20.0, gt=0, le=500, description="Largest document ingested, in MB."
    )
    support_hours: str | None = Field(
        default=None, description="When a person answers, e.g. 'du lundi au vendredi, 9h-18h'."
    )
    privacy: PrivacyPolicy = Field(default_factory=PrivacyPolicy)
    handoff: HandoffSettings = Field(default_factory=HandoffSettings)
    people: PeopleSettings = Field(default_factory=PeopleSettings)
    solicitations: SolicitationSettings = Field(default_factory=SolicitationSettings)

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

    def ingest_options(self) -> dict[str, Any]:
        """The knowledge base's ingestion settings for this client (rules, default, cap)."""
        return {
            "folder_rules": dict(self.sensitivity_rules),
            "default_sensitivity": self.default_sensitivity,
            "max_mb": self.max_document_mb,
        }

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


class WorkspaceConflict(Exception):
    """One Slack team or Discord guild claimed by several client files.

    Neither file can be trusted with it: the workspace belongs to no client (its people get
    the polite "not configured" reply) until only one file claims it. The clients' other
    workspaces, their console and their CLI keep working.
    """

    def __init__(self, platform: str, workspace: str, paths: Iterable[Path]) -> None:
        self.platform = platform
        self.workspace = workspace
        self.paths = tuple(sorted(paths))
        kind = "Slack team" if platform == "slack" else "Discord guild"
        files = " and ".join(str(p) for p in self.paths)
        super().__init__(
            f"{kind} '{workspace}' is claimed by {files}: refused for all of them "
            "until only one file claims it"
        )


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
        self._claims_of: tuple[object, dict[tuple[str, str], list[ClientConfig]]] | None = None

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

    def _claims(self) -> dict[tuple[str, str], list[ClientConfig]]:
        """(platform, workspace id) → the clients whose files claim it; rebuilt on change."""
        configs = self.all()
        mtimes = {path: cached[0] for path, cached in self._cache.items()}
        version = tuple((c.name, mtimes[self.directory / f"{c.name}.yaml"]) for c in configs)
        known = self._claims_of
        if known is not None and known[0] == version:
            return known[1]
        claims: dict[tuple[str, str], list[ClientConfig]] = {}
        for config in configs:
            for team in dict.fromkeys(config.slack.teams):
                claims.setdefault(("slack", team), []).append(config)
            for guild in dict.fromkeys(config.discord.guilds):
                claims.setdefault(("discord", guild), []).append(config)
        self._claims_of = (version, claims)
        for conflict in self._conflicts(claims):
            log.error("workspace refused: %s", conflict)
        return claims

    def _conflicts(
        self, claims: dict[tuple[str, str], list[ClientConfig]]
    ) -> list[WorkspaceConflict]:
        return [
            WorkspaceConflict(
                platform, workspace, (self.directory / f"{c.name}.yaml" for c in owners)
            )
            for (platform, workspace), owners in sorted(claims.items())
            if len(owners) > 1
        ]

    def conflicts(self) -> list[WorkspaceConflict]:
        """Every workspace claimed by more than one client file (each is refused)."""
        return self._conflicts(self._claims())

    def _owner(self, platform: str, workspace: str) -> ClientConfig | None:
        owners = self._claims().get((platform, workspace), [])
        return owners[0] if len(owners) == 1 else None

    def for_slack_team(self, team_id: str) -> ClientConfig | None:
        """The one client of this Slack team; None if none, or several, claim it."""
        return self._owner("slack", team_id)

    def for_discord_guild(self, guild_id: str) -> ClientConfig | None:
        """The one client of this Discord guild; None if none, or several, claim it."""
        return self._owner("discord", guild_id)
