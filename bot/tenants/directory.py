"""`ClientDirectory`: the clients configured under one home, and who owns a workspace.

Loading validates every file; a broken file is reported with its path, the key and the
problem, and never takes the others down. A file is re-read when it changes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

import yaml

from bot.tenants.config import CLIENT_NAME_PATTERN, ClientConfig
from bot.tenants.files import ClientConfigError, parse_client_file

log = logging.getLogger(__name__)

# Where a workspace id is the client's own name: the console and the scheduler's jobs.
CLIENT_NAMED_PLATFORMS = frozenset({"console", "scheduler"})


class WorkspaceConflict(Exception):
    """One workspace (a Slack team, a Discord guild…) claimed by several client files.

    Neither file can be trusted with it: the workspace belongs to no client (its people get
    the polite "not configured" reply) until only one file claims it. The clients' other
    workspaces, their console and their CLI keep working.
    """

    def __init__(
        self, platform: str, workspace: str, paths: Iterable[Path], *, kind: str = "workspace"
    ) -> None:
        self.platform = platform
        self.workspace = workspace
        self.paths = tuple(sorted(paths))
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
            for platform, section in config.sections().items():
                for workspace in section.workspace_ids():
                    claims.setdefault((platform, workspace), []).append(config)
        self._claims_of = (version, claims)
        for conflict in self._conflicts(claims):
            log.error("workspace refused: %s", conflict)
        return claims

    def _conflicts(
        self, claims: dict[tuple[str, str], list[ClientConfig]]
    ) -> list[WorkspaceConflict]:
        return [
            WorkspaceConflict(
                platform,
                workspace,
                (self.directory / f"{c.name}.yaml" for c in owners),
                kind=_workspace_kind(owners[0], platform),
            )
            for (platform, workspace), owners in sorted(claims.items())
            if len(owners) > 1
        ]

    def conflicts(self) -> list[WorkspaceConflict]:
        """Every workspace claimed by more than one client file (each is refused)."""
        return self._conflicts(self._claims())

    def for_workspace(self, platform: str, workspace_id: str) -> ClientConfig | None:
        """The one client of a workspace on a platform: the only client lookup there is.

        On a chat platform, the client whose file claims the workspace (None if none does,
        or several do: see `conflicts`); on the console and for a scheduled job, the
        workspace is the client's name (None if no usable file has that name).
        """
        platform = str(platform)
        if platform in CLIENT_NAMED_PLATFORMS:
            try:
                return self.get(workspace_id)
            except (ClientNotFound, ClientConfigError) as exc:
                log.warning("no usable client for %s: %s", workspace_id, exc)
                return None
        owners = self._claims().get((platform, workspace_id), [])
        return owners[0] if len(owners) == 1 else None

    def workspaces(self, platform: str) -> list[str]:
        """The workspaces of `platform` that belong to one client each (conflicts left out)."""
        platform = str(platform)
        return [
            workspace
            for (owner_platform, workspace), owners in self._claims().items()
            if owner_platform == platform and len(owners) == 1
        ]


def _workspace_kind(config: ClientConfig, platform: str) -> str:
    section = config.section(platform)
    return section.workspace_kind if section is not None else "workspace"
