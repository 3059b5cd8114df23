"""A sentence about the document that gives it to every ambassador or to anyone: public.

Late in a head, after a summary or a table of contents, authors say who gets the document
rather than marking it: « Cette lettre est envoyée à l'ensemble des ambassadeurs », "This
newsletter goes to all ambassadors", « ce compte rendu est ouvert à tous les ambassadeurs
du programme », « Ils sont faits pour être lus par tout le monde », "They are sent to every
ambassador when they join". The subject must be the document (its noun or a pronoun), the
verb in the present (« sera envoyée » waits for something), and the readers every
ambassador with nothing narrowing them (a place, a tier, a relative clause), or anyone.

Read only when nothing else in the head said who reads it (`marking_document`): it never
lowers a level found elsewhere. The client's names for its ambassadors are read as
"ambassadeurs" first (`said`), so an undeclared name keeps the head unmarked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.markers import PUBLIC, Marking
from knowledge.marking_ambassadors import Said
from knowledge.text import fold_spaced

__all__ = ["sent_to_all_marking"]

_DOC = (
    r"(?:document|lettre|lettre d information|newsletter|letter|compte rendu|rapport|report"
    r"|guide|kit|reglement|rules|appel|call|invitation|sondage|survey|lien|link|message|mail"
    r"|note|portraits?|fiche|page|article|post|publication|numero|issue|bulletin|journal"
    r"|programme|calendrier|calendar|agenda|digest|recap|infolettre|update|mailing)"
)
_SUBJECT = (
    rf"(?:(?:ce|cette|cet|ces|this|these|the|la|le|les) (?:\w+ ){{0,2}}?{_DOC}"
    r"|il|elle|ils|elles|it|they)"
)
_GIVEN = (
    r"(?:(?:est|sont|is|are) (?:(?:envoyee?s?|adressee?s?|diffusee?s?|distribuee?s?|ouverte?s?"
    r"|sent|addressed|distributed|open|mailed|emailed) (?:a|aux|au|to)"
    r"|(?:faite?s?|concue?s?|pensee?s?|made|meant|designed|written) (?:pour etre|to be)"
    r" (?:lue?s?|vue?s?|read|seen|partagee?s?|shared)(?: (?:par|by|with|avec))?)"
    r"|(?:goes|go|va|vont) (?:a|aux|to))"
)
_EVERY = (
    r"(?:tous les|toutes les|l ensemble des|chaque|chacun des|chacune des|all|all the|all our"
    r"|every|each|each of our|every one of our)"
)
_WHO = r"(?:ambassadeurs?|ambassadrices?|ambassadors?|membres?|members?)"
# What may follow them: the program they are in, when they get it.
_TAIL = (
    r"(?: (?:du|de notre|of the|of our|in the|in|de la|dans le) (?:programme|program|club"
    r"|communaute|community|reseau|network)(?: \w+){0,2})?"
    r"(?: (?:when they join|on joining|a (?:son|leur) inscription|des (?:son|leur) inscription))?"
)
_ANYONE = r"(?:tout le monde|everyone|everybody|anyone|tous|toutes|all)"
_SENT = re.compile(
    rf"(?:^|\b(?:et|and|comme promis|as promised) ){_SUBJECT} {_GIVEN} "
    rf"(?:{_EVERY} {_WHO}|{_ANYONE}){_TAIL}$"
)
# A call or a letter titled by whom it is open to: « Appel ouvert à tous les ambassadeurs ».
_TITLED = re.compile(
    rf"^(?:open |grand )?{_DOC} (?:ouverte?|adressee?|envoyee?|open|addressed|sent) (?:a|aux|to)"
    rf" (?:{_EVERY} {_WHO}|{_ANYONE}){_TAIL}$"
)
# Everyone welcome: "Every ambassador is welcome", « Tous les ambassadeurs sont invités ».
_WELCOME = re.compile(
    rf"^{_EVERY} {_WHO}{_TAIL} (?:is|are|est|sont) (?:(?:all|tous|toutes) )?(?:les )?"
    r"(?:welcome|invited|bienvenue?s?|invitee?s?|conviee?s?)$"
)
# An invitation to them all, after a greeting to the ambassadors: « Chers ambassadeurs, vous
# êtes toutes et tous conviés », "Dear ambassadors, you are all invited".
# (« Chers nouveaux ambassadeurs » greets a part of them.)
_GREETING = re.compile(
    rf"^(?:chers|cheres|dear|hello|bonjour|salut) (?:(?:tous les|toutes les|all|our|nos) )?{_WHO}$"
)
_ALL_INVITED = re.compile(
    r"^(?:vous etes|you are|you re) (?:(?:toutes et tous|tous et toutes|tous|toutes|all) )"
    r"(?:conviee?s?|invitee?s?|les bienvenue?s?|bienvenue?s?|invited|welcome)\b"
)
# A received copy: « Chaque ambassadeur le reçoit à son inscription ».
_RECEIVED = re.compile(
    rf"^(?:{_EVERY}) {_WHO}(?: (?:le|la|les|l))? (?:recoit|recoivent|receives|receive|gets|get)"
    r"(?: it| them)?(?: (?:a|des) (?:son|leur) inscription| when they join| on joining)?$"
)
# Where a clause ends: the readers are said before it.
_CLAUSES = re.compile(r"[.;:!?,]\s+|[.;:!?]$|\s[—–-]\s")
_OPENING = (_RECEIVED, _TITLED, _WELCOME)
_DENIED = re.compile(
    r"\b(?:ne|n|pas|not|never|jamais|no|sauf|except|hors|sera|seront|will|would|once|une fois"
    r"|apres|after|avant|before|bientot|soon)\b"
)


def sent_to_all_marking(
    first_lines: Sequence[str], said: Said | None = None, programs: Sequence[str] = ()
) -> Marking | None:
    """Public when a clause of `first_lines` (a head's non-empty lines) gives the document to
    every ambassador or anyone (see the module); `said`: the client's names read as theirs;
    `programs`: its own names, read as "programme" ("every ambassador in <program>")."""
    own = [_words(fold_spaced(name)) for name in programs if _words(fold_spaced(name))]
    greeted = False
    for line in first_lines:
        named = said(line) if said is not None else line
        for clause in _CLAUSES.split(fold_spaced(named)):
            text = _words(clause)
            for name in own:
                text = re.sub(rf"\b{re.escape(name)}\b", "programme", text)
            if not text or _DENIED.search(text):
                continue
            invited = greeted and _ALL_INVITED.match(text) is not None
            greeted = greeted or _GREETING.match(text) is not None
            if invited or any(p.match(text) for p in _OPENING) or _SENT.search(text):
                return Marking(PUBLIC, line.strip()[:120])
    return None


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text).split())
