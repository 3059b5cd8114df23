"""Sentences and values that say who may read a document (used by `knowledge.markers`).

Beyond a level's name (`Confidentiel`, `Interne`), authors say who a document is for:

- an audience: `Audience : collaborateurs`, `Diffusion : membres du COMEX`, `Réservé au
  comité de direction`, `For employees only`, `à l'attention exclusive de…`. A small group
  (board, executive committee, HR, one named person) is confidential, the staff or a team
  internal, ambassadors, customers or everyone public. A sentence about who a document is
  kept for only ever restricts it ("destiné aux ambassadeurs" is content), and only when
  the document or its reading is what it is about ("Le parking est réservé au personnel");
  a labelled audience or a visibility (`Visible par tous`) may also open it;
- a permission: `Peut être partagé librement`, `Feel free to share`, `For immediate
  release`, `À relayer sans modération`: public; a request not to pass it on (`Merci de
  ne pas partager ce document`): internal;
- an embargo, a date to wait for or an NDA (`EMBARGOED until…`, `Ne pas publier avant le 3
  mars`, `Sous NDA`): confidential; a degree (`Sensibilité : haute`) (codes: `marking_lexicon`).
"""

from __future__ import annotations

import re

from knowledge.marking_groups import (
    ANY_GROUP,
    CONFIDENTIAL,
    EVERY_MEMBER_OF,
    INTERNAL,
    LEVELS,
    PUBLIC,
    group_level,
)

# A sentence about the document itself: "Ce document est strictement confidentiel",
# "Cette note ne doit pas être diffusée", "This document must not be shared".
SELF_WORDS = 30
_DOC = r"^(?:\w+ ){0,4}?(?:ce|cette|le present|la presente|this|the present)\s+(?:\w+\s+){0,2}?"
_DOC += r"(?:document|fichier|note|memo|rapport|presentation|fiche|guide|support"
_DOC += r"|file|report|deck|sheet|version|kit|contenu|content|diaporama|slides|message|mail"
_DOC += r"|e mail|email|courriel|compte rendu|communique|page|article)\b"
# Who a document is kept for: the team, not its readers outside ("réservé à l'équipe").
_STAFF = (
    r"(?:l equipe|l ensemble de l equipe|equipes?|personnel|salaries|collaborateurs|staff|team)"
)
SELF_REFERENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(_DOC + r"(?:\s+\w+){0,5}?\s+(?:confidentiel\w*|confidential)\b"), CONFIDENTIAL),
    (
        re.compile(_DOC + r"(?:\s+\w+){0,4}?\s+(?:interne|internal|restreint\w*|restricted)\b"),
        INTERNAL,
    ),
    (
        re.compile(
            _DOC + r"(?:\s+\w+){0,3}?\s+(?:ne (?:doit|peut)|n a|n est) (?:jamais |pas |en aucun "
            r"cas )*(?:vocation a |destinee? a )?(?:etre )?(?:diffuse|partage|communique|transmis"
            r"|divulgue|publie)(?!\w* (?:sur|on) )"  # "publié sur les réseaux": a place
        ),
        INTERNAL,
    ),
    (
        re.compile(
            _DOC + r"(?:\s+\w+){0,3}?\s+(?:reserve|destine)e?s? (?:a l usage (?:exclusif )?)?"
            r"(?:de |du |des |a |au |aux )?(?:la |le |les |notre |nos |votre |vos )?" + _STAFF
        ),
        INTERNAL,
    ),
    (
        re.compile(
            r"^(?:document|note|memo|fiche|rapport|version|presentation|guide)"
            r"(?: \w+){0,3} (?:interne|internal|restreinte?|restricted)$"
        ),
        INTERNAL,
    ),
    (re.compile(_DOC + r"(?:\s+\w+){0,3}?\s+for (?:the )?" + _STAFF + r" only\b"), INTERNAL),
    (
        re.compile(
            _DOC + r"(?:\s+\w+){0,3}?\s+(?:must|may|should) (?:not|never) be "
            r"(?:shared|distributed|disclosed|forwarded|published)"
        ),
        INTERNAL,
    ),
)


