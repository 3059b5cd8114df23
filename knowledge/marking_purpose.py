"""Readers a head gives by the document's purpose rather than by a marking: internal.

People often say who reads a document by what it is for, never writing a level:

- a notice for a room only the staff enter (« À afficher en salle de pause », "Notice for
  the staff room"): whoever the notice talks about, only the staff pass by it, while « à
  afficher en boutique » is for anyone (`marking_published`);
- a welcome booklet for new employees (« Livret d'accueil des nouveaux salariés », "Employee
  onboarding guide"): the staff;
- a document its own sentence says the support or the staff read, and not the ambassadors
  (« il est lu par le service client, pas par les X eux-mêmes », "used by our support
  team").

It only ever closes a head (the strictest reading wins in `marking_document`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.markers import INTERNAL, Marking
from knowledge.text import fold_spaced

__all__ = ["purpose_marking"]

# Rooms only the staff enter.
_STAFF_ROOM = (
    r"(?:salle (?:de pause|de repos|du personnel|des employes|des salaries)"
    r"|local (?:du personnel|des salaries)"
    r"|espace (?:du personnel|salaries|employes)|coin (?:du personnel|pause)"
    r"|arriere boutique|back office|staff ?room|break ?room|staff (?:kitchen|lounge|area"
    r"|canteen|room|noticeboard|notice board)|employee (?:lounge|break room|notice board)"
    r"|lunch ?room|(?:tableau|panneau) (?:d affichage )?du personnel)"
)
# A notice put up in such a room: the room names its readers.
_POSTED_FOR_STAFF = re.compile(
    r"\b(?:a afficher|a apposer|a coller|a epingler|a accrocher|affiche|affichette|panneau"
    r"|notice|poster|sign|to be posted|to post|to display|for display|pin up|put up)"
    r"(?: \w+){0,3}? (?:en|dans|sur|au|in|for|on|at|pour) (?:la |le |l |the |our |notre )?"
    + _STAFF_ROOM
    + r"\b|\b"
    + _STAFF_ROOM
    + r" (?:notice|poster|sign|display|affiche|affichette|memo)\b"
)
# A welcome or onboarding booklet for new employees.
_EMPLOYEES = (
    r"(?:salaries|salariees|collaborateurs|collaboratrices|employes|employees|saisonniers"
    r"|new hires|hires|staff|starters|team members|equipiers|equipieres)"
)
_ONBOARDING = re.compile(
    r"\b(?:livret|guide|kit|manuel|pack|dossier|parcours|handbook|booklet|welcome pack)"
    r" (?:d accueil|d integration|d onboarding|onboarding|de bienvenue|welcome)"
    r" (?:(?:des|du|de|pour les|pour nos|for|for our|for the) )?(?:(?:nouveaux|nouvelles"
    r"|new) )?" + _EMPLOYEES + r"\b"
    r"|\b(?:employee|staff|new hire|new starter) (?:onboarding )?(?:handbook|booklet"
    r"|welcome pack|onboarding guide|guide)\b"
    r"|\b(?:onboarding|welcome) (?:guide|booklet|pack|handbook) for new " + _EMPLOYEES + r"\b"
)
# The support or the staff read it, a sentence about the document says: « il est lu par
# le service client », "this guide is used by our support team".
_STAFF_READERS = (
    r"(?:(?:le|la|l|les|notre|nos|the|our) )?(?:service client(?:s|ele)?|relation client"
    r"|service apres vente|sav|support|customer (?:service|support|care)|help ?desk"
    r"|equipes?|team|staff|personnel|salaries|employes|employees|collaborateurs"
    r"|conseillers|conseilleres|agents|advisers|advisors|vendeurs|vendeuses|sales staff)"
)
_READ_BY = re.compile(
    r"\b(?:il|elle|it|ce \w+|cette \w+|this \w+|document|guide|fichier)"
    r" (?:est|is|sont|are) (?:(?:uniquement|seulement|only|exclusivement) )?"
    r"(?:lue?s?|read|consultee?s?|utilisee?s?|used|tenue?s?) (?:(?:uniquement|seulement|only) )?"
    r"(?:par|by) " + _STAFF_READERS + r"\b"
)
# Only the banner's lines say what the document is for: further down a room or a booklet is
# what the text talks about.
_BANNER_LINES = 3


def purpose_marking(first_lines: Sequence[str]) -> Marking | None:
    """Internal when `first_lines` (a head's non-empty lines) give the staff as readers by
    the document's purpose (see the module), else None."""
    for index, line in enumerate(first_lines):
        text = " ".join(re.sub(r"[^\w]+", " ", fold_spaced(line)).split())
        banner = index < _BANNER_LINES
        titled = _POSTED_FOR_STAFF.search(text) or _ONBOARDING.search(text)
        if (banner and titled) or _READ_BY.search(text):
            return Marking(INTERNAL, line.strip()[:120])
    return None
