"""A head read again with the words that keep its readers whole left out.

People who write for every member of a program often add that no member is left out:
« l'ensemble des ambassadeurs du Cercle, sans distinction de niveau », « tous les membres,
quel que soit leur niveau ou leur ancienneté », « tous niveaux confondus », "whatever their
level or country", « que vous ayez déjà témoigné ou non », "whether or not you have hosted
an event"; or name the program in a roundabout way: « les personnes membres du programme
d'ambassadeurs », « les ambassadeurs inscrits au programme », and add a permission for each
of them (« Page réservée aux ambassadeurs : chacun d'entre vous peut la consulter »).

Such words narrow nothing, yet they stand where the reader looks for a part (a level's
word, a clause after the group). The head is read a second time with them left out or said
plainly (`plainly`), and that reading is kept only when it opens the document where the
first did not (`opened_by_plain_words`). What is left is read by every other rule: a part
("les ambassadeurs du Nord, tous niveaux confondus", "the pilot group, all levels") still
reads as a part, so nothing opens that the bare group would not open (fail closed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from knowledge.markers import CONFIDENTIAL, PUBLIC, Marking

_ASPECT_FR = (
    r"(?:niveau|palier|grade|rang|statut|anciennet[ée]|pays|langue|r[ée]gion|ville|profil"
    r"|m[ée]tier|[ée]tablissement)x?s?"
)
_ASPECT_EN = r"(?:level|tier|rank|status|seniority|country|language|region|city|profile|job)s?"
_THEIR_FR = r"(?:leur|son|sa|votre|ton|ta|vos|leurs|le|la|l['’])"
_THEIR_EN = r"(?:their|your|his|her)"
_STEP = r"(?:niveau|palier|grade|rang)"
_STEP_EN = r"(?:level|tier|rank)"
_TIER_NAME = r"[A-ZÀ-Ý0-9][\w’'-]*(?: (?:d['’]\s*)?[\w’'-]+){0,2}?"
# Each form says "all of them, whatever X"; none of them names a part.
_WHOLE_FORMS = (
    rf"sans distinction (?:de |d['’])\s*{_ASPECT_FR}"
    rf"(?: (?:ni|et|ou) (?:de |d['’])\s*{_ASPECT_FR})*",
    rf"quel(?:le)?s? que soi(?:t|ent) {_THEIR_FR} {_ASPECT_FR}"
    rf"(?: (?:ou|et|ni) (?:{_THEIR_FR} )?{_ASPECT_FR})*",
    r"tou(?:te)?s (?:les )?(?:niveaux|paliers|grades|anciennet[ée]s)(?: confondu(?:e)?s)?",
    r"de tous (?:les )?(?:niveaux|paliers|grades)",
    rf"whatever {_THEIR_EN} {_ASPECT_EN}(?: (?:or|and) (?:{_THEIR_EN} )?{_ASPECT_EN})*",
    rf"regardless of {_THEIR_EN} {_ASPECT_EN}(?: (?:or|and) (?:{_THEIR_EN} )?{_ASPECT_EN})*",
    rf"no matter {_THEIR_EN} {_ASPECT_EN}",
    r"(?:of |at |across )?(?:all (?:levels|tiers|ranks)|(?:every|any) (?:level|tier|rank))",
    # « que vous ayez déjà témoigné ou non », « qu'ils aient tenu un stand ou non »
    r"(?:que (?:vous|tu|nous)|qu['’] ?(?:ils|elles|il|elle|on)) "
    r"(?:ayez|aies|ayons|aient|ait|soyez|sois|soient|soit|soyons)\b[^,;.!?()\[\]:]{1,60}?"
    r" ou (?:non|pas)",
    r"whether or not (?:you|they|he|she)\b[^,;.!?()\[\]:]{1,60}?",
    r"whether (?:you|they|he|she)\b[^,;.!?()\[\]:]{1,60}? or not",
    # « du niveau Ébauche au niveau Glaçage », "from level Sprout to level Oak": first to last
    rf"(?:du|de) {_STEP} {_TIER_NAME} (?:au|à|a|jusqu['’]au) {_STEP} {_TIER_NAME}",
    rf"from (?:the )?{_STEP_EN} {_TIER_NAME} to (?:the )?{_STEP_EN} {_TIER_NAME}",
    r"(?:anciens|anciennes|nouveaux|nouvelles|new|old) (?:comme|et|and|or|ou) "
    r"(?:anciens|anciennes|nouveaux|nouvelles|new|old)(?: (?:members|membres))?",
)
_WHOLE = rf"(?:{'|'.join(_WHOLE_FORMS)})"
# After a comma (or in brackets), up to the next separator or the line's end.
_END = r"(?=\s*(?:$|[,;.!?)\]:]|\s[—–-]\s))"
_QUALIFIER = re.compile(
    rf"\s*,\s*(?i:{_WHOLE}){_END}|\s*[(\[]\s*(?i:{_WHOLE})\s*[)\]]", re.IGNORECASE
)
# « membres du programme d'ambassadeurs », "members of the ambassador programme": the program.
_PROGRAM_OF = re.compile(
    r"\b(?P<of>(?:du|au|of the|of our|in the|to the)\s+)(?P<body>programme|program)"
    r"\s+(?:d['’]\s*|des\s+)ambassad\w+",
    re.IGNORECASE,
)
_AMBASSADOR_PROGRAM = re.compile(
    r"\b(?P<of>of the|of our|in the|to the)\s+ambassadors?\s+(?P<body>programme|program)\b",
    re.IGNORECASE,
)
# « les ambassadeurs inscrits au programme », "ambassadors enrolled in the programme".
_ENROLLED = re.compile(
    r"\b(?P<who>ambassad\w+|membres?|members?)\s+(?:inscrit(?:e|s|es)?|enrolled|registered)"
    r"\s+(?:au|dans le|in the|on the|to the|for the)\s+"
    r"(?P<body>programme|program|cercle|circle|club|r[ée]seau|network)\b",
    re.IGNORECASE,
)
# « … : chacun d'entre vous peut la consulter », "… — each of you may read it": a permission
# for every one of the readers just named, whose rest is no more than a whole qualifier and
# where it is found (checked by `_plain_rest`).
_EACH_MAY = re.compile(
    r"\s*[:—–]\s*(?:chacun(?:e)?|chacune et chacun|chacun et chacune) (?:d['’]\s*entre (?:vous"
    r"|eux|elles) )?(?:peut|pourra|peuvent) (?:la|le|les|l['’])\s*(?:consulter|lire|t[ée]l[ée]"
    r"charger|ouvrir|garder)\b(?P<rest>.*)$"
    r"|\s*[:—–]\s*(?:each|every one|everyone) of you (?:can|may) (?:read|open|see|consult|"
    r"download) (?:it|this)\b(?P<rest_en>.*)$",
    re.IGNORECASE,
)
# Where it is found, not who may read it: « depuis le lien épinglé sur Discord ».
_WHERE = re.compile(
    r"^(?:\s*(?:,|\.|$))*\s*(?:(?:depuis|via|sur|dans|from|on|in|at) [^,;.!?]{1,60})?[\s.,;!]*$",
    re.IGNORECASE,
)
_NO = re.compile(
    r"\b(?:ne|n['’]|pas|not|never|jamais|sauf|except\w*|hormis|uniquement|seulement|only"
    r"|confidenti\w*|intern\w*|secret\w*|priv\w*|restrei\w*|restrict\w*|embargo\w*"
    r"|d[ée]sactiv\w*|draft|brouillon)\b",
    re.IGNORECASE,
)


def _plain_rest(rest: str) -> bool:
    rest = _QUALIFIER.sub("", rest)
    return _NO.search(rest) is None and _WHERE.match(rest) is not None


def _without_permission(line: str) -> str:
    found = _EACH_MAY.search(line)
    if found is None:
        return line
    rest = found.group("rest") if found.group("rest") is not None else found.group("rest_en")
    return line[: found.start()] + "." if _plain_rest(rest or "") else line


def plainly(line: str) -> str:
    """`line` with its whole qualifiers left out and its roundabout names for the program
    said plainly (`line` itself when there are none)."""
    if not line.strip():
        return line
    said = _PROGRAM_OF.sub(r"\g<of>\g<body>", line)
    said = _AMBASSADOR_PROGRAM.sub(r"\g<of>\g<body>", said)
    said = _ENROLLED.sub(_enrolled, said)
    said = _without_permission(said)
    return _QUALIFIER.sub("", said)


def _enrolled(found: re.Match[str]) -> str:
    english = found.group("who").casefold().startswith(("member", "ambassador"))
    return f"{found.group('who')} {'of the' if english else 'du'} {found.group('body')}"


def opened_by_plain_words(
    lines: Sequence[str],
    read: Callable[[list[str]], Marking | None],
    rewrite: Callable[[str], str] = plainly,
) -> Marking | None:
    """`read` (a head's reader) on `lines`; when it does not find the head public, read again
    with each line rewritten (`plainly`, or `rewrite`) unless it still holds a restriction,
    kept only if that reading is public. The marking's text is the line as written."""
    found = read(list(lines))
    if found is not None and found.level in (PUBLIC, CONFIDENTIAL):
        return found
    joined = _unwrapped(lines)
    # a line that restricts anything besides is kept as written: its words stay where the
    # rules that restrict look for them
    plain = [p if _NO.search(p) is None else j for j in joined for p in (rewrite(j),)]
    if plain == list(lines):
        return found
    again = read(plain)
    if again is None or again.level != PUBLIC:
        return found
    written = next(
        (
            w.strip()[:120]
            for w, p in zip(joined, plain, strict=True)
            if p.strip()[:120] == again.text
        ),
        again.text,
    )
    return Marking(PUBLIC, written)


# A sentence wrapped onto the next line (a PDF's or a plain text's width): « … qu'ils aient
# déjà tenu un stand » / « ou non. ».
# Only a sentence's few last words (« ou non. »), never a heading, an item or a field.
_OPEN_END = re.compile(r"^[^#>*|•-].*[\w,’']\s*$")
_GOES_ON = re.compile(r"^\s*[a-zà-ÿ][^:]*$")
_WRAPPED = 40
_TAIL_WORDS = 6


def _unwrapped(lines: Sequence[str]) -> list[str]:
    joined: list[str] = []
    for line in lines:
        last = joined[-1] if joined else ""
        tail = len(line.split()) <= _TAIL_WORDS and _GOES_ON.match(line) is not None
        if len(last) >= _WRAPPED and _OPEN_END.match(last.strip()) and tail:
            joined[-1] = f"{last.rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined
