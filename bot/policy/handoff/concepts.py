"""Concept lexicons matched on word stems (French and English Snowball stemmers).

A concept is a plain word list written from the domain ("supprimer", "effacer",
"retirer", "delete"...). Each word is stemmed once at load, so every inflection of it
matches ("supprimez", "supprimé", "supprimerais") without a hand-written regex. A
word starting with "=" is matched as an exact token instead (for short words whose
stem collides with another word); a word ending with "*" matches every token starting
with it (the stemmer is less regular on accent-free chat text). A multi-word entry
("droit a l'oubli") matches the same stems in a row.

Concept rules fire when every listed concept occurs in one sentence: this is how a
lexicon generalises to wordings no regex anticipated ("mon numéro ... supprimez-le").
A chain "a+b" asks for b right after a (at most `CHAIN_GAP` words later): "ma photo",
"mon nom complet", but not "une photo de ma galerie".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import Stemmer

from bot.policy.handoff.normalize import normalize

_TOKEN = re.compile(r"[a-z0-9]+")
CHAIN_GAP = 2
_FRENCH = Stemmer.Stemmer("french")
_ENGLISH = Stemmer.Stemmer("english")


@dataclass(frozen=True, slots=True)
class Concept:
    name: str
    stems: frozenset[str]  # stems of single-word entries (French and English)
    exact: frozenset[str]  # tokens that must match as written
    prefixes: tuple[str, ...]  # tokens starting with one of these match
    phrases: tuple[tuple[frozenset[str], ...], ...]  # multi-word entries, per word stems


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    french: str
    english: str


def _word_stems(word: str) -> frozenset[str]:
    return frozenset({_FRENCH.stemWord(word), _ENGLISH.stemWord(word), word})


def compile_concept(name: str, entries: Sequence[str]) -> Concept:
    """Stem a concept's entries; raises ValueError on an entry with no word in it."""
    stems: set[str] = set()
    exact: set[str] = set()
    prefixes: list[str] = []
    phrases: list[tuple[frozenset[str], ...]] = []
    for entry in entries:
        is_exact, is_prefix = entry.startswith("="), entry.endswith("*")
        words = _TOKEN.findall(normalize(entry.strip("=*")))
        if not words:
            raise ValueError(f"entry {entry!r} has no word")
        if is_prefix and len(words) == 1:
            prefixes.append(words[0])
        elif is_exact and len(words) == 1:
            exact.add(words[0])
        elif len(words) == 1:
            stems |= _word_stems(words[0])
        else:
            phrases.append(tuple(_word_stems(word) for word in words))
    return Concept(name, frozenset(stems), frozenset(exact), tuple(prefixes), tuple(phrases))


def compile_concepts(raw: Mapping[str, Sequence[str]]) -> dict[str, Concept]:
    return {name: compile_concept(name, entries) for name, entries in raw.items()}


def tokenize(text: str) -> list[Token]:
    """Tokens of an already normalised text, each with its two stems."""
    found = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    words = [word for _, _, word in found]
    french = _FRENCH.stemWords(words)
    english = _ENGLISH.stemWords(words)
    return [
        Token(start, end, word, fr, en)
        for (start, end, word), fr, en in zip(found, french, english, strict=True)
    ]


def _token_matches(token: Token, stems: frozenset[str]) -> bool:
    return token.french in stems or token.english in stems or token.text in stems


def find_concept(concept: Concept, tokens: Sequence[Token], first: int, last: int) -> int | None:
    """Index of the first token in tokens[first:last] where the concept occurs."""
    for index in range(first, last):
        token = tokens[index]
        if (
            token.text in concept.exact
            or _token_matches(token, concept.stems)
            or (concept.prefixes and token.text.startswith(concept.prefixes))
        ):
            return index
        for phrase in concept.phrases:
            end = index + len(phrase)
            if end <= last and all(
                _token_matches(tokens[index + offset], stems) for offset, stems in enumerate(phrase)
            ):
                return index
    return None


def sentence_token_ranges(tokens: Sequence[Token], sentence_starts: Sequence[int]) -> list[range]:
    """For each sentence (given by its start offsets), the range of its token indices."""
    bounds = [0] * (len(sentence_starts) + 1)
    for index, token in enumerate(tokens):
        bounds[bisect_right(sentence_starts, token.start)] = index + 1
    ranges = []
    begin = 0
    for sentence in range(1, len(sentence_starts) + 1):
        end = max(bounds[sentence], begin)
        ranges.append(range(begin, end))
        begin = end
    return ranges


def find_chain(
    chain: Sequence[Concept], tokens: Sequence[Token], first: int, last: int
) -> int | None:
    """Index where the chain starts: each concept within CHAIN_GAP tokens of the previous."""
    head = find_concept(chain[0], tokens, first, last)
    while head is not None:
        position: int | None = head
        for concept in chain[1:]:
            assert position is not None
            stop = min(last, position + 1 + CHAIN_GAP)
            position = find_concept(concept, tokens, position + 1, stop)
            if position is None:
                break
        if position is not None:
            return head
        head = find_concept(chain[0], tokens, head + 1, last)
    return None
