"""A program's newsletter written to all its ambassadors: public when nothing restricts it.

"Ambassador newsletter #4 ⏎ Dear ambassadors, this quarter…", "Les Voix Clients : la lettre
n°12 ⏎ Chers ambassadeurs, merci…": a head that names a newsletter and greets the
ambassadors as a whole is what they receive. Both are needed: a greeting alone opens many
internal notes and requests ("Hello les ambassadeurs, il nous manque deux volontaires"), and
a newsletter named alone may be a report about it ("Newsletter ambassadeurs : taux
d'ouverture"). Any restriction elsewhere in the head still wins (`marking_head`).

A mailing's own reason for reaching its reader is its readership too: "Vous recevez cet
e-mail en tant que membre du programme X (tous niveaux)" goes to every member of the
program, so to all the ambassadors, unless a tier, a circle or a cohort narrows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.marking_sentences import clean_line

_NEWSLETTER = re.compile(
    r"\b(?:newsletter|news letter|lettre d information|lettre d info|la lettre(?: n(?:o|°)?)?"
    r" ?\d+|lettre mensuelle|lettre trimestrielle|bulletin|monthly letter|quarterly letter)\b"
)
_GREETING = re.compile(
    r"^(?:chers|cheres|chers et cheres|cher e s|dear|dear all|hello all)"
    r" (?:ambassadeurs|ambassadrices|ambassadeurs et ambassadrices|ambassadors)\b"
)
# The greeting follows the title within these lines.
_GREETING_LINES = 4


def letter_to_ambassadors(lines: Sequence[str]) -> str | None:
    """The greeting of a newsletter to all the ambassadors in a head's `lines`, or None."""
    kept = [raw for raw in lines if raw.strip()]
    for index, raw in enumerate(kept[:_GREETING_LINES]):
        if not _GREETING.match(clean_line(raw)):
            continue
        if any(_NEWSLETTER.search(clean_line(before)) for before in kept[:index]):
            return raw.strip()
    return None


_RECEIVED = re.compile(
    r"\b(?:vous recevez|tu recois|you are receiving|you re receiving|you received|you receive)"
    r" (?:ce|cette|cet|this) (?:\w+ ){0,2}(?:car|parce que|because|en tant que|as)"
    r" (?:vous etes |tu es |you are |you re )?(?:a |an |un |une )?(?:inscrite?|inscrit e"
    r"|membre|member|abonnee?|abonne e|subscribed|registered|enrolled|subscriber)"
    r" (?:au|du|de|a|to|of|in|for) (?:the |our |notre |votre |your )?(?:\w+ ){0,3}?"
    r"(?:programme|program)\b.*$"
)
_ALL_TIERS = re.compile(r"\b(?:tous (?:les )?niveaux(?: confondus)?|all (?:levels|tiers))\b")
# What narrows the members: a tier, a circle, a panel, a cohort, a region.
_NARROWED = re.compile(
    r"\b(?:niveau|niveaux|level|levels|tier|tiers|palier|statut|status|cercle|circle|comite"
    r"|committee|panel|pilote|pilot|cohorte|cohort|promo|region|groupe|group|sauf|except|hors"
    r"|only|uniquement|seulement)\b"
)


def received_as_member(line: str) -> bool:
    """`line` says the reader receives the mailing as a member of the program, all of it."""
    found = _RECEIVED.search(clean_line(line))
    return found is not None and not _NARROWED.search(_ALL_TIERS.sub(" ", found.group()))


# A message that opens by addressing every ambassador, and only them: "À tous nos
# ambassadeurs : n'oubliez pas…", "To all ambassadors: …", "Bienvenue à tous les
# ambassadeurs !", "To: all ambassadors (mailing list)". The group must end there: "À tous
# les ambassadeurs de Lyon :" is a part of them.
_ADDRESSED_TO_ALL = re.compile(
    r"^(?:(?:a|to)\s*:\s*(?:(?:a|to) )?|(?:a|to|bienvenue a|welcome to|bonjour a|hello to|hi to"
    r"|salut a) )(?:tous|toutes|tous et toutes|all|l ensemble)"
    r"(?: (?:les|nos|vos|our|the|des|de nos))?"
    r" (?:ambassadeurs|ambassadrices|ambassadeurs et ambassadrices|ambassadors)"
    r"$"
)
_ADDRESS_END = re.compile(r"^\s*(?:[:!,]|\(\s*(?:mailing list|liste de diffusion|liste)\s*\)|$)")


def addressed_to_all(named: str) -> bool:
    """`named` (a line, the client's names read as "ambassadeurs") opens by addressing every
    ambassador, then says what it has to say."""
    raw = named.strip()
    for end in re.finditer(r"[:!,(]|$", raw):
        if end.start() == 0:
            continue
        address = clean_line(raw[: end.start()])
        if _ADDRESSED_TO_ALL.match(address) and _ADDRESS_END.match(raw[end.start() :]):
            return _KEPT_BACK.search(clean_line(raw)) is None
    return False


# A secret or a restriction said in the same line keeps the message from opening ("À tous
# les ambassadeurs : le compte rendu confidentiel du CODIR est en pièce jointe").
_KEPT_BACK = re.compile(
    r"\b(?:confidenti\w*|secret\w*|interne?s?|internal|embargo\w*|nda|reserve\w*|restrei\w*"
    r"|restricted|only|uniquement|seulement|sauf|except\w*|hors|ne pas|do not|don t|not)\b"
)