# Who a document is kept for, said in a sentence whose subject is the document or its
# reading ("Diffusion limitée à l'équipe", "Ce guide est réservé au CODIR"): a sentence
# about something else ("Le parking est réservé au personnel") is content. A banner's
# short forms ("Direction uniquement", "aux seuls signataires") are read anywhere.
_ONLY = r"(?:only|uniquement|seulement|exclusivement)"
_SUBJECT = (
    r"^(?:(?:diffusion|distribution|acces|access|lecture|consultation|circulation|usage|use"
    r"|document|(?:ce|cette|this) \w+(?: \w+){0,2}?(?: est| is)?) )?"
)
_KEPT_FOR: tuple[re.Pattern[str], ...] = (
    re.compile(
        _SUBJECT + r"(?:strictement |exclusivement |strictly )?(?:reserve|destine|limite"
        r"|restreint|limited|restricted)e?s? (?:(?:uniquement|exclusivement|seulement|only) )?"
        r"(?:a l usage (?:exclusif )?)?"
        r"(?:(?:a|au|aux|de|du|des|a la|a l|to|for) )?" + EVERY_MEMBER_OF + r"((?:\w+ ?){1,6})"
    ),
    re.compile(
        _DOC + r"(?: \w+){0,2}? (?:intended for|meant for|addressed to|s adresse a"
        r"|s adressent a|reserved for) " + EVERY_MEMBER_OF + r"((?:\w+ ?){1,5})"
    ),
    re.compile(
        r"^(?:\w+ ){0,3}?(?:ne pas|do not|don t|not for|not to be)\b(?: \w+){0,4}? (?:en dehors"
        r"|hors|outside|beyond|au dela) (?:(?:de|du|des|d|of) )?((?:\w+ ?){1,4})"
    ),
    # "Ce document ne doit être lu que par l'équipe", "À ne partager qu'avec la direction".
    re.compile(
        r"^(?:\w+ ){0,4}?n(?:e)? (?:\w+ ){1,4}?qu(?:e)? (?:a|au|aux|par|entre|avec|aupres)"
        r" ((?:\w+ ?){1,5})"
    ),
    # "May only be shared with the team", "À partager uniquement avec l'équipe".
    re.compile(
        r"\b(?:only|uniquement|seulement) (?:be )?(?:shared|distributed|read|circulated|partagee?s?"
        r"|diffusee?s?|lue?s?|consultee?s?)? ?(?:with|to|by|avec|a|aux|au|par) "
        r"(?:(?:the|l|la|les) )?((?:\w+ ?){1,4})"
    ),
)
# "Seuls les salariés…", "Only staff…": who may read, unless what follows is who may join
# ("Seuls les salariés permanents ne peuvent pas être Éclaireurs", "Only customers can apply").
_ONLY_GROUP = re.compile(
    r"\b(?:seul(?:e)?s?|only) (?:les |aux |the |a |au )?((?:\w+ )?" + ANY_GROUP + ")"
)
_MEMBERSHIP = re.compile(
    r"^(?:\w+ ){0,8}?(?:ne )?(?:peut|peuvent|pourront|pourra|sont|est|can|may|could|are|is)"
    r"(?: pas| not)? (?:etre|devenir|rejoindre|s inscrire|participer|postuler|candidater"
    r"|eligibles?|be|become|join|apply|sign up|take part|eligible)\b"
    r"(?! (?:destinataires?|recipients?|autorisee?s?|allowed|authori[sz]ed|informee?s?"
    r"|informed|lecteurs?|readers?|given|shown|sent))"
)
_BANNER_KEPT_FOR: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^(?:(?:a|pour) )?(?:l )?usage exclusif (?:(?:de|du|des|d) )?"
        + EVERY_MEMBER_OF
        + r"((?:\w+ ?){1,6})"
        r"|^(?:uniquement|exclusivement|seulement|only|exclusively) (?:pour|for|a|au|aux)"
        r" (?:(?:le|la|les|l|the) )?((?:\w+ ?){1,5})"
    ),
    re.compile(
        r"^(?:pas|not|non) (?:pour|for|destinee?s? aux?|intended for) (?:(?:les|the|nos|our) )?"
        r"((?:clients?|customers?|ambassadeurs|ambassadors|externes?|external|public|partenaires"
        r"|partners|prospects))\b()"
    ),
    # "Pour le personnel du magasin seulement", "For store staff in Quebec only".
    re.compile(
        r"\b(?:for|pour) (?:the )?(?:use of )?((?:\w+ ){0,2}?"
        + ANY_GROUP
        + r")(?: \w+){0,3}? "
        + _ONLY
    ),
    re.compile(r"\b(" + ANY_GROUP + r")(?: members| membres| use)? " + _ONLY + r"\b"),
    re.compile(r"\b(" + ANY_GROUP + r") \w+ " + _ONLY + r"$"),  # "Équipe CM uniquement"
    _ONLY_GROUP,
)
_PERSONAL = re.compile(
    r"\b(?:a l attention exclusive d|for the exclusive attention of|eyes only|yeux seulement"
    r"|a l attention de (?:\w+ ){1,4}?" + _ONLY + r"|for the attention of (?:\w+ ){1,4}?only)"
)

