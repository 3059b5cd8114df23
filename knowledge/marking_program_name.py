"""How people address every one of a program's members, read for the documents' readers.

- A declared program name after the body word beside the members' word is the program:
  « Diffusion : membres du programme Cercle Azur », « tous les membres du Cercle Azur » with
  « Cercle Azur » or « Azur » among the client's names (`ProgramNames`; beside the
  ambassadors' word it is said « du programme »: « ambassadeurs du Club » may be a site's
  club). Undeclared, such a name may be a sub-program or a tier (« programme Bêta », "Gold
  Circle") and keeps the line's reading (fail closed; `ingest` suggests declaring it).
- A declared name for the ambassadors in its English form ("Pilots" for « Pilotes »), and a
  declared name that is the program's body (« la Meute »: « chaque membre de la Meute »).
- Every ambassador or member as the readers, with nothing narrowing them: « Pour les
  ambassadeurs de tous niveaux », « À lire par chaque ambassadeur », "For every ambassador"
  (`every_one_of_them`); the ambassadors with people invited to join or curious about the
  program (`with_invitees`): such a notice is for readers who are not even members.

Read strictly, since all of this can only open: a tier, a staff group, a place, a relative
clause or any restriction word keeps the line as the rest of the reader reads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.marking_ambassadors import NO_BRAND, Said, names_staff
from knowledge.marking_groups import group_level
from knowledge.text import fold

_THEM = r"(?:ambassad\w*|membres?|members?|adh[ée]rent(?:e|s|es)?)"
_OF = r"(?:du|de\s+la|de\s+l['’]|d['’]|of\s+the|of\s+our|of)"
_BODY = (
    r"(?:programme|program|cercle|circle|club|communaut[ée]|community|r[ée]seau|network"
    r"|tribu|tribe)"
)
_CAPITAL = r"[A-ZÀ-Ý][\w’'-]*"
_NAME = rf"(?:[«“\"][ \t]*)?(?P<name>{_CAPITAL}(?:[ \t]+{_CAPITAL}){{0,2}})(?:[ \t]*[»”\"])?"
# « membres du Cercle Altitude », « membres du programme Cercle Altitude », "members of the
# Cercle Altitude": the words after the body word are the name.
_AFTER_BODY = re.compile(rf"(?P<keep>\b(?i:{_THEM}[ \t]+{_OF}[ \t]*{_BODY}))[ \t]+{_NAME}(?!\w)")
_LEADING_BODY = re.compile(rf"^(?:{_BODY})\s+", re.IGNORECASE)
# A name declared for the ambassadors that is the program's body (« la Tribu »), read as
# "ambassadeurs": « chaque membre de la Tribu » is then each member of the program.
_BODY_NAMED = re.compile(
    r"(?P<them>\b(?i:membres?|members?))[ \t]+(?i:de|du|des|d['’]|of(?:[ \t]+the)?)[ \t]*"
    r"(?:(?i:la|le|l['’])[ \t]*)?(?i:ambassadeurs)\b"
)
# "tous les ambassadeurs de la Tribu" with « la Tribu » declared: "ambassadeurs" once.
_TWICE = re.compile(r"(?P<them>\b(?i:ambassad\w*))[ \t]+(?i:de|du|des|of)[ \t]+(?i:ambassadeurs)\b")
# « toute la Crew » with « la Crew » declared is said « toute ambassadeurs »: all of them.
_WHOLE_SAID = re.compile(
    r"\b(?i:toute|tout)(?:[ \t]+(?i:la|le|l['’]))?[ \t]+(?=ambassadeurs\b)"
    r"|(?<![\w-])(?i:toute[ \t]+l['’]|tout[ \t]+l['’])(?=ambassadeurs\b)"
)
# A part named by what it does, when it joined or where it stands.
_PART = re.compile(
    r"\b(?:pilot\w*|beta|test\w*|founding|fondat\w*|founders?|core|advisory|consultati\w*"
    r"|conseil|comite|committee|board|direction|management|staff|equipe|team|bureau"
    r"|niveau\w*|levels?|tiers?|palier\w*|vip|premium|prive\w*|private|interne?|internal"
    r"|confidenti\w*|restreint\w*|restricted|secret\w*|nord|sud|est|ouest|north|south|east"
    r"|west|region\w*|local\w*)\b"
)


def without_program_name(line: str, brands: frozenset[str]) -> str:
    """`line` with a declared program name (`brands`: folded) dropped where it follows the body
    word beside the members' word; `line` itself when there is none."""
    if not brands:
        return line

    def dropped(found: re.Match[str]) -> str:
        name = fold(found.group("name"))
        body = fold(found.group("keep").split()[-1])
        # the name with or without its own body word: "Cercle Altitude" or "Altitude"
        inner = _LEADING_BODY.sub("", name)
        declared = bool({name, f"{body} {name}", inner} & brands)
        if not declared or not _program_name(name):
            return found.group(0)
        # "ambassadeurs du Club" may be a site's; "ambassadeurs du programme" is all of them
        keep = found.group("keep")
        return _AMBASSADORS_OF.sub(_of_the_program, keep)

    return _AFTER_BODY.sub(dropped, line)


