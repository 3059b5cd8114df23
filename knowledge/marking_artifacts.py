"""A head that opens on the kind of a piece made for anyone: public.

A poster, a flyer, a blog post, a social-network post, a press kit or a page of the
company's website is written to be read by anyone: "Affiche — à imprimer", "Billet de
blog — acme.fr", "Post Instagram — légende validée", "Press kit — 2027 season", "Page web
« Nous rejoindre »". Read only on a line that said no level otherwise, above the prose;
every restrictive line of the head still wins, and a draft, a wait or a restriction in the
same line keeps it unread ("Affiche — maquette v2", "Post LinkedIn, ne pas publier"), and
so does any reader it names: other rules read who that is.
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


def public_artifact(line: str) -> bool:
    """`line` opens on the kind of a piece made for anyone (see the module)."""
    text = fold_spaced(line)
    if _KIND.match(text) is None:
        return False
    return _HELD.search(text) is None and _READERS.search(text) is None
