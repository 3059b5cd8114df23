"""Messages that are not questions at all: never answered from the documents, never a gap.

Knowledge gaps tell a community manager what the documents miss. A keyboard mash, a lone
character, a row of emoji or a workshop word typed outside any workshop ("reprendre" when
nothing is paused) would only bury the real gaps, and would count as an "I don't know"
on the way to calling a person.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from bot.core.registry import fold_command

VOWELS = frozenset("aeiouy")
MIN_MASH_LETTERS = 4
# Rows of the French (AZERTY) and English (QWERTY) keyboards, as people slide along them,
# both ways. Five keys in a row, or four without a vowel: shorter runs hide in real words
# ("liberty", "entrez", "blazer").
_KEY_ROWS = ("azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_RUNS = frozenset(
    run
    for row in (*_KEY_ROWS, *(r[::-1] for r in _KEY_ROWS))
    for size in (4, 5)
    for i in range(len(row) - size + 1)
    if (run := row[i : i + size]) and (size == 5 or not VOWELS & set(run))
)
_LETTERS = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[a-z]+")
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{6,}")
_REPEATED = re.compile(r"(.)\1{2,}")


class JunkKind(StrEnum):
    NO_LETTERS = "no_letters"
    SINGLE_CHARACTER = "single_character"
    KEYBOARD_MASH = "keyboard_mash"
    FLOW_WORD = "flow_word"  # a workshop word outside any workshop


@dataclass(frozen=True)
class Junk:
    kind: JunkKind
    word: str | None = None  # the flow word
    skill: str | None = None  # whose flow word it is


def _is_mash_token(token: str) -> bool:
    """One run of (folded, lower-case) letters no language writes: 'qsdfgh', 'jfkdlsjf', 'aaaa'."""
    if len(token) < MIN_MASH_LETTERS or not _LATIN.fullmatch(token):
        return False  # other scripts: not judged
    if any(
        token[i : i + 5] in _KEY_RUNS or token[i : i + 4] in _KEY_RUNS for i in range(len(token))
    ):
        return True
    if _CONSONANT_RUN.search(token):  # "strengths" has 5; French and English rarely more
        return True
    repeated = max((len(m.group()) for m in _REPEATED.finditer(token)), default=0)
    if repeated * 3 >= len(token) * 2:  # "aaaa", "hmmm", "pffff" (but not "créée")
        return True
    return len(token) >= 5 and not VOWELS & set(token)


def junk_in(message: str, flow_words: Mapping[str, str]) -> Junk | None:
    """Why `message` is not a question (None when it may be one)."""
    folded = fold_command(message)
    letters = _LETTERS.findall(folded)
    if not letters:
        return Junk(JunkKind.NO_LETTERS)
    if len("".join(folded.split())) == 1:
        return Junk(JunkKind.SINGLE_CHARACTER)
    word = folded.lstrip("/!").strip()
    if word in flow_words:
        return Junk(JunkKind.FLOW_WORD, word, flow_words[word])
    acronyms = {fold_command(w) for w in _LETTERS.findall(message) if len(w) > 1 and w.isupper()}
    tokens = [t for t in letters if len(t) > 1 and t not in acronyms]  # "CNIL", "RGPD ?"
    if tokens and all(_is_mash_token(token) for token in tokens):
        return Junk(JunkKind.KEYBOARD_MASH)
    return None
