"""Words of the answers: clauses, tokens, stems, language and stance (offline, French and English).

An answer is cut into clauses (sentences, then "mais"/"but" turns, bullets) kept as exact
character spans of the answer, so every clause is itself a verbatim. Tokens are compared
lower-case and accent-free on Snowball stems; a clause's stance is "against / lacking" when
it refuses or negates a wish (« je ne veux pas », « hors de question », "I don't want").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import Stemmer
import yaml

LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+", re.UNICODE)
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
# Clause ends: sentence punctuation, semicolons, line breaks and bullets.
_BREAK = re.compile(r"(?<=[.!?;…])\s+|\s*[\n\r]+\s*|\s*(?:^|\s)[•·▪\-–—*]\s+")
# A turn inside a sentence: the part after "mais"/"but" is its own clause.
_TURN = re.compile(
    r",?\s+(?=(?:mais|cependant|par contre|en revanche|but|however|whereas)\b)", re.I
)
MIN_CLAUSE_WORDS = 1


@lru_cache(maxsize=65536)
def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(LEXICON_PATH.read_text(encoding="utf-8"), Loader=loader)
    assert isinstance(data, dict)
    return data


@lru_cache(maxsize=2)
def stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english" if language == "en" else "french")


@lru_cache(maxsize=2)
def stop_words(language: str) -> frozenset[str]:
    """Accent-free lower-case stop words of `language`."""
    extra = lexicon()["extra_stop_words"]
    keep = {strip_accents(w) for w in extra["keep"][language]}
    words = {strip_accents(w.lower()) for w in _spacy_stop_words(language)} | {
        strip_accents(w) for w in extra[language]
    }
    return frozenset(words - keep)


def _spacy_stop_words(language: str) -> set[str]:
    """spaCy's stop word list, read from its file: importing `spacy.lang.fr` would compile
    the French tokenizer's exceptions (seconds) for nothing."""
    import importlib.util

    import spacy

    path = Path(spacy.__file__).parent / "lang" / language / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_ambassade_stop_words_{language}", path)
    if spec is None or spec.loader is None:
        return set()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.STOP_WORDS)


@lru_cache(maxsize=1)
def stance_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    def words(key: str) -> set[str]:
        return {strip_accents(str(w).lower()) for ws in lexicon()[key].values() for w in ws}

    return frozenset(words("negations")), frozenset(words("will_words")), tuple(words("refusals"))


def is_against(words: tuple[str, ...]) -> bool:
    """A stance against: a negation within `STANCE_WINDOW` words of a word of will or
    agreement, or a refusal phrase (`lexicon.yaml`)."""
    negations, will, refusals = stance_words()
    joined = " " + " ".join(words) + " "
    if any(" " + phrase + " " in joined for phrase in refusals):
        return True
    for index, word in enumerate(words):
        if word in will:
            window = words[max(0, index - STANCE_WINDOW) : index + STANCE_WINDOW + 1]
            if any(w in negations for w in window):
                return True
    return False


STANCE_WINDOW = 3


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause of one answer: `start`/`end` index the answer's text."""

    answer_index: int
    start: int
    end: int
    text: str
    language: str
    words: tuple[str, ...]  # lower-case accent-free tokens (elisions removed)
    content: tuple[str, ...]  # content words (no stop word), lower case with accents
    stems: tuple[str, ...]  # accent-free stems of `content`
    against: bool  # a stance against (see `is_against`)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Word tokens with their spans; French elisions ("l'", "qu'") are cut off."""
    result = []
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        elision = _ELISION.match(word)
        if elision and len(word) > elision.end():
            result.append((word[: elision.end() - 1], start, start + elision.end() - 1))
            word, start = word[elision.end() :], start + elision.end()
        result.append((word, start, start + len(word)))
    return result


def detect_language(text: str, default: str = "fr") -> str:
    return _language_of([_bare(w) for w, _, _ in tokens(text)], default)


def _language_of(words: list[str], default: str) -> str:
    fr = sum(w in _FR_MARKERS for w in words)
    en = sum(w in _EN_MARKERS for w in words)
    if fr == en:
        return default
    return "fr" if fr > en else "en"