# Who writes, not who reads: "#annonces : written by the team only", "rédigé par la
# direction uniquement" ("accessible by staff only" still names readers).
_AUTHORED_BY = re.compile(
    r"\b(?:written|posted|edited|managed|run|moderated|published|signed|approved|validated"
    r"|maintained|updated|created|filled|redigee?s?|ecrite?s?|publiee?s?|geree?s?|animee?s?"
    r"|moderee?s?|tenue?s?|validee?s?|signee?s?|creee?s?|alimentee?s?|remplie?s?) (?:by|par)"
    r"(?: (?:the|la|le|les|l|our|notre|nos))? ?$"
)


def kept_for(text: str) -> str | None:
    """The level a line about a document's readers gives (restrictive only)."""
    if _PERSONAL.search(text):
        return CONFIDENTIAL
    levels = [
        level
        for pattern in (*_KEPT_FOR, *_BANNER_KEPT_FOR)
        for match in pattern.finditer(text)
        if not (pattern is _ONLY_GROUP and _MEMBERSHIP.match(text[match.end() :].strip()))
        and not _AUTHORED_BY.search(text[: match.start()])
        and (level := _kept_level(match)) is not None
    ]
    return max(levels, key=LEVELS.index) if levels else None


def _kept_level(match: re.Match[str]) -> str | None:
    """The group a pattern caught, or internal when it says who may not read it."""
    if match.re.groups == 2 and match.group(2) == "":
        return INTERNAL
    group = next((g for g in match.groups() if g), "")
    return group_level(group, restrictive_only=True)


