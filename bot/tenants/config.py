"""A client's configuration (one YAML file per client in `$AMBASSADE_HOME/clients/`).

It says which Slack workspaces and Discord guilds belong to the client, which platform
groups map to which ambassade role, its language, its confidential terms, what of its
data may reach an external model, and how its program runs (`program_settings`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pydantic import Field, field_validator, model_validator

from bot.contributions.settings import ContributionSettings
from bot.kpi.settings import KpiSettings
from bot.tenants.platforms import DiscordSettings, PlatformSection, PlatformSettings, SlackSettings
from bot.tenants.privacy_settings import DataSettings
from bot.tenants.program_settings import HandoffSettings, PeopleSettings, SolicitationSettings
from bot.tenants.vocabulary import Language, Role, Sensitivity, StrictModel

CLIENT_NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{1,62}$")
PLATFORM_NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,30}$")
# Platforms with a section of their own, and the ones a client is named on directly.
_OWN_SECTIONS = ("slack", "discord")
_NOT_CHAT_PLATFORMS = ("console", "scheduler")
# The largest file a person may share in chat, whatever a client's `max_document_mb`.
MAX_UPLOAD_MB = 25


class ConfidentialTerm(StrictModel):
    """A secret of the client: the term and the other ways people write it."""

    term: str = Field(min_length=1)
    variants: list[str] = Field(default_factory=list)


class PrivacyPolicy(DataSettings):
    """What of the client's data may reach an external model, and people's data rights
    (`DataSettings`: retention, model consent, the policy link, departures)."""

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


class RoleMapping(StrictModel):
    """Which platform groups give which role. Ids or names, compared case-insensitively."""

    community_manager: list[str] = Field(default_factory=list)
    facilitator: list[str] = Field(default_factory=list)
    ambassador: list[str] = Field(default_factory=list)
    default: Role = Field(
        default=Role.AMBASSADOR,
        description="Role of a member in none of the groups (least privilege by default).",
    )


class ClientConfig(StrictModel):
    name: str
    display_name: str | None = None
    language: Language = "fr"
    slack: SlackSettings = Field(default_factory=SlackSettings)
    discord: DiscordSettings = Field(default_factory=DiscordSettings)
    platforms: dict[str, PlatformSettings] = Field(
        default_factory=dict,
        description="Other chat platforms (an adapter in bot/adapters/<name>/): platform "
        "name -> its workspaces and staff channels.",
    )
    roles: RoleMapping = Field(default_factory=RoleMapping)
    confidential_terms: list[ConfidentialTerm] = Field(default_factory=list)
    sensitivity_rules: dict[str, Sensitivity] = Field(
        default_factory=dict, description="Folder glob -> sensitivity of the documents in it."
    )
    ambassador_names: list[str] = Field(
        default_factory=list,
        description="What the program calls its ambassadors in its documents ('Isards', "
        "'la Tribu'): a document 'réservé aux Isards' is read as kept for the ambassadors.",
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
    contributions: ContributionSettings = Field(default_factory=ContributionSettings)
    kpi: KpiSettings = Field(default_factory=KpiSettings)

    @field_validator("name")
    @classmethod
    def _valid_name(cls, value: str) -> str:
        if not CLIENT_NAME_PATTERN.fullmatch(value):
            raise ValueError(
                "must be 2-63 characters: lower-case letters, digits, '-' or '_', "
                "starting with a letter or digit"
            )
        return value

    @field_validator("ambassador_names")
    @classmethod
    def _ambassador_names(cls, value: list[str]) -> list[str]:
        for name in value:
            if not 2 <= len(name.strip()) <= 40:
                raise ValueError(f"'{name}': a name of 2 to 40 characters")
        return [name.strip() for name in value]

    @field_validator("platforms")
    @classmethod
    def _platform_names(cls, value: dict[str, PlatformSettings]) -> dict[str, PlatformSettings]:
        for name in value:
            if name in _OWN_SECTIONS:
                raise ValueError(f"'{name}' has its own section: write '{name}:' at the top")
            if name in _NOT_CHAT_PLATFORMS or not PLATFORM_NAME_PATTERN.fullmatch(name):
                raise ValueError(f"'{name}' is not a chat platform's name")
        return value

    @field_validator("confidential_terms", mode="before")
    @classmethod
    def _terms_from_strings(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"term": item} if isinstance(item, str) else item for item in value]
        return value

    @model_validator(mode="after")
    def _badge_kinds(self) -> ClientConfig:
        self.contributions.check_kinds(self.contribution_kind_ids())
        return self

    def contribution_kind_ids(self) -> list[str]:
        """The contribution kinds: the section's own list, else the solicitation kinds."""
        own = self.contributions.kinds or self.solicitations.kinds
        return [kind.id for kind in own]

    @property
    def title(self) -> str:
        return self.display_name or self.name

    def ingest_options(self) -> dict[str, Any]:
        """The knowledge base's ingestion settings for this client (rules, default, cap)."""
        return {
            "folder_rules": dict(self.sensitivity_rules),
            "default_sensitivity": self.default_sensitivity,
            "ambassador_names": list(self.ambassador_names),
            "client_names": [self.name, *([self.display_name] if self.display_name else [])],
            "max_mb": self.max_document_mb,
        }

    @property
    def upload_limit_mb(self) -> float:
        """The largest file shared in chat that is read, on every platform (in MB)."""
        return min(self.max_document_mb, MAX_UPLOAD_MB)

    def sections(self) -> dict[str, PlatformSection]:
        """Each chat platform's section: Slack, Discord, then the others by name."""
        own: dict[str, PlatformSection] = {"slack": self.slack, "discord": self.discord}
        return own | dict(sorted(self.platforms.items()))

    def section(self, platform: str) -> PlatformSection | None:
        """The client's section for `platform` (None: a platform it has no settings for)."""
        return self.sections().get(str(platform))

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
