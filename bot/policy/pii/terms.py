"""The client's own confidential terms, found however people write them.

Matching rules, for a term and each of its declared variants:

* Case, accents, apostrophes and spacing are ignored: "Projet Houblon" also
  matches "projet houblon", "PROJET  HOUBLON", "projet-houblon", "ProjetHoublon",
  and so are plurals ("projets houblon", "clés secrètes" for "clé secrète").
* An amount or a percentage ("4,2 M€", "12 %") is compared as a quantity, so
  "4.2M€", "4,2 millions d'euros" and "4 200 000 €" match "4,2 M€", while
  "4,2/5", "4,2 hL" or a bare "4,2" do not (see `amounts.py`).
* A single-word entry declared with a capital letter ("Houblon") is a proper
  noun: a code name. It matches only when written with that capital (or all in
  capitals), so the common noun "houblon" (the hop, an ingredient) is not
  flagged. The capital is read on the first letter only; accents stay ignored.
  A single word declared in lower case matches in any case, as the client asked
  for every use of it. A code with a digit ("PN26") is no common noun: it
  matches in any case ("pn26"). A word from a multi-word term is never matched
  on its own: it has to be declared as a variant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from bot.policy.pii.amounts import Amount, find_amounts, parse_amount
from bot.policy.pii.entities import Entity, EntityType, make_entity
from bot.policy.pii.folding import FoldedText, fold

_SEPARATOR = r"[\s\-_.]*"
# Words and symbols ("&", "+"); separators between them are optional when matching.
_TOKEN_RE = re.compile(r"\w+|[^\w\s\-_.'’]")


@runtime_checkable
class TermLike(Protocol):
    """Anything with a term and its variants (e.g. `bot.tenants.ConfidentialTerm`)."""

    term: str
    variants: Sequence[str]


@dataclass(frozen=True, slots=True)
class ConfidentialTermSpec:
    term: str
    variants: Sequence[str] = field(default_factory=tuple)


def _has_digit(token: str) -> bool:
    return any(ch.isdigit() for ch in token)


def _as_spec(item: TermLike | str) -> ConfidentialTermSpec:
    if isinstance(item, str):
        return ConfidentialTermSpec(item)
    return ConfidentialTermSpec(item.term, tuple(item.variants))


def _token_pattern(token: str) -> str:
    """A word also matches its plural ("clés secrètes" for "clé secrète")."""
    if token.isalpha() and len(token) > 2 and not token.endswith(("s", "x")):
        return re.escape(token) + "[sx]?"
    return re.escape(token)


def _word_pattern(tokens: list[str]) -> str:
    body = _SEPARATOR.join(_token_pattern(token) for token in tokens)
    head = r"(?<!\w)" if tokens[0][0].isalnum() else ""
    tail = r"(?!\w)" if tokens[-1][-1].isalnum() else ""
    return head + body + tail


class TermMatcher:
    """Compiled matchers for one client's confidential terms."""

    def __init__(self, terms: Iterable[TermLike | str]) -> None:
        insensitive: list[str] = []
        proper_nouns: list[str] = []
        self._amounts: list[Amount] = []
        for spec in map(_as_spec, terms):
            for form in (spec.term, *spec.variants):
                self._add(form, insensitive, proper_nouns)
        self._insensitive = self._compile(insensitive)
        self._proper_nouns = self._compile(proper_nouns)

    @staticmethod
    def _compile(patterns: list[str]) -> re.Pattern[str] | None:
        if not patterns:
            return None
        # Longest alternatives first, so "projet houblon" wins over a shorter entry.
        ordered = sorted(set(patterns), key=len, reverse=True)
        return re.compile("|".join(f"(?:{p})" for p in ordered))

    def _add(self, form: str, insensitive: list[str], proper_nouns: list[str]) -> None:
        form = form.strip()
        if not form:
            return
        amount = parse_amount(fold(form))
        if amount is not None:
            self._amounts.append(amount)
            return
        kept_case = fold(form, casefold=False)
        tokens = _TOKEN_RE.findall(kept_case)
        if not tokens:
            return
        if len(tokens) == 1 and tokens[0][0].isupper() and not _has_digit(tokens[0]):
            first, rest = tokens[0][0], tokens[0][1:].casefold()
            rest_pattern = f"(?i:{re.escape(rest)})" if rest else ""
            proper_nouns.append(rf"(?<!\w){re.escape(first)}{rest_pattern}(?!\w)")
        else:
            insensitive.append(_word_pattern([t.casefold() for t in tokens]))

    def __bool__(self) -> bool:
        return bool(self._insensitive or self._proper_nouns or self._amounts)

    def find(self, text: str) -> list[Entity]:
        if not self:
            return []
        found: list[Entity] = []
        folded = FoldedText.build(text, casefold=True)
        if self._insensitive is not None:
            found += self._spans(text, folded, self._insensitive)
        if self._proper_nouns is not None:
            found += self._spans(text, FoldedText.build(text, casefold=False), self._proper_nouns)
        if self._amounts:
            for amount in find_amounts(folded.text):
                if any(amount.same_quantity(term) for term in self._amounts):
                    start, end = folded.span_in_original(amount.start, amount.end)
                    found.append(make_entity(text, EntityType.CONFIDENTIAL_TERM, start, end))
        kept: list[Entity] = []
        for entity in sorted(found, key=lambda e: (-len(e), e.start)):
            if not any(entity.overlaps(other) for other in kept):
                kept.append(entity)
        return sorted(kept, key=lambda e: e.start)

    @staticmethod
    def _spans(text: str, folded: FoldedText, pattern: re.Pattern[str]) -> list[Entity]:
        spans = []
        for match in pattern.finditer(folded.text):
            start, end = folded.span_in_original(*match.span())
            spans.append(make_entity(text, EntityType.CONFIDENTIAL_TERM, start, end))
        return spans
