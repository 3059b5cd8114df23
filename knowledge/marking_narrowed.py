"""A readership narrowed to part of a group: some ambassadors, never all of them.

Companies name a part of their community at the top of a document, often with no
"pour" before it: "Relais de Nantes & Rennes uniquement – apéro du 3 mai", "Ambassadeurs
Cercle Or uniquement", "Scouts – Quebec chapter only", "Vigies du secteur Ouest
seulement", "Diffusion : ambassadeurs d'altitude et des vallées", "Réservé aux
ambassadeurs des boutiques de Brest et Vannes". The bot cannot tell those readers from
the other ambassadors: internal.

Read strictly, since a program's own name often has a "de" in it ("les Compagnons du
Lin"):

- after the word for the ambassadors (the client's names already read as "ambassadeurs"),
  any qualifier narrows the group, unless the line still names all of them
  (`marking_ambassadors.for_ambassadors`: "Ambassadeurs du programme uniquement",
  "ambassadeurs Lumina uniquement");
- after a name the reader does not know, only a site's word ("secteur", "région",
  "chapter", "agences"), a list of places ("de Lyon & Grenoble") or a name then a place
  ("du Lin de Quimper") narrows it;
- "only" closes the readership (end of line or a separator follows), or a label or a
  "réservé aux" opens it; an offer's eligibility ("Clients Or uniquement : -20 %") is
  no readership.
"""

from __future__ import annotations

import re

from knowledge.marking_ambassadors import NO_BRAND, for_ambassadors
from knowledge.marking_groups import INTERNAL
from knowledge.text import strip_accents

_LABEL = (
    r"(?:(?i:diffusion|acces|access|audience|visibilite|visibility|lecteurs|readers"
    r"|destinataires|public vise|public cible)\s*:\s*)"
)
_LEAD = (
    r"(?:(?i:pour|for|only for|reserve\w*\s+(?:aux|a|to)|destine\w*\s+(?:aux|a|to)|intended for"
    r"|a l'attention des|sent to|envoye\w* aux"
    r"|(?:(?:document|doc|note|message|info|courrier|mail)\s+)?(?:transmis\w*|communique\w*"
    r"|adresse\w*|forwarded|sent)\s+(?:aux|a|to))\s+)"
)
_ARTICLE = r"(?:(?i:tous |toutes |all )?(?i:les|the|nos|our|l')\s*)?"
_GROUP = r"(?P<group>(?i:ambassad\w*)|[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){0,2})"
_ONLY = r"(?i:uniquement|seulement|exclusivement|only|exclusively)"
# "only" closes the readership: the line ends, or a separator or an emoji follows.
_CLOSED = rf"\s+{_ONLY}(?=\s*$|\s*[^\w\s'])"
_ONLY_LINE = re.compile(
    rf"^[\W_]*{_LABEL}?{_LEAD}?{_ARTICLE}{_GROUP}(?!\w)\s*(?:[–—-]\s*)?(?!{_ONLY})"
    rf"(?P<qual>\S.{{0,60}}?){_CLOSED}"
)
_OPENED_LINE = re.compile(
    rf"^[\W_]*(?:{_LABEL}{_LEAD}?|{_LEAD}){_ARTICLE}(?P<group>(?i:ambassad\w*))\s+"
    r"(?P<qual>(?i:de|du|des|d'|d|of|from|in)\b.{1,60})$"
)
# A labelled readership naming a group the reader does not know, then one of its sites:
# "Public visé : Vigies de la région Ouest" (a site's word only: a program's own name often
# has a "de" in it).
_LABELLED_SITE = re.compile(
    rf"^[\W_]*{_LABEL}{_LEAD}?{_ARTICLE}(?P<group>[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){{0,2}})\s+"
    r"(?P<qual>(?i:de|du|des|d'|of|from|in)\b.{1,60})$"
)
_EVERY = re.compile(r"\b(?i:tous|toutes|tout|all|every|each|chaque)\b")
_SITE = (
    r"\b(?i:secteurs?|regions?|delegations?|departements?|villes?|agences?|antennes?|sections?|sites?"
    r"|boutiques?|magasins?|clubs?|campus|studios?|chapters?|branch(?:es)?|stores?|districts?"
    r"|provinces?|cantons?|quartiers?|zones?|areas?|city|cities|town|towns)\b"
)
_UP = r"[A-Z][\w'-]+"
_PLACES = re.compile(rf"\b{_UP}(?:\s*(?:[,&+/]|\bet\b|\band\b)\s*{_UP})+")
_TWO_PLACES = re.compile(
    rf"^(?i:de|du|des|d')\s*(?:la |le |l')?{_UP}(?:\s+{_UP})?\s+(?i:de|du|d'|a|in)\s*{_UP}"
)
_TIER = re.compile(
    r"\b(?i:niveau|level|tier|palier|rang|grade)\s+\w+|\b\w+[- ](?i:tier|level)\b"
    r"|\b(?i:cercle|circle)\s+(?P<circle>\w+)"
)
_PART = r"(?:de|du|des|d')\s*[a-z][\w'-]*"
_PARTS = re.compile(rf"{_PART}(?:\s+(?:et|ou)\s+{_PART})+")
# Who qualifies for an offer is no readership.
_OFFER = re.compile(
    r"\b(?:offre|offert\w*|remise|reduction|promo\w*|prix|tarif\w*|concours|au-dessus"
    r"|au dessus|and above|or above|discount|off|offer|free|gratuit\w*|\d+\s?%)",
    re.IGNORECASE,
)


