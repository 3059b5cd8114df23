"""Readers a banner reader misses: a few people (confidential), the team (internal).

- **a few people** (confidential): "Hélène et moi seulement", "(Karim, Nadia, moi)", "à
  garder pour nous deux", "just you for now, not even the team", "ne pas diffuser, même en
  interne", "Diffusion nominative : …", "keep between HR and the hiring manager", a
  personal note ("Note personnelle à l'attention de…", "Strictement perso"), a sharing
  setting of a handful ("Partagé avec 3 personnes"), an access given to a few roles
  ("Accès : DPO et directrice", "Diffusion restreinte : DAF + avocat");
- **the team** (internal): "ça reste dans l'équipe", "it stays with us", "— entre nous",
  "interne svp", "For the CS & Marketing teams", "Space permissions: Acme staff", "—
  collaborateurs Acme", "Interne Acme – …", "[INTERNE ACME]";
- **some of the readers** (internal): "keep it to your tier",
  "keep within the panel", "circulate within the panel only", "don't loop the X in",
  "ne pas poster ailleurs que dans ce salon", "pas de relais ailleurs".

Each rule only ever restricts.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL
from knowledge.marking_sentences import clean_line
from knowledge.text import plain_words

# As written (accents off, case kept): names are capitalized.
_ME_ONLY = re.compile(
    r"\b(?:[A-Z][\w'-]+|toi|you)\s+(?:et|and|&)\s+(?:moi|me)\s+(?:seulement|uniquement|only)\b"
)
_NAMES_AND_ME = re.compile(r"\((?:\s*[A-Z][\w'-]+\s*,)+\s*(?:et\s+|and\s+)?(?:moi|me)\s*\)")
_PERSONAL = re.compile(
    r"^[\W_]*(?:(?:note|memo|message)\s+(?:perso|personnelle?|personal)\b"
    r"|(?:strictement|strictly)\s+(?:perso|personnel|personal)\b"
    r"|(?:perso|personal)\s*[—–:-])",
    re.IGNORECASE,
)
# Folded (`clean_line`): lower case, accents off, punctuation gone.
_FEW = re.compile(
    r"\b(?:pour nous deux|entre nous deux|for the two of us|between the two of us"
    r"|just you(?: for now)?|not even the team|meme pas (?:a )?l equipe|meme en interne"
    r"|even internally|diffusion nominative"
    r"|(?:keep|kept|garder|gardez|reste|stays?) (?:it |this |ca |le |la )?(?:between|entre)"
    r" (?!nous\b)[a-z]\w*(?: \w+){0,3} (?:and|et) [a-z]\w*"
    r"|(?:partage|shared) (?:avec|with) (?:[1-5]|deux|trois|quatre|cinq|two|three|four|five)"
    r" (?:personnes|people|persons))\b"
)
_ROLE = (
    r"(?:daf|dpo|dg|drh|rh|hr|ceo|cfo|coo|cto|cmo|pdg|sg|avocate?s?|juriste|lawyer|counsel"
    r"|directeur|directrice|director|president|presidente|tresorier|tresoriere|treasurer"
    r"|secretaire general|comptable|accountant|notaire|head of legal|legal)"
)
_FEW_ROLES = re.compile(
    rf"^(?:diffusion restreinte|diffusion|acces|access|destinataires|recipients|lecteurs)"
    rf" : (?:(?:le|la|les|l|the|notre|our) )?{_ROLE}(?: (?:et|and|\+)? ?(?:(?:le|la|l|the"
    rf"|notre|our) )?{_ROLE}){{1,3}}$"
)
_TEAM = re.compile(
    r"\b(?:(?:reste|stays?|remains?) (?:dans l equipe|cote (?:staff|equipe)|with us"
    r"|within the team|in the team)"
    r"|interne (?:svp|stp|please|pls|merci)"
    r"|(?:don t|do not|dont|never) (?:loop|cc|copy|include) (?:the |our |any )?[\w-]+ in"
    r"|keep (?:it |this )?(?:to|within) (?:your|the|this) (?:tier|panel|team|level|cohort)"
    r"|circulate (?:only )?within the \w+"
    r"|(?:poster|partager|diffuser|publier|transferer|relayer) ailleurs que (?:dans|sur|ici)"
    r"|pas de (?:relais|partage|diffusion) ailleurs)\b"
)
_TEAM_LINE = re.compile(
    r"^(?:(?:for|pour) (?:the |les |nos |our )?(?:[\w&]+ ){0,4}(?:teams|equipes)"
    r"|(?:space |page )?permissions? : .*\b(?:staff|employees|salaries|collaborateurs"
    r"|all departments|tous les services)\b.*"
    r"|(?:pour les |reserve aux )?collaborat(?:eurs|rices)(?: \w+){0,2})$"
)
_BANNER_FIELD = re.compile(r"\s+[—–|]\s+|\s+-\s+|\s*›\s*")
_AMONG_US = re.compile(r"^entre nous(?: (?:svp|stp|hein))?$")
_IN_HOUSE = re.compile(
    r"^[\W_]*(?:\[\s*(?i:interne|internal)(?!\s+(?i:draft|brouillon|review|relecture|version))"
    r"(?:\s+[\w'-]+){1,3}\s*\]"
    r"|(?:Interne|INTERNE|Internal|INTERNAL)(?:\s+[A-Z][\w'-]+){1,3}\s*[—–:-])"
)


# A line that only keeps a group out: "Pas pour les Vigies, évidemment", "Not for the Crew!".
_KEPT_OUT = re.compile(
    r"^[\W_]*(?i:pas|not) (?i:pour|for) (?:les |nos |the |our )?[A-Z][\w'-]+,?"
    r"(?: (?i:evidemment|bien sur|of course|obviously|svp|stp|please|encore|yet))?\s*[.!]*$"
)


def few_level(line: str) -> str | None:
    """The level a line naming a few people or the team as its readers gives, or None."""
    plain = plain_words(line)
    text = clean_line(line).replace(" : ", " ")
    labelled = clean_line(line)
    if _ME_ONLY.search(plain) or _NAMES_AND_ME.search(plain) or _PERSONAL.match(plain):
        return CONFIDENTIAL
    if _FEW.search(text) or _FEW_ROLES.match(labelled):
        return CONFIDENTIAL
    fields = [clean_line(field) for field in _BANNER_FIELD.split(line)]
    if _TEAM.search(text) or _TEAM_LINE.match(labelled) or _IN_HOUSE.match(plain):
        return INTERNAL
    if _KEPT_OUT.match(plain) or _KEPT_OUT.match(plain.replace("ambassadeurs", "Ambassadeurs")):
        return INTERNAL
    if any(_AMONG_US.match(field) or _TEAM_LINE.match(field) for field in fields[1:]):
        return INTERNAL
    return None