# Telling readers to pass a document on: public.
_PERMIT = (
    r"(?:partager|partagee?s?|diffuser|diffusee?s?|relayer|relayee?s?|transferer|transferee?s?"
    r"|transmettre|transmise?s?|publier|publiee?s?|projetee?s?|faire circuler|share|shared"
    r"|distribute|distributed|forward|forwarded|repost|publish|published|circulate|circulated"
    r"|communiquer|communiquee?s?|communicated|remise?s?|distribuee?s?|handed out|given out"
    r"|donner|donnee?s?|give|given|montrer|montree?s?|show|shown|afficher|affichee?s?|post"
    r"|posted|displayed|reproduire|reproduite?s?|reproduced|partagez|diffusez|relayez|transmettez"
    r"|publiez|affichez|poster|postez|faire suivre|faites (?:l[ae]s? )?suivre|transferez)"
)
_FREELY = (
    r"(?:librement|sans restriction|sans moderation|largement|a tous|a tout le monde|freely"
    r"|sans (?:souci|probleme|hesiter)|partout|autour de vous|everywhere|anywhere|a fond"
    r"|widely|without restriction|with anyone|with everyone|publiquement|publicly"
    r"|(?:sur|avec|aupres de|dans|a) (?:vos|tes) (?:reseaux|contacts|proches|collegues|clients)"
    r"|(?:on|with) your (?:networks?|contacts|colleagues|customers)"
    r"|a qui (?:vous|tu) (?:le )?(?:voulez|veux|souhaitez)|(?:to|with) (?:whoever|anyone) you like)"
)
_OBJECT = r"(?:ce|cette|cet|le present|la presente|this|these) \w+"
_DOC_NOUN = r"(?:texte|document|doc|fichier|message|contenu|kit|visuel|communique|text|content)"
_PERMISSIONS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"^(?:{_DOC_NOUN} )?(?:a |to be )?{_PERMIT}(?: \w+){{0,4}}? {_FREELY}\b"),
    re.compile(
        rf"^(?:please |(?:ce|cette|this|it|that) (?:\w+ )?(?:is|est) )?(?:feel free to|free to"
        rf"|ok to|okay to|n hesitez pas a|go ahead and|fine to|good to|safe to) {_PERMIT}\b"
    ),
    re.compile(
        rf"^(?:\w+ ){{0,3}}?(?:est |is )?(?:fait|faite|concue?|made|meant) (?:pour etre|to be)"
        rf" {_PERMIT}\b"
    ),
    re.compile(
        rf"^(?:vous pouvez|tu peux|you may|you can)(?: le| la| les| l| it)? {_PERMIT} "
        rf"(?:(?:\w+ ){{0,3}}?{_OBJECT}|{_FREELY}|(?:\w+ ){{0,3}}?(?:a|aux|avec|to|with) )"
    ),
    re.compile(
        rf"^(?:\w+ ){{0,3}}?(?:peut|peuvent|may|can) (?:etre |be )?(?:librement )?{_PERMIT}\b"
    ),
)
# Who can see it: "Visible par tous", "Peut être consulté par l'équipe uniquement".
_VISIBLE_TO = re.compile(
    r"^(?:(?:document|(?:ce|cette|this) \w+)(?: est| is)? )?(?:(?:only |seulement )?(?:visible"
    r"|lisible|consultable|accessible|readable|viewable)(?: only| uniquement| seulement)?"
    r"|(?:peut|peuvent|may|can) (?:etre |be )?(?:lue?s?|consultee?s?|read|viewed|accessed|seen"
    r"|vue?s?)) (?:par|by|to|a|pour|aux?|de) ((?:\w+ ?){1,5})"
)
# Leave to pass a document on to some readers: "Diffusable aux ambassadeurs et aux
# clients", "For distribution to ambassadors and prospects", "À transmettre aux équipes".
_SHAREABLE_TO = re.compile(
    r"^(?:(?:ce|cette|this) \w+ (?:est |is )?)?(?:diffusable|distribuable|partageable"
    r"|transmissible|shareable|sharable|(?:cleared |approved )?for distribution|pour diffusion"
    r"|a diffuser|a transmettre|a partager) (?:a|aux?|to|with|avec|aupres des?) ((?:\w+ ?){1,6})"
)
_PUBLIC_SELF = re.compile(
    _DOC + r" (?:est|is) (?:entierement |totalement |fully |entirely )?"
    r"(?:public|publique|diffusable|partageable|shareable)\b"
)


def visible_to(text: str) -> str | None:
    for pattern in (_VISIBLE_TO, _SHAREABLE_TO):
        if (match := pattern.search(text)) is not None:
            return group_level(match.group(1))
    return PUBLIC if _PUBLIC_SELF.search(text) and not _DENIED.search(text) else None


_DENIED = re.compile(r"\b(?:ne|not|cannot|can t|never|jamais|pas)\b")


# A permission about something else than the document ("Vos photos peuvent être partagées
# librement", "Feel free to share your pictures") opens nothing: a noun the segment names
# with a possessive or a definite article, outside the ways of sharing, is that something.
_OTHER_THING = re.compile(
    r"\b(?:vos|tes|mes|nos|leurs|ses|les|des|your|their|our|my|his|her|the) "
    r"(?!(?:present|presente)\b)\w+"
)
_FREELY_ANYWHERE = re.compile(rf"\b{_FREELY}\b")


