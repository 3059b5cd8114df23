"""Oppositions between the alternatives a question offers (issue 18, 2b).

"Ambassador meetups: online or in person?", "quel format vous ressemble le plus : un long
récit ou une publication rapide ?": the question names two alternatives (short phrases
after its last colon or comma, joined by "ou" / "or"; or, after a colon or as "soit…,
soit…", described at length: "one budget only: ten free days each, OR a two-day retreat
together", a stem both say left out), and each answer that names one of
them, by a word of it ("Rapide.", "long récit") or, read with the sentence encoder, clearly
closer to one than to the other ("Un texte fouillé"), chooses it. Answers that negate
("Aucun des deux", "No preference") choose neither. The two choices oppose when each is
held by `MIN_SIDE` participants not on the other side.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from bot.synthesis.encoded import SentenceVectors
from bot.synthesis.model import Answer
from bot.synthesis.polarity_words import lists
from bot.synthesis.text import Clause, clauses, strip_accents

MIN_SIDE = 2
MAX_WORDS = 4  # an alternative is a short phrase: a longer one is a question's clause
# After a colon, or in "soit X, soit Y", an alternative may be described at length.
LONG_WORDS = 14
# Raw cosines of the shipped encoder: lead an answer needs towards one alternative (set on
# the dev set synthesis_heldout3).
MARGIN = 0.03
LINKS = frozenset({"ou", "or"})
EITHER = re.compile(r"\bsoit\s+(.+?)\s*,?\s+soit\s+(.+)$", re.IGNORECASE)
SENTENCES = re.compile(r"(?<=[.?!])\s+")


def offered(question: str) -> tuple[str, str] | None:
    """The two alternatives `question` offers, or None: two short phrases joined by
    "ou" / "or" after its last colon or comma ("Ambassador meetups: online or in
    person?"), or else two described at length after a colon or by "soit…, soit…" in one
    of its sentences ("Un seul budget : 10 jours offerts à chacun, OU un séminaire de deux
    jours ensemble. Vous choisissez quoi ?"). A bilingual question ("… ? / … ?") offers
    those of its first half."""
    short = _short(question)
    if short is not None:
        return short
    for half in question.split(" / "):
        for sentence in SENTENCES.split(half.strip()):
            found = _described(sentence)
            if found is not None:
                return found
    return None


def _described(sentence: str) -> tuple[str, str] | None:
    """The two alternatives one sentence describes at length, or None."""
    sentence = sentence.strip().rstrip("?.!").strip()
    either = EITHER.search(sentence)
    if either is not None:
        pair = [either.group(1), either.group(2)]
    elif ":" in sentence:
        words = sentence.rsplit(":", 1)[-1].split()
        links = [i for i, w in enumerate(words) if strip_accents(w.lower()) in LINKS]
        if len(links) != 1:
            return None
        pair = [" ".join(words[: links[0]]), " ".join(words[links[0] + 1 :])]
    else:
        return None
    pair = [p.strip().strip(",;").strip() for p in pair]
    if not all(0 < len(p.split()) <= LONG_WORDS for p in pair):
        return None
    return pair[0], pair[1]


def _short(question: str) -> tuple[str, str] | None:
    """Two short phrases joined by "ou" / "or" after the question's last colon or comma."""
    tail = question.rsplit(":", 1)[-1] if ":" in question else question.rsplit(",", 1)[-1]
    words = tail.strip().rstrip("?").split()
    links = [i for i, w in enumerate(words) if strip_accents(w.lower()) in LINKS]
    if len(links) != 1:
        return None
    first, second = words[: links[0]], words[links[0] + 1 :]
    if not (0 < len(first) <= MAX_WORDS and 0 < len(second) <= MAX_WORDS):
        return None
    return " ".join(first), " ".join(second)


def _stems(text: str, language: str) -> set[str]:
    return {s for c in clauses(0, text, language) for s in c.stems}


def sides(
    question: str,
    rows: Sequence[int],
    found: Sequence[Clause],
    answers: Sequence[Answer],
    encoder: SentenceVectors | None,
) -> tuple[list[int], list[int]] | None:
    """(first, second): the clauses of `rows` (one question) that choose each alternative
    the question offers, or None when it offers none or they do not oppose."""
    pair = offered(question)
    if pair is None or not rows:
        return None
    language = Counter(found[r].language for r in rows).most_common(1)[0][0]
    named = [_stems(p, language) for p in pair]
    shared = named[0] & named[1]  # "10 jours offerts" / "un séminaire de deux jours"
    named = [n - shared for n in named]
    if not named[0] or not named[1]:
        return None
    negations = lists().negations
    choosing = [r for r in rows if not negations & set(found[r].words)]
    chosen: dict[int, int] = {}
    for row in choosing:
        hits = [bool(named[k] & set(found[row].stems)) for k in (0, 1)]
        if hits[0] != hits[1]:
            chosen[row] = 0 if hits[0] else 1
    unread = [r for r in choosing if r not in chosen]
    if encoder is not None and unread:
        texts = [*pair, *(found[r].text for r in unread)]
        vectors = np.asarray(encoder.queries(texts), dtype=np.float64)
        similarity = vectors[2:] @ vectors[:2].T
        for row, (first, second) in zip(unread, similarity, strict=True):
            if abs(first - second) >= MARGIN:
                chosen[row] = 0 if first > second else 1
    person = {r: answers[found[r].answer_index].participant for r in chosen}
    people = [{person[r] for r in chosen if chosen[r] == k} for k in (0, 1)]
    both = people[0] & people[1]
    if min(len(people[0] - both), len(people[1] - both)) < MIN_SIDE:
        return None
    first = [r for r in rows if chosen.get(r) == 0 and person[r] not in both]
    second = [r for r in rows if chosen.get(r) == 1 and person[r] not in both]
    return first, second
