"""A classification scale's legend in a head, read as its key rather than as markings.

Companies that number their levels often print the scale's key beside the document's own
code: "Classification : C0 – Public (légende : C0 public · C1 interne · C2 confidentiel)",
"Niveaux : 1 Public · 2 Interne · 3 Confidentiel · 4 Secret — ce document : niveau 1".
Read word by word, the key's strictest word would mark every such document. Here a line
holding a key (at least three codes, each with a level's name) is rewritten: the key goes,
and the level its code names is said as a labelled field ("… | Classification : Public"),
so the line's other words are still read. When the line also names a level in words, the
stricter of the two counts; a code the key does not give, or no code, leaves the line as
written is marked all the same, at the strictest of internal and the levels its codes
might name (fail closed); a key with no code beside it describes the scheme, and is left as
written.

A key's later entries are never below an earlier one from its open end: "1 Public,
2 Internal, 3 Confidential, 4 Restricted" puts "Restricted" above "Confidential".

Exported labels written with "=" ("Libellé Drive : Sensibilité = Public", "Sensitivity =
Confidential") are read as "Sensibilité : Public".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.marking_groups import INTERNAL, LEVEL_NAMES, LEVEL_WORDS, LEVELS, PUBLIC
from knowledge.text import fold

__all__ = ["with_keys_read"]

_NAMES = "|".join(sorted(map(re.escape, LEVEL_WORDS), key=len, reverse=True))
# One entry of a key: a code, an optional sign, a level's name.
_ENTRY = re.compile(rf"\b(?P<code>c?[0-5])\s*(?:[=:–—-]\s*)?(?P<name>{_NAMES})\b")
KEY_ENTRIES = 3
# The document's own code, outside the key: "C0", "niveau 1", "Class 1".
_CODE = re.compile(r"\b(?:(?:niveau|level|classe|class|tier|cat|categorie)\s*)?(?P<code>c?[0-5])\b")
_JOINS = re.compile(r"[\s·•,;/|]*")
_WORD = re.compile(rf"\b(?P<name>{_NAMES})\b")
# What opens a key and what may wrap it.
_KEY_OPENING = re.compile(
    r"[(\[]?\s*(?:legende|legend|key|scale|echelle|bareme|niveaux|levels|classes)?\s*:?\s*$"
)
# "Sensibilité = Public": an exported label and its value.
_EQUALS = re.compile(
    r"\b(?P<label>sensibilite|sensitivity|classification|label|libelle|niveau de diffusion"
    r"|diffusion|confidentialite|confidentiality)\s*=\s*(?=\S)"
)


def with_keys_read(lines: Sequence[str]) -> list[str]:
    """`lines` with each scale's key read (see the module's docstring)."""
    return [_read_key(_without_equals(line)) for line in lines]


def _without_equals(line: str) -> str:
    folded = fold(line)
    if len(folded) != len(line) or (found := _EQUALS.search(folded)) is None:
        return line
    return f"{line[found.start('label') : found.end('label')]} : {line[found.end() :]}"


def _read_key(line: str) -> str:
    folded = fold(line)
    if len(folded) != len(line):  # positions would not match the line as written
        return line
    entries = _key_entries(list(_ENTRY.finditer(folded)))
    key = _key(entries)
    if key is None:
        return line
    start, end = _span(folded, entries[0].start(), entries[-1].end())
    rest_folded = folded[:start] + " " + folded[end:]
    codes = list(_CODE.finditer(rest_folded))
    # A code said as one ("C0", "niveau 1") before a bare number ("page 1 sur 3").
    named = [m for m in codes if m.group() != m["code"] or m["code"].startswith("c")]
    levels = [key[c] for m in named or codes if (c := _code(m["code"], key))]
    if not codes:
        return line  # a key with no code of the document's own: the scheme described
    said = [LEVEL_WORDS[m["name"]] for m in _WORD.finditer(rest_folded)]
    # A bare number may be a version or a page: it can close the document, never open it.
    bare_public = not named and levels[:1] == [PUBLIC]
    if len(set(levels)) != 1 or len(levels) != len(named or codes) or bare_public:
        # No code of the key's, or two that disagree: marked, of an unknown strength.
        levels = [INTERNAL, *levels]
    level = max([*levels, *said], key=LEVELS.index)
    rest = " ".join((line[:start] + " " + line[end:]).split()).strip(" ,;·—–-")
    labelled = f"Classification : {LEVEL_NAMES[level]}"
    return f"{rest} | {labelled}" if rest else labelled


def _key_entries(entries: list[re.Match[str]]) -> list[re.Match[str]]:
    """The longest run of entries joined by separators only: the key (a code with its name
    elsewhere on the line, "C0 – Public (légende : …)", is the document's own)."""
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for entry in entries:
        joined = run and _JOINS.fullmatch(entry.string[run[-1].end() : entry.start()])
        run = [*run, entry] if joined else [entry]
        best = run if len(run) > len(best) else best
    return best


def _key(entries: list[re.Match[str]]) -> dict[str, str] | None:
    """The key's codes and their levels, or None when the entries are no scale's key."""
    codes = [m["code"] for m in entries]
    if len(entries) < KEY_ENTRIES or len(set(codes)) != len(codes):
        return None
    levels = [LEVEL_WORDS[m["name"]] for m in entries]
    if levels[-1] == PUBLIC and levels[0] != PUBLIC:  # a key from its strict end
        codes, levels = codes[::-1], levels[::-1]
    if levels[0] != PUBLIC:
        return None  # no open end: the order of its levels is unknown
    for index in range(1, len(levels)):
        levels[index] = max(levels[index], levels[index - 1], key=LEVELS.index)
    return dict(zip(codes, levels, strict=True))


def _code(code: str, key: dict[str, str]) -> str | None:
    """`code` as the key writes it ("0" for "c0" and the other way round)."""
    for form in (code, code.removeprefix("c"), f"c{code}"):
        if form in key:
            return form
    return None


def _span(folded: str, start: int, end: int) -> tuple[int, int]:
    """The key's span widened to its opening word and its brackets."""
    opening = _KEY_OPENING.search(folded[:start])
    if opening is not None and opening.group().strip():
        start = opening.start()
    closing = re.match(r"\s*[)\]]", folded[end:])
    return start, end + (closing.end() if closing else 0)
