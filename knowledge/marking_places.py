"""A line that opens a document to the ambassadors, but only to those of one place.

"For all Club Trafila members, every level in Milan", « Pour tous les membres du Club, tous
niveaux, à Lyon », "every Navigator based in Leeds": the readers are whole in every word but
the last, which names a city or a region; the bot cannot tell ambassadors apart by where they
live, so such a document is for a part of them (internal), as a level or a committee is.
Some singled out after all of them ("for every ambassador, especially those in Brussels")
are still all of them.

A place is a capitalised word after a preposition of place, not at the line's start ("À
Lyon, …" may be where the writer is), and not a language ("in English"), a month or day ("in
March"), a chat or work tool ("in Discord") or one of the client's own names ("chez
Trafila"). Words people put between the preposition and the name ("the", « la région de »)
are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.answerability import MONTHS_AND_DAYS
from knowledge.text import fold

# Prepositions of place a city or a region follows without an article: "in Milan", « à
# Lyon », « en Bretagne », "based in Leeds". « aux », « au », « à la », "in the" are left out:
# they are how people write to the program itself ("réservé aux Relais", « à la Tribu »,
# "everyone in the Sentinel Circle").
_PREPOSITION = (
    r"(?:in|at|near|around|based in|living in|located in|à|a|en|dans|près de|pres de"
    r"|autour de|basée?s? à|basée?s? a|installée?s? à|installée?s? a|habitant à|vivant à)"
)
# Between the preposition and the name: "in greater Manchester", « dans la région de Lyon ».
_FILLER = (
    r"(?:(?:greater|grand|grande|the region of|the area of|la région de|la region de"
    r"|le secteur de|la zone de|la ville de|the city of|l'agglomération de|la métropole de) )?"
)
_PLACE = re.compile(rf"(?<=[\s,;(])(?P<prep>{_PREPOSITION}) {_FILLER}(?P<name>[A-ZÀ-Ý][^\W\d_]+)")
# The readers must come first: a line about something else ("Cragworks opens in Annecy").
_READERS = re.compile(
    r"\b(?:tous|toutes|all|every|each|chaque|ensemble|everyone|membres?|members?|ambassad\w+"
    r"|réservée?s?|reserved|destinée?s?|intended|diffusion|audience|destinataires|readers)\b",
    re.IGNORECASE,
)
# A range of levels ("de Fil à Pelote", "from Bronze to Gold") and a whole country ("partout
# en France", "all over France") are every member, not a place.
_RANGE = re.compile(r"\b(?:de|du|des|from)\s+(?:\S+\s+){1,3}$", re.IGNORECASE)
# Some of them singled out after all of them: "for every ambassador, and in particular our
# hosts in Geneva", « pour tous, notamment ceux de Lyon ».
_SINGLED_OUT = re.compile(
    r"\b(?:in particular|particularly|especially|notably|including|not least|en particulier"
    r"|particulièrement|notamment|surtout|y compris|dont)\b",
    re.IGNORECASE,
)
# The place and every other: « à Rennes comme ailleurs », "in Leeds and elsewhere".
_AND_ELSEWHERE = re.compile(
    r"^[\w\s,'’-]{0,40}?\b(?:comme ailleurs|et ailleurs|ou ailleurs|comme partout|et partout"
    r"|and elsewhere|or elsewhere|and beyond|et au-delà|and everywhere else|as everywhere)\b",
    re.IGNORECASE,
)
_EVERYWHERE = re.compile(
    r"\b(?:partout|all over|across|throughout|dans toute|toute la)\s*$", re.IGNORECASE
)
# Capitalised words after "in" or « à » that are no place.
_NOT_PLACES = (
    frozenset(
        fold(
            """
        english french francais anglais italian italien italiano german allemand deutsch
        spanish espagnol dutch neerlandais portuguese portugais
        discord slack teams notion drive google sharepoint confluence whatsapp telegram
        signal instagram facebook linkedin tiktok youtube zoom meet outlook gmail trello
        miro canva figma airtable excel word powerpoint pdf markdown app application
        tous toutes tout toute all every each our nos notre votre your their leur chaque
        ce cette this that these
        """
        ).split()
    )
    | MONTHS_AND_DAYS
)


def names_a_place(line: str, own_names: Sequence[str] = ()) -> bool:
    """`line` gives where its readers are: a preposition of place before a capitalised
    name that is not a language, a date, a tool or one of `own_names` (the client's)."""
    own = {fold(word) for name in own_names for word in name.split()}
    for found in _PLACE.finditer(line):
        before = line[: found.start()]
        if (
            not _READERS.search(before)
            or _RANGE.search(before)
            or _EVERYWHERE.search(before)
            or _SINGLED_OUT.search(before)
            or _AND_ELSEWHERE.search(line[found.end() :])
        ):
            continue
        name = fold(found.group("name"))
        if name not in _NOT_PLACES and name not in own:
            return True
    return False
