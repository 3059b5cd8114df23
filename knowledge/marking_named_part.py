"""A readership that names a part of the program: a trade, a role, a team or a place.

Read on a line whose client's names for its ambassadors are already written "ambassadeurs"
(`marking_ambassadors.as_ambassadors`), so « Pour les Couturières de la Squad » with
« Squad » declared reads « Pour les Couturières de la ambassadeurs »:

- a word beside the program's: « Pour les Couturières de la Squad », « Pour les Squad
  Couturières », "For the Squad tailors", « Pour la Squad Lyon » (`part_of_them`); an
  undeclared name followed by another word is such a pair too (« Pour les Squad
  Couturières » with no names given). « Pour les membres de la Squad », « Pour toute la
  Squad », "For every Squad member" stay all of them;
- a place that narrows them: "Open to all ambassadors based in Lyon", « Pour tous les
  ambassadeurs de la région Bretagne », « réservé aux ambassadeurs habitant en
  Île-de-France », "For all our ambassadors in the Lyon area" (`placed`). A place said for
  all of them (« à Lyon comme ailleurs », "wherever you are") narrows nothing.

The bot cannot tell such a part apart, so the document stays with the staff (fail closed).
Only a line that opens with the readers is read: a sentence about « des ambassadeurs basés
à Lyon » further on is what the document tells, not who reads it.
"""

from __future__ import annotations

import re

from knowledge.text import fold

_LABEL = (
    r"(?:(?:diffusion|distribution|audience|acces|access|lecteurs|readers|destinataires"
    r"|public vise|public cible|visibilite|visibility|to|a|pour|for) ?: ?)"
)
# « Atelier ouvert aux … », "Event open to …": what is open may be named first.
_KEPT = (
    r"(?:(?:[a-z]+ ){0,2}(?:open to|ouverte?s? (?:a|aux)|destinee?s? (?:a|aux)"
    r"|reservee?s? (?:a|aux)|reserved (?:to|for)|intended for|meant for|accessible (?:a|aux|to)))"
)
_OPENER = (
    rf"(?:pour|for|to|a|aux|{_KEPT}"
    r"|a l attention (?:de|des)|addressed to|adressee?s? (?:a|aux)|a lire par|to be read by)"
)
_START = rf"^(?:{_LABEL}{_OPENER}?|{_OPENER}) ?"
_ARTICLE = r"(?:les|la|le|l|the|our|nos|vos|your)"
_EACH = r"(?:tous|toutes|toute|tout|all|every|each|chaque|l ensemble des|l ensemble de)"
_THEM = r"(?:ambassad\w*|membres?|members?|adherent\w*)"
_GROUP = (
    rf"(?:{_EACH} )?(?:{_ARTICLE} |des |aux )?{_THEM}(?: (?:membres?|members?))?"
    r"(?: (?:du|de notre|of the|of our) (?:programme|program|cercle|circle|club))?"
)
_END = r"(?= ?(?:$|[—–:;,.!?(|]| - | (?:uniquement|seulement|exclusivement|only|exclusively)\b))"

# Where they live or work, said as what narrows them.
_PLACE = (
    r"(?:(?:qui sont |who are )?(?:bases?|basees?|based|living|located|residing|resident"
    r"|residant(?:e|s|es)?|habitant(?:e|s|es)?|installee?s?|domiciliee?s?|vivant(?:e|s|es)?"
    r"|who live|who reside|qui habitent|qui vivent|qui resident)"
    r" (?:in|at|near|around|a|au|aux|en|dans|pres de|autour de|sur)\b"
    r"|(?:in|from|of|around) (?:the )?[\w -]{1,30}? (?:area|region|district|sector|zone|office"
    r"|branch|agency)\b"
    r"|(?:de la|du|de l) (?:region|secteur|zone|agence|departement|antenne|bassin)\b)"
)
_PLACED = re.compile(rf"(?:{_START}{_GROUP}|^{_EACH} (?:{_ARTICLE} )?{_THEM}) {_PLACE}")
# A place said for all of them: "wherever you are", « à Lyon comme ailleurs ».
_EVERYWHERE = re.compile(
    r"\b(?:anywhere|wherever|everywhere|all over|partout|ou que|comme ailleurs|quel que soit"
    r"|quelle que soit|whatever|toutes regions|all regions|tous secteurs|all areas)\b"
)

