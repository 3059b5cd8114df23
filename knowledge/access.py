"""Which document sensitivities each role may retrieve (fail closed)."""

from __future__ import annotations

from knowledge.sensitivity import CONFIDENTIAL, INTERNAL, PUBLIC

_ROLE_SENSITIVITIES: dict[str, frozenset[str]] = {
    "ambassador": frozenset({PUBLIC}),
    "facilitator": frozenset({PUBLIC, INTERNAL, CONFIDENTIAL}),
    "community_manager": frozenset({PUBLIC, INTERNAL, CONFIDENTIAL}),
}
ROLES: tuple[str, ...] = tuple(_ROLE_SENSITIVITIES)


def sensitivities_for_role(role: str) -> frozenset[str]:
    """Sensitivities visible to `role`; an unknown role sees public documents only."""
    return _ROLE_SENSITIVITIES.get(
        (role or "").strip().lower().replace("-", "_"), frozenset({PUBLIC})
    )
