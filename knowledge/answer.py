"""Offline extractive answers: the best whole units of the best chunks, quoted, with sources.

A unit is a paragraph, a list with the sentence that introduces it, or a table's header
with the rows that answer (`knowledge.passages` chooses them).

Abstention comes from a support score: the share of the question's meaning (its content
words weighted by idf) found in one retrieved chunk.
A word the corpus has never seen weighs nearly as much as the rarest word, so "le code wifi
de la taproom" is not answered by a chunk about the taproom alone. A chunk answers when its
support reaches the bar and it holds what the question asks for: a number for "combien",
the numbers the question gives (`knowledge.answerability`). With the French word vectors,
a word the chunk lacks counts in part through its nearest word there, the bar is
`SUPPORT_THRESHOLD_NEAR`, and no single word the chunk lacks may weigh more than `MAX_GAP`
of the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from knowledge.acronyms import Acronyms
from knowledge.answerability import (
    MAX_GAP,
    NearWords,
    amounts_in,
    expected_kind,
    gives_amounts,
    gives_numbers,
    has_kind,
    named_words,
    names_what_is_asked,
    question_numbers,
)
from knowledge.bilingual import other_language_stems
from knowledge.counts import asked_unit, counts
from knowledge.lexical import LexicalField
from knowledge.messages import messages
from knowledge.passages import Passage, best_passages, clip, quote_text
from knowledge.quote_choice import with_meaning
from knowledge.retrieval import Hit
from knowledge.synonyms import synonyms_of_stems
from knowledge.text import (
    QUESTION_WORDS,
    content_words,
    detect_language,
    fold,
    fold_word,
    index_terms,
    normalize,
    stem,
    without_contact_details,
    wordset,
)
from knowledge.units import read_units
from knowledge.wordvectors import WordVectors

SUPPORT_THRESHOLD = 0.45
# With word vectors, near words raise every support, hence a higher bar (chosen on the
# structure dev sets and qa.jsonl together: 0.50 to 0.56 abstain on as many unanswerable
# questions as the support bar alone did).
SUPPORT_THRESHOLD_NEAR = 0.52
# In choosing quotes, an English word found only through its French translation.
QUOTE_TRANSLATED_SHARE = 0.8
# A word the corpus never uses may be a colloquial synonym of one it does: it weighs a bit
# less than the rarest known word.
UNKNOWN_WORD_FACTOR = 0.6
_COMPOUND = re.compile(r"\w+(?:-\w+)+")
# "4e semaine", "1er niveau", "3rd level": the number a table or a heading writes ("Semaine 4").
_ORDINAL = re.compile(r"^(\d{1,4})(?:e|er|ere|eme|ieme|nd|nde|st|rd|th)$")
_NUMBER = re.compile(r"\b\d{1,4}\b")
# Light verbs and fillers of questions: they say how something is asked, not what.
_QUESTION_FILLERS = wordset(
    """
    peut peux peuvent pouvez pourrait puis faut dois doit doivent devez faire fait font
    avoir etre existe y-a-t-il quelqu chose quelque savoir sais veux voudrais aimerais
    can could do does did should would must may might know tell please many much
    need needs get gets got want wants
    """
)
# Spoken French that frames a question without naming its subject: forms of the light
# verbs (vouloir, faire, aller, passer in "qu'est-ce qui se passe"), hedges and fillers.
# A question missing one of these from a passage misses nothing it asked about (hedges and
# savoir: "je pense que", "sans que ça se sache"; structure_dev3 whole unit 0.600 -> 0.613).
_SPOKEN_FILLERS = wordset(
    fold(
        """
    veut veulent voulais voulait voulez voulons voudrait voudrions
    fais faisons faites faisais faisait va vais vas allons allez vont allait
    passe passer censé censée censés selon rien assez coup bout genre truc trucs
    vraiment exactement normalement concrètement justement finalement bref
    mal bien mieux toujours jamais encore déjà aussi même quand-même
    sache sachent savez savent pense pensais crois croyais suppose
    type types sorte moyen façon
    really actually exactly anyway ever also still just kind sort
    """
    )
)


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    answered: bool
    text: str
    sources: list[Hit] = field(default_factory=list)
    support: float = 0.0
    # When abstaining: what retrieval found anyway (a chat model may still judge it).
    candidates: list[Hit] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": self.text,
            "sources": [h.as_source() for h in self.sources],
        }


@dataclass(frozen=True, slots=True)
class _Word:
    stems: frozenset[str]
    prefix: str
    weight: float
    # The stems a word may take in the other language (translations, cognates), when they are
    # not among `stems` (its own forms and their synonyms).
    translated: frozenset[str] = frozenset()
    # The word as asked, lower-cased (its word vector).
    surface: str = ""
    # The words it makes one noun with ("chiffre d'affaires", "salon de thé").
    joined: frozenset[str] = frozenset()


def _question_words(
    question: str, idf: LexicalField, acronyms: Acronyms | None = None
) -> list[_Word]:
    english = detect_language(question) == "english"
    compounds = _compounds(question)
    # A name ("le Projet Martinet") is not paraphrased: no near word stands for it.
    names = {part for name in named_words(question) for part in content_words(name)}
    out: dict[frozenset[str], _Word] = {}
    # An address or a number given in passing is not what the question asks about.
    for word in content_words(without_contact_details(question)):
        folded = fold_word(word)
        if folded in QUESTION_WORDS or folded in _QUESTION_FILLERS or folded in _SPOKEN_FILLERS:
            continue
        own = frozenset({stem(word, "french"), stem(word, "english")})
        ordinal = _ORDINAL.match(folded)
        if ordinal:
            own |= {str(int(ordinal.group(1)))}
        stems = own
        # A question over documents in the other language: its words' usual translations.
        stems |= frozenset(other_language_stems(word, english))
        # A colloquial word the corpus never uses is weighed by the program word it stands
        # for, and found wherever that word is.
        # The word's own form decides its weight; a translation only when it has none
        # (a common French word would make a rare English one look common).
        known = [idf.idf(s) for s in own if idf.has(s)]
        known = known or [idf.idf(s) for s in stems if idf.has(s)]
        synonyms = synonyms_of_stems(stems)
        known = known or [idf.idf(s) for s in synonyms if idf.has(s)]
        stems |= synonyms
        weight = min(known) if known else UNKNOWN_WORD_FACTOR * idf.idf("\x00absent")
        mine = own | synonyms_of_stems(own)
        # An acronym the documents define is found where its long form is (its rarest
        # word: "délégué" for DPO, not "données").
        spelled_out = [t for t in (acronyms or {}).get(folded, ()) if idf.has(t)]
        if spelled_out:
            rarest = frozenset({max(spelled_out, key=idf.idf)})
            stems, mine = stems | rarest, mine | rarest
        # Keyed by stems: 'intake' and 'intakes' are one word of the question, not two.
        surface = "" if word in names else word.lower()
        joined = compounds.get(word.lower(), frozenset())
        out.setdefault(stems, _Word(mine, folded[:6], weight, stems - mine, surface, joined))
    return _merge_unknown_compounds(question, list(out.values()), idf)


_COMPOUND_NOUN = re.compile(r"(?=\b(\w{3,}) (?:d'|de |du |des )(\w{3,})\b)", re.IGNORECASE)


def _compounds(question: str) -> dict[str, frozenset[str]]:
    """Each word's partners in "X de Y" nouns ("chiffre d'affaires", "mot de passe")."""
    found: dict[str, set[str]] = {}
    for head, tail in _COMPOUND_NOUN.findall(normalize(question)):
        found.setdefault(head.lower(), set()).add(tail.lower())
        found.setdefault(tail.lower(), set()).add(head.lower())
    return {word: frozenset(partners) for word, partners in found.items()}


