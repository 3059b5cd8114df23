"""The ambassadors' word bound to a name that makes them a part: "Ambassadors Core only",
"@Passeurs-Bretagne", "#ambassadeurs-lyon", "Groupe ambassadeurs Vendée".

A name written right after the word (capitalised, or joined by a hyphen) is a tier, a
region, a team or the company; the reader cannot tell which without being told, so the
group is not read as every ambassador (fail closed). The client's own names
(`marking_ambassadors.as_ambassadors`) are read before this, so "ambassadeurs Acme" opens
once the client says it is Acme.
"""

from __future__ import annotations

import re

from knowledge.text import fold

_WORD = r"(?:ambassad(?:eu|ri|o)\w*|ambass)"
_BOUND = re.compile(
    rf"(?<![\w@#-])[@#]?(?i:{_WORD})(?:-(?P<suffix>[^\W\d_][\w]*)|[ \t]+(?P<name>[A-ZÀ-Ý][\w'’-]*))"
    rf"|(?<![\w@#-])[@#]?(?P<prefix>[^\W\d_][\w]*)-(?i:{_WORD})\b"
)
# What may follow the word without narrowing it: the other gender, a word for all, the
# program, a channel's generic part, a link word, a publication's kind.
_NEUTRAL = re.compile(
    r"(?:ambassad\w*|ambass|e|es|s|euses?|rices?|ices?|tous|toutes|tout|all|every|everyone|only"
    r"|uniquement|seulement|exclusivement|et|and|ou|or|de|du|des|d|of|the|la|le|les|pour|for"
    r"|programme|program|prog|club|cercle|circle|reseau|network|communaute|community|groupe"
    r"|group|collectif|crew|team-all|annonces?|announcements?|generale?|general|news|infos?"
    r"|chat|papote|blabla|hub|cafe|lounge|discussions?|entraide|ressources|resources|welcome"
    r"|bienvenue|accueil|discord|slack|serveur|server|liste|list|ok|svp|stp|please|merci"
    r"|facing|friendly|ready|led|side"
    # a publication or a document named after them ("Ambassadors Newsletter #7", "le Mag
    # des Vigies" read as the word): a title, not a part of the people
    r"|mail|mails|newsletters?|lettre|letter|digest|hebdo|mag|magazine|gazette|journal"
    r"|bulletin|podcast|blog|weekly|monthly|mensuel|recap|edition|kit|guide|handbook|manuel"
    r"|charte|charter|faq|wiki)"
)


def qualified_group(line: str) -> str | None:
    """The name that narrows the ambassadors' word in `line` (as written, the client's names
    already read as the word), or None."""
    if _shouted(line):
        return None
    for found in _BOUND.finditer(line):
        name = found.group("suffix") or found.group("name") or found.group("prefix")
        folded = fold(name).strip("'’-")
        if folded and not _NEUTRAL.fullmatch(folded):
            return name
    return None


def unqualified(line: str) -> str:
    """`line` without the names that narrow the ambassadors' word in it."""

    def drop(found: re.Match[str]) -> str:
        group = next(g for g in ("suffix", "name", "prefix") if found.group(g))
        if _NEUTRAL.fullmatch(fold(found.group(group)).strip("'’-")):
            return found.group(0)
        if group == "prefix":  # "#core-ambassadeurs": the word alone
            return found.group(0).replace(found.group(group) + "-", "", 1)
        return found.string[found.start() : found.start(group) - 1].rstrip()

    return _BOUND.sub(drop, line)


def _shouted(line: str) -> bool:
    """A line in capitals shows no name by its capital letters."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) > 0.7 * len(letters)
