"""Readerships the bot cannot enumerate, said in a head's own words: internal.

Fail closed: when a line keeps a document for someone and the reader cannot tell that it
means every ambassador, it is no public document. Each rule here only reads a line that
said no level otherwise.

- a reservation opening the line, or a channel's or a field's: "Réservé aux membres Gold",
  "Réservé Orage", "salon réservé aux ambassadeurs de Vendée", "Diffusion : réservée aux
  partenaires" (who qualifies for an offer is no readership: "Réservé aux membres Or :
  -20 %");
- a list of tiers as the whole line or as a readership field's value, with one of them
  left out or at most two named: "Niveaux Argent et Or (hors Bronze)", "Diffusion :
  niveaux Argent et Or", "Silver and Gold tiers", "Gold tier only (level 3)";
- a short line that keeps it for one group: "Gold only ✨", "Board uniquement";
- who may see it: "(canal visible uniquement par le rôle Core)", "only visible to the
  mods";
- a tier left out: "le palier Or n'est pas concerné", "les Bronze n'y ont pas accès".
"""

from __future__ import annotations

import re

from knowledge.marking_groups import INTERNAL
from knowledge.text import fold, plain_words

_CAP = r"[A-Z][\w'-]*"
_FIELD = (
    r"(?i:(?:diffusion|distribution|acces|access|audience|visibilite|visibility|lecteurs|readers"
    r"|destinataires|tiers?|niveaux?|paliers?)\s*:\s*)"
)
_PLACE_NOUN = (
    r"(?:salon|canal|channel|espace|space|document|doc|page|fil|thread|contenu|content|acces"
    r"|access|note|notes|post|groupe|group|dossier|folder|diffusion|distribution|infos?"
    r"|informations?|messages?|details|news|nouvelles)"
)
_TO = r"(?:a|aux|au|a la|a l|to)"
_RESERVED = re.compile(
    rf"^[\W_]*(?:@[\w-]+[\s,]+)*(?i:{_FIELD}?(?:{_PLACE_NOUN}\s+)?"
    r"(?:strictement\s+|exclusivement\s+|strictly\s+)?"
    rf"(?:reserve(?:e|s|es|d)?\b(?:\s*:|\s+(?:{_TO}|for|pour))?"
    rf"|(?:restreint\w*|restricted|limite\w*|limited)\s+{_TO}))\s+(?P<who>\w.*)$"
)
# Booked, a capacity, a date: "Réservé par Léa", "limité à 20 places", "réservé le 3".
_NOT_READERS = re.compile(r"^(?:(?:par|by|le|on|jusqu|until|oui|non|yes|no)\b|\d)", re.IGNORECASE)
# A count of a named group is its members, not a capacity: "réservé aux 12 Bees du pilote".
_COUNTED = re.compile(
    r"^\d{1,3}\s+(?!(?:premi\w*|first|places?|seats?|personnes|people)\b)[^\W\d_][\w-]*"
    r"\s+(?:du|de la|de l|des|of the)\s+\w",
    re.IGNORECASE,
)
# Who qualifies for an offer, an aid or a reward is no readership ("Réservé aux membres Or
# et au-dessus : -20 %", "réservé aux adhérents ayant 500 points").
_OFFER = re.compile(
    r"(?<!\bla )(?<!\bthe )\bpromo\w*\b(?!\s+\d{4})"  # "de la promo 2026": a cohort
    r"|\b(?:offre|offert\w*|remise|reduction|achat\w*|prix|tarif\w*|gagne\w*|vote\w*"
    r"|concours|discount|off|offer|free|gratuit\w*|places?|seats?|aides?|subventions?|primes?"
    r"|bourses?|cadeaux?|gifts?|rewards?|recompenses?|au-dessus|au dessus|and above|or above"
    r"|et plus|ayant|having|who have|qui ont|tous|toutes|all|every)\b(?!-)|%",
    re.IGNORECASE,
)
_TIER_WORD = r"(?:niveaux?|paliers?|tiers?|levels?|rangs?)"
_JOIN = r"(?:\s*,\s*|\s+(?:et|and|&|\+)\s+|\s*/\s*)"
_TIERS = rf"{_CAP}(?:\s+{_CAP})?(?:{_JOIN}{_CAP}(?:\s+{_CAP})?)*"
_EXCLUSION = re.compile(
    r"[(,—–-]\s*(?:hors|sauf|pas|pas les|pas le|sans|except|excluding|not|but not|excl\.?)"
    rf"\s+{_CAP}",
)
_TIER_LIST = (
    re.compile(rf"^[\W_]*{_FIELD}?(?i:les\s+|the\s+)?(?i:{_TIER_WORD})\s+(?P<tiers>{_TIERS})"),
    re.compile(rf"^[\W_]*{_FIELD}?(?P<tiers>{_TIERS})\s+(?i:{_TIER_WORD})\b"),
)
_ONLY = re.compile(r"\b(?:only|uniquement|seulement|exclusivement)\b", re.IGNORECASE)
_EVERY = re.compile(r"\b(?:tous|toutes|all|every|chaque|each|any)\b", re.IGNORECASE)
_REST = re.compile(r"^[\s\W_]*(?:(?:only|uniquement|seulement)\b)?[\s\W_]*(?:\(.*\))?[\s\W_]*$")
# One group, not people named one by one ("Léa et Marc uniquement").
_SHORT_ONLY = re.compile(
    rf"^[\W_]*(?!(?i:pour|for|les|the|a|aux|to|chez|with|avec)\b){_CAP}"
    r"(?:\s+(?!(?:et|and)\b)[\w'-]+){0,3}\s+(?:only|uniquement|seulement|exclusivement)[\W_]*$"
)
_VISIBLE = re.compile(
    r"\b(?:visible|accessible|lisible|ouvert|readable|open)s?\s+(?:uniquement|seulement|only"
    r"|exclusivement|exclusively)\s+(?:par|pour|a|aux|au|to|by|for)\b"
    r"|\bonly\s+(?:visible|accessible|readable|open)\s+(?:to|by|for)\b",
    re.IGNORECASE,
)
_LEFT_OUT = re.compile(
    rf"\b(?i:le|la|les|the)\s+(?i:{_TIER_WORD})\s+{_CAP}\s+(?i:n est pas|ne sont pas|is not|are not"
    r"|isn t|aren t)\s+(?i:concerne\w*|inclus\w*|invite\w*|included|invited|eligible\w*)"
    rf"|\b(?i:les)\s+{_CAP}\s+(?i:n y ont pas acces|n ont pas acces)\b"
)