def _merge_unknown_compounds(question: str, found: list[_Word], idf: LexicalField) -> list[_Word]:
    """A hyphenated name the corpus never uses ("Saint-Étienne") is one missing word, not two."""
    for compound in _COMPOUND.findall(question):
        parts = [w for w in content_words(compound) if not idf.has(stem(w, "french"))]
        if len(parts) < 2:
            continue
        part_stems = {stem(w, "french") for w in parts}
        members = [w for w in found if w.stems & part_stems]
        if len(members) < 2:
            continue
        merged = _Word(
            stems=frozenset().union(*(w.stems for w in members)),
            prefix=members[0].prefix,
            weight=max(w.weight for w in members),
        )
        found = [w for w in found if w not in members] + [merged]
    return found


def support(
    question_words: list[_Word],
    text: str,
    translated_share: float = 1.0,
    near: NearWords | None = None,
) -> float:
    """Idf-weighted share of the question's words present in `text` (stem or 6-letter
    prefix); a word found only through its translation counts `translated_share` of it,
    one found only through a near word (`near`) the share that word's closeness gives."""
    total = sum(w.weight for w in question_words)
    if total <= 0:
        return 0.0
    found = coverage(question_words, text, translated_share, near)
    return sum(w.weight * f for w, f in zip(question_words, found, strict=True)) / total


