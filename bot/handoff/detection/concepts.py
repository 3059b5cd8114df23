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
from collections.abc import Sequence
from dataclasses import dataclass

import Stemmer

from bot.handoff.detection.normalize import normalize

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
    phrase_heads: frozenset[str] = frozenset()  # first-word stems: a quick filter


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    french: str
    english: str
    keys: frozenset[str]  # text and both stems


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
    heads = frozenset().union(*(phrase[0] for phrase in phrases))
    return Concept(name, frozenset(stems), frozenset(exact), tuple(prefixes), tuple(phrases), heads)


def tokenize(text: str) -> list[Token]:
    """Tokens of an already normalised text, each with its two stems."""
    found = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    words = [word for _, _, word in found]
    french = _FRENCH.stemWords(words)
    english = _ENGLISH.stemWords(words)
    return [
        Token(start, end, word, fr, en, frozenset((word, fr, en)))
        for (start, end, word), fr, en in zip(found, french, english, strict=True)
    ]


def _occurs_at(concept: Concept, tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index]
    if (
        token.text in concept.exact
        or not token.keys.isdisjoint(concept.stems)
        or (concept.prefixes and token.text.startswith(concept.prefixes))
    ):
        return True
    if token.keys.isdisjoint(concept.phrase_heads):
        return False
    return any(
        index + len(phrase) <= len(tokens)
        and all(not tokens[index + k].keys.isdisjoint(stems) for k, stems in enumerate(phrase))
        for phrase in concept.phrases
    )


def find_concept(concept: Concept, tokens: Sequence[Token], first: int, last: int) -> int | None:
    """Index of the first token in tokens[first:last] where the concept occurs."""
    return next((i for i in range(first, last) if _occurs_at(concept, tokens, i)), None)


class ConceptIndex:
    """One message's tokens; where each concept occurs is computed once, on demand."""

    def __init__(self, tokens: Sequence[Token], sentence_starts: Sequence[int]) -> None:
        self.tokens = tokens
        self.sentence_of = [bisect_right(sentence_starts, t.start) - 1 for t in tokens]
        self._hits: dict[int, tuple[int, ...]] = {}

    def hits(self, concept: Concept) -> tuple[int, ...]:
        found = self._hits.get(id(concept))
        if found is None:
            found = tuple(i for i in range(len(self.tokens)) if _occurs_at(concept, self.tokens, i))
            self._hits[id(concept)] = found
        return found

    def chain_starts(self, chain: Sequence[Concept]) -> list[int]:
        """Token indices where the chain starts, each next concept within CHAIN_GAP words."""
        starts = []
        for head in self.hits(chain[0]):
            position = head
            for concept in chain[1:]:
                position = next(
                    (
                        p
                        for p in self.hits(concept)
                        if position < p <= position + 1 + CHAIN_GAP
                        and self.sentence_of[p] == self.sentence_of[head]
                    ),
                    -1,
                )
                if position < 0:
                    break
            else:
                starts.append(head)
        return starts

    def message_match(self, chains: Sequence[Sequence[Concept]]) -> list[int]:
        """The first chain's first start when every chain occurs somewhere in the message."""
        per_chain = self._all_chains(chains)
        return [per_chain[0][0]] if per_chain else []

    def _all_chains(self, chains: Sequence[Sequence[Concept]]) -> list[list[int]]:
        """Each chain's starts, or [] as soon as one chain is absent (the rarest come first)."""
        per_chain = []
        for chain in chains:
            starts = self.chain_starts(chain)
            if not starts:
                return []
            per_chain.append(starts)
        return per_chain

    def first_sentence_match(self, chains: Sequence[Sequence[Concept]]) -> list[int]:
        """For each sentence where every chain occurs, the first chain's first token there."""
        per_chain = self._all_chains(chains)
        if not per_chain:
            return []
        found = []
        seen: set[int] = set()
        for head in per_chain[0]:
            sentence = self.sentence_of[head]
            if sentence in seen:
                continue
            seen.add(sentence)
            if all(any(self.sentence_of[i] == sentence for i in s) for s in per_chain[1:]):
                found.append(head)
        return found