# A mail or a note to a group of people the bot cannot enumerate, in the words of a trade
# or a network (lower case: a program's own name is capitalized): "Note aux partenaires
# agréés", "À tous nos revendeurs", "À tout le réseau des installateurs".
_ADDRESSED = re.compile(
    r"^[\W_]*(?:(?:note|message|mot|courrier|lettre|memo|communication|info)\s+(?:aux|a|to)"
    r"|a l attention (?:des|de tous les|de toutes les)"
    r"|(?:a|to)\s+(?:tous|toutes|tout|l ensemble|all|every|the whole)"
    r"|(?:a|to)\s+(?:nos|our))\s+"
    r"(?:(?:les|le|la|l|nos|notre|our|the|des|de|d|of|reseau|network)\s+)*"
    r"(?P<who>[a-z][\w-]*[sx])\b(?!(?:\s+\w+)?\s+ambassad)",
    re.IGNORECASE,
)
# A mail's recipients field that names a trade: "À : journalistes titulaires", "To: store
# managers" (not "À : tous les …", whose quantifier the whole-program rules read, nor a
# mailing list's address; "A:" without its accent answers a question).
_TO_FIELD = re.compile(
    r"^[\W_]*(?:À|(?i:to|destinataires?|dest|recipients?))\s*:\s*"
    r"(?!(?i:tous|toutes|tout|les|des|nos|vos|leurs|all|every)\b)"
    r"(?P<who>[^\W\d_][\w-]*[sx])(?![\w@.-])"
)
_TITLE_DASH = re.compile(r"\s[—–-]\s")
_WHOLE = re.compile(
    r"^(?:ambassad\w*|membres|members|adherents|abonnes|subscribers|amis|friends|fans|lecteurs"
    r"|readers|followers|participants|inscrits)$"
)
# "Interne équipe : …", "INTERNAL TEAM —": the weak word with the staff as its reader.
_STAFF_TAG = re.compile(
    r"^[\W_]*(?:interne|internal)\s+(?:equipe|team|staff|cm|salaries|employees)\s*(?:[:—–|-]|$)",
    re.IGNORECASE,
)
# A page's place on the staff's intranet: "Intranet Acme › Espace RH".
_INTRANET = re.compile(r"^[\W_]*intranet\b[^›»>]{0,30}(?:›|»|>)", re.IGNORECASE)
# A chat export's channel tag before the message: "[Slack · #team] …".
_TAG = re.compile(r"^\s*\[[^\]]{1,60}\]\s*")


