"""Classify a document as public, internal or confidential.

Precedence: an explicit override (`--sensitivity`) > a marker in the document's first
lines or front matter > a per-folder rule from the client config > the default.
The default is `public`: a community manager loads documents meant for the program,
and a document that must stay internal says so by its marker or by its folder.
A marker is never weakened by a folder rule: the stricter of the two wins.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from pathlib import PurePath

from knowledge.text import fold

PUBLIC, INTERNAL, CONFIDENTIAL = "public", "internal", "confidential"
LEVELS: tuple[str, ...] = (PUBLIC, INTERNAL, CONFIDENTIAL)
DEFAULT_SENSITIVITY = PUBLIC

# Words (accent-folded, casefolded) that name each level, in French and English.
_ALIASES: dict[str, str] = {
    "public": PUBLIC,
    "publique": PUBLIC,
    "diffusable": PUBLIC,
    "ouvert": PUBLIC,
    "internal": INTERNAL,
    "interne": INTERNAL,
    "internal only": INTERNAL,
    "usage interne": INTERNAL,
    "diffusion interne": INTERNAL,
    "restreint": INTERNAL,
    "restricted": INTERNAL,
    "confidential": CONFIDENTIAL,
    "confidentiel": CONFIDENTIAL,
    "confidentielle": CONFIDENTIAL,
    "secret": CONFIDENTIAL,
    "strictly confidential": CONFIDENTIAL,
    "strictement confidentiel": CONFIDENTIAL,
    "tres confidentiel": CONFIDENTIAL,
}

_MARKER = re.compile(
    r"^\W*(?:classification|classif|sensitivity|sensibilite|confidentialite|niveau de diffusion"
    r"|diffusion|visibility|visibilite)\s*:\s*(?P<value>[\w ]+?)\W*$"
)
_MARKER_LINES = 10


def parse_level(value: str) -> str | None:
    """Map a label ('CONFIDENTIEL', 'Internal only'...) to a level, or None."""
    return _ALIASES.get(" ".join(fold(value).split()))


def marker_sensitivity(text: str) -> str | None:
    """The level declared in the first lines (front matter included), if any."""
    for line in text.lstrip("\ufeff").splitlines()[: _MARKER_LINES + 2]:
        match = _MARKER.match(fold(line).strip())
        if match and (level := parse_level(match.group("value"))):
            return level
    return None


def folder_sensitivity(path: PurePath | str, rules: Mapping[str, str] | None) -> str | None:
    """The strictest level among folder-glob rules matching `path` (posix style)."""
    if not rules:
        return None
    posix = PurePath(path).as_posix()
    found: list[str] = []
    for pattern, label in rules.items():
        level = parse_level(label)
        if level is None:
            continue
        glob = pattern.rstrip("/")
        candidates = (glob, f"{glob}/*", f"*/{glob}", f"*/{glob}/*")
        if any(fnmatch.fnmatch(posix, c) for c in candidates):
            found.append(level)
    return strictest(found) if found else None


def strictest(levels: list[str]) -> str:
    return max(levels, key=LEVELS.index)


def classify(
    text_head: str,
    path: PurePath | str | None = None,
    *,
    override: str | None = None,
    rules: Mapping[str, str] | None = None,
) -> str:
    if override:
        level = parse_level(override)
        if level is None:
            raise ValueError(f"unknown sensitivity '{override}' (use one of: {', '.join(LEVELS)})")
        return level
    found = [
        lv for lv in (marker_sensitivity(text_head), folder_sensitivity(path or "", rules)) if lv
    ]
    return strictest(found) if found else DEFAULT_SENSITIVITY
