"""A head that opens on the kind of a piece made for anyone: public.

A poster, a flyer, a blog post, a social-network post, a press kit or a page of the
company's website is written to be read by anyone: "Affiche — à imprimer", "Billet de
blog — acme.fr", "Post Instagram — légende validée", "Press kit — 2027 season", "Page web
« Nous rejoindre »". Read only on a line that said no level otherwise, above the prose;
every restrictive line of the head still wins, and a draft, a wait or a restriction in the
same line keeps it unread ("Affiche — maquette v2", "Post LinkedIn, ne pas publier"), and
so does any reader it names: other rules read who that is. The same holds for a piece that
says it is public in a clause of its own ("Ce calendrier est public : partagez-le",
"Tutoriel public, à partager"), unless it is public only later ("à partir du 3 mai").
"""

from __future__ import annotations

import re

from knowledge.text import fold_spaced

_SOCIAL = r"(?:instagram|insta|facebook|fb|linkedin|tiktok|twitter|x|mastodon|bluesky|threads)"
_KIND = re.compile(
    r"^[\W_]*(?:"
    r"affiche(?:tte)?|flyer|tract|depliant|leaflet"
    # not the French verb: "Poster le lien dans le canal des Or"
    r"|poster(?!\s+(?:le|la|les|l|ce|cette|ces|ca|un|une|des|sur|dans|ici|this|the|on|in|it)\b)"
    r"|(?:billet|article) (?:de|du) blog|blog post|blog\b"
    rf"|(?:post|publication|legende|caption) {_SOCIAL}(?:\s*/\s*{_SOCIAL})*"
    rf"|{_SOCIAL}(?:\s*/\s*{_SOCIAL})* (?:post|caption|story)"
    r"|dossier de presse|press kit|kit presse"
    r"|page web|web page|(?:mentions legales\s*[-—–:]\s*)?page\b.{0,50}\b(?:du site|site web"
    r"|site internet|website)\b"
    r")(?![\w-])"
)
# A draft, a wait, a restriction or a part of the readers in the same line.
_HELD = re.compile(
    r"\b(?:brouillon|draft|projet|maquette|mock ?up|wip|v\d+|ebauche|version de travail"
    r"|relecture|review|embargo\w*|a valider|to be validated|pending|en attente|not yet"
    r"|pas encore|interne?|internal|prive\w*|private|confidenti\w*|reserve\w*|restricted"
    r"|only|uniquement|seulement|ne pas|do not|don t|not for|pas pour|hors|staff|equipes?"
    r"|team|salaries|employees|espace|intranet|extranet|sauf|excepte|except|but not|entre"
    r"|parmi|among|within)\b|\?"
)
# Any reader named in the same line: the piece is for them, not for anyone ("Affiche —
# pour les ambassadeurs Or", "Flyer des employés", "Web page for the partner portal").
_READERS = re.compile(
    r"\b(?:personnel|employes?|comite|direction|codir|comex|bureau|conseil|board|partenaires?"
    r"|partners?|portail|portal|membres?|members?|adherents?|abonnes?|subscribers?|niveaux?"
    r"|levels?|tiers?|salle|local|a l attention"
    r"|(?:pour|for|aux|to) (?:les |des |nos |vos |the |our |all )?ambassad\w* \w+)\b"
)


_PIECE = (
    r"(?:document|doc|fichier|fiche|guide|tutoriel|tuto|tutorial|calendrier|calendar|planning"
    r"|programme|program|agenda|liste|list|support|deck|presentation|kit|visuel|visual"
    r"|infographie|infographic|video|replay|page|sheet|tableau|catalogue|catalog|brochure)"
)
# The piece says it is public, in a clause of its own: "Ce calendrier est public : …",
# "the new price guide is public — share it", "Tutoriel public, à partager", "fiche publique".
_DECLARED = re.compile(
    rf"\b(?:ce|cette|ces|le|la|les|l|notre|nos|this|the|our|these)\s+(?:[\w-]+\s+){{0,3}}?{_PIECE}"
    r"(?:\s+[\w-]+){0,4}?\s+(?:est|is|sont|are)\s+(?:desormais\s+|now\s+)?"
    r"(?:publi(?:c|cs|que|ques)|not restricted|non restreinte?)\b(?!\s+(?:que|qu|from|a partir))"
    rf"|(?:^|[,;:—–-]\s*)(?:\w+\s+)?{_PIECE}\s+publi(?:c|que)s?(?:\s*[,;:—–!.-]|$)"
)
# A time in the same line: public later is a hold ("… est public à partir du 3 mai").
_LATER = re.compile(r"\b(?:a partir|des le|from|starting|after|apres|until|jusqu|sera|will)\b")


def public_artifact(line: str) -> bool:
    """`line` opens on the kind of a piece made for anyone, or says in a clause of its own
    that the piece is public (see the module)."""
    text = fold_spaced(line)
    declared = _DECLARED.search(text) is not None and _LATER.search(text) is None
    if _KIND.match(text) is None and not declared:
        return False
    return _HELD.search(text) is None and _READERS.search(text) is None
