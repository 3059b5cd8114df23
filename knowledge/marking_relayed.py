"""Marks carried by relayed and office heads, where a banner reader does not look.

- a reminder before the mark: "Reminder this group is only for the coaches", "Rappel : ce
  fil est réservé aux référents" is read without its reminder word (`without_reminder`);
- a mark closing a paragraph of prose: "After the audit in May … this note lists the new
  checks. Team leads only." — the short last sentence, up to a semicolon, is read alone
  when it keeps the document for someone ("only", "réservé") (`closing_mark`);
- a request to keep it inside a group: "Please keep these within the Leeds chapter", "keep
  it in the design team until Friday", "merci de garder ça au sein du bureau"
  (`kept_within`);
- a hold already lifted: « L'embargo est levé depuis le 3 mai — diffusion libre », "the
  embargo has been lifted: share it with all of them" says no hold; the rest of the line is
  read (`without_lifted_hold`; "sera levé", "will be lifted" and a lifting with its date,
  « Embargo levé le 3 mai à 9h », are still holds);
- a mail's subject, its label left out: "Subject: Team leads only — rota" (`subject_of`);
- a spreadsheet's cells with their references: "A1 : Diffusion | B1 : équipe produit" is
  the labelled line "Diffusion : équipe produit" (`without_cell_refs`).

Each only restricts: what it finds is read by the line reader, and a reading that would
open the document is dropped by the caller.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import INTERNAL
from knowledge.marking_lines import chat_message
from knowledge.text import fold_spaced, plain_words

__all__ = [
    "closing_mark",
    "is_prose",
    "kept_within",
    "relayed_line",
    "relayed_parts",
    "subject_of",
    "without_cell_refs",
    "without_lifted_hold",
    "without_reminder",
]


def relayed_parts(line: str) -> list[str]:
    """The parts of `line` to read again, each to restrict only: a chat export's message,
    the line without its reminder word, the short sentence closing a paragraph."""
    parts = (chat_message(line), without_reminder(line), closing_mark(line), subject_of(line))
    return [p for p in parts if p]


def subject_of(line: str) -> str | None:
    """A mail's subject without its label, read as the banner it often is ("Subject: Stair
    reps only — key handover"); None when `line` is no subject line."""
    found = _SUBJECT.match(line)
    return line[found.end() :].strip() or None if found else None


_REMINDER = re.compile(
    r"^[\W_]*(?:(?:just\s+an?|quick|friendly|gentle|petit)\s+)?(?:reminder|rappel|nb|n\.b\.|ps|p\.s\.)"
    r"(?:\s+(?:that|que|qu['’]))?\s*[:,—–-]?\s*(?P<rest>\w.*)$",
    re.IGNORECASE,
)


def without_reminder(line: str) -> str | None:
    """`line` without the reminder word it opens with; None when it opens with none."""
    found = _REMINDER.match(line)
    return found["rest"] if found else None


# A line of this many words is prose (a table's row is not): the document's body has begun.
PROSE_WORDS = 12
# A last sentence short enough to be a mark, not a statement.
MARK_WORDS = 8


def is_prose(line: str) -> bool:
    """`line` is a paragraph of prose, not a banner, a table's row or a mail's subject
    (its words counted, not its quotes and dashes)."""
    if line.lstrip().startswith("|") or _SUBJECT.match(line):
        return False
    return sum(bool(_WORD.search(token)) for token in line.split()) >= PROSE_WORDS


_WORD = re.compile(r"\w")
# A mail's subject, a forward's or a reply's: "TR : …", "Fwd: …", "Objet : …".
_SUBJECT = re.compile(r"^\s*(?:(?:re|tr|fw|fwd|ref|objet|subject|sujet)\s*:\s*)+", re.IGNORECASE)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


# A closing sentence keeps the document for someone in words ("Shop managers only"); a level
# named in passing is what the prose tells ("Le reste reste confidentiel.").
_READERS_ONLY = re.compile(
    r"\b(?:only|uniquement|seulement|exclusivement|exclusively|reserve\w*|restricted"
    r"|restreint\w*)\b"
)


def closing_mark(line: str) -> str | None:
    """The short last sentence of a paragraph of prose, up to its first semicolon ("For gym
    managers only; not for members." gives "For gym managers only"); None otherwise."""
    sentences = _SENTENCE_END.split(line.strip())
    if len(sentences) < 2 or not is_prose(line):
        return None
    last = sentences[-1].split(";")[0].strip()
    short = 0 < len(last.split()) <= MARK_WORDS
    return last if short and _READERS_ONLY.search(fold_spaced(last)) else None