# Who it may be passed on to: "… partagé avec les clients", "… remis aux ambassadeurs".
_PASSED_TO = re.compile(
    r"\b(?:avec|with|to|aux|a|aupres des?|devant|in front of)"
    r" (?:les |des |the |nos |our |vos |your )?((?:\w+ ?){1,4})"
)

# To all but some, or within a circle of staff: "entre collègues du service" opens nothing.
_BUT = re.compile(r"\b(?:sauf|excepte|hormis|except|but not)\b")
_WITHIN = re.compile(r"\b(?:entre|parmi|au sein de|among|amongst|within) ((?:\w+ ?){1,4})")


def permitted(segment: str) -> bool:
    """A segment that lets readers pass the document itself on to anyone outside."""
    if (
        _DENIED.search(segment.split(" mais ")[0].split(" but ")[0])
        or _BUT.search(segment)
        or any(group_level(m.group(1), restrictive_only=True) for m in _WITHIN.finditer(segment))
        or not any(p.search(segment) for p in _PERMISSIONS)
    ):
        return False
    rest = _FREELY_ANYWHERE.sub(" ", segment)
    to = next((m for m in _PASSED_TO.finditer(rest) if group_level(m.group(1))), None)
    if to is not None:
        if group_level(to.group(1), restrictive_only=True) is not None:
            return False  # "partagé avec les équipes": kept among the staff
        rest = rest[: to.start()]  # the readers it names, one or a list
    else:
        rest = _TO_YOUR.sub(" ", rest)  # "à vos fournisseurs": people they choose, outside
    rest = " ".join(_PLACE.sub(" ", rest).split())  # where it may be posted: "affiché en X"
    return re.search(_OBJECT, rest) is not None or _OTHER_THING.search(rest) is None


_PLACE = re.compile(r"\b(?:en|dans|sur|on|in|at) (?:les |la |le |l |nos |vos |the |our )?\w+")
# Passed on to the readers' own people: "vous pouvez le montrer à vos fournisseurs".
_TO_YOUR = re.compile(r"\b(?:a|aux|avec|to|with|aupres de) (?:vos|tes|your) \w+")


# A prohibition aimed at something else than the document is a rule of conduct, not a
# marking: "ne pas publier la position exacte des colonies de phoques", "do not share your
# password" (a charter's list item). What it forbids is then a named thing outside what a
# document holds; "ne pas diffuser", "ne pas diffuser ce document", "ne pas diffuser les
# chiffres" or "ne pas diffuser avant le 3 mars" stay markings (fail closed).
PROHIBITIONS = re.compile(r"^(?:ne pas|ne jamais|do not|don t|never|not to be|not for) ")
_CONTENTS = (
    r"(?:document|documents|fichier|fichiers|note|notes|contenu|contenus|information|informations"
    r"|infos?|donnees|chiffres|elements|resultats|presentation|slides|support|supports|annexe"
    r"|annexes|pieces?|page|pages|memo|rapport|compte|details|content|contents|file|files"
    r"|figures|data|results|deck|report|material|materials|it|them|liste|listes|list|lists"
    r"|tableau|tableaux|table|tables|tarifs?|prix|prices|pricing|noms|names|coordonnees|contacts"
    r"|montants|budgets?|plan|plans|planning|strategie|strategy|roadmap|calendrier|dates)"
)
# Not an object: a scope, a date or a manner ("ne pas diffuser avant le 3 mars / en dehors").
_SCOPE = (
    r"(?:en|hors|outside|a|au|aux|to|with|avec|avant|before|until|jusqu|sans|without|sur|on"
    r"|par|by|ni|nor|ou|or|et|and|externally|publiquement|publicly|ce|cette|cet|ces|this|these"
    r"|le present|la presente)"
)
_SOMETHING_ELSE = re.compile(
    rf"^(?!{_SCOPE}\b)(?:(?:de|d) \w+|(?:(?:le|la|les|l|des|du|un|une|vos|votre|tes|ton|ta|ses"
    r"|son|sa|leurs|leur|nos|notre|mes|mon|ma|the|your|their|our|my|his|her|any|an|others"
    rf"|other) )?(?!(?:\w+ )?{_CONTENTS}\b)\w+)"
)