def support_and_gap(
    question_words: list[_Word], text: str, near: NearWords | None = None
) -> tuple[float, float]:
    """`support`, and the largest share of the question's weight `text` misses in one word,
    from one reading of the passage."""
    total = sum(w.weight for w in question_words)
    if total <= 0:
        return 0.0, 0.0
    found = coverage(question_words, text, 1.0, near)
    weighed = list(zip(question_words, found, strict=True))
    return (
        sum(w.weight * f for w, f in weighed) / total,
        max(w.weight * (1 - f) for w, f in weighed) / total,
    )


def coverage(
    question_words: list[_Word],
    text: str,
    translated_share: float = 1.0,
    near: NearWords | None = None,
) -> list[float]:
    """How much of each question word `text` holds, from 0 to 1."""
    terms = set(index_terms(text)) | set(index_terms(text, "english"))
    terms |= {str(int(n)) for n in _NUMBER.findall(text)}  # one digit is not an index term
    prefixes = {fold_word(w)[:6] for w in content_words(text) if len(w) >= 6}
    direct = [
        bool(w.stems & terms or (len(w.prefix) == 6 and w.prefix in prefixes))
        for w in question_words
    ]
    # A noun of two words the passage lacks both of is one thing it lacks: neither word is
    # stood for by a near one ("chiffre d'affaires" is not "nombre" and "activité").
    lacking = {w.surface for w, d in zip(question_words, direct, strict=True) if not d}
    found = []
    for w, d in zip(question_words, direct, strict=True):
        if d:
            found.append(1.0)
        elif w.translated & terms:
            found.append(translated_share)
        elif near is not None and w.surface and not (w.joined & lacking):
            found.append(near.credit(w.surface, text))
        else:
            found.append(0.0)
    return found


def _judge(
    question: str,
    words: list[_Word],
    hits: list[Hit],
    vectors: WordVectors | None,
    idf: LexicalField | None = None,
) -> tuple[float, bool]:
    """(the best support, whether a passage answers): one passage must reach the bar and
    hold an answer of the kind asked and the numbers and amounts the question gives; when
    it asks for a value about a name no document uses (`idf`), no passage answers it; with
    near words, it must also miss no word that weighs much of the question (the thing
    asked about: a "code wifi" where the passage speaks of the workshop alone). Without
    them a paraphrase often misses its heaviest word, so that last rule would abstain."""
    # The vectors are French: an English question, or a passage in English, is judged on
    # the words alone.
    french = vectors is not None and detect_language(question) == "french"
    kind = expected_kind(question)
    numbers = question_numbers(without_contact_details(question))
    amounts = amounts_in(without_contact_details(question))
    names = named_words(question)
    name_stems = {stem(n, "french") for n in names}
    named = [
        (w.surface in names or bool(w.stems & name_stems))
        and not any(idf is not None and idf.has(t) for t in w.stems | w.translated)
        for w in words
    ]
    best, answers = 0.0, False
    for hit in hits:
        text = f"{hit.section}\n{hit.text}"
        near = NearWords(vectors) if french and detect_language(text) == "french" else None
        threshold = SUPPORT_THRESHOLD_NEAR if near is not None else SUPPORT_THRESHOLD
        found, gap = support_and_gap(words, text, near)
        best = max(best, found)
        if (
            found >= threshold
            and has_kind(kind, hit.text)
            and gives_numbers(numbers, text)
            and gives_amounts(amounts, text)
            and (near is None or gap <= MAX_GAP)
            and names_what_is_asked(kind, named, coverage(words, text))
        ):
            answers = True
    return best, answers