# Who a head keeps it among: a group's noun, after "within", "inside", "in" or "among".
_GROUP = (
    r"(?:team|teams|chapter|chapters|group|groups|circle|committee|board|staff|crew|office"
    r"|department|dept|branch|section|squad|council|panel|cohort|managers|leads|coaches"
    r"|equipe|equipes|antenne|antennes|bureau|comite|cercle|groupe|groupes|section|service"
    r"|conseil|cellule|pole|direction|responsables|referents)"
)
_KEEP = re.compile(
    r"\b(?:keep|keeping|kept)\s+(?:it|this|these|them|that|those|the\s+\w+|this\s+\w+)\s+"
    r"(?:(?:with)?in|inside|among|between)\s+(?:the|our|your|this|that)\s+"
    rf"(?P<en>(?:[\w'-]+\s+){{0,3}}{_GROUP})\b"
    r"|\bgard(?:er|ez|ons|e)\s+(?:ca|cela|ceci|ce\s+\w+|ces\s+\w+|les|le|la|l')\s*"
    r"(?:au sein|a l'interieur|dans|entre|parmi)\s+(?:de\s+|d'|du\s+|des\s+)?"
    rf"(?:l'|la\s+|le\s+|les\s+|notre\s+|votre\s+)?(?P<fr>(?:[\w'-]+\s+){{0,3}}?{_GROUP})\b",
    re.IGNORECASE,
)


def kept_within(line: str) -> str | None:
    """Internal when `line` asks to keep the document inside a group ("keep these within
    the Leeds chapter"); not inside a program named alone ("within the Cercle": all its
    members). None otherwise."""
    found = _KEEP.search(plain_words(line))
    if found is None:
        return None
    target = found["en"] or found["fr"]
    return None if len(target.split()) == 1 and target[0].isupper() else INTERNAL


# A cell's reference before its text: "A1 : Diffusion", "B12: équipe produit".
_CELLS = re.compile(
    r"^\s*\|?\s*[A-Z]{1,2}\d{1,4}\s*[:=]\s*(?P<key>[^|]+?)\s*\|\s*[A-Z]{1,2}\d{1,4}\s*[:=]\s*"
    r"(?P<value>[^|]+?)\s*\|?\s*$"
)


def relayed_line(line: str) -> str:
    """`line` as the line it stands for: cells without their references, no lifted hold."""
    return without_lifted_hold(without_cell_refs(line))


def without_cell_refs(line: str) -> str:
    """A row of two referenced cells as the labelled line it stands for; else `line`."""
    found = _CELLS.match(line)
    return f"{found['key']} : {found['value']}" if found else line


# An embargo said lifted, perhaps with when: "Embargo levé le 3 décembre", "l'embargo est
# tombé ce matin (4 décembre)", "the embargo has now been lifted" (`_DATED` tells which are past).
_LIFTED = re.compile(
    r"(?:\b(?:l['’]\s*|the\s+))?\bembargo\s+(?:(?:est|a\s+été|has(?:\s+now)?\s+been|was|is)"
    r"\s+)?(?:désormais\s+|now\s+)?(?:levée?|lifted|tombée?|terminée?|expirée?|ended|expired|over)"
    r"\b(?:\s+(?:(?:le|on|ce|this|depuis|since)\b|\d)[^—–:;,.!()]{0,30}(?:\([^()]{0,30}\))?)?\s*",
    re.IGNORECASE,
)
# Said of a hold to come: "sera levé", "will be lifted", "levée prévue".
_TO_COME = re.compile(r"\b(?:sera|seront|will|shall|prévue?|planned|scheduled)\b", re.IGNORECASE)


# A lifting with its date ("levé le 3 mai à 9h", "lifted on 3 May") is how a press release
# announces one to come: only one said to be past ("depuis", "since") is over (fail closed).
_DATED = re.compile(r"\d|\b(?:le|on)\s+\w", re.IGNORECASE)
_PAST = re.compile(r"\b(?:depuis|since|hier|yesterday|ce matin|this morning)\b", re.IGNORECASE)
_FROM_THEN = re.compile(r"\b(?:à partir|a partir|dès|des lors|from then|as of|starting)\b", re.I)


def without_lifted_hold(line: str) -> str:
    """`line` without an embargo it says is over; unchanged when none is, or one is to come."""
    found = _LIFTED.search(line)
    if found is None or _TO_COME.search(line[: found.end() + 20]):
        return line
    dated = _DATED.search(found.group(0)) and not _PAST.search(found.group(0))
    if dated or _FROM_THEN.search(line[found.end() :]):
        return line
    rest = (line[: found.start()] + " " + line[found.end() :].lstrip(" —–-:;,.")).strip()
    return rest or line
