"""A line as its tool or its editor left it, before `knowledge.markers` reads it.

- a chat export's line ("[09:14] Marie : c'est pour nous en interne, pas à diffuser aux
  lecteurs", "[Teams] Jo Meyer 10:42: go ahead and post it") is its message: the speaker's
  name and the time are no label, and the message's clauses are read one by one, as the
  short lines they would be in a banner;
- text struck through ("~~NE PAS PUBLIER~~") or deleted in tracked changes ("[Supprimé :
  C2 – Confidentiel]", "[Deleted: Internal]") is no longer the document's marking;
- a marking said to be a former one ("Ancienne classification : C3", "Formerly
  confidential — declassified", "anciennement interne") was replaced: what replaced it
  is the marking, and a line naming nothing else says none;
- an exception names a stricter part, and a document is as strict as its strictest part:
  "Public, sauf les chiffres des slides 12 à 14 (internes)".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, PUBLIC, group_level, strictest
from knowledge.marking_labels import audience_label, labelled_level
from knowledge.marking_lexicon import CODES, tlp_level
from knowledge.marking_phrases import permitted, visible_to
from knowledge.marking_sentences import clean_line
from knowledge.marking_words import LEVEL_NAMES, WHOLE_LINE, fix_typos, is_label
from knowledge.text import fold

_NAME = r"(?:[A-ZÀ-Ý][\w'’.-]*)(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}"
_TIME = r"\d{1,2}[:h]\d{2}"
_CHAT = (
    # "[09:14] Marie Côté : …", "[12/02/2025, 09:31] Yassine: …"
    re.compile(rf"^\s*\[[^\]]*{_TIME}[^\]]*\]\s*{_NAME}\s?:\s+(\S.*)$"),
    # "[Teams] Jo Meyer 10:42: …", "Jo Meyer 10:42 : …"
    re.compile(rf"^\s*(?:\[[^\]]{{1,20}}\]\s*)?{_NAME}\s+{_TIME}\s?:\s+(\S.*)$"),
    # "Chat rédac — 17:48 — Hélène P. : …", "17:48 — Hélène P. : …"
    re.compile(rf"^\s*(?:[^:]{{0,30}}?[—–-]\s*)?{_TIME}\s*[—–-]\s*{_NAME}\s?:\s+(\S.*)$"),
)
# A channel's tag and no speaker: "[Slack · #team-cm] interne : …", "[Discord · #bar] …";
# its message is read as a chat message's, and the line also as a banner.
_CHANNEL_TAG = re.compile(
    r"^\s*\[(?i:slack|discord|teams|whatsapp|mattermost|telegram|signal)\b[^\]]{0,60}\]"
    r"\s*(\S.*)$"
)
_CLAUSES = re.compile(r",\s+|\s+[—–-]\s+|;\s*|(?<=[.!?])\s+")


def chat_message(line: str) -> str | None:
    """The message of a chat export's line, or None when the line is no chat message."""
    for pattern in _CHAT:
        if (match := pattern.match(line)) is not None:
            return match.group(1)
    return None


_STRUCK = re.compile(
    r"~~[^~]+~~|\[(?:supprim[ée]e?|deleted|removed|effac[ée]e?)\s*:[^\]]*\]", re.IGNORECASE
)


def strip_deleted(line: str) -> str:
    """`line` without what was struck through or deleted in tracked changes."""
    return _STRUCK.sub(" ", line) if "~~" in line or "[" in line else line


# "Ancienne classification : C3", "Previous label: Confidential": a former marking.
_FORMER_LABEL = re.compile(
    r"^[\W_]*(?:ancienne?|precedente?|old|previous|former|initial(?:e)?)\s+(?:classification"
    r"|classif|marquage|marking|label|etiquette|niveau|diffusion|sensibilite|sensitivity"
    r"|level|statut|status)\b",
    re.IGNORECASE,
)
# "Formerly Confidential", "anciennement interne", "ex-confidentiel".
_FORMERLY = re.compile(
    r"\b(?:formerly|previously|anciennement|auparavant|autrefois|ex)[\s-]+(?:\w+[\s-]+)?"
    r"(?:confidenti\w*|intern\w*|restr\w*|secret\w*|c[1-4]|vertraulich|vertrouwelijk)\b",
    re.IGNORECASE,
)