def _quote_support(question_words: list[_Word], text: str) -> float:
    """Support for choosing quotes: a passage in the question's own words reads better than
    one to translate (whether to answer is judged on `support`)."""
    return support(question_words, text, QUOTE_TRANSLATED_SHARE)


def _gives_count(question: str, words: list[_Word]) -> Callable[[Passage], bool] | None:
    """For a question that counts something ("combien de points"), whether a passage gives
    a number of it about the rest of the question (`knowledge.counts`)."""
    unit = asked_unit(question)
    if unit is None:
        return None
    others = [w for w in words if not (w.stems & unit)]

    def about(text: str) -> bool:
        return _quote_support(others, text) > 0

    return lambda passage: counts(unit, passage.covers, about)


def extractive_answer(
    question: str,
    hits: list[Hit],
    idf: LexicalField | None,
    lang: str = "fr",
    acronyms: Acronyms | None = None,
    vectors: WordVectors | None = None,
    cosines: Sequence[float | None] = (),
    siblings: Sequence[Hit] = (),
) -> Answer:
    """`cosines`: each hit's sentence-encoder cosine with the question, when read
    (`knowledge.quote_choice`); `siblings`: the other chunks of the hits' sections
    (`knowledge.siblings`), judged and quoted like the hits."""
    texts = messages(lang)
    words = _question_words(question, idf, acronyms) if idf is not None else []
    # Judging on the hits alone and quoting siblings, or the reverse, changes nothing on
    # the structure dev sets; both: one more whole unit (a table in the next chunk).
    quoted = [*hits[:5], *siblings]
    best, answers = _judge(question, words, quoted, vectors, idf)
    if not hits or not answers:
        return Answer(
            question=question,
            answered=False,
            support=best,
            text=f"{texts['unknown']} {texts['offer_human']}",
            candidates=list(hits),
        )
    language = detect_language(question)
    quotes = best_passages(words, quoted, _quote_support, language, _gives_count(question, words))
    quotes = with_meaning(quotes, words, quoted, _quote_support, cosines, language)
    if not quotes:
        quotes = [Passage(score=0.0, rank=0, order=0, text=_first_passage(hits[0]))]
    # Sources are numbered in the order the quotes cite them, then the other hits.
    cited = list(dict.fromkeys(q.rank for q in quotes))
    sources = [quoted[r] for r in cited]
    sources += [h for h in hits if all(h.chunk_id != s.chunk_id for s in sources)]
    lines = [texts["intro"]]
    lines += [texts["quote"].format(text=q.text, n=cited.index(q.rank) + 1) for q in quotes]
    lines += ["", texts["sources_title"]]
    for n, hit in enumerate(sources[: len(cited)], start=1):
        lines.append(
            texts["source"].format(n=n, where=source_label(hit), page=page_note(texts, hit))
        )
    return Answer(
        question=question, answered=True, text="\n".join(lines), sources=sources, support=best
    )


def source_label(hit: Hit) -> str:
    """Where a passage stands: "Title › Section", or the file's name without a heading."""
    return hit.section or hit.document


def page_note(texts: dict[str, str], hit: Hit) -> str:
    return texts["page"].format(page=hit.page) if hit.page else ""


def _first_passage(hit: Hit) -> str:
    units = read_units(hit.text)
    return quote_text(units[0], units[0].items) if units else clip(hit.text)
