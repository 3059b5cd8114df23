"""A mail server's confidentiality disclaimer: legal boilerplate, not the author's readership.

Exported threads often begin with the footer a mail server stamps on every message ("Ce
message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs
destinataires", "This email and any attachments are confidential and intended solely for
the addressee. If you are not the intended recipient…"). It names no reader: it says the
message is for whoever it was sent to. So when the rest of the head gives every ambassador
as the readers (a To: line to all of them), that is who may read it; otherwise the
disclaimer keeps the level it says (`marking_document`).
"""

from __future__ import annotations

import re

from knowledge.marking_groups import group_level
from knowledge.text import fold_spaced

__all__ = ["is_mail_disclaimer"]

_MAIL = r"(?:message|courriel|e ?mail|mail|transmission|communication)"
_DISCLAIMER = re.compile(
    # "Ce message et ses pièces jointes sont confidentiels", "This email and any attachments"
    rf"\b(?:ce|cet|this|the|le present|the present) {_MAIL} (?:et|and) (?:ses|any|its|all"
    r"|toutes? (?:ses|les)|les|their) (?:pieces jointes|annexes|attachments|files)"
    # "Les informations contenues dans ce message sont confidentielles"
    rf"|\b(?:les )?informations? contenues? dans (?:ce|cet|le present) {_MAIL}"
    rf"|\b(?:information|content) (?:contained )?in this {_MAIL}"
    # "Ce courriel peut contenir des informations confidentielles"
    rf"|\b(?:ce|cet|this) {_MAIL} (?:peut|may|pourrait|might) contenir"
    rf"|\b(?:ce|cet|this) {_MAIL} (?:may|might) contain"
    # addressed to whoever received it, or sent in error
    r"|\b(?:intended|meant) (?:solely|only|exclusively)? ?for the (?:use of the )?(?:addressee"
    r"|intended recipient|named recipient|individual|person)"
    r"|\bif you (?:are not the intended recipient|have received this \w+ in error"
    r"|received this \w+ in error)"
    r"|\bsi vous (?:l avez|avez) recu (?:ce \w+ )?par erreur|\bs il ne vous est pas destine"
    r"|\bsi vous n etes pas (?:le|la|son) destinataire"
    r"|\bdestinee?s? (?:exclusivement|uniquement|seulement) a (?:leurs?|ses|son|aux) (?:seuls? )?"
    r"destinataires?"
)
# Words the disclaimer uses for its own addressee, read as no group.
_ADDRESSEE = re.compile(
    r"\b(?:destinataires?|addressees?|recipients?|expediteur|sender|individual|person)\b"
)


def is_mail_disclaimer(line: str) -> bool:
    """`line` is a mail server's confidentiality disclaimer that names no group of readers."""
    text = fold_spaced(line)
    if _DISCLAIMER.search(text) is None:
        return False
    return group_level(_ADDRESSEE.sub(" ", text)) is None
