"""Objectives × needs: which themes support each objective, which needs no objective serves.

An objective is read as its content words, less those that only say how much or which way
("augmenter", "develop": `objective_stop_words`). Each clause word meets an objective word
by the same stem, the same word family (a shared beginning, accents kept: "coopter" /
"cooptation", not "générer" / "gênerait"), a translation in the project's bilingual
lexicon (an English answer's "customers" meets a French objective's "clients") or close
meaning (word vectors, above a floor).
Words that many participants use in most questions (the company's name, its trade's
words) say nothing about which need meets the objective, so they never make a link. A
theme supports an objective when at least `SUPPORT_PEOPLE` of its participants each say a
specific word of it (`WORD_MATCH` or closer); themes are ranked by how much of the
objective their participants cover (words weighted by their rarity in the session). The
sentence encoder then reads the links again (`objective_reading`): of an objective's
links, those its answers' meaning does not bear out are dropped, its best one stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from bot.synthesis import completion, objective_reading
from bot.synthesis.encoded import Memo
from bot.synthesis.features import Features
from bot.synthesis.model import Answer, Need, ObjectiveLink, Theme
from bot.synthesis.polarity import asks_fears
from bot.synthesis.text import Clause, lexicon, stem, strip_accents, tokens
from bot.synthesis.text import clauses as split_clauses
from bot.synthesis.vectors import WordVectors
from knowledge.bilingual import english_translations
from knowledge.text import stem as knowledge_stem

MAX_SUPPORTING_THEMES = 4
SUPPORT_PEOPLE = 2
WORD_MATCH = 0.3  # a clause word meets an objective word at this similarity or more
GENERIC_SHARE = 0.2  # a word used by more than this part of the respondents is the trade's
GENERIC_MIN_PEOPLE = 3  # ... and by more than this many
GENERIC_QUESTIONS = 0.5  # ... in at least this part of the questions
GENERIC_MIN_QUESTIONS = 3  # ... and in at least this many


# Word vectors of this model rate many unrelated nouns alike (0.7 for "informations" /
# "compétences"): only high cosines count, and never as much as a shared word family.
VECTOR_FLOOR = 0.65
VECTOR_WEIGHT = 0.6
PREFIX_MIN = 4  # shared beginning, in letters, for two words to count as one family
PREFIX_SHARE = 0.7  # ... and the part of the shorter word it covers
PREFIX_MATCH = 0.9
# A word made of the other and a negating prefix names its opposite ("désabonnement" /
# "abonnement", "unsubscribe" / "subscribe"); word vectors rate such pairs close.
NEGATING_PREFIXES = ("des", "de", "dis", "in", "im", "un", "non", "anti")
# A French word and an English one the project's bilingual lexicon (`knowledge.bilingual`)
# gives as its translation say one thing ("clients" / "customers"). As close as a shared
# family, less than a stem. Within one language the lexicon is not read: two French words
# with one English translation are often two senses ("conseiller", adviser / recommend);
# measured, such links cost a theme on held-out set 3 and gained nothing elsewhere.
TRANSLATION_MATCH = 0.8
NAMED = TRANSLATION_MATCH  # a word named, not only close in meaning (`completion`)

# (links, unserved needs, unsupported objectives)
Alignment = tuple[tuple[ObjectiveLink, ...], tuple[Need, ...], tuple[str, ...]]


@lru_cache(maxsize=20_000)
def _english_senses(word: str, french: bool) -> frozenset[str]:
    """English stems `word` may stand for: itself read as English, and for a French word
    its listed translations and cognates."""
    own = knowledge_stem(word.lower(), "english")
    return frozenset((own, *english_translations(word.lower()))) if french else frozenset((own,))


def _family(first: str, second: str) -> bool:
    """Same word family by their shared beginning ("coopter" / "cooptation"); accents count
    unless one word is written without any ("generer" typed for "générer")."""
    a, b = first.lower(), second.lower()
    if a == strip_accents(a) or b == strip_accents(b):
        a, b = strip_accents(a), strip_accents(b)
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= PREFIX_MIN and shared >= PREFIX_SHARE * min(len(a), len(b))


def _negated_form(first: str, second: str) -> bool:
    """One word is the other with a negating prefix ("désabonnement" / "abonnement")."""
    a, b = strip_accents(first.lower()), strip_accents(second.lower())
    short, long_ = sorted((a, b), key=len)
    return len(short) >= PREFIX_MIN and any(long_ == p + short for p in NEGATING_PREFIXES)


class _WordMatcher:
    def __init__(self, vectors: WordVectors | None) -> None:
        self.vectors = vectors

    def matrix(
        self,
        theme_words: list[str],
        objective_words: list[str],
        french: Callable[[str], bool] = lambda _: True,
    ) -> np.ndarray:
        """theme words × objective words similarity in [0, 1]; `french`: whether a word is
        read as French (for its translations)."""
        result = np.zeros((len(theme_words), len(objective_words)), dtype=np.float32)
        if not theme_words or not objective_words:
            return result
        if self.vectors is not None:
            rows = self.vectors.rows(theme_words + objective_words)
            table = self.vectors.table
            zero = np.zeros(self.vectors.dim, np.float32)
            vecs = np.stack([table[r] if r >= 0 else zero for r in rows])
            vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
            split = len(theme_words)
            cosine = vecs[:split] @ vecs[split:].T
            # The shipped table is pruned: a word without its own vector points to the row
            # of its nearest kept word ("own" and "help", "abonnement" and
            # "désabonnement" share one). A shared row says nothing about meaning.
            mine, theirs = np.array(rows[:split]), np.array(rows[split:])
            cosine[(mine[:, None] == theirs[None, :]) & (mine[:, None] >= 0)] = 0.0
            result = VECTOR_WEIGHT * np.clip((cosine - VECTOR_FLOOR) / (1 - VECTOR_FLOOR), 0.0, 1.0)
        read_french = [french(w) for w in objective_words]
        senses = [_english_senses(w, f) for w, f in zip(objective_words, read_french, strict=True)]
        for i, word in enumerate(theme_words):
            word_french = french(word)
            mine = _english_senses(word, word_french)
            for j, other in enumerate(objective_words):
                if _family(word, other):
                    result[i, j] = max(result[i, j], PREFIX_MATCH)
                elif _negated_form(word, other):
                    result[i, j] = 0.0
                elif word_french != read_french[j] and mine & senses[j]:
                    result[i, j] = max(result[i, j], TRANSLATION_MATCH)
        return result


@lru_cache(maxsize=1)
def _objective_stops() -> frozenset[str]:
    words = lexicon()["objective_stop_words"]
    return frozenset(strip_accents(str(w).lower()) for ws in words.values() for w in ws)


def is_need_question(question: str) -> bool:
    words = {strip_accents(w.lower()) for w, _, _ in tokens(question)}
    cues = {strip_accents(str(w)) for ws in lexicon()["need_question_words"].values() for w in ws}
    stems = {stem(w, "fr") for w in words} | {stem(w, "en") for w in words}
    cue_stems = {stem(w, "fr") for w in cues} | {stem(w, "en") for w in cues}
    return bool(words & cues or stems & cue_stems)


def _objective_words(objective: str, language: str) -> list[tuple[str, str, str]]:
    """(word, stem, language) of the objective's content words."""
    return [
        (w, s, c.language)
        for c in split_clauses(0, objective, language)
        for w, s in zip(c.content, c.stems, strict=True)
        if strip_accents(w) not in _objective_stops()
    ]


