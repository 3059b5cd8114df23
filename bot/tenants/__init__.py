"""Clients (tenants): one YAML file per client in `$AMBASSADE_HOME/clients/`.

- `config`: the client's configuration model (`ClientConfig`), with a section per chat
  platform (`platforms`) and how its program runs (`program_settings`);
- `files`: reading and validating one client file;
- `directory`: the clients of one home, re-read on change, and which client owns a
  workspace on a platform (`ClientDirectory.for_workspace`).
"""

from bot.tenants.config import (
    CLIENT_NAME_PATTERN,
    MAX_UPLOAD_MB,
    ClientConfig,
    ConfidentialTerm,
    PrivacyPolicy,
    RoleMapping,
)
from bot.tenants.directory import (
    CLIENT_NAMED_PLATFORMS,
    ClientDirectory,
    ClientExists,
    ClientNotFound,
    WorkspaceConflict,
)
from bot.tenants.files import ClientConfigError, describe_problems, parse_client_file
from bot.tenants.platforms import (
    DiscordSettings,
    PlatformSection,
    PlatformSettings,
    SlackSettings,
)
from bot.tenants.program_settings import (
    DEFAULT_SOLICITATION_POINTS,
    HandoffSettings,
    PeopleSettings,
    QuietHours,
    SolicitationKind,
    SolicitationSettings,
)
from bot.tenants.vocabulary import Language, Role, Sensitivity

__all__ = [
    "CLIENT_NAMED_PLATFORMS",
    "CLIENT_NAME_PATTERN",
    "DEFAULT_SOLICITATION_POINTS",
    "MAX_UPLOAD_MB",
    "ClientConfig",
    "ClientConfigError",
    "ClientDirectory",
    "ClientExists",
    "ClientNotFound",
    "ConfidentialTerm",
    "DiscordSettings",
    "HandoffSettings",
    "Language",
    "PeopleSettings",
    "PlatformSection",
    "PlatformSettings",
    "PrivacyPolicy",
    "QuietHours",
    "Role",
    "RoleMapping",
    "Sensitivity",
    "SlackSettings",
    "SolicitationKind",
    "SolicitationSettings",
    "WorkspaceConflict",
    "describe_problems",
    "parse_client_file",
]
