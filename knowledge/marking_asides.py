"""Restrictions said in passing: notes, chat messages and corrections in a document's head.

People who share files in a hurry restrict them in their own words rather than with a
label: "NB : finalement NE PAS envoyer aux Veilleurs, on garde ça en interne", "c'est
entre nous, pas dans le Discord", "(j'ai restreint au domaine interne)", "Ne circule
qu'entre A. Kervella (DG) et Y. Benali (DAF)", "Pour les ambassadeurs du site de
Villeurbanne uniquement". Each rule here only ever restricts (internal or confidential);
none opens a document. Lines are read cleaned and folded (`marking_sentences.clean_line`).

- keeping it among the staff: "on garde ça en interne", "reste dans l'équipe";
- not sending it to a group or a place: "ne pas envoyer aux Copilotes", "on ne l'envoie
  pas aux…", "à pas filer aux…", "pas dans le Discord", "the Keepers shouldn't see it";
  forbidding a public venue ("pas sur insta", "not for social media") is no restriction
  from the ambassadors, who may be the readers;
- the ambassadors kept out: "pas pour les ambassadeurs", "not for the ambassadors";
- some of a group only: "Pour les ambassadeurs du site de Villeurbanne uniquement", "For
  the Keepers in Singapore only", "Réservé aux ambassadeurs niveau Or" (the bot cannot
  tell ambassadors apart, so a part of them is the staff's to decide);
- a few people: "ne circule qu'entre…", "Destinataires restreints : …", "Conf.
  direction", "perso et confidentiel";
- sharing kept to the company: "Partage : domaine cretefauve.fr uniquement", "j'ai
  restreint au domaine interne".

A line may open with a word that announces a correction ("ATTENTION :", "NB", "en fait",
"finalement", "Edit:"): `after_aside_opening` gives what follows, read as a line of its own.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, group_level

_AMBASSADORS = r"(?:ambassadeurs?|ambassadrices?|ambassadors?)"
# Places and audiences that are the public, not the ambassadors.
_PUBLIC_VENUE = (
    r"(?:les |la |le |l |sur |on |the |social )*(?:reseaux|reseau|insta|instagram|facebook"
    r"|linkedin|twitter|tiktok|x|internet|web|forums?|media|medias|exterieur|public|presse"
    r"|press|site|blog|story|stories)\b"
)
_SEND = (
    r"(?:envoyer|envoie|envoient|envoyez|filer|file|mettre|met|montrer|montre|poster|poste"
    r"|partager|partage|transferer|transfere|diffuser|diffuse|transmettre|transmet|relayer"
    r"|relaie|faire suivre|fair suivre|fait suivre|faire tourner|tourner|en parler|parler"
    r"|parle)"
)
_TO = r"(?:aux|au|a la|a l|a|dans l espace|dans l|dans le|dans la|chez les|avec les|avec)"
_NOT_SENT = re.compile(
    rf"\b(?:(?:ne pas|ne jamais|a pas|pas) (?:le |la |les |l |en )?{_SEND}"
    rf"|ne (?:le |la |les |l |en |n en )?(?:\w+ )?{_SEND} pas|n en {_SEND} pas)"
    rf" (?P<prep>{_TO}) (?!{_PUBLIC_VENUE})(?P<to>(?:\w+ ?){{1,3}})"
)
# Whom a document is kept from: people (the ambassadors, members, a known group) or their
# space, not a thing ("ne pas mettre au lave-vaisselle").
_PEOPLE = re.compile(
    rf"^(?:{_AMBASSADORS}|membres?|members?|adherents?|communaute|community|club|discord"
    r"|serveur|espace|channel|canal|groupe)\b"
)
_NOT_SENT_EN = re.compile(
    r"\b(?:do not|don t|never|not to) (?:send|share|forward|post|show|give)(?: it| this)?"
    rf" (?:to|with|in) (?:the )?(?!{_PUBLIC_VENUE})\w+"
    r"|\b(?:shouldn t|should not|must not|mustn t) (?:see|read) (?:it|this|the)\b"
    r"|\bne doi(?:t|vent) pas (?:le |la |l )(?:voir|lire)\b"
)
_KEPT_IN = re.compile(
    r"\b(?:ca|ce doc\w*|le doc|this|it|this doc\w*) (?:stays?|remains?|reste|restera)"
    r" (?:with|within|dans|a|cote|au sein de) (?:the |l |la )?(?:team|equipe|staff)\b"
    r"|\bgarde\w*(?: ca| le| ce doc\w*)? (?:cote|dans|pour) (?:l |la )?(?:equipe|team)\b"
    r"|\b(?:on |nous |a )?(?:garde|gardons|garder|gardez)(?: ca| ce doc| ce document"
    r"| ce fichier| tout ca| le doc)? (?:en interne|dans l equipe|entre nous a l equipe"
    r"|in house|a la maison)\b"
)
_AMBASSADORS_OUT = re.compile(
    rf"\b(?:pas|not) (?:pour|for|destine aux|meant for|intended for) (?:les |nos |the |our )?"
    rf"{_AMBASSADORS}\b"
)
_OTHERS = re.compile(
    r"\b(?:ne pas|do not|don t) (?:le |la |les )?(?:partager|share|transmettre|diffuser|forward"
    r"|transferer) (?:avec|with|aux|to) (?:les |the )?(?:autres|other)\b"
)
# "Ne circule qu'entre…", "circulates only among…": who is named decides how few.
_ONLY_BETWEEN = re.compile(
    r"\b(?:ne circule qu|ne doit circuler qu|ne circulent qu|circule uniquement|circulates only"
    r"|only circulates) (?:entre |between |among )?(?P<who>.+)$"
)
_FEW = re.compile(
    r"\b(?:reste|strictement|juste) entre (?:nous|toi et moi|vous et moi|nous deux)\b"
    r"|\bentre (?:nous deux|toi et moi|vous et moi)\b|"
    r"^(?:destinataires? restreints?|liste de diffusion restreinte|restricted recipients"
    r"|named recipients|destinataires nominatifs) :"
    r"|\bperso (?:et )?confidenti(?:al|elle|el)\b"
    r"|^conf (?:direction|codir|comex|drh|rh|dg|daf|ca)\b"
    r"|^(?:source protegee |very |tres |hautement |highly )?(?:strictement|strictly)"
    r" confidenti(?:al|elle|el)\b"
)
_COMPANY_ONLY = re.compile(
    r"^(?:partage|sharing|acces|access|shared with|partage avec|visibilite|visibility) :"
    r" (?:le |the )?(?:domaine|domain|organisation|organization)\b"
    r"|\b(?:j ai |on a |ai )?restreint (?:l acces |le partage |le lien )?(?:au|a l|a la)"
    r" (?:domaine|equipe|staff|personnel|service|organisation)\b"
    r"|\bmembers of (?:the )?organi[sz]ation only\b"
    r"|\bdocs? internes?\b"
    r"|\bpas (?:de )?circuler\b|^ne pas circuler\b"
)
_ONLY = r"(?:uniquement|seulement|exclusivement|only|exclusively)"
_SOME = re.compile(
    rf"^(?:(?:diffusion|audience|visibilite|visibility|sensitivity|sensibilite|acces|access|a"
    rf"|to) : (?=.*\b{_ONLY}\b)"
    rf"|(?=(?:reserv\w*|restrict\w*|limit\w*|pour|for|only|uniquement|envoye\w*)\b))"
    rf"(?:(?:reserve|reservee|reserves|reservees|reserved|restricted|limited|limite|limitee"
    rf"|envoye|sent) (?:a|aux|au|to|for) |(?:pour|for|only for|uniquement pour) )?"
    rf"(?:les |la |le |l |the |nos |our )?(?P<group>(?:\w+ ){{0,8}}?\w+)"
    rf"(?: {_ONLY})?(?: (?:ne pas|do not|don t|merci|please|pls|svp)\b.*)?$"
)
_WHOLE_AMBASSADORS = re.compile(
    rf"^(?:tous |toutes |all )?(?:les |nos |the |our )?{_AMBASSADORS}"
    r"(?: (?:du|de notre|of the|of our) (?:programme|program))?$"
)
# A part of a group: a level, a place, a tier, a few named people ("ambassadors of Malterie
# du Causse" are all of them).
_PART = re.compile(
    r"\b(?:niveau|level|tier|palier|rang|grade|cercle|circle|site|region|ville|city|secteur"
    r"|antenne|agence|branch|groupe|group|pole|zone|chapitre|chapter|area|sector|secteur|in"
    r"|at|mme|m|mr|mrs|ms|dr)\b"
)
_LEVEL_NAMED = re.compile(r"\b(?:public|publique|interne?|internal|confidenti\w*|secret)\b")
_OPENING = re.compile(
    r"^(?:(?:attention|nb|n b|edit|update|maj|mise a jour|correction|erratum|important|rappel"
    r"|ps|note|en fait|finalement|actually|in fact|finally|ajoute par \w+|added by \w+"
    r"|pied de page|footer|header|en tete|entete|bandeau|banner|filigrane|watermark|tampon"
    r"|stamp|cartouche)"
    r"(?: :)? )+"
)


_NOT_FOR = re.compile(r"\b(?:pas|not|ni) (?:pour|for) (?:les |la |l |the )?\w+")
_STAFF_SAID = re.compile(
    r"\b(?:equipe|team|staff|interne?|internal|intrene|entre nous|pour nous|for us|c pour nous)\b"
)


def aside_levels(text: str) -> list[str]:
    """The restrictions `text` (a cleaned, folded line) says in passing."""
    found: list[str] = []
    if any(p.search(text) for p in (_KEPT_IN, _NOT_SENT_EN, _AMBASSADORS_OUT, _OTHERS)):
        found.append(INTERNAL)
    if (sent := _NOT_SENT.search(text)) is not None and (
        _kept_from(sent.group("to")) or sent.group("prep") == "aux"
    ):
        found.append(INTERNAL)
    if _NOT_FOR.search(text) and _STAFF_SAID.search(text):
        found.append(INTERNAL)
    if _COMPANY_ONLY.search(text):
        found.append(INTERNAL)
    if _FEW.search(text):
        found.append(CONFIDENTIAL)
    if (between := _ONLY_BETWEEN.search(text)) is not None:
        level = group_level(between.group("who"), restrictive_only=True)
        found.append(CONFIDENTIAL if level in (None, CONFIDENTIAL) else INTERNAL)
    if (some := _SOME.match(text)) is not None and _some_only(some.group("group"), text):
        found.append(INTERNAL)
    return found


def _kept_from(whom: str) -> bool:
    """People (the ambassadors, members, a known group, a plural name: "aux Complices") or
    their space, not a thing ("au lave-vaisselle")."""
    return _PEOPLE.match(whom) is not None or group_level(whom) is not None


def _some_only(group: str, text: str) -> bool:
    """A readership naming part of a group, or a group the reader does not know, only."""
    if _WHOLE_AMBASSADORS.match(group) or _LEVEL_NAMED.search(group):
        return False
    if re.search(rf"\b{_AMBASSADORS}\b", group):
        return _PART.search(group) is not None
    # Another group, unknown to the reader (often the program's own name for the
    # ambassadors): a part of it, or on a labelled line ("Sensitivity: Keepers – Platinum
    # tier only"); "Pour les familles uniquement" may be a flyer's audience.
    labelled = re.match(r"^\w+ : ", text) is not None
    return group_level(group) is None and (labelled or _PART.search(group) is not None)


def after_aside_opening(text: str) -> str | None:
    """What follows a correction's opening word ("ATTENTION : en fait réservé à l'équipe"
    gives "reserve a l equipe"), or None."""
    found = _OPENING.match(text)
    rest = text[found.end() :].strip() if found else ""
    return rest or None