# Said of the readers just named, all of them: "(all of them)", « (donc à vous tous) ».
_ALL_OF_THEM = re.compile(
    r"\b(?:all of them|all of you|every one of you|everyone|a vous tous|a vous toutes"
    r"|vous tous|tous et toutes|toutes et tous|sans exception|without exception)\b"
)
# Words that leave them whole beside the program's word: its members, all of it.
_WHOLE = frozenset(
    (
        *("membres", "membre", "members", "member", "ensemble", "totalite", "tous", "toutes"),
        *("all", "every", "each", "chacun", "chacune", "entire", "whole", "rest", "reste"),
        *("ambassadeurs", "ambassadrices", "ambassadors", "ambassadresses", "adherents"),
        *("adherentes", "amis", "friends", "fans", "famille", "family", "communaute"),
        *("community", "programme", "program", "cercle", "circle", "club", "reseau"),
        *("network", "uniquement", "seulement", "exclusivement", "only", "exclusively"),
        *("connectes", "connectees", "inscrits", "inscrites", "registered", "svp", "please"),
        *("merci", "stp", "et", "and", "ou", "or", "s", "e", "es"),
    )
)
_NOT_A_PART = r"(?:attention|intention|destination|usage|use)\b"
# « Pour les Couturières de la ambassadeurs », "For the tailors of the ambassadeurs".
# (« à l'attention des ambassadeurs » is an opener, not a part called "attention")
_PART_OF = re.compile(
    rf"{_START}(?:{_ARTICLE} )?(?P<part>(?!{_NOT_A_PART})[^\W\d_]+) (?:de|du|des|d|of|among|parmi)"
    rf" (?:{_ARTICLE} )?{_THEM}{_END}"
)
# « Pour les ambassadeurs Couturières », "For the ambassadeurs tailors", « la ambassadeurs Lyon ».
_THEM_PART = re.compile(rf"{_START}{_ARTICLE} {_THEM} (?P<part>[^\W\d_]+){_END}")
# Undeclared, as written: « Pour les Squad Couturières », "For the Squad tailors" (people:
# plural; « Pour la Fête Nationale » names a day, not its readers).
_TO = r"^(?i:pour|for|to|à|a|à l['’]attention)"
_STOP = r"(?= ?(?:$|[—–:;,.!?(|]| - | (?i:uniquement|seulement|only)\b))"
_NAME_PART = re.compile(
    rf"{_TO} (?:(?i:les|the) (?P<name>[A-ZÀ-Ý][\w’'-]+) (?P<part>[^\W\d_]+[sx])"
    rf"|(?i:les|the|des) (?P<trade>[^\W\d_]+[sx]) (?i:de la|du|des|de l['’]|of the) ?"
    rf"(?P<of>[A-ZÀ-Ý][\w’'-]+)){_STOP}"
)


def _text(line: str) -> str:
    text = re.sub(r"\s*[—–]\s*|\s-\s", " - ", fold(line).replace("’", " ").replace("'", " "))
    return " ".join(re.sub(r"[^\w,.;:!?()|\-—–]", " ", text).split())


def part_of_them(line: str) -> bool:
    """`line` (names read as "ambassadeurs") opens with a part of the program as its readers:
    a word beside the program's or its members' word that does not leave them whole."""
    text = _text(line)
    if len(text.split()) > 20 or _ALL_OF_THEM.search(text):
        return False
    for pattern in (_PART_OF, _THEM_PART):
        found = pattern.match(text)
        if found is not None and not _whole(found.group("part")):
            return True
    found = _NAME_PART.match(" ".join(line.split()))
    if found is None:
        return False
    name = fold(found.group("name") or found.group("of"))
    part = fold(found.group("part") or found.group("trade"))
    return not _whole(name) and not _whole(part) and not part.startswith("ambassad")


def _whole(word: str) -> bool:
    """`word` leaves them whole, perhaps mistyped by a letter (« l'ensembe des … »)."""
    if word in _WHOLE:
        return True
    return len(word) >= 6 and any(_one_letter_apart(word, w) for w in _WHOLE if len(w) >= 6)


def _one_letter_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def placed(line: str) -> bool:
    """`line` (names read as "ambassadeurs") opens with the ambassadors narrowed by a place."""
    text = _text(line)
    if len(text.split()) > 25 or _EVERYWHERE.search(text) or _ALL_OF_THEM.search(text):
        return False
    return _PLACED.match(text) is not None


def names_a_part(line: str) -> bool:
    """`line` opens with a part of the program as its readers (`part_of_them`, `placed`)."""
    return part_of_them(line) or placed(line)
