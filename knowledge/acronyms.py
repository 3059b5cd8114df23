"""Acronyms the documents define, read from the documents themselves.

Documents spell an acronym out once ("le délégué à la protection des données (DPO)",
"FICOBA (Fichier national des comptes bancaires et assimilés)") and then use either
form; people ask with the other one ("un DPO peut-il être sanctionné ?" where the answer
says "le Délégué"). At index time each parenthesised pair whose letters line up is kept
(Schwartz & Hearst's algorithm: every letter of the short form, from the last, found in
the long form from its end, the first one starting a word); at query time a short form
of the question also looks for the words of its long form. Nothing is listed by hand.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from knowledge.text import content_words, fold, fold_word, index_terms

# An acronym counts as the words it stands for (CNIL recall@5 without the sentence
# encoder 0.833 -> 0.851, with it when uncertain 0.863 -> 0.881; 0.7: 0.851 / 0.875).
ACRONYM_WEIGHT = 1.0
MAX_SHORT = 10
# A long form is at most 2 × 10 words: the characters before "(" worth reading.
_LOOK_BACK = 300
_PARENS = re.compile(r"\(([^()]{1,160})\)")
# A long form never runs across the end of a clause.
_CLAUSE_END = re.compile(r"[.;:!?,\n()\[\]«»\"]")

Acronyms = Mapping[str, tuple[str, ...]]


def is_short_form(token: str) -> bool:
    """One token of 2 to 10 characters with at least two capitals ("DPO", "TPE-PME")."""
    return (
        2 <= len(token) <= MAX_SHORT
        and " " not in token
        and token[0].isalnum()
        and sum(ch.isupper() for ch in token) >= 2
    )


def long_form(short: str, candidate: str) -> str | None:
    """The end of `candidate` that `short` abbreviates (Schwartz & Hearst), or None."""
    letters = [ch for ch in fold(short) if ch.isalnum()]
    if not letters:
        return None
    # One folded character per character of `candidate` ("œ" → "o"): positions line up.
    text = "".join((fold(ch) or ch)[0] for ch in candidate)
    at = len(text) - 1
    for i in range(len(letters) - 1, -1, -1):
        while at >= 0 and (
            text[at] != letters[i] or (i == 0 and at > 0 and text[at - 1].isalnum())
        ):
            at -= 1
        if at < 0:
            return None
        at -= 1
    found = candidate[at + 1 :].strip()
    return found if len(found.split()) >= 2 else None


def _pairs(text: str) -> Iterable[tuple[str, str]]:
    for match in _PARENS.finditer(text):
        inside = match.group(1).strip()
        before = text[max(0, match.start() - _LOOK_BACK) : match.start()]
        start = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
        words = before[start:].split()
        if is_short_form(inside):
            # At most min(|A| + 5, 2|A|) words before "(A)", as Schwartz & Hearst.
            span = min(len(inside) + 5, 2 * len(inside))
            found = long_form(inside, " ".join(words[-span:]))
            if found:
                yield inside, found
        elif words and is_short_form(words[-1]) and len(inside.split()) >= 2:
            found = long_form(words[-1], inside)
            if found and fold(found.split()[0]) == fold(inside.split()[0]):
                yield words[-1], found


def definitions(texts: Iterable[str]) -> dict[str, str]:
    """Folded short form → its long form as written most often in `texts`."""
    seen: dict[str, Counter[str]] = {}
    for text in texts:
        for short, found in _pairs(text):
            seen.setdefault(fold(short), Counter())[found] += 1
    return {short: forms.most_common(1)[0][0] for short, forms in seen.items()}


def acronym_terms(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Folded short form → the index terms of its long form."""
    out: dict[str, tuple[str, ...]] = {}
    for short, found in definitions(texts).items():
        terms = tuple(dict.fromkeys(index_terms(found)))
        if terms:
            out[short] = terms
    return out


def acronym_weights(
    question: str, acronyms: Acronyms, asked: Iterable[str], corpus_has: Callable[[str], bool]
) -> dict[str, float]:
    """Extra query terms: the long-form words of each short form in the question."""
    if not acronyms:
        return {}
    known = set(asked)
    found: dict[str, float] = {}
    for word in content_words(question):
        for term in acronyms.get(fold_word(word), ()):
            if term not in known and corpus_has(term):
                found[term] = ACRONYM_WEIGHT
    return found
