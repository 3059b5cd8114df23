"""Restrictions written in shorthand, or in a sector's or a foreign scheme.

("Diffusion restreinte" alone is confidential: `marking_subsets.few_named`.)

- a few people or roles, then "only" ("perso — Léa & Paul seulement", "Restricted — DPO
  and legal lead only"), or first names after an access ("accès : Priya, Marc",
  "Diffusion restreinte : Lou + Max"): confidential;
- a sector's secrecy opening a banner ("Secret bancaire – …", "Secret médical — …"):
  confidential; in a title or a sentence ("Le secret bancaire au Luxembourg") it is a
  subject;
- shorthand for a level: "Us. int.", "conf. juridique": internal, confidential;
- foreign levels: the German or Swiss "INTERN" in capitals, "VS – Nur für den
  Dienstgebrauch" (VS-NfD): internal.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, strictest
from knowledge.text import fold, strip_accents

_UP = r"[A-Z][a-z][\w'-]*"
_ROLE = r"[A-Z]{2,5}(?:\s+(?:lead|manager|head|team|responsable))?"
_ONE = rf"(?:{_UP}|{_ROLE}|[a-z]+\s+lead)"
_JOIN = r"\s*(?:&|\+|,|\bet\b|\band\b)\s*"
_FEW_ONLY = re.compile(
    rf"(?:^|[—–:/-]\s*)(?:(?:pour|for)\s+)?{_ONE}(?:{_JOIN}{_ONE}){{1,3}}"
    r"\s+(?:seulement|uniquement|only|exclusivement)\b"
)
_RESTRICTING = re.compile(
    r"\b(?:perso|personnel|confi|conf|confidentiel\w*|confidential|restricted|restreinte?s?"
    r"|prive\w*|private|acces|access)\b"
)
_ACCESS_NAMES = re.compile(
    rf"\b(?:acces|access|restreinte?|restricted|limitee?|limited)\s*:\s*{_UP}(?:\s*\([^)]*\))?"
    rf"(?:{_JOIN}{_UP})+"
)
# A group or a whole domain is no few: "General access: Acme & Co — anyone in this group".
_GROUPS = re.compile(
    r"\b(?:anyone|everyone|all|tous|toutes|tout le monde|group|groupe|domain|domaine|workspace"
    r"|community|communaute|organi[sz]ation)\b"
)
_SECTOR_SECRET = re.compile(
    r"^\W*secret (?:bancaire|medical|professionnel|des affaires|d affaires|defense)"
    r"\s*(?:[—–:|/-]|$)"
)
_SHORT = (
    (re.compile(r"^\W*(?:us|usage)\.?\s*int\.?(?:\s*[—–:|/-]|$)"), INTERNAL),
    (re.compile(r"^\W*conf\.?\s*(?:juridique|rh|direction|legal|[—–:|/-]|\W*$)"), CONFIDENTIAL),
    (re.compile(r"\bnur fur den dienstgebrauch\b|^\W*vs[\s-]*nfd\b"), INTERNAL),
)


def shorthand_level(raw: str) -> str | None:
    """The level `raw` (as written) gives in one of these forms, or None."""
    text = " ".join(fold(raw).replace("’", " ").replace("'", " ").split())
    plain = " ".join(strip_accents(raw).replace("’", "'").split())
    found = [level for pattern, level in _SHORT if pattern.search(text)]
    if raw.strip() == "INTERN":
        found.append(INTERNAL)
    if _SECTOR_SECRET.match(text):
        found.append(CONFIDENTIAL)
    few = _FEW_ONLY.search(plain) or _ACCESS_NAMES.search(plain)
    if few and _RESTRICTING.search(text) and not _GROUPS.search(text):
        found.append(CONFIDENTIAL)
    return strictest(found) if found else None