_AMBASSADORS_OF = re.compile(rf"^(?P<them>ambassad\w*)[ \t]+(?P<of>{_OF})[ \t]*{_BODY}$", re.I)


def _of_the_program(found: re.Match[str]) -> str:
    english = found.group("of").lower().startswith("of")
    return f"{found.group('them')} {'of the program' if english else 'du programme'}"


def _program_name(name: str) -> bool:
    words = name.replace("’", " ").replace("'", " ").replace("-", " ").split()
    if not words or any(w in NO_BRAND or w.rstrip("s") in NO_BRAND for w in words):
        return False
    text = " ".join(words)
    if _PART.search(text) or names_staff(text):
        return False
    return group_level(text) is None


class ProgramNames:
    """`said` (the client's names for its ambassadors read as "ambassadeurs", or None), then
    a program's own name dropped beside the members' word (`without_program_name`).
    `names`: the declared names, whose English form may drop a French final "e" ("Copilots"
    for « Copilotes »): read as the name before `said`."""

    def __init__(
        self, said: Said | None, names: Sequence[str] = (), clients: Sequence[str] = ()
    ) -> None:
        self.said = said
        self._english = _english_forms(names) if said is not None else None
        self._brands = frozenset(" ".join(fold(c).split()) for c in clients) - {""}

    def __call__(self, line: str) -> str:
        if self.said is None:
            return line
        line = self._english.sub(r"\g<stem>e\g<plural>", line) if self._english else line
        # before `said`, which would drop the whole name with its body word ("membres du
        # Cercle Clavéo" → "membres", no longer the program's)
        line = without_program_name(line, self._brands)
        named = self.said(line)
        if named != line:
            named = _BODY_NAMED.sub(r"\g<them> du programme", named)
            named = _TWICE.sub(r"\g<them>", named)
            named = _WHOLE_SAID.sub("tous les ", named)
        return without_program_name(named, self._brands)


def with_program_names(
    said: Said | None, names: Sequence[str] = (), clients: Sequence[str] = ()
) -> ProgramNames:
    """`said` extended with the program's own names (`ProgramNames`)."""
    return ProgramNames(said, names, clients)


# "les Copilotes" → "Copilot": a French name in "-e(s)" written in English without its "e".
_ARTICLE = re.compile(r"^(?:les|la|le|l|the|nos|our)\s+", re.IGNORECASE)


def _english_forms(names: Sequence[str]) -> re.Pattern[str] | None:
    stems = set()
    for name in names:
        word = _ARTICLE.sub("", " ".join(name.split()))
        word = word[:-1] if word.lower().endswith("s") else word
        if len(word) > 4 and word.lower().endswith("e") and " " not in word:
            stems.add(re.escape(word[:-1]))
    if not stems:
        return None
    return re.compile(
        rf"(?<![\w-])(?P<stem>{'|'.join(sorted(stems))})(?P<plural>s?)(?![\w-])", re.I
    )


def names_declared(said: Said | None) -> bool:
    """The client declared names for its ambassadors: `said` reads them as the word."""
    if isinstance(said, ProgramNames):
        return said.said is not None
    return said is not None


