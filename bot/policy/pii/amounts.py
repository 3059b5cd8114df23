"""Amounts of money and percentages, read as numbers so that any spelling compares.

"4,2 M€", "4.2M€", "4,2 millions d'euros", "€4.2m" and "4 200 000 €" are all
4 200 000 euros. A number with another unit ("4,2/5", "4,2 hL") or no unit is
not an amount. The patterns run on folded text (see `folding.py`): lower case,
no accents, straight apostrophes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

_NUMBER = r"(?P<{name}>\d{{1,3}}(?:[ .,]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_MULTIPLIER = r"(?P<{name}>milliards?|billions?|mds?|mrds?|bn|millions?|mio|mn|m|mille|thousand|k)"
_CURRENCY = r"(?:€|eur(?:os?)?\b)"
_OF = r"(?:\s*(?:d'|de\s+))?"

AMOUNT_RE = re.compile(
    r"(?<![\w.,])(?:"
    + _NUMBER.format(name="n1")
    + r"\s*(?:"
    + _MULTIPLIER.format(name="m1")
    + _OF
    + r"\s*)?"
    + _CURRENCY
    + r"|"
    + _CURRENCY
    + r"\s*"
    + _NUMBER.format(name="n2")
    + r"(?:\s*"
    + _MULTIPLIER.format(name="m2")
    + r"\b)?"
    + r"|"
    + _NUMBER.format(name="n3")
    + r"\s*(?P<pct>%|pour\s*cents?|percent\b)"
    + r")"
)

_SCALE = {
    "k": 1e3, "mille": 1e3, "thousand": 1e3,
    "m": 1e6, "mn": 1e6, "mio": 1e6, "million": 1e6, "millions": 1e6,
    "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "bn": 1e9,
    "milliard": 1e9, "milliards": 1e9, "billion": 1e9, "billions": 1e9,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Amount:
    value: float
    unit: str  # "EUR" or "%"
    start: int
    end: int

    def same_quantity(self, other: Amount) -> bool:
        return self.unit == other.unit and math.isclose(self.value, other.value, rel_tol=1e-9)


def parse_number(raw: str, *, scaled: bool) -> float:
    """French or English notation; with a multiplier, a lone separator is a decimal mark."""
    raw = raw.replace(" ", "")
    if not scaled and re.fullmatch(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*", raw):
        return float(re.sub(r"[.,]", "", raw))
    separators = [i for i, ch in enumerate(raw) if ch in ".,"]
    if not separators:
        return float(raw)
    last = separators[-1]
    integer = re.sub(r"[.,]", "", raw[:last])
    return float(f"{integer}.{raw[last + 1 :]}")


def find_amounts(folded: str) -> Iterator[Amount]:
    for match in AMOUNT_RE.finditer(folded):
        groups = match.groupdict()
        if groups["pct"]:
            yield Amount(parse_number(groups["n3"], scaled=False), "%", *match.span())
            continue
        number = groups["n1"] or groups["n2"]
        multiplier = groups["m1"] or groups["m2"]
        scale = _SCALE[multiplier] if multiplier else 1.0
        value = parse_number(number, scaled=multiplier is not None) * scale
        yield Amount(value, "EUR", *match.span())


def parse_amount(folded: str) -> Amount | None:
    """The amount when the whole (folded) string is one, else None."""
    stripped = folded.strip()
    match = AMOUNT_RE.fullmatch(stripped)
    if match is None:
        return None
    return next(find_amounts(stripped), None)