def former_marking(line: str) -> str:
    """`line` without a marking it says was replaced (empty when it says nothing else)."""
    if _FORMER_LABEL.match(fold(line)):
        return ""
    return _FORMERLY.sub(" ", line)


# A banner's fields after a long dash, each read as a line of its own when the whole line
# says nothing: "INTRANET — accessible aux salariés", "Page 1 of 2 — Classification:
# Public — Acme S.A." (the first is read with the whole line, whose sentence it may open;
# a line read as a whole, "AMBASSADORS ONLY — do not forward", is read right).
_DASHES = re.compile(r"\s+[—–]\s+")
# Kept for people named by name: "Perso — pour Martine seulement", "For J. Doe and A. Roe
# only" (a group's name in capitals is a group: "Pour Ambassadeurs uniquement").
_PERSON = r"(?:(?:M\.|Mme|Mr\.?|Ms\.?|Dr\.?|Prof\.?)\s*)?[A-ZÀ-Ý][\w'’-]*\.?"
_PERSON += r"(?:\s+[A-ZÀ-Ý][\w'’.-]*)?"
_FOR_NAMED = re.compile(
    rf"^\s*(?:pour|for|à|to)\s+({_PERSON}(?:\s*(?:,|et|and|&)\s*{_PERSON})*)\s+"
    r"(?:seulement|uniquement|only|exclusivement|exclusively)\b"
)
# An open licence: "CC BY 4.0", "Licence : CC BY-SA", "Creative Commons".
_OPEN_LICENCE = re.compile(r"\b(?:cc[ -]by(?:[ -](?:sa|nd|nc))*|cc0|creative commons)\b", re.I)
LICENCE_WORDS = 6


def _named_or_licence(piece: str) -> str | None:
    if (named := _FOR_NAMED.match(piece)) is not None:
        return None if group_level(fold(named.group(1))) else CONFIDENTIAL
    short = len(piece.split()) <= LICENCE_WORDS
    return PUBLIC if short and _OPEN_LICENCE.search(piece) else None


# A scheme's legend lists its levels ("(C0 public, C1 interne, C2 confidentiel)", "How to
# classify: public, internal, confidential", "TLP:RED, TLP:AMBER, TLP:GREEN"): three levels'
# names or codes, two levels at least, and no box ticked.
_LIST = re.compile(r"[^,;:()|/]+(?:\s*[,;/]\s*[^,;:()|/]+){2,}")
_TLP_COLON = re.compile(r"\bTLP\s*:\s*", re.IGNORECASE)
_TICKED = re.compile(r"[☒☑✓✔✅]|\[[xX]\]")
LEGEND_ITEMS = 3


def _item_level(item: str) -> str | None:
    clean = clean_line(item)
    words = clean.split()
    if not words:
        return None
    found = tlp_level(clean) or WHOLE_LINE.get(clean) or CODES.get(words[0])
    return found or WHOLE_LINE.get(words[-1])


def drop_legend(line: str) -> str:
    """`line` without a scheme's legend."""
    if _TICKED.search(line):
        return line
    listed = _TLP_COLON.sub("TLP ", line)  # "TLP:RED" is one item of a list
    legends = []
    for match in _LIST.finditer(listed):
        items = re.split(r"\s*[,;/]\s*", match.group(0))
        levels = [lv for item in items if (lv := _item_level(item)) is not None]
        if len(levels) >= LEGEND_ITEMS and len(set(levels)) > 1:
            legends.append(match.group(0))
    for legend in legends:
        listed = listed.replace(legend, " ")
    return listed if legends else line


# A level asked about and denied ("Confidentiel ? Non : ce guide est fait pour être
# partagé"), a question about a level ("Ce document est-il confidentiel ? Nous en
# débattrons"): no marking of that level.
_DENIED_QUESTION = re.compile(r"^[^?]{1,60}\?\s*(?:non|no|nope)\b[\s:,.–—-]*", re.IGNORECASE)
_QUESTION = re.compile(
    r"[^.?!]*\b(?:est-(?:il|elle|ce)|sont-(?:ils|elles)|faut-il|doit-(?:il|on)|peut-(?:il|on)"
    r"|is (?:this|it)|are (?:these|they)|should (?:we|it|this)|can (?:we|it|this))\b[^.?!]*\?",
    re.IGNORECASE,
)


