"""Text normalisation and the tokeniser shared by the lexical index and the embedder.

Display text keeps accents and case (`normalize`); index terms are casefolded,
accent-folded and Snowball-stemmed (`index_terms`, `query_terms`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import Stemmer

from knowledge.line_cache import per_line

# Every apostrophe read as the straight one (a pattern: `str.translate` with a table looks
# up every character of a text that is not ASCII, several times slower).
_APOSTROPHE = re.compile("[’‘ʼ`´]")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "Œ": "oe", "Æ": "ae", "ß": "ss"})
_LIGATURE = re.compile("[œæŒÆß]")
# A word: letters/digits, optionally joined by inner hyphens or dots of numbers (8,5 / 4.2).
_WORD = re.compile(r"\w+(?:[.,]\d+)*")
# French elisions glued by an apostrophe: l'avis, qu'il, jusqu'à, d'un...
_ELISION = re.compile(r"\b(?:[ldjmtsnc]|qu|jusqu|lorsqu|puisqu|quoiqu)'", re.IGNORECASE)
# English contractions: "don't" is "do not", not the French "don" (a gift); "I've", "we're",
# "they'll" leave no "ve", "re", "ll" behind.
_NEGATED_CONTRACTION = re.compile(r"(?<=\w)n't\b")
_IRREGULAR_NEGATIONS = {"can't": "can not", "won't": "will not", "shan't": "shall not"}
_IRREGULAR = re.compile(r"\b(?:can|won|shan)'t\b")
_CONTRACTION = re.compile(r"(?<=\w)'(?:ve|re|ll|d|m|s)\b")


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


FRENCH_STOPWORDS = wordset(
    """
    a ai aie aient aies ait alors as au aucun aucune aupres auquel aura aurai auraient aurais
    aurait auras aurez auriez aurions aurons auront aussi autre autres aux auxquelles auxquels
    avaient avais avait avant avec avez aviez avions avoir avons ayant ayez ayons c ca ce ceci
    cela celle celles celui cependant ces cet cette ceux chaque chez ci comme d dans de des
    desquelles desquels dont du duquel elle elles en encore es est et etaient etais etait etant
    ete etes etiez etions etre eu eue eues eurent eus eusse eussent eusses eussiez eussions eut
    eutes eux fait faites fut furent fus fusse fussent fusses fussiez fussions futes ici il ils
    j je jusqu l la laquelle le lequel les lesquelles lesquels leur leurs lui m ma mais me meme
    memes mes moi mon n ne ni nos notre nous on ont ou par pas peu plus pour qu que quel quelle
    quelles quels qui quoi s sa sans se sera serai seraient serais serait seras serez seriez
    serions serons seront ses si soi soient sois soit sommes son sont soyez soyons suis sur t
    ta te tes toi ton tous tout toute toutes tu un une unes uns vos votre vous y etc
    est-ce ceux-ci cela-ci voici voila donc or car lors afin ainsi tres
    """
)

ENGLISH_STOPWORDS = wordset(
    """
    a an and are as at be been being but by can could did do does doing for from had has have
    having he her here hers him his how i if in into is it its itself just me my no nor not of
    off on once only or other our ours out over own same she should so some such than that the
    their theirs them then there these they this those through to too under until up very was
    we were what when where which while who whom why will with would you your yours
    about above after again against all am any because before below between both down during
    each few further more most once own per ourselves themselves myself yourself himself
    herself yourselves than too
    """
)

# Question words and light verbs that say how something is asked, not what is asked about.
QUESTION_WORDS = wordset(
    """
    comment quand combien pourquoi quoi quel quelle quels quelles lequel laquelle ou
    est-ce qu'est-ce c'est what when where why how which who whom
    """
)
# Indefinite pronouns and placeholder nouns ("quelqu'un", "un truc", "something"): they
# stand for what is asked about without naming it. A question's "qqn" (read "quelqu'un")
# met the FAQ heading "Puis-je offrir mes points à quelqu'un ?" first. Left out of the
# query only: the documents keep them, so stored indexes stay valid.
VAGUE_WORDS = wordset(
    """
    quelqu quelque quelques quiconque chacun chacune chose choses truc trucs machin
    someone somebody something anything anyone anybody thing things stuff
    """
)


EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_CONTACT_DETAILS = re.compile(
    EMAIL_ADDRESS  # e-mail address
    + r"|(?:https?://|www\.)\S+"  # web address
    + r"|(?<![\w+])(?:\+\d{2}[\s.]?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)",  # phone number
    re.IGNORECASE,
)


def without_contact_details(text: str) -> str:
    """The text with e-mail addresses, web addresses and phone numbers blanked out."""
    return _CONTACT_DETAILS.sub(" ", text)


def normalize(text: str) -> str:
    """Display-safe normalisation: NFC, straight apostrophes, one space per whitespace run."""
    text = _APOSTROPHE.sub("'", unicodedata.normalize("NFC", text))
    # `str.split` splits at the whitespace `\s` matches; the byte-order mark is no space to it.
    return " ".join(text.replace("\ufeff", " ").split())


def strip_accents(text: str) -> str:
    """Accents off, case kept (a capital still tells a place's name from a word)."""
    if text.isascii():  # no accent to take off (ASCII is its own NFKD form)
        return text
    return _accents_off(text)


@per_line
def _accents_off(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def plain_words(text: str) -> str:
    """`text` with accents off and case kept, curly apostrophes straight, spaces single (a
    marking's words matched with their capitals)."""
    return " ".join(strip_accents(text).replace("’", "'").split())


@per_line
def fold(text: str) -> str:
    """Casefold and strip accents (for matching, never for display); cached for a line
    (`knowledge.line_cache`)."""
    text = text.translate(_LIGATURES) if _LIGATURE.search(text) else text
    return strip_accents(text.casefold())


def fold_spaced(text: str) -> str:
    """`fold`, apostrophes read as spaces and whitespace collapsed: a line as the markings'
    patterns read it ("l'équipe" -> "l equipe")."""
    return " ".join(fold(text).replace("'", " ").replace("’", " ").split())


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """`fold` for one word, cached: ingestion folds every word of every chunk several times."""
    return fold(word)


def words(text: str) -> list[str]:
    """Lower-cased words with accents kept, elided articles removed (l'avis -> avis)."""
    text = _APOSTROPHE.sub("'", text).casefold()
    if "'" not in text:  # most chunks: nothing to undo (this runs on every chunk indexed)
        return _WORD.findall(text)
    text = _IRREGULAR.sub(lambda m: _IRREGULAR_NEGATIONS[m.group()], text)
    text = _CONTRACTION.sub(" ", _NEGATED_CONTRACTION.sub(" not", text))
    return _WORD.findall(_ELISION.sub(" ", text))


@lru_cache(maxsize=4)
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(language)


@lru_cache(maxsize=200_000)
def stem(word: str, language: str = "french") -> str:
    """Snowball stem of a lower-cased word, then accent-folded."""
    return fold(_stemmer(language).stemWord(word))


def is_stopword(word: str) -> bool:
    folded = fold_word(word)
    return folded in FRENCH_STOPWORDS or folded in ENGLISH_STOPWORDS


def content_words(text: str) -> list[str]:
    """Words that carry meaning: no stopwords, no one-letter tokens."""
    return [w for w in words(text) if len(w) > 1 and not is_stopword(w)]


def index_terms(text: str, language: str = "french") -> list[str]:
    """Terms for the lexical index, in text order (duplicates kept for term frequency)."""
    return [stem(w, language) for w in content_words(text)]


def other_number_stem(word: str) -> str:
    """The French stem of a word's other grammatical number ("interdits" for "interdit").

    Snowball stems some singulars and plurals apart ("interdit" → interd, "interdits" →
    interdit; "défendu" → defendu, "défendus" → defendus): a synonym listed in the
    singular missed a heading in the plural ("Comportements interdits")."""
    other = word[:-1] if word.endswith("s") and len(word) > 3 else word + "s"
    return stem(other, "french")


def query_terms(text: str, skip: Callable[[str], bool] | None = None) -> list[str]:
    """Distinct query terms: French stems, plus English stems where they differ.

    A chunk is indexed with the stemmer of its own language; a query is matched
    against both, so an English question still meets an English document. Words `skip`
    says are how the question is asked (`knowledge.light_verbs`) are left out, unless
    the question has no other word.
    """
    words = [
        w
        for w in content_words(text)
        if fold_word(w) not in QUESTION_WORDS and fold_word(w) not in VAGUE_WORDS
    ]
    if skip is not None:
        words = [w for w in words if not skip(w)] or words
    seen: dict[str, None] = {}
    for w in words:
        seen.setdefault(stem(w, "french"))
        seen.setdefault(stem(w, "english"))
    return list(seen)


# Function words both languages use ("a", "on", "me", "as", "or"): they say nothing of
# which one a text is in ("referral rewards for a yearly membership?" counted "a" French).
_BOTH_LANGUAGES = FRENCH_STOPWORDS & ENGLISH_STOPWORDS
# A word in capitals inside a text in lower case is a name or an acronym ("the JE
# workshop"), not a function word.
_CAPITALS = re.compile(r"\b[^\W\d_a-zà-ÿ]{2,}\b")
# Up to this many words, one English function word and no French one make a question
# English: no French question of the dev structure sets, CNIL or PIAF has that shape, and
# 12 English ones of the dev sets were read French ("Do ambassadors get paid?").
TERSE_WORDS = 12


def detect_language(text: str) -> str:
    """'english' when English function words clearly outnumber French ones, else 'french'."""
    text = text[:4000]
    lowered = _CAPITALS.sub(" ", text)
    if len(lowered.split()) * 2 >= len(text.split()):  # a text in capitals keeps them
        text = lowered
    tokens = [t for t in (fold_word(w) for w in words(text)) if t not in _BOTH_LANGUAGES]
    fr = sum(t in FRENCH_STOPWORDS for t in tokens)
    en = sum(t in ENGLISH_STOPWORDS for t in tokens)
    # Two English function words and no French one already settle a short question; so
    # does one in a terse question with no French one ("referral rewards for a member?").
    if en > 1.5 * fr and (en >= 3 or (en >= 2 and fr == 0)):
        return "english"
    return "english" if fr == 0 and en == 1 and len(tokens) <= TERSE_WORDS else "french"
