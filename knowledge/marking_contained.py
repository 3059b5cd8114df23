"""A document held inside a group by a request that it not go beyond it.

People keep a document to its readers by naming the boundary it must not cross: « Merci de
ne pas partager au-delà des référents du Calvados », « Ne sortez pas ce planning du comité
éditorial », « Ce document ne sort pas de la gérance », « Ne pas projeter hors de la
réunion des gérants », "Please keep within the company", "Don't forward this beyond the
pilot group", "This stays inside the ops team". The group inside the boundary is the
readership: its level when it is staff or leadership (`marking_groups.group_level`), and
internal when the reader does not know the group (fail closed).

A boundary that is the whole program (« hors du programme », "outside the community", a
name written alone with a capital: "keep it within the Lanterns") or the ambassadors keeps
the document among all of them: left to the readers that open. So is a boundary in time
(« au-delà du 15 mars », "beyond Friday"). The request is said of the document, where a
banner or a part of it begins: "Internal roadmaps are never shared outside the company"
in an FAQ's answer is about something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from knowledge.markers import INTERNAL, Marking, strictest
from knowledge.marking_groups import group_level, names_outsiders
from knowledge.text import fold, plain_words

# A line longer than this is prose about the subject, not a request about the document.
_MAX_WORDS = 24

_THE = r"(?:(?:la|le|les|l|du|des|de|d|the|our|your|this|that|notre|nos|votre|vos|ce|cette) )*"
_OBJECT = (
    r"(?:(?:it|this|these|them|that|le|la|les|l|ca|cela|ceci|rien)"
    r"|(?:this|these|the|ce|cet|cette|ces|le|la|les) \w+(?: \w+)?) "
)
_EN_VERB = (
    r"(?:share|shared|forward|forwarded|circulate|circulated|distribute|distributed|send|sent"
    r"|pass|passed|show|shown|present|presented|take|taken|leak|leaked|go|leave|travel|spread)"
)
_FR_VERB = (
    r"(?:partager|diffuser|transmettre|transferer|faire circuler|faire suivre|circuler"
    r"|communiquer|sortir|projeter|montrer|presenter|envoyer|distribuer|divulguer|relayer)"
)
_FR_IMPERATIVE = (
    r"(?:partagez|diffusez|transmettez|transferez|sortez|projetez|montrez|presentez"
    r"|communiquez|envoyez|distribuez|relayez|faites circuler|faites suivre)"
)
_FR_BOUNDARY = r"(?:au dela|en dehors|hors|a l exterieur)"
_EN_BOUNDARY = r"(?:beyond|outside(?: of)?|past)"
_WHO = r"(?P<who>[^,.;:!?()«»\"—–|]{2,60})"

_FR_FROM = r"(?:de la|de l|du|des|de|d)"
_CONTAINED: tuple[re.Pattern[str], ...] = (
    # « ne pas partager au-delà des … », « à ne pas diffuser en dehors du … »
    re.compile(rf"\bne (?:pas|plus|jamais) {_FR_VERB} (?:{_OBJECT})?{_FR_BOUNDARY} {_THE}{_WHO}"),
    # « ne le partagez pas au-delà de … »
    re.compile(
        rf"\bn(?:e)? (?:(?:le|la|les|l|y) )?{_FR_IMPERATIVE} (?:pas|jamais) (?:{_OBJECT})?"
        rf"{_FR_BOUNDARY} {_THE}{_WHO}"
    ),
    # « ce document ne sort pas de la gérance », « ne sortez pas ce planning du comité … »
    re.compile(
        r"\bne (?:(?:doit|doivent|peut|peuvent|devra|devront) (?:pas|jamais) )?"
        r"(?:sort|sortent|sortir|sortez|circule|circulent|circuler)"
        rf"(?: (?:pas|jamais))? (?:{_OBJECT})?(?:{_FR_BOUNDARY} |{_FR_FROM} ){_THE}{_WHO}"
    ),
    # "don't share this beyond the pilot group", "not to be forwarded outside the team"
    re.compile(
        r"\b(?:do not|don t|dont|never|must not|mustn t|should not|shouldn t|may not|cannot"
        rf"|can t|not to|not)(?: be)? {_EN_VERB}"
        r"(?: (?:it|this|these|them|that|on|around|out|further|any further))*"
        rf" {_EN_BOUNDARY} {_THE}{_WHO}"
    ),
    # "please keep within the company", "keep this inside the ops team"
    re.compile(rf"\bkeep (?:{_OBJECT})?(?:within|inside|among) {_THE}{_WHO}"),
    # "this stays within the leadership team", « ce document reste au sein du bureau »
    re.compile(
        r"\b(?:this|it|this \w+|ce \w+|cette \w+|ca|cela|ceci|tout ca|everything here"
        r"|what s said here|what is said here|ce qui est dit ici) "
        r"(?:stays|remains|must stay|should stay|must remain|reste|doit rester)"
        rf" (?:strictly |strictement )?(?:within|inside|among|in|au sein|dans|entre"
        rf"|a l interieur) {_THE}{_WHO}"
    ),
)
# Where the group's words end: a time, a condition, a courtesy.
_WHO_END = re.compile(
    r"\s(?:avant|jusqu|until|till|before|apres|after|sans|without|svp|please|merci|thanks"
    r"|s il|sauf|except|tant|pour le moment|for now|pour l instant|et ne|and not|ni|nor"
    r"|s v p|when|quand|lors)\b.*$"
)
# The whole program, or all the ambassadors: a hold among all of them, not a part.
_WHOLE = re.compile(
    r"^(?:programme|program|prog|club|cercle|circle|reseau|network|communaute|community|groupe"
    r"|group|collectif|tribu|crew|famille|family|guild|guilde|tribe|squad|discord|serveur"
    r"|server|slack|espace|space|forum|ambassad\w*)(?: (?:ambassad\w*|des ambassad\w*))?$"
    # the program with its name: "outside the Isards programme", « hors du club Rivage »
    r"|^(?:\w+ ){0,2}(?:programme|program|club|communaute|community|reseau|network)$"
    r"|^(?:programme|program|club|communaute|community|reseau|network)(?: \w+){0,2}$"
)
# A boundary in time or a frame, not a group: « au-delà du 15 mars », "beyond Friday".
_NOT_A_GROUP = re.compile(
    r"^(?:\d|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|janvier|fevrier|mars|avril|mai|juin|juillet|aout"
    r"|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|date|cadre|scope|heures?|hours?|semaine"
    r"|week|mois|month|delai|deadline|perimetre|sujet|topic|ordinaire|lot|premier|first"
    r"|that|ce|cela|ca)\b)"
)


def contained_marking(
    lines: Iterable[str], said: Callable[[str], str] | None = None
) -> Marking | None:
    """The strictest level the head's requests to keep it inside a group give (`said`:
    the client's names for its ambassadors written as the word, `marking_ambassadors`)."""
    found = [
        (level, line)
        for line in lines
        if (level := contained_level(said(line) if said is not None else line)) is not None
    ]
    if not found:
        return None
    top = strictest(level for level, _ in found)
    return Marking(top, next(line.strip()[:120] for level, line in found if level == top))


