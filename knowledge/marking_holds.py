"""A hold ("embargo until…", "keep it under wraps until…", "ne pas diffuser") read with the
audience the same head names, and lines that name that audience.

An embargo says *when* a document may go out, not *who* may read it. Alone it keeps its
reading (`knowledge.marking_words`: confidential), but when the head names the readers the
hold is for people outside them:

- an e-mail addressed to all the ambassadors ("À : tous les ambassadeurs", a list address
  such as `ambassadeurs@…`, a subject tagged "[Ambassadeurs]" in a mail) or a line that
  keeps the document for them: a hold is for the public outside the program, the document
  is public (the brief: "even with … an embargo date");
- the team as the reviewers ("relecture équipe", "internal review", "équipe interne",
  "hors équipe"), as on a press release's draft: a hold makes it internal, not confidential.

A line that names a level ("confidentiel", "NDA", the board) is no bare hold and keeps
its reading. `reread` also applies `knowledge.marking_scope`'s rules and the openings
below, only ever raising a line's level except for a bare hold.

Openings (with the client's names read as "ambassadeurs"): a line that is only an audience
of all the ambassadors ("Pour toute la communauté ambassadeurs", "For all ambassadors",
"Posted for all ambassadors"), or a document kept for the program's community with a
request not to pass it on ("Interne au programme, merci de ne pas le poster sur les
réseaux", "Réservé aux ambassadeurs — merci de garder ça pour la communauté").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.marking_addressees import addressee_level, named_people
from knowledge.marking_ambassadors import Said, kept_for_ambassadors
from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, LEVELS, PUBLIC, group_level, strictest
from knowledge.marking_hold_scope import hold_for_outsiders
from knowledge.marking_in_house import in_house_level
from knowledge.marking_narrowed import narrowed_level
from knowledge.marking_recipients import recipient_levels
from knowledge.marking_reclassed import stricter_correction
from knowledge.marking_scope import among_the_team, scope_levels
from knowledge.marking_sentences import clean_line
from knowledge.marking_shares import share_level
from knowledge.marking_shorthand import shorthand_level
from knowledge.marking_words import fix_typos

HEAD_LINES = 20
_DASHES = re.compile(r"\s+[—–]\s+")
_AMB = r"(?:ambassadeurs|ambassadrices|ambassadors|ambassadeur rice s)"
_ALL = r"(?:tous|toutes|all|everyone|chaque|every)"
_TO_LABEL = r"(?:a|to|destinataires?|dest|recipients?|cc|liste|list)"
# "À : tous les ambassadeurs", "To: all ambassadors", "To: the ambassadors list".
_ADDRESSED = re.compile(
    rf"^{_TO_LABEL} : (?:{_ALL} )?(?:les |the |our |nos )?{_AMB}(?: (?:list|liste))?$"
)
# A list address: "tous-les-ambassadeurs@…", "liste-ambassadeurs@…", "ambassadors@…".
_LIST_ADDRESS = re.compile(
    r"^\W*(?:[àa]|to|destinataires?|cc)\s*:\s*<?(?:[\w.]*[.-])?"
    r"(?:tous-les-|toutes-les-|all-|liste-|list-)?(?:ambassadeurs|ambassadrices|ambassadors)"
    r"(?:[.-]\w+)?@",
    re.IGNORECASE,
)
_SUBJECT_TAG = re.compile(rf"^(?:objet|subject|sujet|re|fwd?) : {_AMB}\b")
# As written, the word is a tag ("[Ambassadeurs]", "Ambassadeurs : …"), not the subject's
# topic ("Ambassadors at risk of burnout").
_TAG_WRITTEN = re.compile(
    r"^\W*(?:objet|subject|sujet)\s*:\s*(?:(?:re|tr|fwd?)\s*:\s*)*(?:[\[(]\s*[^\])]*\]"
    r"|[^\s:—–|-]+(?:\s+[^\s:—–|-]+){0,2}\s*(?:[:|—–]|\s-\s))",
    re.IGNORECASE,
)
_AMB_WORD = re.compile(r"\bambassad\w*")
_MAIL_HEADER = re.compile(r"^\W*(?:[àa]|to|de|from|objet|subject|cc)\s*:", re.IGNORECASE)

# An audience of all the ambassadors, and nothing else on the line.
_WHOLE = (
    r"(?:toute la communaute|tous les|toutes les|tous nos|toutes nos|tous|toutes|the whole"
    r"|the entire|entire|all|all the|all our|everyone in the|every)"
)
_AUDIENCE_LABEL = (
    r"(?:(?:classification|diffusion|audience|acces|access|lecteurs|readers|visibilite"
    r"|visibility|destinataires) : )?"
)
_AUDIENCE = re.compile(
    rf"^{_AUDIENCE_LABEL}(?:(?:a partager|a diffuser|partage|shared|posted|publie|publiee"
    r"|to share) )?"
    rf"(?:avec |pour |for |with |to )?{_WHOLE} (?:communaute )?{_AMB}"
    r"(?: (?:community|communaute|programme|program))?$"
)
# Kept for the program's community, then only a request not to pass it on.
_PROGRAM = (
    r"(?:(?:note : )?(?:interne au|interne a la|reserve au|reservee? a la|for everyone in the"
    rf"|internal to the) (?:programme|program|communaute|community)|reserve aux {_AMB})"
)
_REQUEST = (
    r"(?:(?:merci de|priere de|please|pls|svp|stp|kindly)? ?(?:ne )?(?:pas|not|don t|do not|dont)"
    r" (?:le |la |les |ca |it |this )?(?:poster|partager|diffuser|transferer|transmettre"
    r"|republier|publier|share|forward|post|repost|publish)(?: \w+){0,5}"
    r"|merci de garder (?:ca|le|la|les) pour la communaute|(?:please )?keep it (?:in|within)"
    r" the (?:community|program|programme))"
)
_PROGRAM_LINE = re.compile(rf"^{_PROGRAM}(?: {_REQUEST})?$")
_REQUEST_TAIL = re.compile(r"\b(?:hors|outside|a l exterieur|sur les reseaux|on social)\b")
_NO_HOLD_WORDS = re.compile(
    r"\b(?:confidenti\w*|secret\w*|restreint\w*|restricted|sensible|sensitive|nda|private"
    r"|privee?s?|strictement|strictly|seulement|uniquement|only)\b"
)
_HOLD = re.compile(
    r"\b(?:embargo\w*|under wraps|sous le manteau|pas avant|not before|until|jusqu (?:au|a)"
    r"|ne pas diffuser|do not distribute|don t distribute|pas encore diffusable|not yet"
    r" for release"
    # "merci de ne pas la publier avant la conférence", "please don't post it before Monday"
    r"|(?:ne pas|do not|don t|not) (?:le |la |les |l |it |this )?(?:publier|poster|diffuser"
    r"|partager|publish|post|share) (?:\w+ )?(?:avant|before))\b"
)
# A label for the staff's use beside a hold: the hold ending does not lift it.
_INTERNAL_USE = re.compile(
    r"\b(?:usage interne|internal use|document interne|internal document|interne uniquement"
    r"|internal only)\b"
)
_TEAM_REVIEW = re.compile(
    r"\b(?:relecture (?:de l |par l )?equipe|relecture interne|internal review|team review"
    r"|staff review|equipe interne|hors equipe|outside the team|review by the team)\b"
)


@dataclass(frozen=True, slots=True)
class HeadAudience:
    """Whom a head names as its readers: all the ambassadors, or the team as reviewers
    (`mail`: the head is an e-mail's, `said`: the client's names for its ambassadors)."""

    ambassadors: bool = False
    team: bool = False
    mail: bool = False
    said: Said | None = None
    people: bool = False  # people named one by one as the readers (`marking_addressees`)


def _as_said(raw: str, said: Said | None) -> str:
    return said(raw) if said is not None else raw


def _clean(raw: str) -> str:
    return fix_typos(clean_line(raw))


def _addressed(raw: str, mail: bool) -> bool:
    """An e-mail header line addressed to all the ambassadors (names already said)."""
    text = _clean(raw)
    if _ADDRESSED.match(text) or _LIST_ADDRESS.match(raw):
        return True
    return mail and _SUBJECT_TAG.match(text) is not None and _TAG_WRITTEN.match(raw) is not None


# A banner's own name before its value: "BANDEAU : DIFFUSION AMBASSADEURS".
_BANNER = re.compile(r"^(?:bandeau|banniere|banner|header|en tete) : ")
# A chat message's speaker: "Nadia : le replay est dispo, réservé aux ambassadeurs".
_SPEAKER = re.compile(r"^\W*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý]\.?)?\s?:\s+(?P<message>\S.*)$")
_CLAUSES = re.compile(r"\s*(?:[,;(]|\s[—–-]\s)\s*")


def _opens(raw: str) -> bool:
    """The whole line (names already said) is an audience of all the ambassadors."""
    text = _BANNER.sub("", _clean(raw))
    if _AUDIENCE.match(text) or kept_for_ambassadors(text):
        return True
    if not _PROGRAM_LINE.match(text):
        return False
    request = text.split(" ", 3)[-1]
    return group_level(request, restrictive_only=True) is None or bool(_REQUEST_TAIL.search(text))


def _part_opens(raw: str) -> bool:
    """A banner's last field is that audience ("Traduction FR — pour toute la communauté
    ambassadeurs"), or a chat message's clause keeps it for them ("Nadia : le replay est
    dispo, réservé aux ambassadeurs (pas de partage hors programme)")."""
    fields = _DASHES.split(raw)
    if len(fields) > 1 and _AUDIENCE.match(_clean(fields[-1])) is not None:
        return True
    if (spoken := _SPEAKER.match(raw)) is None:
        return False
    clauses = _CLAUSES.split(spoken.group("message").rstrip(" )"))
    return any(kept_for_ambassadors(_clean(clause)) for clause in clauses[1:])


