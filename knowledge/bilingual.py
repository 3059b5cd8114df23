"""Query-side help across English and French: a small, generic lexicon of everyday and
program words, read both ways.

Documents are mostly French while some users ask in English. Each English word of an
English question also looks for its usual French translations, so "members" meets
"membres" and "launch" meets "lancement"; the other way, a French question over an
English program's documents has "quitter" meet "leave" and "cadeaux" meet "gifts". The
list (`lexicon_en_fr.txt`) is general vocabulary (time, money, loyalty, events, rules,
personal data), not taken from any client's documents nor from an evaluation set; common
endings give the cognates it does not list ("eligibility" ↔ "éligibilité").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from knowledge.text import content_words, detect_language, fold, fold_word, index_terms, stem
from knowledge.verb_forms import english_base, french_base, french_root_keys

LEXICON = Path(__file__).with_name("lexicon_en_fr.txt")

# English endings and the French endings their cognates usually take ("activity" →
# "activité", "ambassador" → "ambassadeur", "exclusive" → "exclusif"). A word whose
# French form the documents do not use simply finds nothing.
_COGNATE_ENDINGS = (
    ("ities", "ités"),
    ("ity", "ité"),
    ("ical", "ique"),
    ("ic", "ique"),
    ("ive", "if"),
    ("ary", "aire"),
    ("ous", "eux"),
    ("or", "eur"),
    ("ize", "iser"),
    ("ise", "iser"),
    ("ism", "isme"),
    ("ist", "iste"),
    ("y", "ie"),
)


# French endings and the English endings of their cognates ("activité" → "activity").
_FRENCH_COGNATE_ENDINGS = (
    ("ités", "ities"),
    ("ité", "ity"),
    ("iques", "ics"),
    ("ique", "ic"),
    ("ives", "ive"),
    ("if", "ive"),
    ("aires", "aries"),
    ("aire", "ary"),
    ("euse", "ous"),
    ("eux", "ous"),
    ("eurs", "ors"),
    ("eur", "or"),
    ("iser", "ize"),
    ("isme", "ism"),
    ("iste", "ist"),
    ("ie", "y"),
)


def read_pairs(path: Path = LEXICON) -> list[tuple[str, list[str]]]:
    """(English stem, French stems) for each line of a word list (the lexicon by default)."""
    pairs = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, _, french = line.partition(":")
        # "year" and "yearly" share a stem
        pairs.append((stem(fold(english.strip()), "english"), index_terms(french, "french")))
    return pairs


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for key, french in read_pairs():
        known = table.get(key, ())
        table[key] = known + tuple(dict.fromkeys(s for s in french if s not in known))
    return table


@lru_cache(maxsize=1)
def _by_french_stem() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for english, french in read_pairs():
        for key in (*french, *(r for s in french for r in french_root_keys(s))):
            if english not in table.get(key, ()):
                table[key] = (*table.get(key, ()), english)
    return table


@lru_cache(maxsize=20_000)
def cognate_stems(word: str) -> tuple[str, ...]:
    """French stems of the word's likely cognates: the word itself read as French, and its
    ending rewritten the French way."""
    folded = fold_word(word)
    forms = [word]
    for english, french in _COGNATE_ENDINGS:
        if folded.endswith(english) and len(folded) - len(english) >= 5:
            forms.append(folded[: -len(english)] + french)
            break
    return tuple(dict.fromkeys(stem(f, "french") for f in forms))


@lru_cache(maxsize=20_000)
def english_cognate_stems(word: str) -> tuple[str, ...]:
    """English stems of a French word's likely cognates ("sécurité" → "secur")."""
    folded = fold_word(word)
    forms = [folded]
    for french, english in _FRENCH_COGNATE_ENDINGS:
        if folded.endswith(fold(french)) and len(folded) - len(french) >= 4:
            forms.append(folded[: -len(french)] + english)
            break
    return tuple(dict.fromkeys(stem(f, "english") for f in forms))


def english_translations(word: str) -> tuple[str, ...]:
    """English stems a French word may take: its listed translations and its cognates."""
    table = _by_french_stem()
    listed = table.get(stem(word, "french"), ()) + table.get(stem(french_base(word), "french"), ())
    return tuple(dict.fromkeys(listed + english_cognate_stems(word)))


def other_language_stems(word: str, english: bool) -> tuple[str, ...]:
    """The stems a word of a question in one language may take in the other's documents."""
    return translations(word) if english else english_translations(word)


def french_stems(word: str) -> tuple[str, ...]:
    """French stems of the usual translations of an English word (empty when unlisted)."""
    table = _by_stem()
    found = table.get(stem(word, "english"), ())
    found += table.get(stem(english_base(word), "english"), ())
    return tuple(dict.fromkeys(found))


def translations(word: str) -> tuple[str, ...]:
    """French stems an English word may take: its listed translations and its cognates."""
    return tuple(dict.fromkeys(french_stems(word) + cognate_stems(word)))


# A translation weighs less than a word asked in the documents' own language (a corpus with
# English documents too answers an English question in English first), more than a
# synonym (0.5); a translation of a word the documents already use as asked (an English
# document's, or a cognate) only nudges.
TRANSLATION_WEIGHT = 0.7
KNOWN_WORD_TRANSLATION_WEIGHT = 0.3
# A word the lexicon lacks is translated through the common-word list
# (`knowledge.general_words`, written for judging answers) at this weight: less sure.
GENERAL_TRANSLATION_WEIGHT = 0.5


def weighted_translations(
    question: str,
    corpus_has: Callable[[str], bool],
    other_has: Callable[[str], bool] | None = None,
) -> dict[str, float]:
    """The other language's stems for the words of a question, and their query weights:
    French for an English question, English for a French one (a translation the corpus
    does not hold finds nothing and costs nothing). `other_has`: whether the documents of
    the other language use a stem as asked (default: any document does)."""
    english = detect_language(question) == "english"
    used = other_has or corpus_has
    found: dict[str, float] = {}
    for word in content_words(question):
        own = (stem(word, "english"), stem(word, "french"))
        known = any(used(s) for s in own)
        weight = KNOWN_WORD_TRANSLATION_WEIGHT if known else TRANSLATION_WEIGHT
        others = [s for s in other_language_stems(word, english) if s not in own]
        if not others:
            # A word the program lexicon lacks: the common-word list's translations, weaker.
            weight = min(weight, GENERAL_TRANSLATION_WEIGHT)
            others = [s for s in _general_stems(word, english) if s not in own]
        for other in others:
            if english or corpus_has(other):
                found[other] = max(found.get(other, 0.0), weight)
    return found


def _general_stems(word: str, english: bool) -> tuple[str, ...]:
    from knowledge.general_words import general_stems  # it reads this module's word lists

    return general_stems(word, english)


def translated_stems(question: str) -> list[str]:
    """French stems for the words of an English question (nothing for a French one)."""
    if detect_language(question) != "english":
        return []
    seen: dict[str, None] = {}
    for word in content_words(question):
        for french in translations(word):
            seen.setdefault(french)
    return list(seen)
