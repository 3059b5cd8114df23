"""Free distribution said in passing: public.

A head that is plainly for anyone says so without a "Diffusion :" field: a press release's
banner, a list or a form called public, a page published on the company's site or blog, a
poster to put up anywhere. Read only on a line that said no level otherwise, above the
prose; every restrictive line of the head still wins (the strictest is kept), and a draft,
a date to wait for or a restriction in the same line keeps it unread ("Communiqué de presse
— projet v2", "Version publique prévue en juin").
"""

from __future__ import annotations

import re

from knowledge.text import fold_spaced

_PRESS = re.compile(r"^[\W_]*(?:communique de presse|press release)\b")
_CALLED_PUBLIC = re.compile(
    r"\b(?:liste|formulaire|fiche|page|brochure|depliant|tract|affiche|grille tarifaire)s?"
    r" publi(?:c|que)s?\b"
    r"|\bpublic (?:price list|list|form|page|leaflet|information leaflet|flyer|brochure"
    r"|notice|poster)\b"
)
# On the company's own site or blog, not someone else's ("Article publié sur le web le
# 3 mai" heads a press review).
_PUBLISHED_ON = re.compile(
    r"(?<!\bsera )(?<!\betre )(?<!\bto be )(?<!\bwill be )(?<!\bnon )(?<!\bpas )"
    # things the document talks about, not the document: "shorter ones rarely get published
    # on the website", « les témoignages sont publiés sur notre site »
    r"(?<!\bget )(?<!\bgets )(?<!\bgot )(?<!\bare )(?<!\bwere )(?<!\bsont )(?<!\bseront )"
    r"(?<!\brarely )(?<!\brarement )(?<!\bsometimes )(?<!\bparfois )(?<!\boften )(?<!\bsouvent )"
    r"\b(?:publie|publiee|publies|publiees|published|posted)\s+(?:sur|on)\s+"
    r"(?:(?:notre|nos|our)\s+(?:blog|site|website|page|reseaux)|(?:le|l|the)\s+blog"
    r"|(?:le|the)\s+(?:site web|site internet|website)\b"
    r"|[\w-]+\.(?:fr|com|org|coop|net|eu|be|ch|io|co|app|uk|ca|info|bzh|lu|de|es|it)\b)"
)
# Someone else's site, by its name: "publié sur le site web du Monde" (a press review).
_NAMED_SITE = re.compile(
    r"(?i:site (?:web|internet)|website) (?i:du|de la|de l['’]|des|de|d['’]|of the|of) ?[A-ZÀ-Ý]"
)
# A site for a few is no free distribution ("for the partner website", "site partenaires").
_FOR_SITE = re.compile(
    r"\bfor (?:the |our )?(?:public )?"
    r"(?:(?!(?:partners?|members?|staff|employees?|dealers?|resellers?|private|internal)\b)"
    r"[\w-]+ )?website\b"
    r"|\bpour (?:le|notre) site (?:web|internet)\b"
)
# Where anyone passes: « à distribuer en comité de direction » or « à afficher en salle des
# profs » is handed to a few.
_PUT_UP = re.compile(
    r"\ba (?:distribuer|coller|apposer|afficher)\s+(?:partout|librement"
    r"|(?:en|dans|sur) (?:les |la |le |l )?(?:commerces?|mairies?|vitrines?|magasins?|boutiques?"
    r"|marches?|rue|voie publique|lieux publics|boites aux lettres|ecoles|boulangeries))\b"
    r"|\b(?:displayed|posted|put up) anywhere\b"
)
# A draft, a wait, a restriction or a doubt in the same line keeps it unread.
_HELD = re.compile(
    r"\b(?:brouillon|draft|projet|wip|v\d+|version de travail|relecture|review|embargo\w*"
    r"|a valider|to be validated|pending|en attente|prevue?s?|planned|bientot|soon|sera|a venir"
    r"|to come|upcoming|sauf|excepte|hormis|except|but not|entre|parmi|among|within"
    r"|will|not yet|pas encore|avant|before|apres|after|interne?|internal|prive\w*|private"
    r"|confidenti\w*|reserve\w*|restricted|only|uniquement|seulement|idees?|ideas?|brainstorm"
    r"|pistes?|hold|until|jusqu|codir|comex|direction|conseil|board|bureau|comites?|committee"
    r"|equipes?|team|staff|salaries|collaborateurs|employes|employees|partenaires?|partners?"
    r"|login|connecte\w*|extranet|intranet|salle|espace (?:membres?|adherents?|pro)"
    r"|members? (?:area|zone|space)|acces (?:membres?|adherents?))\b|\?"
)


def published_in_passing(line: str) -> bool:
    """`line` says the document is for anyone (see the module)."""
    if line.lstrip().startswith(">"):
        return False
    text = fold_spaced(line)
    if _HELD.search(text):
        return False
    published = _PUBLISHED_ON.search(text) if not _NAMED_SITE.search(line) else None
    found = (_PRESS.search(text), _CALLED_PUBLIC.search(text), published)
    return any(found) or bool(_FOR_SITE.search(text) or _PUT_UP.search(text))
