"""Marks a tool or a habit leaves on a document rather than a level's name (see `markers`).

- a sharing setting exported with the page: "Only people with access can open this link"
  (named people: confidential), "Anyone at Acme with the link can view" (the company:
  internal);
- a reader named by the document's addressing formula: "À l'intention de tous les
  employés", "For the attention of all staff";
- a request to keep it between some readers: "Keep this between the CS leads", "Gardez
  ça entre nous";
- a banner's field in capitals or after a dash ("ACME INTERNAL — …", "Régie — Intranet
  agents"), a government's scheme ("Protégé B"), a marking in a neighbouring language
  ("VERTRAULICH", "Uso interno") or the French administration's "non communicable".
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, PUBLIC, group_level, names_outsiders
from knowledge.marking_sentences import clean_line
from knowledge.marking_words import LEADING, WHOLE_LINE

# Markings in the languages a French or Belgian, Swiss or Canadian company works in beside
# French and English (German, Dutch, Italian, Spanish), and the French administration's
# word for a document the public may not obtain (CRPA): strong phrases.
FOREIGN_STRONG: dict[str, str] = {
    **dict.fromkeys(
        (
            "vertraulich",
            "streng vertraulich",
            "geheim",
            "vertrouwelijk",
            "strikt vertrouwelijk",
            "riservato",
            "riservata",
            "riservatissimo",
            "riservatissima",
            "strettamente riservato",
            "strettamente riservata",
            "strettamente confidenziale",
            "confidenziale",
            "confidenziali",
            "confidencial",
            "estrictamente confidencial",
            "streng geheim",
            "strikt vertraulich",
            "hochvertraulich",
        ),
        CONFIDENTIAL,
    ),
    **dict.fromkeys(
        (
            "nur fur den internen gebrauch",
            "interner gebrauch",
            "intern gebruik",
            "alleen voor intern gebruik",
            "uso interno",
            "solo uso interno",
            "per uso interno",
            "ad uso interno",
            "uso riservato",
            "diffusione riservata",
            "diffusione limitata",
            "distribuzione riservata",
            "distribuzione limitata",
            "nur intern",
            "nur fur interne zwecke",
            "interne verwendung",
            "uso restringido",
            # "internal only" in Dutch, Italian, Spanish and Portuguese
            *("alleen intern", "uitsluitend intern", "enkel intern", "strikt intern"),
            *("solo interno", "uso exclusivamente interno", "apenas uso interno"),
            "non communicable",
            "non communicables",
        ),
        INTERNAL,
    ),
}
# Phrases of restriction beside a level's name: an intensifier ("Strictement interne"), the
# group's own ("Interne groupe"), a prohibition said as a noun ("Interdit de diffusion"), a
# duty of secrecy, the US/UK government's "For official use only", "Commercially
# sensitive".
MORE_STRONG: dict[str, str] = {
    **dict.fromkeys(
        (
            "strictement interne",
            "strictly internal",
            "purement interne",
            "interne groupe",
            "group internal",
            "interne au groupe",
            "internal to the group",
            "interdit de diffusion",
            "interdite de diffusion",
            "not for release",
            "for official use only",
            "official use only",
            "commercially sensitive",
            "commercialement sensible",
            "business sensitive",
            "circulation interne",
            "internal circulation",
            "restricted circulation",
            "limited circulation",
            "circulation restricted",
            "distribution restricted",
            "restricted distribution only",
            # abbreviated in a hurry: "Diff. restr.", "Diffusion restr.", "Circ. limitée"
            "diff restr",
            "diffusion restr",
            "diff limitee",
            "diff lim",
            "circ restreinte",
            "circ limitee",
            "diffusion interdite",
            "diffusion interdites",
            "distribution interdite",
            "distribution prohibited",
            "document non public",
            "information non publique",
            "informations non publiques",
            "non public information",
            "nonpublic information",
            "pas encore public",
            "pas encore publique",
            "not yet public",
            "not public yet",
            "ne pas relayer",
            "ne pas en parler",
            "don t share",
            "don t forward",
            "don t distribute",
            "don t circulate",
        ),
        INTERNAL,
    ),
    **dict.fromkeys(
        (
            "soumis au secret professionnel",
            "couvert par le secret professionnel",
            "subject to professional secrecy",
            "information privilegiee",
            "informations privilegiees",
            "inside information",
            "mnpi",
            "sous clause de confidentialite",
        ),
        CONFIDENTIAL,
    ),
}
# A level word, what it is for and "only" ending a field: "internal review only (do not
# send)", "interne équipe seulement" ("Internal tools only work on…" is a sentence).
_LEVEL_ONLY = re.compile(
    r"^(?:internal|interne|internes) (?:\w+ ){1,2}(?:only|uniquement|seulement|exclusively)$"
)
_CLOSING_TAG = re.compile(r"[\[(][^\])]*[\])]\W*$")
# A marking reported in quotes is the document's all the same: "Traduction de l'original
# anglais « Internal use only »", "stamped “Confidential” on every page" (a quoted title
# elsewhere is what the line talks about).
_REPORTING = re.compile(
    r"(?:original|mention|marque\w*|marquage|marked|labell?ed|stamped|tampon\w*|estampill\w*)"
    r"(?:\s+\w+)?\s*:?\s*$",
    re.IGNORECASE,
)


def quoted(match: re.Match[str]) -> str:
    """What a quote leaves in a line: a reported marking as a field of its own, else nothing."""
    reported = _REPORTING.search(match.string[: match.start()]) is not None
    return f" — {match.group(0)[1:-1].strip()} " if reported else " "


# The Canadian government's levels, in either language: Protected A, B, C.
_PROTECTED = re.compile(r"^(?:protegee?|protected) ([abc])$")

_SETTINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    # A kind of document said reserved, its readers left unsaid: "— document d'accueil
    # réservé", "Fiche réservée", "restricted page" ("tous droits réservés" is no kind).
    (
        re.compile(
            r"(?:^|\b)(?:document|doc|fiche|note|page|dossier|contenu|support|guide|livret|kit"
            r"|espace|section|version|compte rendu|cr|memo|annexe)(?: (?:d|de|du|des) \w+)?"
            r" (?:reserve|reservee|reserves|reservees|restreinte?s?)$"
            r"|(?:^|\b)restricted (?:document|doc|page|file|notes|minutes|pack|section|memo)$"
        ),
        INTERNAL,
    ),
    (
        re.compile(
            r"\b(?:only people (?:with access|added|invited|you share with)|seules les personnes"
            r" (?:ayant acces|ajoutees|invitees|autorisees))\b"
        ),
        CONFIDENTIAL,
    ),
    # A banner saying it holds personal data: "Contient des données personnelles".
    (
        re.compile(
            r"^(?:\w+ ){0,3}?(?:contient|comporte|contains|includes) (?:des )?(?:donnees"
            r" (?:personnelles|nominatives|a caractere personnel|de sante)|personal data|pii"
            r"|personally identifiable information|health data)\b"
        ),
        CONFIDENTIAL,
    ),
    (
        re.compile(
            r"\b(?:anyone (?:at|in|from|within) (?:\w+ ){1,3}?with the link"
            r"|(?:toute personne|tous les membres|tout le monde) (?:de |d |chez )(?:\w+ ){1,6}?"
            r"(?:disposant|ayant|avec) (?:du |le )lien)\b"
        ),
        INTERNAL,
    ),
    # Open to the web: "Anyone on the Internet with the link", "Public sur le Web".
    (
        re.compile(
            r"\b(?:anyone on the internet|(?:tous les utilisateurs|toute personne|n importe qui)"
            r" (?:d|sur|de l) internet|public on the web|public sur le web"
            r"|^(?:\w+ )?(?:sharing|partage) anyone with the link|external ok|ok for external"
            # "Partage : toute personne disposant du lien", "Visibilité : publiée sur le web"
            r"|^(?:\w+ )?(?:partage|acces) (?:toute personne|tous les utilisateurs|n importe qui"
            r"|tout le monde) (?:disposant|ayant|avec) (?:du |le )lien"
            r"|\b(?:visibilite|visibility|statut|status|partage|sharing) (?:publiee?|published)"
            r" (?:sur le|on the|to the) (?:web|internet)"
            # a tool's own setting: "Notion · Publié sur le web ✅"
            r"|^(?:notion|google docs?|gdocs?|coda|confluence|gitbook|sharepoint|drive)"
            r" (?:publiee? sur le web|published to the web|shared to the web))\b"
        ),
        PUBLIC,
    ),
)
# Not to be shown or told to outsiders: "À ne pas montrer aux clients", "Please don't
# mention this to customers", "Merci de ne pas en parler aux ambassadeurs".
_NOT_TOLD = re.compile(
    r"^(?:\w+ ){0,3}?(?:ne (?:pas|jamais)|do not|don t|never) (?:en |le |la |les |l )?"
    r"(?:montrer|show|parler|mention|mentionner|evoquer|relayer|poster|post|envoyer|send"
    r"|presenter|present|projeter|reveler|reveal|transferer|diffuser|partager|share|forward"
    r"|communiquer|divulguer|disclose)(?: (?:en|ce|cette|cet|ces|ca|this|it|these|that))?"
    r" (?:a|aux?|to|with|avec|aupres des?) ((?:\w+ ?){1,3})"
)


# Said to stay among the staff, or to be of a level: "Ce doc reste en interne", "Must stay
# internal", "Ne doit pas quitter l'entreprise", "Classé secret", "Marked internal" (its
# subject the document, or none: "Vos données restent confidentielles" is a promise).
_SUBJECT = r"^(?:(?:ce|cette|cet|this|it|le present|la presente)(?: \w+)? )?"
_STAYS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            _SUBJECT + r"(?:doit |must |should |has to |needs to )?(?:rester|reste|stay|stays"
            r"|remain|remains) (?:strictement |strictly )?(?:en interne|interne|internal|in house"
            r"|entre nous|between us|dans l equipe|within the team|in the team)\b"
        ),
        INTERNAL,
    ),
    (
        re.compile(
            _SUBJECT + r"(?:doit |must |should |has to |needs to )?(?:rester|reste|stay|stays"
            r"|remain|remains) (?:strictement |strictly )?(?:confidentiel\w*|confidential|secret)\b"
        ),
        CONFIDENTIAL,
    ),
    # Said in a hurry, the "ne" dropped: "pas à diffuser aux lecteurs", "c'est pas à
    # partager" ("n'hésitez pas à partager" invites to).
    (
        re.compile(
            r"(?:^|\b(?:c est|n est|est|et|mais|surtout|attention|donc) )pas a (?:diffuser"
            r"|partager|publier|transmettre|relayer|divulguer|faire circuler|montrer)\b"
        ),
        INTERNAL,
    ),
    (
        re.compile(
            _SUBJECT + r"(?:ne doit (?:pas|jamais) (?:quitter|sortir de)|(?:must|should|may)"
            r" (?:not|never) leave) (?:l |la |le |the |our |notre )?(?:entreprise|societe"
            r"|company|organisation|organization|equipe|team|maison|groupe|group|service)\b"
        ),
        INTERNAL,
    ),
)
_CLASSED = re.compile(
    _SUBJECT + r"(?:\w+ )?(?:classee?s?|marquee?s?|marked|classified|labell?ed|stamped"
    r"|tamponnee?s?)(?: as| comme| en)? ((?:\w+ ?){1,2})$"
)


# Addressed to some readers: who they are says the level (restrictive only: a letter to
# the ambassadors is content, not a permission). Someone else's staff ("les ambassadeurs
# et leurs équipes") is not the company's.
_ADDRESSED = re.compile(
    r"\b(?:a l intention|a l attention|for the attention|to the attention) (?:de|des|du|d|of)"
    r" ((?:\w+ ?){1,5})"
)
_THEIRS = re.compile(r"\b(?:leurs?|their|vos|votre|your|ses|son|sa|his|her) \w+")
_BETWEEN = re.compile(
    r"\b(?:keep|keeping|garder|gardez|garde|gardons) (?:this|it|that|ca|cela|ceci|le|la|les)"
    r"(?: \w+)? (?:between|entre) (?:(?:the|les|la|le|l) )?((?:\w+ ?){1,4})"
)
_US = re.compile(r"^(?:us|nous|vous|you|ourselves)\b")


def setting_level(text: str) -> str | None:
    """The level a cleaned line's sharing setting, addressing or keeping request gives."""
    levels = [level for pattern, level in _SETTINGS if pattern.search(text)]
    if (match := _ADDRESSED.search(text)) is not None:
        readers = _THEIRS.sub(" ", match.group(1))
        levels += [lv] if (lv := group_level(readers, restrictive_only=True)) else []
    levels += [level for pattern, level in _STAYS if pattern.search(text)]
    if (match := _CLASSED.search(text)) is not None:
        levels += [lv] if (lv := WHOLE_LINE.get(match.group(1))) in (INTERNAL, CONFIDENTIAL) else []
    if (match := _NOT_TOLD.search(text)) is not None and names_outsiders(match.group(1)):
        levels.append(INTERNAL)
    if (match := _BETWEEN.search(text)) is not None:
        if _US.match(match.group(1)):
            levels.append(INTERNAL)
        else:  # a group it names, or particular people or roles
            levels.append(group_level(match.group(1), restrictive_only=True) or CONFIDENTIAL)
    return max(levels, key=("public", INTERNAL, CONFIDENTIAL).index) if levels else None


# Short forms written as a bracketed tag or a line of their own: "[CONF] Budget", "[INT]",
# "DR" (Diffusion Restreinte).
TAG_WORDS = {"conf": CONFIDENTIAL, "int": INTERNAL, "dr": INTERNAL}
# A level held until a date or an event: "Secret jusqu'au 12 mars", "Internal until launch".
_UNTIL = re.compile(
    r"^(?:secret|interne|internal|restreint|restricted) (?:jusqu|until|avant|before)\b"
)


def banner_word(segment: str, raw: str, first: bool) -> str | None:
    """The level one field of a banner gives (`segment` cleaned, `raw` as written)."""
    if _UNTIL.match(segment):
        return CONFIDENTIAL
    if segment == "dr" and raw.strip().isupper():
        return INTERNAL
    if segment == "intern" and not first:  # the German level in a footer's fields
        return INTERNAL
    if (protected := _PROTECTED.match(segment)) is not None:
        return INTERNAL if protected.group(1) == "a" else CONFIDENTIAL
    if kept := not_for_outsiders(segment):  # "Brouillon — pas pour diffusion"
        return kept[0]
    if _LEVEL_ONLY.match(clean_line(_CLOSING_TAG.sub(" ", raw))):
        return INTERNAL
    words = segment.split()
    # After a dash, a level's word and the staff it is for: "Régie — Intranet agents"
    # ("— internal figures removed" says what was taken out).
    rest = " ".join(words[1:])
    staff = not rest or group_level(rest, restrictive_only=True) is not None
    if not first and len(words) <= 3 and words[0] in LEADING and staff:
        return LEADING[words[0]]
    # A name and a level's word in capitals: "HELVAMED INTERNAL", "ACME PROPRIETARY".
    if len(words) == 2 and words[1] in LEADING and raw.strip().isupper():
        return LEADING[words[1]]
    # After a dash, the document's noun and its level: "Séance du 7 mai — document
    # confidentiel, exemplaire 3", "Board pack — confidential report" (restricts only).
    if not first and len(words) == 2 and (_NOUNS.match(words[0]) or _NOUNS.match(words[1])):
        level = WHOLE_LINE.get(words[1] if _NOUNS.match(words[0]) else words[0])
        return level if level != PUBLIC else None
    return None


_NOUNS = re.compile(
    r"^(?:document|doc|note|rapport|dossier|fiche|memo|report|file|fichier|copie|copy"
    r"|exemplaire|version|draft|brouillon|support|deck|annexe|annex|pv|minutes)$"
)


# Kept from outsiders by name: "Not for champions — internal team notes", "Pas pour les
# ambassadeurs".
_NOT_FOR = re.compile(
    r"^(?:not for|pas pour|not intended for|not meant for|(?:non|pas) destinee?s? (?:a|aux?)"
    r"|hors) (?:the |les |le |la |l |nos |our )?((?:\w+ ?){1,3})"
)
# Kept from release: "Pas pour diffusion", "Non destiné à la publication", "Not for release".
_RELEASE = re.compile(r"^(?:publication|diffusion|release|publishing|distribution)\b")


def not_for_outsiders(text: str) -> list[str]:
    match = _NOT_FOR.match(text)
    outside = match is not None and (
        names_outsiders(match.group(1)) or _RELEASE.match(match.group(1)) is not None
    )
    return [INTERNAL] if outside else []
