"""A message, a channel or a file kept for one group, said in a sentence: internal.

Messages and everyday files say who they are for in a sentence of their own, anywhere in a
short line: "Bienvenue ! Ce message est réservé aux complices arrivés cette année", "Ce
canal est réservé aux référents", "Uniquement pour les foyers qui accueillent des visites",
"Pour les moniteurs seulement ✋", "visible par les relais du groupe Est seulement", or a
later field naming a team as the readers ("Planning des permanences · pour l'équipe
d'accueil"). Fail closed: unless the group is every ambassador (the client's names already
read as "ambassadeurs", `marking_everyone`), the document is kept for a part of them or for
the staff. Who qualifies for an offer, a date or a time is no readership ("Uniquement pour
les membres Or : -20 %", "Pour ce soir seulement").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.marking_everyone import for_every_ambassador
from knowledge.marking_everyone_head import cleaned
from knowledge.marking_groups import INTERNAL
from knowledge.text import fold, fold_spaced

# Where a line's sentences and fields part: "Bienvenue ! Ce message…", "Planning · pour…".
_PARTS = re.compile(r"[.!?…]+\s+|\s[·•|—–]\s|\s-\s|\s*\(\s*|\s*\)\s*")
_THING = (
    r"(?:message|mail|e mail|email|courriel|canal|salon|channel|fil|thread|groupe|group"
    r"|conversation|discussion|document|doc|fichier|file|espace|space|page|note|post|dossier"
    r"|folder|liste|list|invitation|evenement|event|sondage|formulaire|form|tableau|sheet"
    r"|presentation|deck|support|compte rendu|cr|agenda|planning|wiki|board)"
)
_ONLY = r"(?:uniquement|seulement|exclusivement|strictement|only|exclusively|strictly)"
_TO = r"(?:a la|a l|aux|au|a|pour|to|for)"
_SENTENCES = (
    # "Ce canal est réservé aux référents", "This folder is restricted to the pilot group".
    re.compile(
        rf"^(?:ce|cet|cette|ces|this|these|le|la|les|the)\s+{_THING}s?\s+(?:est|sont|reste"
        rf"|restent|is|are|remains?)\s+(?:{_ONLY}\s+)?(?:reservee?s?|reserved|restreinte?s?"
        rf"|restricted|limitee?s?|limited|destinee?s?\s+{_ONLY}|intended\s+{_ONLY}"
        rf"|meant\s+{_ONLY}|{_ONLY})\s+{_TO}\s+(?P<who>.+)$"
    ),
    # "Uniquement pour les moniteurs", "Only for the site leads" (not "Uniquement à la
    # boutique": a place).
    re.compile(rf"^{_ONLY}\s+(?:pour|aux|for)\s+(?P<who>.+)$"),
    # "Pour les moniteurs seulement", "visible par les relais du groupe Est seulement".
    re.compile(
        rf"^(?:(?:ce |cette |this |le |la |the )?{_THING}\s+)?(?:(?:visible|lisible|accessible"
        r"|consultable|ouverte?|readable|viewable|open)s?\s+(?:par|pour|aux|au|a|to|by|for)"
        rf"|pour|for)\s+(?P<who>.+?)\s+{_ONLY}$"
    ),
)
# A later field giving a team as the readers: "… · pour l'équipe d'accueil".
_FOR_TEAM = re.compile(
    r"^(?:pour|for|a l attention de|a l intention de)\s+(?:l |la |le |les |the |our |notre |nos )?"
    r"(?:equipe|team|staff|salaries|personnel|employes|employees|\w+ team)\b"
)
# Who qualifies for an offer, a date, a time, a person addressed, whom an activity welcomes
# ("Pour les familles uniquement"): no readership.
_NOT_READERS = re.compile(
    r"^(?:(?:les |the )?(?:familles|families|enfants|kids|children|adultes|adults|parents"
    r"|particuliers|debutants|beginners|couples|femmes|women|hommes|men|etudiants|students"
    r"|majeurs|mineurs)\b|\d|ce |cet |cette |this |today|tonight|aujourd|demain|tomorrow"
    r"|vous|toi|you|moi|me|nous|us|le \d|la semaine|les \d"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)|%|\b(?:offre|offert\w*|remise|reduction|promo|prix|tarif\w*|gagne\w*|places?|seats?"
    r"|discount|off|offer|free|gratuit\w*|cadeaux?|gifts?|tirage|concours)\b"
)


def kept_for_group(line: str) -> str | None:
    """Internal when a sentence or a later field of `line` keeps it for a group that is not
    every ambassador (`line` with the client's names for them read as "ambassadeurs")."""
    text = fold(line).replace("'", " ").replace("’", " ")
    parts = [" ".join(re.sub(r"[^\w%-]+", " ", p).split()) for p in _PARTS.split(text)]
    for index, part in enumerate(parts):
        if not part:
            continue
        if index > 0 and _FOR_TEAM.match(part) and len(part.split()) <= 6:
            return INTERNAL
        for pattern in _SENTENCES:
            if (found := pattern.match(part)) is not None and _a_part(found["who"]):
                return INTERNAL
    return None


def _a_part(who: str) -> bool:
    """`who` is a readership that is not every ambassador."""
    if _NOT_READERS.search(who) or not re.search(r"[a-z]{3}", who):
        return False
    return not for_every_ambassador(cleaned(f"reserve aux {who}"))


_COLLECTIVE = r"(?:cercle|circle|club|groupe|group|comite|committee|collectif|atelier|pole|team)"
# "réservé aux membres du cercle": the members of a collective named bare, not all of them.
_MEMBERS_OF = re.compile(
    rf"\b(?:membres|members|participants)\s+(?:du|de l|de la|of the)\s+(?P<noun>{_COLLECTIVE})"
    r"(?:\s*$|\s*[^\w\s])"
)
_ALL = re.compile(r"\b(?:tous|toutes|tout|all|every|ensemble|whole|entire|chaque|each)\b")
# Words that cannot qualify a collective: its articles, prepositions and the program's words.
_NO_QUALIFIER = re.compile(
    r"^(?:des|de|du|d|of|the|les|la|le|l|et|and|ou|or|a|au|aux|pour|for|ambassad\w*|programme"
    r"|program|reseau|network|communaute|community)$"
)


def members_of_a_named_part(lines: Sequence[str], marked: str) -> bool:
    """`marked` keeps a head for "the members of the circle" (not all of them), and another
    line of the head names that circle by its own name ("Notes — cercle compost"): the
    circle is that part, not the whole program ("Réservé aux membres du cercle")."""
    text = fold_spaced(marked)
    found = _MEMBERS_OF.search(text)
    if found is None or _ALL.search(text):
        return False
    named = re.compile(rf"\b{found['noun']}[\s~#_-]+(?P<what>\w+)")
    for line in lines:
        if fold_spaced(line) == text:
            continue
        for other in named.finditer(fold_spaced(line)):
            if not _NO_QUALIFIER.match(other["what"]):
                return True
    return False