_FR_MARKERS = frozenset(
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "et",
        "est",
        "je",
        "j",
        "nous",
        "vous",
        "pas",
        "que",
        "qui",
        "pour",
        "avec",
        "sur",
        "dans",
        "plus",
        "mon",
        "ma",
        "mes",
        "ce",
        "cette",
        "c",
        "il",
        "elle",
        "on",
        "ne",
        "au",
        "aux",
        "etre",
        "avoir",
        "tres",
        "peu",
    ]
)
_EN_MARKERS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "is",
        "are",
        "i",
        "we",
        "you",
        "not",
        "that",
        "which",
        "for",
        "with",
        "on",
        "in",
        "more",
        "my",
        "this",
        "it",
        "be",
        "have",
        "very",
        "to",
        "of",
        "do",
        "don't",
        "would",
    ]
)


@lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    return strip_accents(stemmer(language).stemWord(word.lower()))


def inflected_stem(word: str, language: str) -> str:
    """`word`'s stem, the same for its feminine and plural forms: on accent-free French
    words the stemmer parts them ("petit" / "petite", "regulier" / "reguliere", "gros" /
    "grosses": a feminine doubles its last consonant)."""
    if language == "fr":
        if len(word) > 4 and word[-1] in "sx":
            word = word[:-1]
        if len(word) > 4 and word.endswith("e"):
            word = word[:-1]
            if word[-1] == word[-2] and word[-1] in "lnst":
                word = word[:-1]
    return stem(word, language)


def _spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = 0
    pieces = _BREAK.split(text)
    for piece in pieces:
        if piece is None:
            continue
        index = text.find(piece, position)
        if index < 0:
            continue
        position = index + len(piece)
        sub = 0
        for part in _TURN.split(piece):
            offset = piece.find(part, sub)
            if offset < 0:
                continue
            sub = offset + len(part)
            spans.append((index + offset, index + offset + len(part)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "-–—•·*,;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—"):
        end -= 1
    return start, end


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    return strip_accents(word.lower()).replace("’", "'")


def clauses(answer_index: int, text: str, default_language: str = "fr") -> list[Clause]:
    """The answer's clauses; a clause too short to carry a theme joins its neighbour."""
    found = tokens(text)
    bare = [_bare(w) for w, _, _ in found]
    language = _language_of(bare, default_language)
    stops = stop_words(language)
    content = [_is_content(b, stops) for b in bare]

    def inside(start: int, end: int) -> list[int]:
        return [i for i, (_, s, e) in enumerate(found) if s >= start and e <= end]

    def count(start: int, end: int) -> int:
        return sum(content[i] for i in inside(start, end))

    raw = [_trim(text, s, e) for s, e in _spans(text)]
    raw = [(s, e) for s, e in raw if e > s]
    merged: list[tuple[int, int]] = []
    for start, end in raw:
        if merged and (
            count(start, end) < MIN_CLAUSE_WORDS or count(*merged[-1]) < MIN_CLAUSE_WORDS
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    result = []
    for start, end in merged or [(0, len(text))]:
        indices = inside(start, end)
        words = tuple(bare[i] for i in indices)
        kept = tuple(found[i][0].lower().replace("’", "'") for i in indices if content[i])
        result.append(
            Clause(
                answer_index,
                start,
                end,
                text[start:end],
                language,
                words,
                kept,
                tuple(stem(w, language) for w in kept),
                is_against(words),
            )
        )
    return result


def _is_content(word: str, stops: frozenset[str]) -> bool:
    return len(word) > 1 and word not in stops and not word.isdigit()


@lru_cache(maxsize=1)
def _non_answer_words() -> frozenset[str]:
    lists = lexicon()["non_answers"].values()
    return frozenset(strip_accents(str(w).lower()) for ws in lists for w in ws)


def says_something(clause: Clause) -> bool:
    """False for a clause with no content word, or only words of non-answers ("rien à
    ajouter", "nothing else to add"), or a phrase of non-answers and few other words."""
    empty = _empty_words()
    rest = [w for w in clause.content if strip_accents(w) not in empty]
    if not rest:
        return False
    joined = " " + " ".join(clause.words) + " "
    hedged = any(" " + phrase + " " in joined for phrase in _non_answer_phrases())
    return not hedged or len(rest) > NON_ANSWER_REST


NON_ANSWER_REST = 2


@lru_cache(maxsize=1)
def _non_answer_phrases() -> tuple[str, ...]:
    lists = lexicon()["non_answer_phrases"].values()
    return tuple(
        " ".join(w for w, _, _ in tokens(strip_accents(str(p).lower()).replace("’", "'")))
        for ps in lists
        for p in ps
    )


@lru_cache(maxsize=1)
def _empty_words() -> frozenset[str]:
    return _non_answer_words() | stop_words("fr") | stop_words("en")