def forbids_something_else(after: str) -> bool:
    """`after`, the words that follow a prohibition ("ne pas publier" + `after`), name
    something else than the document and its contents."""
    return _SOMETHING_ELSE.match(after) is not None


# A polite request not to pass a document on: "Merci de ne pas partager ce document…".
_ASKED = re.compile(
    r"\b(?:merci de|priere de|veuillez|please|kindly|svp) (?:ne (?:pas|jamais)|do not|don t"
    r"|not to|never) (?:le |la |les |\w+ )?(?:diffuser|partager|transmettre|transferer"
    r"|communiquer|divulguer|publier|faire suivre|faire circuler|sortir|share|distribute"
    r"|forward|circulate|disclose|publish|reshare|re share|repartager)(?: (?:ce|cette|cet|ces"
    r"|this|these|it|en dehors|hors|outside|beyond|a l exterieur)\b|$)"
)
# Asked to keep it among the staff: "Merci de garder ce doc en interne", "Please keep this
# internal", "Keep it confidential" (the document itself: "garder le secret sur les
# prototypes" is a rule for the readers).
_KEEP = re.compile(
    r"\b(?:garder|gardez|garde|conserver|keep) (?:ce|cette|cet|ces|this|these|it)"
    r"(?: \w+)? (?:(en interne|internal|entre nous|in house|in the team|dans l equipe)"
    r"|(confidentiel\w*|confidential|secret|pour vous|to yourself|to yourselves))\b"
)


# A line that opens by forbidding it: "Ne doit pas être diffusé", "Must not be shared".
_FORBIDDEN = re.compile(
    rf"^(?:ne (?:doit|peut|doivent|peuvent) (?:pas|jamais|en aucun cas) (?:etre )?"
    rf"|(?:must|may|should|can) (?:not|never) be |cannot be ){_PERMIT}\b"
)


def asked_not_to_share(text: str) -> str | None:
    if (keep := _KEEP.search(text)) is not None:
        return INTERNAL if keep.group(1) else CONFIDENTIAL
    return INTERNAL if _ASKED.search(text) or _FORBIDDEN.search(text) else None


# Held back until a date, or bound by a non-disclosure agreement: confidential.
_HELD_BACK = (
    re.compile(
        r"^(?:\w+ ){0,2}?(?:ne pas|do not|don t|not for|not to be) (?:\w+ )?(?:diffuser|publier"
        r"|communiquer|release|released|publish|published|distribute|distributed|share|shared)"
        r"(?: \w+){0,3}? (?:avant|before|until|jusqu)\b"
    ),
    re.compile(r"^(?:\w+ ){0,2}?hold for release\b"),
    re.compile(
        r"^(?:\w+ ){0,2}?(?:sous|soumise?s? a|subject to|under|covered by)(?: un| une| an| a| the)?"
        r" (?:nda|accord de confidentialite|engagement de confidentialite"
        r"|non disclosure agreement|confidentiality agreement)\b"
    ),
)


def held_back(text: str) -> str | None:
    return CONFIDENTIAL if any(p.search(text) for p in _HELD_BACK) else None


# A labelled sensitivity given as a degree: "Sensibilité : haute", "Confidentiality: low".
DEGREE_LABEL = re.compile(r"\b(?:sensib|sensitiv|confidential|securit|protection)")
DEGREES: dict[str, str] = {
    **dict.fromkeys(
        ("haute", "haut", "elevee", "eleve", "high", "critique", "critical", "stricte", "strict"),
        CONFIDENTIAL,
    ),
    **dict.fromkeys(("moyenne", "moyen", "medium", "faible", "basse", "low"), INTERNAL),
}
