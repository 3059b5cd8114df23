"""Client names as storage keys: validated slugs, never ids taken from a user."""

from __future__ import annotations

import re
import unicodedata

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


class InvalidClientName(ValueError):
    pass


def client_slug(name: str) -> str:
    """A stable, filesystem- and chroma-safe key for a configured client name.

    Accents are folded and spaces become dashes; anything else outside [a-z0-9_-]
    is refused rather than silently rewritten, so two names never share a key.
    """
    folded = unicodedata.normalize("NFKD", (name or "").strip().lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c)).replace(" ", "-")
    if not _SLUG.match(folded):
        raise InvalidClientName(f"invalid client name {name!r}: use letters, digits, '-' or '_'")
    return folded
