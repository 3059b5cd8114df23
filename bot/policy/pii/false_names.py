"""Capitalised words in a place where a name would not stand, whatever the word lists say.

* "Grace à vous": the locution "grâce à" typed without its accent;
* "Will the tent be back?", "May I…", "Mark the date": an English verb or modal that
  opens a question or an order, not a first name (the next word is a function word);
* "in May", "since June": a month that is also a first name.
"""

from __future__ import annotations

import re

from bot.policy.pii.folding import fold

_LOCUTION_RE = re.compile(r"gr[âa]ce\s+(?:[àa]|au|aux)\b", re.IGNORECASE)
# First names that are also English verbs or modals opening a sentence.
ENGLISH_VERB_NAMES = frozenset({
    "will", "may", "can", "sue", "rob", "mark", "grant", "bill", "drew", "chase", "pat",
})  # fmt: skip
# Words that follow a verb opening a question or an order ("Will the…", "May I…").
_AFTER_AN_ENGLISH_VERB = frozenset({
    "i", "you", "he", "she", "it", "we", "they", "this", "that", "these", "those", "there",
    "the", "a", "an", "my", "your", "our", "their", "his", "her", "its", "me", "us", "them",
    "not", "do", "be", "have", "get", "someone", "anyone", "anybody", "somebody", "all",
})  # fmt: skip
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)\b")


_ENGLISH_MONTH_NAMES = frozenset({"may", "june", "april", "august"})
_BEFORE_A_MONTH_RE = re.compile(
    r"\b(?:in|since|until|till|by|of|early|late|mid|next|last|this|from|through)\s+$",
    re.IGNORECASE,
)


def english_month(text: str, start: int, end: int) -> bool:
    """ "in May", "since June": a month that is also a first name, after a time word."""
    return fold(text[start:end]) in _ENGLISH_MONTH_NAMES and bool(
        _BEFORE_A_MONTH_RE.search(text, max(0, start - 12), start)
    )


def starts_a_locution(text: str, start: int) -> bool:
    return bool(_LOCUTION_RE.match(text, start))


def english_verb_opening(text: str, start: int, end: int) -> bool:
    """ "Will the Lison 3 tent be back?", "May I": a verb, when a function word follows."""
    if fold(text[start:end]) not in ENGLISH_VERB_NAMES:
        return False
    following = _NEXT_WORD_RE.match(text, end)
    return bool(following and following.group(1).lower() in _AFTER_AN_ENGLISH_VERB) or bool(
        re.match(r"\s*(?:do|not)\b", text[end:])
    )
