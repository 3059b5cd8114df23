"""A number the question gives, found in a passage that words it otherwise.

`knowledge.answerability.gives_numbers` asks a passage to hold every number the question
gives in digits. People often give a number the documents write another way:

- a span of time by its name: "6 mois" for « le semestre », "12 mois" for « par an », "7
  jours" for « une semaine », "3 months" for "quarterly";
- their own case (a number the question does not bound itself, as "sous 10 jours ?"
  does) against a rule's bound: "j'habite à 500 km" for « au-delà de 300 km,
  train obligatoire », "I have 250 points" for "from 200 points on";
- the same quantity in another unit: "48 h" for « 2 jours », "1 an" for « 12 mois »;
- "1 grain" for « un grain » (the number one is an article in the documents, before
  the same word);
- a person's age against a rule on minors or adults: "mon fils de 12 ans" for « les
  mineurs », as against any bound in years.

Numbers listed before one unit share it: "mes enfants ont 8 et 10 ans" gives two ages.

`worded_otherwise(question, text)` gives the question's numbers the passage holds in one of
those forms, to leave out of the check.
"""

from __future__ import annotations

import re

from knowledge.answerability import NUMBER_WORDS
from knowledge.text import fold

_NUMBER = r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?"
# A number and the word after it ("500 km", "6 mois", "250 points").
_UNIT_TEXT = r"([^\W\d_]+|€|%)"
_WITH_UNIT = re.compile(rf"(?<![\w.,])({_NUMBER})[\u00a0\u202f ]?{_UNIT_TEXT}")
# Words that make the number after them a bound of a rule.
_BOUND = (
    r"(?:au[- ]dela d[e']|plus d[e']|moins d[e']|a partir d[e']|des|jusqu'?a|au moins"
    r"|au plus|minimum(?: de)?|maximum(?: de)?|superieure? a|inferieure? a|au[- ]dessus d[e']"
    r"|en[- ]dessous d[e']|sous|entre|over|more than|less than|fewer than|under|up to"
    r"|at least|at most|beyond|above|below|from|within|min\.?|max\.?|>|<|≥|≤"
    r"|dans la limite d[e']|plafond d[e']|plafonnee?s? a|limitee?s? a|capped at|limited to)"
)
_WORDED = "|".join(sorted((w for w in NUMBER_WORDS if w != "zero"), key=len, reverse=True))
_ANY_NUMBER = rf"{_NUMBER}|(?:{_WORDED})(?![\w])"
_BOUNDED = re.compile(rf"(?<!\w){_BOUND}\s*({_ANY_NUMBER})[\u00a0\u202f ]?{_UNIT_TEXT}")
_QUANTITY = re.compile(rf"(?<![\w.,])({_ANY_NUMBER})[\u00a0\u202f ]?([^\W\d_]+)")

# Units written several ways, folded to one name.
_UNIT_NAMES = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "mois": "month", "month": "month", "months": "month", "an": "year",
    "ans": "year", "annee": "year", "annees": "year", "year": "year", "years": "year",
    "jour": "day", "jours": "day", "j": "day", "day": "day", "days": "day", "semaine": "week",
    "semaines": "week", "week": "week", "weeks": "week", "heure": "hour", "heures": "hour",
    "h": "hour", "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
    "min": "minute", "personne": "person", "personnes": "person", "people": "person",
    "persons": "person", "euro": "euro", "euros": "euro", "eur": "euro", "€": "euro",
    "%": "percent",
}  # fmt: skip

# Units of time in hours: a quantity given in one is the same in another.
_HOURS = {"hour": 1, "day": 24, "week": 168, "month": 720, "year": 8640}
_DIMENSION = {**dict.fromkeys(_HOURS, "time")}