def head_audience(lines: Sequence[str], said: Said | None = None) -> HeadAudience:
    """What the head's lines say about its readers (`said`: the client's names)."""
    named = [_as_said(raw, said) for raw in lines if raw.strip()][:HEAD_LINES]
    mail = sum(_MAIL_HEADER.match(raw) is not None for raw in named) >= 2
    ambassadors = any(_addressed(raw, mail) or _opens(raw) for raw in named)
    team = any(_TEAM_REVIEW.search(clean_line(raw)) for raw in named)
    # A declared name for the ambassadors ("Oui Squad") is the group, never a person.
    people = any(
        named_people(raw) and named_people(_as_said(raw, said))
        for raw in lines[:HEAD_LINES]
        if raw.strip()
    )
    return HeadAudience(ambassadors=ambassadors, team=team, mail=mail, said=said, people=people)


def bare_hold(text: str) -> bool:
    """`text` (cleaned) holds the document back for a time, naming no level or small group."""
    if not _HOLD.search(text) or _NO_HOLD_WORDS.search(text):
        return False
    return group_level(text, restrictive_only=True) != CONFIDENTIAL


def reread(
    raw: str, level: str | None, audience: HeadAudience, *, opening: bool = True
) -> str | None:
    """A line's level once this module's and `marking_scope`'s rules are applied
    (`opening`: the line may open the document, it is no sub-heading or list item)."""
    text = _clean(raw)
    if level == CONFIDENTIAL and bare_hold(text):
        if audience.team:
            level = INTERNAL
        elif audience.ambassadors or hold_for_outsiders(text):
            # the hold ends, its label stays: "Brouillon — usage interne, ne pas diffuser avant
            # validation" under a reply sending it to all of them is still internal
            level = INTERNAL if _INTERNAL_USE.search(text) else PUBLIC
    if level == CONFIDENTIAL and among_the_team(text):
        level = INTERNAL
    named = _as_said(raw, audience.said)
    added = [*scope_levels(raw), *recipient_levels(raw, named)]
    said = (addressee_level(raw), narrowed_level(raw, named), share_level(raw))
    said += (shorthand_level(raw), stricter_correction(raw), in_house_level(raw))
    added += [lv for lv in said if lv is not None]
    if opening and not any(LEVELS.index(lv) > 0 for lv in added):
        whole = level in (None, INTERNAL) and _opens(named)
        part = level is None and (_part_opens(named) or _addressed(named, audience.mail))
        # Named people are a few of the ambassadors: the program's tag opens nothing.
        level = (INTERNAL if audience.people else PUBLIC) if whole or part else level
    if audience.people and level == PUBLIC and _AMB_WORD.search(_clean(named)):
        level = INTERNAL
    found = [lv for lv in (level, *added) if lv is not None]
    return strictest(found) if found else None
