"""More readerships said in passing, for one group: internal.

Fail closed, as `marking_in_passing`: each rule here only reads a line that said no level
otherwise, and only ever restricts it.

- an invitation's guests that are one group, not everyone nor a count of people ("Invités :
  membres de la commission", "— invités : équipe accueil"; not "Invités : 3 ambassadeurs, 1
  CM", who came to a live);
- a form to be filled in by one group ("Questionnaire — à remplir par la promo 2024", "…à
  remplir par les ambassadeurs du secteur Est");
- a presentation or a message for one group ("(présentation pour les référents vélo)",
  "message aux bénévoles du secteur");
- "only for the X of level Y" ("uniquement pour les membres niveau Or svp");
- a non-disclosure tag in square brackets ("Subject: [NDA] build 2 à tester");
- a labelled readership naming a group the reader does not know ("Diffusion : Castors
  Rouges et Bleus") or a working group ("Diffusion : référents vélo"): not everyone's;
- "(et seulement eux)", "(Castor members only)", "à l'attention des X uniquement", "… des X
  ayant suivi la formation".
"""

from __future__ import annotations

import re

from knowledge.marking_groups import INTERNAL
from knowledge.marking_in_passing import offers_something
from knowledge.text import fold

_GROUP = (
    r"(?:comite|commission|bureau|conseil|cohorte|promo(?:tion)?\s+\d{4}|panel|jury|groupe"
    r"|working group|core team|noyau dur|testeurs?|testers?|committee|council|equipe|team"
    r"|staff|cohort|referents?|binomes?|pilotes?)"
)
# Everyone, or no one in particular.
_EVERYONE = re.compile(
    r"^(?:tous|toutes|tout|l ensemble|ensemble|all|every\w*|the whole|tout le monde|aucun\w*"
    r"|none|personne|nobody|vous|you)\b"
    r"|^(?:les |des |nos |the |our )?(?:ambassad\w*|membres|members)\s*(?:$|[.!,;()])"
)
_GUESTS = re.compile(
    r"(?:^|[,;|]|\s[-—–]\s|[—–])\s*(?:invites?(?: es)?|guests|convies|invitees)\s*:\s*"
    r"(?P<who>[^:]+)$"
)
_FILLED = re.compile(
    r"\b(?:a remplir|a completer|to be filled(?: in)?|to fill in)\s+(?:par|by)\s+"
    r"(?P<who>[^()]+)"
)
_PART = re.compile(
    rf"\b{_GROUP}\b|\b(?:uniquement|seulement|only)\b"
    r"|\b(?:ambassad\w*|membres|members)\s+(?:du|de la|des|de|d|of the)\s+(?!programme?\b)"
)
_FOR_GROUP = re.compile(
    r"(?:^|\()\s*(?:presentation|deck|diaporama|slides|support|kit|message|mot|note)\s+"
    r"(?:pour|for|aux|to)\s+(?:les |the |nos |our )?(?P<who>[^()]+)"
)
_SECTOR = re.compile(
    r"\b(?:message|mot|note)\s+(?:aux|to the|to our)\s+[\w-]+\s+(?:du|de la|de notre|of the"
    r"|of our)\s+(?:secteur|region|zone|antenne|section|district|sector|area)\b"
)
_LEVEL_ONLY = re.compile(
    r"\b(?:uniquement|seulement|exclusivement|only)\s+(?:pour|for)\s+(?:les |the |nos |our )?"
    r"[\w-]+\s+(?:de )?(?:niveau|palier|tier|level|grade)\s+\w+"
)
_NDA_TAG = re.compile(r"\[\s*(?:nda|sous nda|under nda)\s*\]")
# "(et seulement eux)", "(Souffleur members only)", "à l'attention des X uniquement", "… des
# X ayant suivi la formation": a part, in passing.
_ONLY_THEM = re.compile(
    r"\((?:et|and)\s+(?:seulement|uniquement|only)\s+(?:eux|elles|them)\)"
    r"|\(\s*[\w-]+\s+(?:membres|members)\s+(?:only|uniquement|seulement)\s*\)"
    r"|^[\W_]*(?:a l attention|for the attention)\s+(?:des|du|de la|de l|of)\s+"
    r"(?!tous|toutes|l ensemble|all\b)[^.;:]*\b(?:uniquement|seulement|only|ayant|qui ont"
    r"|who have)\b"
)
_LABEL = re.compile(
    r"^[\W_]*(?:diffusion|distribution|destinataires|audience|lecteurs|readers|recipients"
    r"|visibilite|visibility)\s*:\s*(?P<who>.+)$",
    re.IGNORECASE,
)
_WORKING = re.compile(r"\b(?:referents?|binomes?|testeurs?|testers?|pilotes?|panel)\b")
_NAMES = re.compile(r"^[A-Z][\w'-]+(?:\s+(?:et|and|&|[A-Z][\w'-]+)){0,4}$")


def asked_of_group(line: str) -> str | None:
    """Internal when `line` gives one group as its readers in passing (see the module);
    else None."""
    if line.lstrip().startswith(">"):
        return None
    text = " ".join(fold(line).replace("'", " ").replace("’", " ").replace("·", " ").split())
    for pattern in (_GUESTS, _FILLED, _FOR_GROUP):
        found = pattern.search(text)
        if found is not None and _one_group(found["who"], named=pattern is _GUESTS):
            return INTERNAL
    if _SECTOR.search(text) or _LEVEL_ONLY.search(text) or _NDA_TAG.search(text):
        return INTERNAL
    if _ONLY_THEM.search(text) and not offers_something(text):
        return INTERNAL  # not "Gold perk: free coffee (Gold members only)"
    return INTERNAL if _unknown_readers(line) else None


def _one_group(who: str, *, named: bool) -> bool:
    """`who` is one group: not everyone, no count of people, a part's word (or, for an
    invitation's guests, any short name without a comma)."""
    who = who.strip(" .!")
    if not who or _EVERYONE.match(who) or re.search(r"\d", re.sub(r"\b\d{4}\b", "", who)):
        return False
    if _PART.search(who):
        return True
    return named and "," not in who and len(who.split()) <= 5


def _unknown_readers(line: str) -> bool:
    """A labelled readership that is only a few capitalised names ("Diffusion : Castors
    Rouges et Bleus"), none of them a count, a medium or everyone."""
    found = _LABEL.match(line.strip())
    if found is None:
        return False
    who = found["who"].strip(" .!")
    if _EVERYONE.match(fold(who)):
        return False
    return _NAMES.match(who) is not None or _WORKING.search(fold(who)) is not None
