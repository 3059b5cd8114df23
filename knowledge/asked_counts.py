"""Counts of people and durations a question asks for, and whether a passage gives one.

"Combien de membres siègent au comité ?" over a passage about the committee that gives no
number of people, "combien d'heures dure la formation ?" over one that gives its price:
the passage holds numbers ("au moins une réunion", "2 ateliers") and every word of the
question but the count. A count of people is given by a number of people ("sept membres",
"4 ambassadeurs", "20 people", a column "Bénévoles" with a number in it); a count of hours,
days or weeks by a number of any unit of time ("48 heures" answers "combien de jours ?").

Only these two families are checked: a count of the program's own units ("combien de
points") is often given by a table whose columns name something else (a price in points
under "Coût"), and requiring the unit beside the number there lost whole answers on the
structure dev sets (10 lost for 5 abstained when every counted word was required). With
this module, whether something is paid (`knowledge.answer_kinds.PAID`) and the names
required (`knowledge.answer._named`), on the 21 structure dev sets: unanswerable abstained
187 -> 205 of 425 (default scope), 168 -> 186 (staff), whole unit 1232 -> 1233 of 1946.

A duration is also asked by "how long does it last", « combien de temps dure… », « ça dure
combien », « quelle est la durée » (a single unit counts: « une demi-journée », "an hour";
"once a year" is how often). « Combien de temps gardez-vous… » is left out: its answer
often stands in a table whose rows the retrieved chunk misses, and requiring the number
there lost two answered questions on the odd-numbered structure dev sets. A measure asked
in its unit (« combien de litres », "en kilos", "how many km") wants a number in a unit of
that measure ("20 L", « 1,5 kg ») in a sentence about the rest of the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from knowledge.answerability import NUMBER_WORDS
from knowledge.chunking import split_sentences
from knowledge.counts import asked_unit
from knowledge.text import fold, is_stopword, stem
from knowledge.units import compact_cells, parse_row

PEOPLE = "people"
DURATION = "duration"
VOLUME = "volume"
MASS = "mass"
LENGTH = "length"


def _stems(words: str) -> frozenset[str]:
    return frozenset(
        {stem(w, "french") for w in fold(words).split()}
        | {stem(w, "english") for w in fold(words).split()}
    )


_PEOPLE_WORDS = _stems(
    """
    personne personnes gens monde membre membres participant participants participante
    inscrit inscrits benevole benevoles salarie salaries employe employes ambassadeur
    ambassadeurs ambassadrice ambassadrices animateur animateurs moderateur moderateurs
    visiteur visiteurs invite invites joueur joueurs adherent adherents
    person people member members participant participants attendee attendees volunteer
    volunteers employee employees staff ambassador ambassadors host hosts visitor visitors
    player players
    """
)
_DURATION_WORDS = _stems(
    """
    heure heures minute minutes seconde secondes jour jours semaine semaines mois an ans
    annee annees trimestre trimestres semestre semestres saison saisons
    hour hours minute minutes second seconds day days week weeks month months year years
    quarter quarters semester semesters season seasons
    """
)
# Units of time written short after a number ("2 h", "30 min", "48h", "5 j").
_SHORT_TIME = re.compile(r"\b\d+\s?(?:h|min|mn|j|hrs?)\b")
# One unit of time is a duration too: "une semaine", "an hour", "une demi-journée".
_ONE_TIME = re.compile(
    r"\b(?:un|une|a|an|one|half an?|une demi|un demi)[\s-]+(?:demi-?)?(?:heure|minute|journee|jour"
    r"|semaine|mois|an|annee|hour|minute|day|week|month|year)s?\b",
    re.IGNORECASE,
)
# A duration given by its end: « jusqu'à la fin du programme », "until the season ends".
_UNTIL = re.compile(
    r"\b(?:jusqu['’](?:a|au|aux|en)|until|till|pendant toute?|tant que|as long as)\b", re.IGNORECASE
)
# "Once a year", « deux fois par mois »: how often, not how long.
_HOW_OFTEN = re.compile(r"\b(?:once|twice|times|fois|par|per|chaque|each|every)\s*$", re.IGNORECASE)
_COUNTED = re.compile(r"\bcombien d(?:e |')(\w+)|\bhow many (\w+)")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
# An article, not a count: "un nouvel ambassadeur", "une réunion", "one of the hosts".
_ARTICLES = frozenset({"un", "une", "one"})
# About a number: "une quinzaine d'ambassadeurs", "a dozen volunteers".
_ABOUT = frozenset(
    {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine"}
    | {"cinquantaine", "centaine", "dozen", "dozens", "hundreds"}
)
# Between an approximate number and its noun: "une quinzaine d'ambassadeurs".
_OF = frozenset({"d", "de", "des", "of"})
_NUMERIC = re.compile(r"^\s*(?:[~≈+<>]\s*|max\.?\s*|min\.?\s*)?\d")


def asked_count(question: str) -> str | None:
    """PEOPLE or DURATION when the question counts people or units of time ("how long does
    it last", « combien de temps dure… », « ça dure combien » ask for a duration)."""
    folded = fold(question).casefold()
    measured = _MEASURE_ASKED.search(folded)
    if measured is not None:
        return next(f for f, words in _MEASURES.items() if _is_unit(words, measured.group(1)))
    unit = asked_unit(question)
    if unit is None:
        return DURATION if _HOW_LONG.search(folded) else None
    counted = _COUNTED.search(fold(question).casefold())
    if unit & _PEOPLE_WORDS or (counted and _AGENT.match(counted.group(1) or counted.group(2))):
        return PEOPLE
    if unit & _DURATION_WORDS:
        return DURATION
    return None


# A duration asked without naming its unit; "how long ago" asks for a date.
_HOW_LONG = re.compile(
    r"\bcombien de temps (?:dure|durent|prend|ca dure)\b|\bhow long (?:does|do|will|is|are)\b"
    r"|\bdure(?:nt)? combien\b|\bquelle (?:est (?:la )?)?duree\b|\bca dure\b"
)
# The words that ask for a duration: not what the passage's sentence must be about.
_ASKING_DURATION = _stems("temps duree dure durent durer long last lasts take takes")


# Measures asked in a unit ("combien de litres", "en kilos", "how many km"): a number in
# any unit of that measure answers.
_MEASURES = {
    VOLUME: _stems("litre litres liter liters l cl ml centilitres millilitres"),
    MASS: _stems("kilo kilos kg kilogramme kilogrammes gramme grammes gram grams g"),
    LENGTH: _stems(
        "metre metres meter meters m km cm mm kilometre kilometres kilometer kilometers"
        " centimetre centimetres"
    ),
}
_MEASURE_ASKED = re.compile(
    r"\b(?:combien de|how many|en|in) (litres?|liters?|kilos?|kg|kilogrammes?|grammes?|grams?"
    r"|metres?|meters?|km|kilometres?|kilometers?|centimetres?|cm)\b"
)
_SHORT_MEASURE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(l|cl|ml|kg|g|km|m|cm|mm)\b", re.IGNORECASE)


# French nouns of agents name people ("joueurs", "testeuses", "intervenants", "bénévoles"
# is listed): a program's own name for its members is often one ("Éclaireurs recherchés").
_AGENT = re.compile(r"^[^\W\d_]{3,}(?:eurs?|euses?|ants?|antes?|istes?)$")


def _is_unit(words: frozenset[str], word: str) -> bool:
    """`word` (folded) is one of `words`, or a person by its ending when they are people."""
    if stem(word, "french") in words or stem(word, "english") in words:
        return True
    return words is _PEOPLE_WORDS and bool(_AGENT.match(word))


def family_words(family: str) -> frozenset[str]:
    """The stems (both languages) of the words that name a family's units."""
    if family in _MEASURES:
        return _MEASURES[family]
    return _PEOPLE_WORDS if family == PEOPLE else _DURATION_WORDS


def asking_words(family: str) -> frozenset[str]:
    """The stems of the words that ask for a family's count (its units, "combien de temps")."""
    if family == DURATION:
        return _DURATION_WORDS | _ASKING_DURATION
    return family_words(family)


def gives_count(family: str | None, heading: str, text: str, about: Callable[[str], bool]) -> bool:
    """Whether `text` gives a number of that family (any text does for None) in a line or
    sentence that, with the `heading`, is `about` the rest of the question: "1 800
    ambassadeurs actifs" in a list of objectives does not count a committee's members."""
    if family is None:
        return True
    words = family_words(family)
    header: list[str] | None = None
    for line in fold(text).splitlines():
        row = parse_row(line)
        if " | " in line and row is None:
            cells = compact_cells(line)
            if header is None:
                header = cells
                continue
            counted = _row_counts(words, header, cells)
            parts = [line] if counted else []
        else:
            header = None
            if row is not None:
                counted = _row_counts(words, *row) or any(
                    _sentence_counts(family, words, v) for v in row[1]
                )
                parts = [line] if counted else []
            else:
                parts = [p for p in split_sentences(line) if _sentence_counts(family, words, p)]
        if any(about(f"{heading}\n{part}") for part in parts):
            return True
    return False


def _row_counts(words: frozenset[str], columns: Sequence[str], cells: Sequence[str]) -> bool:
    """A table row gives a number of `words`: under a column that names them, or beside a
    cell that does ("Indicateur: Ambassadeurs actifs · Lyon: 118")."""
    pairs = list(zip(columns, cells, strict=False))
    if any(_names(words, c) and _NUMERIC.match(v) for c, v in pairs):
        return True
    return any(_names(words, v) for _, v in pairs) and any(_NUMERIC.match(v) for _, v in pairs)


def _names(words: frozenset[str], text: str) -> bool:
    return any(_is_unit(words, w) for w in re.findall(r"[^\W\d_]+", text))


def _sentence_counts(family: str, words: frozenset[str], sentence: str) -> bool:
    """A number before one of `words`, one adjective or noun between them allowed
    ("4 ambassadeurs", "sept nouveaux membres", "20 people"); a time written short ("2 h")."""
    if family == DURATION and (
        _SHORT_TIME.search(sentence)
        or _UNTIL.search(sentence)
        or any(not _HOW_OFTEN.search(sentence[: m.start()]) for m in _ONE_TIME.finditer(sentence))
    ):
        return True
    if family in _MEASURES and any(
        _is_unit(words, m.group(1).lower()) for m in _SHORT_MEASURE.finditer(sentence)
    ):
        return True
    tokens = _TOKEN.findall(sentence)
    for i, (number, _) in enumerate(pairwise(tokens)):
        if not (
            number.isdigit()
            or (number in NUMBER_WORDS and number not in _ARTICLES)
            or number in _ABOUT
        ):
            continue
        following = [t for t in tokens[i + 1 : i + 4] if t not in _OF][:2]
        if not following[-1].isalpha() or is_stopword(following[0]):
            following = following[:1]
        if any(_is_unit(words, w) for w in following):
            return True
    return False