def contained_level(line: str) -> str | None:
    """Internal or confidential when `line` asks that the document not leave a group that
    is no whole program (see the module's docstring); None otherwise."""
    text = _plain(line)
    if not text or len(text.split()) > _MAX_WORDS:
        return None
    levels = [level for match in _scan(text) if (level := _group(match, line)) is not None]
    return strictest(levels) if levels else None


def _program_named_alone(who: str, line: str) -> bool:
    """`who` is one name written with a capital ("keep it within the Lanterns"): the
    program's name for all its members, as `marking_relayed.kept_within` reads it. Every
    time the line writes it: a title's capital (« Comité scientifique — … hors du comité »)
    makes no common noun a name."""
    if len(who.split()) != 1:
        return False
    found = re.findall(rf"\b{re.escape(who)}\b", plain_words(line), re.IGNORECASE)
    return bool(found) and all(word[0].isupper() for word in found)


def _scan(text: str) -> list[str]:
    return [
        m["who"]
        for pattern in _CONTAINED
        for m in pattern.finditer(text)
        if _OF_THE_DOCUMENT.search(text[: m.start()])
    ]


# Said of the document: the request opens the line or a part of it, perhaps after a
# courtesy or the document as its subject; "Internal roadmaps are never shared outside
# the company" in an FAQ's answer is about something else.
_OF_THE_DOCUMENT = re.compile(
    r"(?:^|[.;:,!?(\[—–=*]|\s-)\s*(?:(?:please|kindly|pls|merci|de|d|svp|priere|a|to|and|et"
    r"|mais|but|so|donc|internal|interne|confidential|confidentiel|this|it|that|ce|cet|cette"
    r"|ces|le|la|les|l|ca|cela|ceci|document|doc|deck|file|fichier|note|memo|planning|tableau"
    r"|support|rapport|report|page|brief|message|mail|email|thread|fil)\s+)*$"
)


_PART_OF = re.compile(
    r"^(?:ambassad\w*|membres|members)(?: \w+)? (?:du|de la|de l|des|de|d|of the|of|in|from"
    r"|based in) (?P<rest>.+)$"
)
_NOT_WORD = re.compile(r"[^\w\s]")


def _group(who: str, line: str) -> str | None:
    who = _WHO_END.sub("", " " + _NOT_WORD.split(who)[0].strip()).strip()
    who = re.sub(r"^(?:(?:la|le|les|l|du|des|de|d|the|our|your|notre|nos|votre|vos) )+", "", who)
    if not who or _WHOLE.match(who) or _NOT_A_GROUP.match(who):
        return None
    level = group_level(who, restrictive_only=True)
    if level is not None:
        return level
    if (part := _PART_OF.match(who)) is not None and not _WHOLE.match(part["rest"]):
        return INTERNAL  # "au-delà des ambassadeurs du Calvados": a part of them
    return None if names_outsiders(who) or _program_named_alone(who, line) else INTERNAL


def _plain(line: str) -> str:
    """`line` folded, apostrophes and joining hyphens as spaces ("au-delà" → "au dela")."""
    text = fold(line).replace("'", " ").replace("’", " ")
    text = re.sub(r"(?<=\w)-(?=\w)", " ", text)
    return " ".join(text.lstrip("#>*-_ ").split())
