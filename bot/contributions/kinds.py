"""A client's contribution kinds, with every default applied, and how people name them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from bot.contributions.settings import (
    DEFAULT_APPROVAL_KINDS,
    DEFAULT_DAILY_CAPS,
    FALLBACK_DAILY_CAP,
)
from bot.tenants import DEFAULT_SOLICITATION_POINTS, ClientConfig
from prompts.catalog import LANGUAGES, text

FALLBACK_POINTS = 10


@dataclass(frozen=True, slots=True)
class Kind:
    id: str
    points: int
    daily_cap: int
    approval: bool
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        """The client's own label, else the built-in one, else the id itself."""
        if self.labels:
            first = next(iter(self.labels.values()))
            return self.labels.get(lang) or self.labels.get("fr") or first
        if self.id in DEFAULT_SOLICITATION_POINTS:
            return text(lang, f"solicitations.kinds.{self.id}")
        return self.id


def kinds(config: ClientConfig) -> list[Kind]:
    """The kinds in force: the section's own list, else the solicitation kinds."""
    solicitation = {k.id: k for k in config.solicitations.kinds}
    own = config.contributions.kinds
    if not own:
        return [
            Kind(
                id=k.id,
                points=k.points,
                daily_cap=DEFAULT_DAILY_CAPS.get(k.id, FALLBACK_DAILY_CAP),
                approval=k.id in DEFAULT_APPROVAL_KINDS,
                labels=dict(k.labels),
            )
            for k in config.solicitations.kinds
        ]
    resolved = []
    for k in own:
        base = solicitation.get(k.id)
        points = k.points
        if points is None:
            points = base.points if base is not None else FALLBACK_POINTS
        labels = dict(k.labels) or (dict(base.labels) if base is not None else {})
        resolved.append(
            Kind(
                id=k.id,
                points=points,
                daily_cap=k.daily_cap or DEFAULT_DAILY_CAPS.get(k.id, FALLBACK_DAILY_CAP),
                approval=k.approval if k.approval is not None else k.id in DEFAULT_APPROVAL_KINDS,
                labels=labels,
            )
        )
    return resolved


def find(config: ClientConfig, kind_id: str) -> Kind | None:
    wanted = kind_id.strip().lower()
    return next((k for k in kinds(config) if k.id == wanted), None)


def fold(value: str) -> str:
    """Lower case, no accents, curly apostrophes straightened: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", value.casefold().replace("’", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def named(config: ClientConfig, typed: str) -> Kind | None:
    """The kind someone typed: its id, or its label in either language ("avis en ligne")."""
    wanted = fold(typed).replace(" ", "_")
    for kind in kinds(config):
        names = {kind.id, *(fold(kind.label(lang)).replace(" ", "_") for lang in LANGUAGES)}
        if wanted in names:
            return kind
    return None


def solicitation_kind(config: ClientConfig, kind_id: str) -> Kind:
    """The contribution kind a solicitation's Done counts as: the kind of the same id, else
    one made from the solicitation kind (a client listing fewer contribution kinds)."""
    found = find(config, kind_id)
    if found is not None:
        return found
    ask = config.solicitations.kind(kind_id)
    return Kind(
        id=kind_id,
        points=ask.points if ask is not None else FALLBACK_POINTS,
        daily_cap=DEFAULT_DAILY_CAPS.get(kind_id, FALLBACK_DAILY_CAP),
        approval=kind_id in DEFAULT_APPROVAL_KINDS,
        labels=dict(ask.labels) if ask is not None else {},
    )
