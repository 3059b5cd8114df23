"""The kinds of ask a client offers, with their points and their labels per language."""

from __future__ import annotations

from bot.tenants import DEFAULT_SOLICITATION_POINTS, ClientConfig, SolicitationKind
from prompts.catalog import text

BUILT_IN_KINDS = tuple(DEFAULT_SOLICITATION_POINTS)


def kinds(config: ClientConfig) -> list[SolicitationKind]:
    return list(config.solicitations.kinds)


def find_kind(config: ClientConfig, kind_id: str) -> SolicitationKind | None:
    return config.solicitations.kind(kind_id.strip().lower())


def kind_label(config: ClientConfig, kind_id: str, lang: str) -> str:
    """The client's own label, else the built-in one, else the id itself."""
    kind = find_kind(config, kind_id)
    if kind is not None and kind.labels:
        return kind.labels.get(lang) or kind.labels.get("fr") or next(iter(kind.labels.values()))
    if kind_id in BUILT_IN_KINDS:
        return text(lang, f"solicitations.kinds.{kind_id}")
    return kind_id
