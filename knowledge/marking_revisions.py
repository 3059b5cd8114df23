"""A marking changed later: the new marking replaces the old one.

Writers record a change of marking rather than erase the old one:

- on the same line, the old level and the new one joined by an arrow or by "from … to":
  "Classification : C1 – Interne → reclassé C0 – Public le 03/02", "Label changed from
  Internal to Public by M. Roux", "Reclassé de C3 – Confidentiel à C1 – Public", "Public
  (was: Internal — reclassified 17/03)", "Ancienne mention : interne. Nouvelle mention :
  public", "Formerly: staff only. Now: open to all ambassadors";
- on a later line, a dated or signed correction: "MAJ 12/02 (Sabine) : on peut le
  partager à tous les ambassadeurs", "[Update 04/09, Priya: cleared for ambassadors]",
  "rectif O. Chanut 15/05 : …", "Désormais : ouvert aux ambassadeurs".

The new marking is what the line says after the change; a correction replaces what the
lines above it said (lines below it still count, the strictest winning). A line that
names a change but no new level changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.text import fold, strip_accents

Reader = Callable[[str], str | None]

# The part of a line after the change: "… → reclassé public", "changed from X to Y",
# "de X à Y" after a word of change, "Nouvelle mention : Y", "Désormais : Y", "Now: Y".
_ARROW = re.compile(r"\s(?:→|->|=>|⇒|➔|➜)\s")
_CHANGE_WORD = (
    r"(?:chang\w*|reclass\w*|declass\w*|passe|passee|pass\w*|moved|modifi\w*|downgraded"
    r"|upgraded|relabel\w*|requalifi\w*|corrig\w*)"
)
_FROM_TO = re.compile(
    rf"\b{_CHANGE_WORD}\b.{{0,40}}?\b(?:from|de|du)\b.{{1,60}}?\s(?:to|a|au|en|vers|into)\s(.+)$",
    re.IGNORECASE,
)
_NOW = re.compile(
    r"(?:^|[\s.;,(\[—–-])(?:nouvelle mention|nouveau marquage|nouvelle classification"
    r"|new (?:label|marking|classification)|desormais|dorenavant|a present|now|since then"
    r")\s*:?\s+(.+)$",
    re.IGNORECASE,
)
_WAS = re.compile(
    r"\(\s*(?:was|ancien\w*|avant|previously|formerly|ex|auparavant)\s*:?[^)]*\)", re.IGNORECASE
)
# Where the new level's reason or date starts.
_WHEN = re.compile(
    r"\s(?:apres|after|depuis|since|suite a|following|par|by|le|on)\s|\s\(", re.IGNORECASE
)
_RESTRICTED_LATER = re.compile(
    r"\b(?:sauf|except|excepte|hormis|but not|excluding|confidenti\w*|intern\w*|restrei\w*"
    r"|restricted|secret\w*)\b",
    re.IGNORECASE,
)
# A correction opening a line: "MAJ 12/02", "(Mise à jour du 3 mars par Léa)", "[Update
# 04/09, Priya: …]", "→ rectif", "EDIT :", "Erratum".
_CORRECTION = re.compile(
    r"^[\W_]*(?:maj|m a j|mise a jour|mis a jour|update|updated|edit|edited|rectif\w*"
    r"|correction|correctif|corrected|corrige|corrigee|erratum|addendum|desormais|dorenavant"
    r"|now|nouvelle mention|new label|reclass\w*)\b"
)
# A correction says when or who: a date, or a name ("par Léa", "Priya:").
_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} \w+")


def _folded(line: str) -> str:
    return " ".join(fold(line).split())


def _plain(line: str) -> str:
    """Accents off, case kept (a place's capital still tells it from a word)."""
    return " ".join(strip_accents(line).split())


# A correction that opens a document says so in words: "reclassé", "désormais", "ok pour…".
_OPENS = re.compile(
    r"\b(?:reclass\w*|declass\w*|passee? en|now|desormais|dorenavant|levee?|lifted"
    r"|nouvelle mention|new label|ok pour|ok for|ok to|cleared|valid\w* pour|approved for)\b"
)


def opens_in_words(line: str) -> bool:
    """`line` says in words that a level was lifted or a readership opened."""
    return _OPENS.search(_folded(line)) is not None


def new_part(line: str) -> str | None:
    """What `line` says the marking became, or None when it records no change."""
    text = _plain(line)
    if (was := _WAS.search(text)) is not None:
        return (text[: was.start()] + " " + text[was.end() :]).strip()
    arrows = list(_ARROW.finditer(text))
    if arrows and arrows[-1].start() > 0:
        return text[arrows[-1].end() :]
    for pattern in (_FROM_TO, _NOW):
        if (found := pattern.search(text)) is not None:
            return found.group(1)
    return None


def revised_level(line: str, read: Reader) -> tuple[str | None, bool]:
    """The level a line that records a change gives (None: it gives none), and whether it
    is such a line. The old level is only dropped when the new part names a level."""
    rest = new_part(line)
    if rest is None or not rest.strip():
        return None, False
    # "C1 – Public après publication des résultats": the new level, then when or why.
    cut = _WHEN.split(rest, maxsplit=1)[0]
    level = (read(cut) if cut.strip() and _RESTRICTED_LATER.search(rest) is None else None) or read(
        rest
    )
    return level, level is not None


def is_correction(line: str) -> bool:
    """`line` is a correction added later, dated or signed ("MAJ 12/02, Sabine : …")."""
    text = _folded(line)
    if _CORRECTION.search(text) is None:
        return False
    opening = text.split(":")[0] if ":" in text else text[:60]
    signed = re.search(r"\b(?:par|by|de)\s+\w", opening) or re.search(r",\s*\w+", opening)
    return bool(_DATE.search(line) or signed or _NOW.search(text))


def correction_value(line: str) -> str | None:
    """The short value a correction gives after its colon ("corrigé à la main : C2 Interne —
    contient les objectifs" gives "C2 Interne"), to be read as a label's value."""
    text = _folded(line)
    if _CORRECTION.search(text) is None or ":" not in line:
        return None
    value = re.split(r"\s[—–-]\s|[,;(]", line.split(":", 1)[1])[0].strip()
    named = _LEVEL_NAMED.search(_folded(value)) is not None
    return value if named and 0 < len(value.split()) <= VALUE_WORDS else None


VALUE_WORDS = 4
_LEVEL_NAMED = re.compile(
    r"\b(?:c[0-4]|public|publique|intern\w*|confidenti\w*|restrei\w*|secret)\b"
)


# How far after its opener a correction's colon may stand ("RECTIF de Lucie (CM) :").
OPENER_CHARS = 40


def correction_body(line: str) -> str | None:
    """What a line that opens as a correction says after its opener ("RECTIF de Lucie (CM) :
    on le garde pour…" gives "on le garde pour…"), or None when it opens otherwise."""
    plain = _plain(line)
    found = _CORRECTION.search(fold(plain))
    if found is None:
        return None
    rest = plain[found.end() :]
    colon = rest.find(":")
    return rest[colon + 1 :].strip() if 0 <= colon <= OPENER_CHARS else rest.strip(" -—–:")