# « Information destinée aux ambassadeurs et à toute personne invitée à rejoindre le Cercle »,
# "for all ambassadors and the customers curious about the programme": the ambassadors as a
# whole and people outside who may join (invitees, prospects, the curious). Such a notice is
# for readers who are not even members: nothing the ambassadors may not see.
_LEAD = (
    r"(?:^|\b(?:pour|for|to|a|aux|de|destinee?s?|adressee?s?|intended for|meant for|open to"
    r"|ouverte? a|a l attention de|accessible a|addressed to)) "
)
_ALL_THEM = (
    r"(?:(?:tous|toutes|all|l ensemble des|chacun des|every|each) )?(?:les |nos |vos |the |our"
    r" |des |aux |a )?(?:ambassadeurs|ambassadrices|ambassadeur|ambassadrice|ambassadors"
    r"|ambassador|membres du (?:programme|cercle|club)|members of the (?:programme|program"
    r"|circle|club))(?: (?:du|de la|of the) (?:programme|program|cercle|circle|club|tribu))?"
)
_OUTSIDERS = (
    r"(?:et|and|ainsi qu|as well as)(?: a| aux| des| les| to| the| any| a toute)? "
    r"(?:toute personne|toutes les personnes|personnes|people|anyone|everyone|clients?"
    r"|customers?|prospects?|curieux|curieuses|visiteurs|visitors|guests|invites|invitees)"
    r"(?: (?:invitee?s?|invited|curieu\w*|curious|interessee?s?|interested|qui hesitent"
    r"|who are curious|who want|qui souhaitent|qui veulent)\b[\w ]{0,40})?"
)
_WITH_OUTSIDERS = re.compile(rf"{_LEAD}{_ALL_THEM},? {_OUTSIDERS}\W*$")
# A restriction anywhere in the line keeps it as it reads elsewhere.
_RESTRICTED = re.compile(
    r"\b(?:confidenti\w*|intern\w*|secret\w*|restrei\w*|restricted|prive\w*|private|sauf"
    r"|except\w*|hormis|uniquement|only|seulement|ne|not|pas|never|jamais|niveaux?|levels?"
    r"|tiers?|paliers?|embargo\w*|brouillon|draft)\b"
)


def with_invitees(line: str) -> bool:
    """`line` (names already read as "ambassadeurs") gives all the ambassadors and people
    outside who may join or are curious as the readers, and restricts nothing."""
    text = " ".join(re.sub(r"[^\w,]", " ", fold(line).replace("’", " ")).split())
    if len(text.split()) > 30 or _RESTRICTED.search(text):
        return False
    found = _WITH_OUTSIDERS.search(text)
    if found is None:
        return False
    return group_level(found.group(0), restrictive_only=True) is None


# « Pour les ambassadeurs de tous niveaux », « À lire par chaque ambassadrice et chaque
# ambassadeur avant de rejoindre le Cercle », "This handbook is for every ambassador", "For all
# members – welcome pack": every one of them as the readers, then nothing that narrows them
# (a relative clause, a place, a tier) and no restriction further on.
_FOR = (
    r"^(?:(?:ce|cette|cet|this|the) \w+ (?:est |is )?)?(?:pour|for|a lire par|to be read by"
    r"|destinee? a|destines a|destinees a|intended for|meant for|open to|ouverte? a)"
)
_EACH = r"(?:tous les|toutes les|tous nos|toutes nos|all|all the|all our|every|each|chaque)"
_ONE = (
    r"(?:ambassadeurs|ambassadrices|ambassadeur|ambassadrice|ambassadors|ambassador|membres"
    r"|members)"
)
_ANY_LEVEL = (
    r"(?:de tous (?:les )?niveaux|tous niveaux(?: confondus)?|of all (?:levels|tiers)"
    r"|all tiers|all levels|whatever their (?:level|tier))"
)
# "… chaque ambassadeur du Cercle", "every member of the programme": of the program itself.
_OF_PROGRAM = (
    r"(?: (?:du|de la|de l|of the|of our) (?:programme|program|cercle|circle|club|communaute"
    r"|community|reseau|network))?"
)
_EVERY_ONE = re.compile(
    rf"{_FOR} (?:(?:{_EACH} {_ONE}(?: (?:et|and) (?:{_EACH} )?{_ONE})?){_OF_PROGRAM}"
    rf"(?: {_ANY_LEVEL})?|(?:les |the )?{_ONE}{_OF_PROGRAM} {_ANY_LEVEL})"
    r"(?=\s*(?:$|[.;:!?()]|\s(?:avant|before)\b|,\s(?:(?:and|et)\s)?(?:in particular|en particulier"
    r"|especially|notamment|surtout|including|y compris)\b))"
)


def every_one_of_them(line: str) -> bool:
    """`line` (names already read as "ambassadeurs") opens with every ambassador or member as
    its readers, and nothing in it narrows or restricts them."""
    text = re.sub(r"\s*[—–]\s*|\s-\s", ". ", fold(line).replace("’", " "))
    text = " ".join(re.sub(r"[^\w,.;:!?()]", " ", text).split())
    found = _EVERY_ONE.match(text)
    # "Pour chaque ambassadeur, nous conservons les données suivantes :" is about them
    if found is None or len(text.split()) > 30 or text.rstrip().endswith(":"):
        return False
    rest = text[found.end() :]
    if _RESTRICTED.search(rest) or _PART.search(rest):
        return False
    return group_level(rest, restrictive_only=True) is None
