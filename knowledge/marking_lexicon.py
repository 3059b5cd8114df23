"""More words people mark documents with, merged into `marking_words`' tables.

- a confidential level said with an intensifier or a pair ("Strictement confidentiel",
  "Personnel et confidentiel", "Private & Confidential");
- a duty of secrecy or a closed session standing as a banner's field ("Secret
  professionnel — dossier X", "HUIS CLOS — délibérations du jury");
- the levels of the neighbouring languages' schemes (German Öffentlich / Intern /
  Vertraulich, Dutch Openbaar / Intern / Vertrouwelijk, Italian, Spanish; a lone "Intern"
  is an English trainee, read as the German level only as a banner's later field:
  "Kessler SAS — Intern — Seite 1 von 3");
- a level code (C0 public, C1 internal, C2 and up confidential, unless the level's
  name says otherwise) and a TLP colour;
- a permission to publish ("Publiable", "Approved for external release", "Libre de
  reproduction").
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, PUBLIC

_CONFIDENTIAL_PAIRS = (
    "strictement confidentiel",
    "strictement confidentielle",
    "strictly confidential",
    "hautement confidentiel",
    "hautement confidentielle",
    "highly confidential",
    "tres confidentiel",
    "tres confidentielle",
    "personnel et confidentiel",
    "personnelle et confidentielle",
    "personal and confidential",
    "private and confidential",
    "prive et confidentiel",
    "privee et confidentielle",
    "personal confidential",
    "personnel confidentiel",
)

# Said of the document as what it is not for: "Ce document n'a pas vocation à être
# diffusé", "Document non destiné à la publication", "Off the record".
_NOT_FOR_PUBLISHING = (
    *(
        f"{lead} {verb}"
        for lead in ("pas vocation a etre", "pas destine a etre", "pas destinee a etre")
        # (`fix_typos` may have made an infinitive of a participle: "diffuse" → "diffuser")
        for verb in (
            *("diffuse", "diffusee", "diffuser", "publie", "publiee", "publier"),
            *("partage", "partagee", "partager"),
        )
    ),
    *(
        f"{lead} {what}"
        for lead in ("non destine a la", "non destinee a la", "pas destine a la")
        for what in ("publication", "diffusion")
    ),
    "pas vocation a circuler",
    "not intended for publication",
    "not intended for distribution",
    "not meant for publication",
    "not meant to be shared",
    "off the record",
    "dit ici reste ici",
    "said here stays here",
)

MORE_STRONG: dict[str, str] = {
    **dict.fromkeys(_CONFIDENTIAL_PAIRS, CONFIDENTIAL),
    **dict.fromkeys(("doc interne", "docs internes", "internal doc", "internal docs"), INTERNAL),
    **dict.fromkeys(_NOT_FOR_PUBLISHING, INTERNAL),
    # German "persönlich & vertraulich" cut short: "Pers. & vertraul."
    "vertraul": CONFIDENTIAL,
    "streng geheim": CONFIDENTIAL,
}

MORE_STRONG_PUBLIC: dict[str, str] = dict.fromkeys(
    (
        "publiable",
        "publishable",
        "approved for release",
        "approved for external release",
        "approved for public release",
        "cleared for external release",
        "cleared for public release",
        "approved for publication",
        "cleared for publication",
        "libre de reproduction",
        "reproduction libre",
        "reproduction autorisee",
        "freigegeben zur veroffentlichung",
        "zur veroffentlichung",
        *("valide pour diffusion", "validee pour diffusion", "valide pour publication"),
        *("validee pour publication", "bon pour diffusion", "bon pour publication"),
        *("approved for distribution", "cleared for distribution"),
        *("version publique", "public version", "version grand public"),
        *("document communicable", "administratif communicable"),
        *("a afficher sur", "a afficher en", "a afficher dans", "to be posted on"),
        # free distribution in other words ("non protégé" is left out: more often "without a
        # password" than the lowest level of a protection scale)
        *("free distribution", "distribution libre", "freely distributable"),
        *("page web publique", "public web page", "public webpage", "page publique du site"),
        # a site's own meta line: "Publié le 3 mai · Article public"
        *("article public", "public article", "billet public", "public blog post"),
    ),
    PUBLIC,
)

# Phrases that open a document to anyone, read where a strong phrase is.
STRONG_PUBLIC: dict[str, str] = {
    "libre de diffusion": PUBLIC,
    "diffusion libre": PUBLIC,
    "libre diffusion": PUBLIC,
    "diffusion publique": PUBLIC,
    "document public": PUBLIC,
    "public document": PUBLIC,
    "doc public": PUBLIC,  # the short word people write for a document
    "public doc": PUBLIC,
    "information publique": PUBLIC,
    "pour diffusion immediate": PUBLIC,
    "for immediate release": PUBLIC,
    "for public release": PUBLIC,
    "for public distribution": PUBLIC,
    "cleared for release": PUBLIC,
    "usage externe": PUBLIC,
    "external use": PUBLIC,
    "diffusion externe": PUBLIC,
    "external distribution": PUBLIC,
    "diffusion large": PUBLIC,
    "large diffusion": PUBLIC,
    "diffusion generale": PUBLIC,
    "pour publication": PUBLIC,
    "for publication": PUBLIC,
    "document grand public": PUBLIC,
    "aucune restriction de diffusion": PUBLIC,
    "sans restriction de diffusion": PUBLIC,
    "partage encourage": PUBLIC,
    "sharing encouraged": PUBLIC,
    "merci de partager": PUBLIC,
    "merci de diffuser": PUBLIC,
    "merci de relayer": PUBLIC,
    "please share": PUBLIC,
    "please forward": PUBLIC,
    "a faire circuler": PUBLIC,
}
STRONG_PUBLIC.update(MORE_STRONG_PUBLIC)

MORE_WHOLE_LINE: dict[str, str] = {
    **MORE_STRONG,
    **MORE_STRONG_PUBLIC,
    **dict.fromkeys(
        (
            "secret professionnel",
            "secret medical",
            "professional secrecy",
            "huis clos",
            "a huis clos",
            "streng vertraulich",
        ),
        CONFIDENTIAL,
    ),
    **dict.fromkeys(("nur intern", "intern gebruik"), INTERNAL),
    **dict.fromkeys(
        ("offentlich", "oeffentlich", "openbaar", "pubblico", "publico", "publiek"), PUBLIC
    ),
    # A notice posted for all (the Belgian universities' "ad valvas"), to be published, an
    # open licence.
    **dict.fromkeys(("ad valvas", "a publier", "a afficher", "to be published"), PUBLIC),
    **dict.fromkeys(("open access", "acces ouvert", "open data", "licence ouverte"), PUBLIC),
}


# Level codes written as values or tags: "Sensibilité : C2", "[C1]", "TLP:AMBER".
CODES: dict[str, str] = {
    "c0": PUBLIC,
    "c1": INTERNAL,
    "c2": CONFIDENTIAL,
    "c3": CONFIDENTIAL,
    "c4": CONFIDENTIAL,
}
_TLP = re.compile(r"\btlp\s*:?\s*(clear|white|green|amber|red)\b")
_TLP_LEVELS = {
    "clear": PUBLIC,
    "white": PUBLIC,
    "green": INTERNAL,
    "amber": INTERNAL,  # the recipients' organisation (and its clients on a need to know)
    "red": CONFIDENTIAL,
}


def tlp_level(folded: str) -> str | None:
    match = _TLP.search(folded)
    return _TLP_LEVELS[match.group(1)] if match else None