def reserved_level(line: str, *, in_body: bool = False) -> str | None:
    """Internal when `line` keeps the document for a readership the bot cannot enumerate.
    `in_body`: prose came before the line, so a bare list of tiers is a table's cell or an
    item ("niveaux Argent et Or" under "Qui"); a readership field still says it."""
    if reservation_level(line) is not None:
        return INTERNAL
    text = _TAG.sub("", plain_words(line).replace("'", " "))
    tiers = _tier_subset(text) and (not in_body or re.match(_FIELD, text) is not None)
    if tiers or _SHORT_ONLY.match(text) or _LEFT_OUT.search(text):
        return INTERNAL
    # After a title and a dash, the same: "Pilote X – testeurs Gold uniquement", "Note de la
    # direction — à l'attention des chefs de rayon".
    later = _TITLE_DASH.split(text, maxsplit=1)[1:] if not in_body else []
    if later and (_SHORT_ONLY.match(later[0]) or _counted_reservation(later[0])):
        return INTERNAL
    if any(_addressed_to_trade(part) for part in (text, *later)) or _to_trade(line):
        return INTERNAL
    if _INTRANET.match(text) or _STAFF_TAG.match(text):
        return INTERNAL
    return INTERNAL if _VISIBLE.search(text) else None


def reservation_level(line: str) -> str | None:
    """Internal when `line` opens with a reservation for readers ("réservé aux membres du
    comité", "restricted to the core team"), not for who qualifies for an offer."""
    text = _TAG.sub("", plain_words(line).replace("'", " "))
    found = _RESERVED.match(text)
    readers = found is not None and (
        _COUNTED.match(found["who"]) is not None or not _NOT_READERS.match(found["who"])
    )
    if found and readers and not _OFFER.search(found["who"]):
        return INTERNAL
    return None


def _counted_reservation(text: str) -> bool:
    """`text` reserves the document for a counted group ("réservé aux 12 Bees du pilote"),
    not a stock or an offer ("réserve limitée", "réservé aux … dans la limite des stocks")."""
    found = _RESERVED.match(text)
    return (
        found is not None
        and _COUNTED.match(found["who"]) is not None
        and not (_OFFER.search(found["who"]))
    )


def _tier_subset(text: str) -> bool:
    """`text` is a list of tiers (the whole line, or a readership field's value) that
    leaves one out or names at most two."""
    if _EVERY.search(text):
        return False
    for pattern in _TIER_LIST:
        if (found := pattern.match(text)) is None:
            continue
        rest = text[found.end() :]
        if _EXCLUSION.search(rest):
            return True
        count = len(re.split(_JOIN, found["tiers"]))
        # One tier alone ("Minimum level", a table's column) must say it keeps the document.
        said = count > 1 or re.match(_FIELD, text) or _ONLY.search(rest)
        if _REST.match(rest) and count <= 2 and said:
            return True
    return False


def _addressed_to_trade(text: str) -> bool:
    """`text` is addressed to a group named in a trade's or a network's lower-case words
    (`_ADDRESSED`), not to every member."""
    to = _ADDRESSED.match(text)
    return to is not None and to["who"][0].islower() and not _WHOLE.match(to["who"])


def _to_trade(line: str) -> bool:
    """`line` is a mail's recipients field naming a trade in lower-case words (`_TO_FIELD`)."""
    to = _TO_FIELD.match(" ".join(line.replace("’", "'").split()))
    return to is not None and to["who"][0].islower() and not _WHOLE.match(fold(to["who"]))
