"""A banner that keeps a document for a group the reader may not know: internal.

The bot cannot tell ambassadors apart, so a document kept for a part of them, or for a
body other than all of them, is no public document (fail closed):

- a group then "only" opening a line: "Commandants uniquement", "Master Guildsmiths only
  – please don't pass this on", "Relais du Puy-de-Dôme seulement", "Crew only (tier)",
  "Sommet uniquement 🏔️"; "only" ends the group's words (a field, a bracket or the line
  follows). The ambassadors' own word alone ("Ambassadeurs uniquement") is left to the
  other readers; a body or a team named first is readers even beside a contest's word
  ("Jury du concours photo uniquement"), and "only" may close a banner's later field
  ("Beta Squadron — testers only");
- a body of the program: "Réservé au Comité des Sages", "Pour le Bureau des Relais";
- a group reserved with a qualifier: "Réservé aux Veilleurs Grand Cru", "réservée aux
  membres du 35", "Réservé aux ambassadeurs du groupe Nord";
- "the only X" and "only to X" said in French: "À l'usage des seuls Cavaliers du Nord",
  "À ne diffuser qu'aux participants de l'atelier".

Each rule only ever restricts.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import INTERNAL
from knowledge.text import fold, plain_words

_ONLY = r"(?i:uniquement|seulement|exclusivement|only|exclusively)"
# What may come before the group: a word for a note or an address, "tous les".
_LEAD = (
    r"(?:(?:note|memo|info|message|invitation|invite|acces|access|pour|for|to|a|aux|reserve"
    r"|reservee?s?|destine\w*)\s*:?\s+)?(?:(?:tous|toutes|all)\s+)?(?:(?:les|the|nos|our)\s+)?"
)
_GROUP_WORDS = 7
_ONLY_BANNER = re.compile(
    rf"^[\W_]*{_LEAD}(?P<group>[A-Z][^\s—–:|(\[]*(?:\s+[^\s—–:|(\[]+){{0,{_GROUP_WORDS - 1}}})"
    rf"\s+{_ONLY}(?P<rest>\s*(?:$|[^\w\s'-]|[—–(\[|:!.,;])).*$"
)
# The words that name all the ambassadors (or any reader at all): no restriction alone.
_EVERY_AMBASSADOR = re.compile(
    r"^(?:(?:les|the|nos|our|tous|toutes|all)\s+)*(?:ambassad\w*|membres?|members?"
    r"|participants?|participantes?|communaute|community|programme|program|abonne\w*"
    r"|subscribers?|adherent\w*|clients?|customers?)$"
)
# Words that say how, where or when, not who: "Sur inscription uniquement", "En
# français seulement", "Online only", "Le samedi uniquement", "Version PDF uniquement".
_NOT_READERS = re.compile(
    r"^(?:sur|en|par|le|la|l|on|in|by|via|at|avec|with|a|au|du|de|des|d|apres|after|avant"
    r"|before|version|format|paiement|payment|lecture|read|online|offline|web|mobile|pdf"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|weekends?|week-ends?|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|today|aujourd|ce|cette|this|these"
    r"|texte|text|photos?|images?|video|audio|cash|especes|cb|visa|interne|internal|staff"
    r"|confidential|confidentiel\w*|usage|use|draft|brouillon|fr|en|francais|english)\b"
)
_IN_LANGUAGE = re.compile(
    r"\b(?:in|en) (?:french|english|francais|anglais|german|allemand|spanish|espagnol|italian"
    r"|italien|dutch|neerlandais|portuguese|portugais)$"
)
_OFFER = re.compile(
    r"\b(?:offre|offert\w*|remise|reduction|promo\w*|prix|tarif\w*|gagne\w*|concours|discount"
    r"|off|offer|free|gratuit\w*|code|livraison|shipping|stock)\b|%|€"
)
# A body, a team or testers named first: readers, whatever the words after them say.
_BODY_FIRST = (
    r"(?:jury|comite|committee|commission|panel|bureau|conseil|council|board|groupe|group"
    r"|equipe|team|testeurs?|testers?|beta ?testeurs?|beta ?testers?|cohorte|cohort)"
)
# A banner's later field: "Beta Squadron — testers only", "Projet X | comité uniquement".
_FIELD_ONLY = re.compile(
    rf"[—–|]\s*(?:(?:les|the|nos|our)\s+)?{_BODY_FIRST}\b[^—–|:()\[\]]{{0,40}}?\s+{_ONLY}"
    r"\s*(?:$|[—–(\[|:!.,;])"
)
# A body of the program, named as one (singular, capitalized): "le Bureau", "du Comité".
_BODY = (
    r"(?:Bureau|Comite|Conseil|Board|Panel|Jury|Commission|Cellule|Cercle restreint"
    r"|Steering|Committee|Council|Groupe de travail|Working Group|Task Force)"
)
_RESERVED = r"(?:reserve\w*|destine\w*|pour|for|to|a l'attention|a l'usage)"
_BODY_LINE = re.compile(
    rf"^[\W_]*(?:{_RESERVED}\s+(?:au|du|a la|a l'|the|le|la)\s*|(?:a|to)\s*:\s*(?:les |the )?"
    rf"(?:membres|members)\s+(?:du|de la|of the)\s+){_BODY}\b"
)
# "Réservé aux X <qualifier>": a capitalized word after the group, or "du/de la/of <X>".
_RESERVED_QUALIFIED = re.compile(
    r"^[\W_]*(?:info\w*\s+|note\s+)?reserve\w*\s+(?:aux|a nos|a tous les|to|for)\s+"
    r"(?:the\s+|our\s+)?(?P<group>[\w'-]+)\s+(?:du|de la|des|de|d'|of the|of|from)\s*"
    r"(?:groupe|group|region|secteur|antenne|site|\d+)\b"
)
_FIRST_NAME = r"(?:[A-Z][a-z'-]+(?<![sx])|moi|me)"
_PEOPLE = re.compile(rf"^{_FIRST_NAME}(?:\s*(?:,|&|\bet\b|\band\b)\s*{_FIRST_NAME})+$")
_BRANDED = re.compile(r"^(?i:ambassad\w*)\s+[A-Z][\w'-]*$")
_BARE_PLURAL = re.compile(r"^[\w'-]+[sx]$", re.IGNORECASE)
# Readers only: "à l'usage des seuls X", "réservé aux seuls X", "pour les seuls X" (not "les
# seuls frais possibles sont…").
_THE_ONLY = re.compile(
    r"\b(?:(?:usage|reserve\w*|destine\w*|pour|par|acces|lecture|diffus\w*|communique\w*"
    r"|visible\w*|adresse\w*)\s+(?:des|les|aux)|aux)\s+seul(?:e)?s\s+"
    r"(?P<group>[\w'-]+(?:\s+[\w'-]+){0,4})",
    re.IGNORECASE,
)
_ONLY_TO = re.compile(
    r"\bn[e']\s*\w*\s*(?:diffuser|partager|transmettre|envoyer|adresse\w*|destine\w*|envoye\w*"
    r"|reserve\w*|communiquer|montrer)\s+qu'?\s*(?:aux|au|a la|a l'|a)\s+(?P<group>[^.!?—–]{2,60})",
    re.IGNORECASE,
)


def _names_everyone(group: str) -> bool:
    words = re.sub(r"[^\w\s'-]", " ", group.casefold()).split()
    return bool(words) and _EVERY_AMBASSADOR.match(" ".join(words)) is not None


def _only_banner(plain: str, names_known: bool) -> bool:
    if (match := _ONLY_BANNER.match(_lead_folded(plain))) is None:
        return False
    group = match.group("group").strip()
    folded = group.casefold()
    offer = _OFFER.search(plain.casefold()) and not re.match(_BODY_FIRST + r"\b", fold(group))
    if _names_everyone(group) or _NOT_READERS.match(folded) or offer:
        return False
    if _IN_LANGUAGE.search(fold(group)):  # "Workshops are held in French only": how, not who
        return False
    if _BRANDED.match(group):  # "Ambassadeurs Brivane uniquement" may name the company
        return False
    if _PEOPLE.match(group):  # "Bastien et Rachida uniquement": a few people, read elsewhere
        return False
    # A lone plural may be what this client calls its ambassadors ("Passeurs only"): known
    # only with the client's names (then read as "ambassadeurs").
    return names_known or not _BARE_PLURAL.match(group)


def _reserved_for_part(plain: str) -> bool:
    text = _lead_folded(plain)
    if _BODY_LINE.match(text) is not None:
        return True
    match = _RESERVED_QUALIFIED.match(text)
    return match is not None and not _OFFER.search(plain.casefold())


_LEAD_WORD = re.compile(
    r"^[\W_]*(?:note|memo|info\w*|message|invitation|invite|acces|access|pour|for|to|a|aux"
    r"|reserve\w*|destine\w*|tous|toutes|all|les|the|nos|our|ce|this)$"
)


def _lead_folded(plain: str) -> str:
    """The first word in lower case when it leads the line ("Réservé au Bureau" →
    "réservé au Bureau"), a group's name kept as written ("Sommet uniquement")."""
    head, _, tail = plain.partition(" ")
    if not tail or _LEAD_WORD.match(head.casefold()) is None:
        return plain
    return f"{head.casefold()} {tail}"


def _only_some(plain: str) -> bool:
    for pattern in (_THE_ONLY, _ONLY_TO):
        if (match := pattern.search(plain)) is not None:
            group = re.split(r"\s+(?:svp|stp|please|merci)\b|[,;(]", match.group("group"))[0]
            if not _names_everyone(group) and not re.match(r"(?i)(?:vous|toi|nous)\b", group):
                return True
    return False


def part_level(line: str, names_known: bool = False) -> str | None:
    """Internal for a line keeping the document for a part of the ambassadors or a body
    (`names_known`: the client's names for its ambassadors are already read as
    "ambassadeurs" in `line`)."""
    plain = plain_words(line)
    if _only_banner(plain, names_known) or _reserved_for_part(plain) or _only_some(plain):
        return INTERNAL
    if _FIELD_ONLY.search(fold(plain)):
        return INTERNAL
    return None