def narrowed_level(raw: str, named: str | None = None) -> str | None:
    """Internal when `raw` (`named`: with the client's names read as "ambassadeurs") keeps
    the document for part of a group."""
    named = named if named is not None else raw
    if for_ambassadors(named) or _OFFER.search(strip_accents(raw)):
        return None
    return INTERNAL if any(_narrows(strip_accents(line)) for line in {raw, named}) else None


# A front matter's slug: "visibilite: ambassadeurs-rennes" (the client's name said).
_SLUG = re.compile(
    r"^\W*(?i:visibilite|visibility|audience|diffusion|acces|access|lecteurs|readers)\s*:\s*"
    r"(?i:ambassad\w*)-(?P<part>[a-z][\w-]*)\s*$"
)
_WHOLE_SLUG = frozenset(("all", "tous", "toutes", "programme", "program", "club", "communaute"))
# A tier closing a readership: "Réservé aux membres abonnés « Loge » (niveau 3)".
_TIERED = re.compile(
    rf"^[\W_]*{_LABEL}?{_LEAD}{_ARTICLE}[A-Za-z].{{0,60}}\((?i:niveau|level|tier|palier|rang)"
    r"\s+\w+\)\s*$"
)


def _is_tier(qual: str) -> bool:
    """A level of the program, not its name: "Cercle" or "Circle" names a tier only with a
    tier's word ("du Cercle Or", "Circle 2"); "du Cercle Lavande" is the program itself."""
    found = _TIER.search(qual)
    if found is None:
        return False
    circle = found.group("circle")
    return circle is None or circle.casefold() in NO_BRAND or circle.isdigit()


def _narrows(plain: str) -> bool:
    plain = plain.replace("’", "'")
    if (slug := _SLUG.match(plain)) is not None:
        return slug.group("part") not in _WHOLE_SLUG
    if _TIERED.match(plain):
        return True
    found = _ONLY_LINE.match(plain) or _OPENED_LINE.match(plain)
    if found is None and (labelled := _LABELLED_SITE.match(plain)) is not None:
        qual = labelled.group("qual")
        return re.search(_SITE, qual) is not None and not _EVERY.search(qual)
    if found is None:
        return False
    qual = found.group("qual").strip(" –—-")
    if not qual:
        return False
    site = re.search(_SITE, qual) is not None
    places = _PLACES.search(qual) is not None or _TWO_PLACES.match(qual) is not None
    some = site or places or _is_tier(qual)
    if found.re is _OPENED_LINE:
        # No "only": a company's name may follow ("ambassadors of Malterie du Causse"); a
        # site, places, a tier or two lower-case parts ("d'altitude et des vallées") narrow.
        return some or _PARTS.fullmatch(qual) is not None
    if re.match(r"(?i:ambassad)", found.group("group")):
        return not re.fullmatch(r"(?i:(?:du|de notre|of the|of our) (?:programme|program))", qual)
    return some
