"""Classify a document as public, internal or confidential, and say why.

Every source that says something is heard and the strictest level wins: a marking in the
document (`knowledge.markers`: its first lines, its DOCX/PDF/HTML properties), a folder
rule of the client, the `--sensitivity` option. None of them can lower another: a
`--sensitivity public` on a folder never publishes a document marked confidential. When
none says anything, the client's `default_sensitivity` applies, `internal` unless the
client chose otherwise: an unmarked document is never shown to ambassadors by accident.

A level a community manager set by hand (`ambassade documents set-sensitivity`) is a
decision about one exact content: it holds, even below a marking, as long as the file
is unchanged. When the file changes, a hand-set level only holds if it is the stricter.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath

from knowledge.markers import CONFIDENTIAL, INTERNAL, LEVELS, PUBLIC, Marking, strictest
from knowledge.marking_model import MODEL_TEXT
from knowledge.text import fold

__all__ = [
    "CONFIDENTIAL",
    "DEFAULT_SENSITIVITY",
    "INTERNAL",
    "LEVELS",
    "PUBLIC",
    "REVIEW",
    "UNMARKED_REASONS",
    "Classification",
    "Sources",
    "classify",
    "folder_sensitivity",
    "is_learned",
    "parse_level",
    "strictest",
]

DEFAULT_SENSITIVITY = INTERNAL

# Why a document has its level (the codes stored in the catalog).
MARKER, FOLDER, OPTION, DEFAULT, MANUAL = "marker", "folder", "option", "default", "manual"
DOUBT = "doubt"  # a public default withheld: the first lines hold a word of restriction
# No marking the rules read, but the learned second reader finds the head restricted, where
# that closes what a public default, folder rule or option would have shown.
LEARNED = "learned"
# A public level withheld (internal) because a date its head writes has come and the
# document could not be read again (a chat upload, a file gone): a person sends it again.
REVIEW = "review"
REASONS = (MARKER, FOLDER, OPTION, DEFAULT, MANUAL, DOUBT, LEARNED, REVIEW)
# No marking, folder rule, option or hand set the level: the client's default did (or a
# public level withheld on doubt or by the second reader): the documents to check.
UNMARKED_REASONS = (DEFAULT, DOUBT, LEARNED)

# Words (accent-folded, casefolded) accepted for a level in options and client files.
_ALIASES: dict[str, str] = {
    "public": PUBLIC,
    "publique": PUBLIC,
    "internal": INTERNAL,
    "interne": INTERNAL,
    "confidential": CONFIDENTIAL,
    "confidentiel": CONFIDENTIAL,
    "confidentielle": CONFIDENTIAL,
}


def parse_level(value: str | None) -> str | None:
    """Map a label ('CONFIDENTIEL', 'internal', 'Publique'...) to a level, or None."""
    return _ALIASES.get(" ".join(fold(value or "").split()))


@dataclass(frozen=True, slots=True)
class Classification:
    level: str
    reason: str  # one of REASONS
    detail: str = ""  # the marking as written, the folder glob, the option's value


@dataclass(frozen=True, slots=True)
class Sources:
    """What the ingestion knows about one document's level, besides its content."""

    default: str = DEFAULT_SENSITIVITY
    rules: Mapping[str, str] | None = None
    option: str | None = None
    # What the client's ambassadors are called ("Isards"): "réservé aux Isards" is theirs.
    ambassador_names: tuple[str, ...] = ()
    # The company's own names ("Acme"): "réservé aux ambassadeurs Acme" names all of them.
    client_names: tuple[str, ...] = ()

    def names_read(self) -> list[str]:
        """The client's names a document was read with (stored: a change reads it again)."""
        return [*self.ambassador_names, *self.client_names]

    def __post_init__(self) -> None:
        for value, what in ((self.default, "default"), (self.option, "option")):
            if value is not None and parse_level(value) is None:
                raise ValueError(
                    f"unknown sensitivity '{value}' ({what}; use one of: {', '.join(LEVELS)})"
                )


def is_learned(marking_text: str | None) -> bool:
    """Whether a stored marking is the learned second reader's closing, not words as written."""
    return marking_text == MODEL_TEXT


def folder_sensitivity(
    path: PurePath | str, rules: Mapping[str, str] | None
) -> tuple[str, str] | None:
    """The strictest (level, glob) among folder-glob rules matching `path` (posix style)."""
    if not rules:
        return None
    posix = PurePath(path).as_posix()
    found: list[tuple[str, str]] = []
    for pattern, label in rules.items():
        level = parse_level(label)
        if level is None:
            continue
        glob = pattern.rstrip("/")
        candidates = (glob, f"{glob}/*", f"*/{glob}", f"*/{glob}/*")
        if any(fnmatch.fnmatch(posix, c) for c in candidates):
            found.append((level, pattern))
    return max(found, key=lambda f: LEVELS.index(f[0])) if found else None


def classify(
    marking: Marking | None, path: PurePath | str, sources: Sources, doubt: str | None = None
) -> Classification:
    """The document's level: the strictest of what its marking, folder and option say.

    With none of them, the client's default; but a public default does not apply to a
    document whose first lines hold a word of restriction (`doubt`, the line as written:
    `knowledge.marking_doubt`): it stays internal until a person decides. The learned
    second reader's closing is no marking as written: it is the reason only where it
    closes what the rest would show."""
    if marking is not None and is_learned(marking.text):
        without = classify(None, path, sources, doubt)
        if LEVELS.index(without.level) >= LEVELS.index(marking.level):
            return without
        return Classification(marking.level, LEARNED)
    heard: list[Classification] = []
    if marking is not None:
        heard.append(Classification(marking.level, MARKER, marking.text))
    if (folder := folder_sensitivity(path, sources.rules)) is not None:
        heard.append(Classification(folder[0], FOLDER, folder[1]))
    if sources.option is not None:
        level = parse_level(sources.option)
        assert level is not None  # checked by Sources
        heard.append(Classification(level, OPTION, sources.option))
    if not heard:
        level = parse_level(sources.default) or INTERNAL
        if level == PUBLIC and doubt:
            return Classification(INTERNAL, DOUBT, doubt)
        return Classification(level, DEFAULT)
    top = strictest(c.level for c in heard)
    return next(c for c in heard if c.level == top)  # the first source that said it


def with_manual(
    computed: Classification, manual: str | None, *, same_content: bool
) -> Classification:
    """Apply a level set by hand: as is for the content it was set on, else only if stricter."""
    if manual is None:
        return computed
    if same_content or LEVELS.index(manual) >= LEVELS.index(computed.level):
        return Classification(manual, MANUAL)
    return computed
