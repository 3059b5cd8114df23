"""Where a word sits in a document's head, for the markings' second reader.

A restriction is written in places more than in words: a line led by a label ("Diffusion :",
"To:", "Audience:", a tag in brackets, an emoji), the first line, an aside in parentheses,
a name the reader cannot know ("réservé aux Passeurs de Lyon": a capitalised word inside a
line). The same words elsewhere say less ("la diffusion du film", "le club des passeurs").
Each mark is a word prefixed by its place, counted with the words themselves
(`knowledge.ngram_model.NgramFeatures.marks`).
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from knowledge.ngram_model import NgramFeatures
from knowledge.text import fold

_PLAIN = NgramFeatures(fold=fold, char_sizes=())
_LETTER_OR_DIGIT = re.compile(r"[a-z0-9']")
_ASIDE = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
_RAW_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
NAME = "<name>"  # a capitalised word inside a line


def _is_symbol(character: str) -> bool:
    """An emoji or a pictogram."""
    return unicodedata.category(character) in ("So", "Sk") or ord(character) >= 0x1F000


def lead_marks(line: str) -> list[str]:
    """What leads a line: an emoji, an opening bracket, its first word and first two words."""
    marks = []
    first = line[0]
    if _is_symbol(first):
        marks.append("lead:emoji")
    elif first in "[(<":
        marks.append("lead:" + first)
    words = [w for w in _PLAIN.tokens(line) if _LETTER_OR_DIGIT.match(w)]
    if words:
        marks.append("lead:" + words[0])
    if len(words) > 1:
        marks.append(f"lead:{words[0]} {words[1]}")
    return marks


def aside_marks(text: str) -> list[str]:
    """The words inside parentheses or brackets."""
    return ["aside:" + w for inner in _ASIDE.findall(text) for w in _PLAIN.tokens(inner)]


def name_marks(line: str) -> list[str]:
    """The word before and after a capitalised word inside the line (not its first word, not
    an all-capitals one): "aux <name>", "<name> seulement"."""
    shaped = []
    for position, token in enumerate(_RAW_TOKEN.findall(line)):
        named = position > 0 and token[0].isalpha() and token[0].isupper() and not token.isupper()
        shaped.append(NAME if named else _PLAIN.canonical(token))
    marks = []
    for before, after in pairwise(shaped):
        if after == NAME and before != NAME:
            marks.append(f"name:{before} {NAME}")
        if before == NAME and after != NAME:
            marks.append(f"name:{NAME} {after}")
    return marks


def head_marks(text: str) -> list[str]:
    """Every line's lead and names, the first line's words, the asides' words."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    marks = []
    for number, line in enumerate(lines):
        marks += lead_marks(line)
        if number == 0:
            marks += ["first:" + w for w in _PLAIN.tokens(line)]
        marks += name_marks(line)
    return marks + aside_marks(text)