def _generic_stems(clauses: Sequence[Clause], answers: Sequence[Answer]) -> set[str]:
    """Stems of the trade: used by many participants, in most questions (a word many use in
    one or two questions is rather a shared need: "temps" among the brakes)."""
    people: dict[str, set[str]] = {}
    asked: dict[str, set[str]] = {}
    for clause in clauses:
        answer = answers[clause.answer_index]
        for key in clause.stems:
            people.setdefault(key, set()).add(answer.participant)
            asked.setdefault(key, set()).add(answer.question)
    respondents = len({a.participant for a in answers})
    questions = len({a.question for a in answers if a.kind == "text"})
    bar = max(GENERIC_SHARE * respondents, GENERIC_MIN_PEOPLE)
    spread = max(GENERIC_QUESTIONS * questions, GENERIC_MIN_QUESTIONS)
    return {k for k, who in people.items() if len(who) > bar and len(asked[k]) >= spread}


class _Meeting:
    """Which of `rows` meet an objective's specific words, and how well (per word)."""

    def __init__(
        self,
        clauses: Sequence[Clause],
        rows: Sequence[int],
        features: Features,
        vectors: WordVectors | None,
        language: str,
        generic: set[str],
    ) -> None:
        self.clauses, self.read, self.features = clauses, rows, features
        self.language, self.generic = language, generic
        self.vocabulary = sorted({w for r in rows for w in clauses[r].content})
        self.french = {w for r in rows if clauses[r].language == "fr" for w in clauses[r].content}
        self.position = {w: i for i, w in enumerate(self.vocabulary)}
        self.matcher = _WordMatcher(vectors)

    def rows(self, objective: str) -> tuple[dict[int, np.ndarray], np.ndarray] | None:
        """Row → how well it meets each specific word of `objective`, and the words'
        weights (rarity, summing to 1); None when the objective has no specific word."""
        triples = [
            t for t in _objective_words(objective, self.language) if t[1] not in self.generic
        ]
        if not triples or not self.vocabulary:
            return None
        stems = [s for _, s, _ in triples]
        french = self.french | {w for w, _, language in triples if language == "fr"}
        weights = np.array([self.features.idf(s) for s in stems], dtype=np.float32)
        weights /= weights.sum()
        words = [w for w, _, _ in triples]
        table = self.matcher.matrix(self.vocabulary, words, french.__contains__)
        met: dict[int, np.ndarray] = {}
        for r in self.read:
            clause = self.clauses[r]
            if not clause.content:
                continue
            block = table[[self.position[w] for w in clause.content]]
            for k, key in enumerate(clause.stems):
                block[k, [j for j, t in enumerate(stems) if t == key]] = 1.0
            met[r] = block.max(axis=0)
        return met, weights