def drop_questions(line: str) -> str:
    return _QUESTION.sub(" ", _DENIED_QUESTION.sub("", line))


# Readers named one by one after a label: "Diffusion limitée à : Sophie Garnier (CM), Karim
# Belhadj (DRA)", "Diffusion restreinte : Camille D., Hugo R.": a small group.
_FULL_NAME = r"[A-ZÀ-Ý][\w'’-]+\s+(?:[A-ZÀ-Ý]\.|[A-ZÀ-Ý][\w'’-]+)(?:\s*\([^)]{1,30}\))?"
_NAMED_LIST = re.compile(
    rf"^\s*([^:]{{2,40}}?)\s*:\s*{_FULL_NAME}(?:\s*(?:,|et|and|&)\s*{_FULL_NAME})+\s*\.?\s*$"
)


# A line in bold or italics as a whole: "**Diffusion restreinte : Marc A., Chloé B.**".
_EMPHASIS = re.compile(r"^\s*(\*\*|__|\*|_)(?P<inner>.+)\1\s*$")


def _named_readers(line: str) -> str | None:
    line = strip_deleted(line).strip()  # "~~Tous les membres~~ **Lecteurs : …**"
    line = emphasised.group("inner") if (emphasised := _EMPHASIS.match(line)) else line
    if (match := _NAMED_LIST.match(line)) is None:
        return None
    label = clean_line(match.group(1))
    names = re.split(r"\s*(?:,|&|\bet\b|\band\b)\s*", line[match.end(1) :].strip(" :"))
    if any(_item_level(name) or group_level(fold(name)) for name in names):
        return None  # levels or groups, not people: "C1 Public, C2 Interne, C3 Confidentiel"
    return CONFIDENTIAL if is_label(label) or audience_label(label) else None


def read_line(line: str, read: Callable[[str], str | None]) -> str | None:
    """The level `read` gives a line, once deleted and former markings, legends and
    questions are out of it; a chat message is read whole and clause by clause, a banner
    whole and field by field."""
    if (named := _named_readers(line)) is not None:
        return named
    line = drop_questions(drop_legend(former_marking(strip_deleted(line))))
    if not line.strip():
        return None
    message = chat_message(line)
    tagged = _CHANNEL_TAG.match(line) if message is None else None
    if message is None and tagged is None:
        return _banner_level(line, read)
    pieces = [text := message or tagged.group(1), *_CLAUSES.split(text)]
    levels = [lv for piece in pieces if piece.strip() and (lv := read(piece)) is not None]
    levels += [lv for piece in pieces if (lv := _named_or_licence(piece)) is not None]
    levels += [lv] if tagged is not None and (lv := _banner_level(line, read)) else []
    return strictest(levels) if levels else None


def _banner_level(line: str, read: Callable[[str], str | None]) -> str | None:
    """A banner's level: the line whole, then field by field."""
    fields = _DASHES.split(line)
    levels = [lv for field in fields if (lv := _named_or_licence(field)) is not None]
    if (whole := read(line)) is not None:  # the line as a whole said it
        return strictest((whole, *levels))
    levels += [lv for field in fields[1:] if (lv := _field_level(field)) is not None]
    return strictest(levels) if levels else None


def _field_level(field: str) -> str | None:
    """What a banner's later field says: a label and its value, who may see it, a
    permission to pass it on."""
    clean = fix_typos(clean_line(field))
    text = clean.replace(" : ", " ")
    found = [labelled_level(clean), visible_to(text), PUBLIC if permitted(text) else None]
    levels = [level for level in found if level is not None]
    return strictest(levels) if levels else None


_EXCEPT = re.compile(
    r"\b(?:sauf|hormis|excepte|except|excluding|but not|a l exception d\w*)\b(.*)$"
)
_PART_LEVELS = {
    **{name: level for name, level in LEVEL_NAMES.items() if level != PUBLIC},
    "internes": INTERNAL,
    **dict.fromkeys(("confidentielle", "confidentiels", "confidentielles"), CONFIDENTIAL),
}


def excepted(text: str) -> list[str]:
    """The levels an exception names in a cleaned line ("Public, sauf annexe B (interne)")."""
    if (exception := _EXCEPT.search(text)) is None:
        return []
    words = exception.group(1).split()
    return [_PART_LEVELS[word] for word in words if word in _PART_LEVELS]