# Spans of time with a name of their own, by (value, unit).
_NAMED_SPANS: dict[tuple[int, str], frozenset[str]] = {
    (6, "month"): frozenset({"semestre", "semestres", "semestriel", "semestrielle",
                             "semestriels", "semestrielles", "half-year", "half-yearly",
                             "biannual"}),
    (3, "month"): frozenset({"trimestre", "trimestres", "trimestriel", "trimestrielle",
                             "trimestriels", "trimestrielles", "quarter", "quarters",
                             "quarterly"}),
    (12, "month"): frozenset({"an", "annee", "annuel", "annuelle", "annuels", "annuelles",
                              "year", "yearly", "annual", "annually"}),
    (1, "year"): frozenset({"an", "annee", "annuel", "annuelle", "annuels", "annuelles",
                            "year", "yearly", "annual", "annually"}),
    (1, "month"): frozenset({"mensuel", "mensuelle", "mensuels", "mensuelles", "monthly"}),
    (7, "day"): frozenset({"semaine", "hebdomadaire", "week", "weekly"}),
    (1, "week"): frozenset({"semaine", "hebdomadaire", "week", "weekly"}),
    (15, "day"): frozenset({"quinzaine", "fortnight"}),
    (14, "day"): frozenset({"quinzaine", "fortnight"}),
    (2, "week"): frozenset({"quinzaine", "fortnight"}),
    (24, "hour"): frozenset({"journee", "jour", "day"}),
    (2, "year"): frozenset({"biennal", "biennale", "biennial"}),
}  # fmt: skip
# Numbers listed before one unit ("8 et 10 ans", "2, 3 ou 4 jours"): each takes that unit.
_LISTED = re.compile(
    rf"(?<![\w.,])((?:(?:{_NUMBER})\s*(?:,|et|ou|and|or|à|a|-|to)\s*)+)({_NUMBER})"
    rf"[\u00a0\u202f ]?{_UNIT_TEXT}"
)
_LISTED_NUMBER = re.compile(rf"{_NUMBER}")
# A rule on minors or adults is a bound on a person's age ("Les mineurs peuvent…"), for a
# question giving someone's age ("mon fils de 12 ans", "j'ai 16 ans", "my 12-year-old").
_AGE_RULE = re.compile(r"\b(?:mineur|majeur|minor|adult|under-?age)e?s?\b")
_AGE_GIVEN = re.compile(
    r"\b(?:fils|filles?|enfants?|ados?|adolescente?s?|gamine?s?|neveux?|nieces?|bebes?"
    r"|petite?s?-(?:fils|filles?)|sons?|daughters?|kids?|child|children|j'ai|i'm|i am)\b"
    r"[^?.!]{0,40}?\d+[\u00a0\u202f -]?(?:ans|years?)\b|\d+[- ]years?[- ]old\b"
)
# "un grain", "one token": the thing counted after the article.
_ONE = re.compile(r"(?<!\w)(?:un|une|one|a|an)\s+([^\W\d_]+)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _value(numeral: str) -> float:
    if numeral in NUMBER_WORDS:
        return float(NUMBER_WORDS[numeral])
    return float(re.sub(r"[\u00a0\u202f ]", "", numeral).replace(",", "."))


def _unit(word: str) -> str:
    folded = fold(word)
    return _UNIT_NAMES.get(folded, folded.removesuffix("s"))


def _with_units(question: str) -> list[tuple[int, str]]:
    """The whole numbers of the question with the unit written after each."""
    found = []
    for numeral, word in _WITH_UNIT.findall(question):
        value = _value(numeral)
        if value.is_integer():
            found.append((int(value), _unit(word)))
    for listed, _last, word in _LISTED.findall(question):
        for numeral in _LISTED_NUMBER.findall(listed):
            value = _value(numeral)
            if value.is_integer() and (int(value), _unit(word)) not in found:
                found.append((int(value), _unit(word)))
    return found


def _bounds(text: str) -> set[str]:
    """The units a text sets a bound in ("au-delà de 300 km" → "km"), and their dimension
    ("plus d'un mois" → "month", "time")."""
    units = {_unit(word) for _, word in _BOUNDED.findall(fold(text))}
    return units | {_DIMENSION[u] for u in units if u in _DIMENSION}


def _hours(text: str) -> set[float]:
    """The spans of time a text gives, in hours ("2 jours" → 48)."""
    found = set()
    for numeral, word in _QUANTITY.findall(fold(text)):
        unit = _unit(word)
        if unit in _HOURS:
            found.add(_value(numeral) * _HOURS[unit])
    return found


def worded_otherwise(question: str, text: str) -> set[int]:
    """The question's numbers `text` holds worded otherwise: a named span of time, a bound
    in the same unit, or one as an article."""
    words = {w for w in _WORD.findall(fold(text))}
    bounds: set[str] | None = None
    spans: set[float] | None = None
    bounded = {_value(v) for v, _ in _BOUNDED.findall(fold(question))}
    ages = bool(_AGE_GIVEN.search(fold(question))) and bool(_AGE_RULE.search(fold(text)))
    found = set()
    for value, unit in _with_units(question):
        if words & _NAMED_SPANS.get((value, unit), frozenset()):
            found.add(value)
            continue
        if value == 1 and unit in {_unit(w) for w in _ONE.findall(fold(text))}:
            found.add(value)
            continue
        if unit in _HOURS:
            if spans is None:
                spans = _hours(text)
            if value * _HOURS[unit] in spans:
                found.add(value)
                continue
        if value in bounded:
            continue  # the question sets a bound itself ("sous 10 jours ?"): a value to check
        if unit == "year" and ages:
            found.add(value)
            continue
        if bounds is None:
            bounds = _bounds(text)
        if unit in bounds or _DIMENSION.get(unit, unit) in bounds:
            found.add(value)
    return found