def support(
    objectives: Sequence[str],
    theme_rows: Sequence[Sequence[int]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
    vectors: WordVectors | None,
    language: str,
    encoder: Memo | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """objectives × themes: (coverage, supports) as the module doc says. A participant's
    coverage is that of their best clause (the objective's specific words each met by the
    clause's closest word, weighted by rarity); the theme's is the `SUPPORT_PEOPLE`-th best
    participant's. With `encoder`, a link the answers' meaning does not bear out is no
    support (`objective_reading`). Third: the supports once the themes one participant
    short that clauses left out of every theme complete support the objectives no theme
    supports (`completion`)."""
    shape = (len(objectives), len(theme_rows))
    coverage = np.zeros(shape, dtype=np.float32)
    supports = np.zeros(shape, dtype=bool)
    # A theme cites whole answers: a clause of its answers that no theme took is read with
    # it ("il est abonné depuis deux saisons ! Convaincre d'autres copains me plairait").
    taken = {r for rows in theme_rows for r in rows}
    cited = {clauses[r].answer_index for r in taken}
    loose: dict[int, list[int]] = {}
    for r, clause in enumerate(clauses):
        if clause.answer_index in cited and r not in taken:
            loose.setdefault(clause.answer_index, []).append(r)
    used = sorted(taken) + [r for rs in loose.values() for r in rs]
    free = completion.free_clauses(clauses, answers, taken, cited)
    generic = _generic_stems(clauses, answers)
    reader = _Meeting(clauses, used + free, features, vectors, language, generic)
    links: dict[tuple[int, int], dict[str, list[int]]] = {}
    completed: dict[int, list[int]] = {}
    for i, objective in enumerate(objectives):
        found = reader.rows(objective)
        if found is None:
            continue
        met, weights = found
        for j, rows in enumerate(theme_rows):
            best: dict[str, float] = {}
            meeting: dict[str, list[int]] = {}
            said = np.zeros(len(weights), dtype=np.float32)
            own = {clauses[r].answer_index for r in rows}
            for r in list(rows) + [r for index in own for r in loose.get(index, ())]:
                if r not in met:
                    continue
                person = answers[clauses[r].answer_index].participant
                best[person] = max(best.get(person, 0.0), float(met[r] @ weights))
                if met[r].max() >= WORD_MATCH:
                    meeting.setdefault(person, []).append(clauses[r].answer_index)
                    said = np.maximum(said, met[r])
            if len(meeting) == SUPPORT_PEOPLE - 1 and completion.completes(
                rows, said >= WORD_MATCH, set(meeting), free, met, clauses, answers, NAMED
            ):
                completed.setdefault(i, []).append(j)
            ranked = sorted(best.values(), reverse=True)
            if len(ranked) >= SUPPORT_PEOPLE:
                coverage[i, j] = ranked[SUPPORT_PEOPLE - 1]
            if len(meeting) >= SUPPORT_PEOPLE:
                supports[i, j] = True
                links[i, j] = meeting
    for i, j in objective_reading.vetoed(objectives, links, answers, encoder, SUPPORT_PEOPLE):
        supports[i, j] = False
    whole = supports.copy()
    for i, themes in completed.items():
        if not supports[i].any():
            whole[i, themes] = True
    return coverage, supports, whole


def _backers(
    objective: str,
    rows: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
    vectors: WordVectors | None,
    language: str,
) -> list[int]:
    """Rows among `rows` that say one of `objective`'s specific words (`WORD_MATCH` or
    closer), neither refusing nor fearing it, however many people say them."""
    kept = [
        r
        for r in rows
        if not clauses[r].against and not asks_fears(answers[clauses[r].answer_index].question)
    ]
    reader = _Meeting(clauses, kept, features, vectors, language, _generic_stems(clauses, answers))
    found = reader.rows(objective)
    if found is None:
        return []
    met, _ = found
    return sorted(r for r, scores in met.items() if scores.max() >= WORD_MATCH)


def _people(rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]) -> int:
    return len({answers[clauses[r].answer_index].participant for r in rows})


def backing(
    objective: str,
    rows: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
    vectors: WordVectors | None,
    language: str,
) -> list[int]:
    """Rows among `rows` that back `objective`: those that say one of its specific words
    (`WORD_MATCH` or closer), neither refusing nor fearing it, when they come from at least
    `SUPPORT_PEOPLE` participants (as a theme supports an objective); else []. Clauses
    left out of every theme may still back an objective that no theme supports."""
    shared = shared_backing([objective], rows, clauses, answers, features, vectors, language)
    return shared.get(objective, [])


def shared_backing(
    objectives: Sequence[str],
    rows: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
    vectors: WordVectors | None,
    language: str,
) -> dict[str, list[int]]:
    """`backing` for several objectives sharing out one pool of `rows`, each row backing one
    objective at most: an answer that names words of two objectives ("l'équipe de la
    boutique": a team, a shop) goes first to the objective fewest people back, so that one
    objective taking it first does not leave another short of `SUPPORT_PEOPLE` when both
    could be backed. An objective too few people back takes no row. In `objectives`' order."""
    saying = {
        o: _backers(o, rows, clauses, answers, features, vectors, language) for o in objectives
    }
    order = sorted(
        range(len(objectives)),
        key=lambda i: (_people(saying[objectives[i]], clauses, answers), i),
    )
    used: set[int] = set()
    backed: dict[int, list[int]] = {}
    for i in order:
        free = [r for r in saying[objectives[i]] if r not in used]
        if _people(free, clauses, answers) >= SUPPORT_PEOPLE:
            backed[i] = free
            used.update(free)
    return {objectives[i]: backed[i] for i in sorted(backed)}


def links(
    themes: Sequence[Theme],
    objectives: Sequence[str],
    coverage: np.ndarray,
    supports: np.ndarray,
) -> Alignment:
    """Per objective its supporting themes (at most `MAX_SUPPORTING_THEMES`, by coverage),
    the themes without sides that support none, the objectives none supports."""
    found: list[ObjectiveLink] = []
    unsupported: list[str] = []
    for i, objective in enumerate(objectives):
        supporting = [j for j in coverage[i].argsort(kind="stable")[::-1] if supports[i, j]]
        supporting = supporting[:MAX_SUPPORTING_THEMES]
        if not supporting:
            unsupported.append(objective)
            found.append(ObjectiveLink(objective, (), ()))
            continue
        ids = list(dict.fromkeys(a for j in supporting for a in themes[j].answer_ids))
        found.append(
            ObjectiveLink(objective, tuple(themes[j].label for j in supporting), tuple(ids))
        )
    unserved = [
        Need(theme.label, theme.answer_ids)
        for j, theme in enumerate(themes)
        if not theme.sides and not supports[:, j].any()
    ]
    return tuple(found), tuple(unserved), tuple(unsupported)
