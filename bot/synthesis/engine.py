"""Offline, deterministic synthesis of participants' answers (issue 18, items 2 and 4).

Answers lose the context sentences they open with (`context`), then are cut into clauses but
non-answers, read by a sentence encoder (`sentences`). Oppositions by polarity within one topic are
found session-wide (`polarity`), then, inside each question, by contrast: one negates what others
say plainly (`contrast`); the other clauses cluster per question
into groups of one idea (`themes`), where refusals opposed to the rest oppose
(`divergence.by_stance`); the clauses of the few who answer in another language cluster among
themselves (`language_minority`). The groups left join across questions; each group shared by 2+
participants becomes a theme: a convergence, or a minority view when few hold it; the encoder reads
the clauses no theme took again for minority views worded differently (`minority`); a minority view
of 3+ people loses the stray answers it absorbed (`views`), one of two takes a lone holder left out
of every point that the encoder reads as its own (`view_joins`); undecided answers leave the points
(`undecided`). Objectives map onto the themes (`alignment`); answers choosing two alternatives of a
kind oppose (`kinds`); in a small workshop, the answers left are grouped by question (`small`),
answers oppose by the time they offer (`amount`) or the alternative of the question they choose
(`alternatives`); themes of two stances on one topic (`stance_pairs`), or that answers present as
alternatives (`theme_alternatives`), oppose, none taking away an objective's support
(`alignment.kept`). Unserved needs: plain themes serving no objective. Quotes: `quotes`, `verify`.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence

from bot.synthesis import (
    alignment,
    amount,
    backing,
    concepts,
    context,
    contrast,
    divergence,
    encoded,
    fragments,
    language_minority,
    minority,
    polarity,
    polarity_near,
    quotes,
    sentences,
    side_cohesion,
    small,
    stance_pairs,
    strays,
    theme_alternatives,
    themes,
    topic_pairs,
    undecided,
    view_joins,
    views,
    yes_no,
)
from bot.synthesis.features import Features
from bot.synthesis.model import Answer, Side, Synthesis, Theme
from bot.synthesis.stats import distributions, participation, scale_oppositions
from bot.synthesis.text import Clause, clauses, says_something
from bot.synthesis.vectors import WordVectors
from bot.synthesis.verify import verify
from prompts.catalog import normalize_language, text

MINORITY_SHARE = 0.2
MIN_PARTICIPANTS = 2
MINORITY_ALWAYS = 3
SIDE_LABEL_CHARS = 70


def minority_cap(respondents: int) -> int:
    """The most participants a minority view has in a session of `respondents`."""
    return max(MINORITY_ALWAYS, math.floor(MINORITY_SHARE * respondents))


class _Builder:
    def __init__(
        self,
        answers: list[Answer],
        language: str,
        vectors: WordVectors | None,
        encoder: encoded.SentenceVectors | None = None,
    ) -> None:
        self.answers = answers
        self.language = language
        self.vectors = vectors
        self.encoder = encoded.Memo(encoder) if encoder is not None else None
        every = [
            c
            for index, answer in enumerate(answers)
            if answer.kind == "text"
            for c in clauses(index, answer.text, language)
        ]
        self.yes_no = yes_no.yes_no_questions(every, answers)
        self.clauses: list[Clause] = [
            c
            for c in every
            if says_something(c)  # a bare "Oui." says something to a yes/no question only
            or (yes_no.opens_with_yes_or_no(c) and self.question_of(c) in self.yes_no)
        ]
        self.features: Features = sentences.features(self.clauses, answers, vectors, self.encoder)
        self.themes: list[tuple[Theme, list[int]]] = []
        self.labels: set[str] = set()
        self.orders: dict[str, list[list[int]]] = {}  # by label: rows in quoting order
        self.aside: set[int] = set()  # rows of no point, left out of every later reading

    @property
    def respondents(self) -> int:
        return len({a.participant for a in self.answers if a.kind == "text"})

    def question_of(self, clause: Clause) -> str:
        return self.answers[clause.answer_index].question

    def free(self) -> list[int]:
        """Rows of the clauses no theme took."""
        taken = {r for _, rows in self.themes for r in rows} | self.aside
        return [r for r in range(len(self.clauses)) if r not in taken]

    def question_rows(self) -> dict[str, list[int]]:
        result: dict[str, list[int]] = {}
        for row, clause in enumerate(self.clauses):
            result.setdefault(self.answers[clause.answer_index].question, []).append(row)
        return result

    def run(self) -> None:
        every = list(range(len(self.clauses)))
        polar = polarity.find(every, self.clauses, self.answers, self.vectors, self.yes_no)
        taken = {r for o in polar for side in o.sides for r in side}
        budget = contrast.EncoderBudget(self.encoder, contrast.ENCODE_BUDGET)
        for found in polar:
            left = self._unmarked(found, taken)
            found.sides = contrast.complete(
                found.sides, left, self.clauses, budget, self._people(found.sides, left)
            )
            taken.update(found.sides[0] + found.sides[1])
            self._opposition(found)
        # An axis with a full side and a single holder of the other pole in one question:
        # the encoder completes both sides with that question's clauses (`polarity_near`).
        near = polarity_near.find(
            every, self.clauses, self.answers, self.vectors, self.yes_no, taken
        )
        for found in near:
            if taken & set(found.sides[0] + found.sides[1]):
                continue
            # A clause joins only the side that holds its closest one: the near
            # opposition takes no half of a small view.
            left = self._unmarked(found, taken)
            people = self._people(found.sides, left)
            sides = contrast.complete(found.sides, left, self.clauses, budget, people)
            if polarity.opposed(found.topic, *sides, self.clauses, self.answers):
                found.sides = sides
                taken.update(sides[0] + sides[1])
                self._opposition(found)
        for question, rows in self.question_rows().items():
            if polarity.asks_fears(question) or alignment.is_need_question(question):
                continue  # there, negating something is fearing or lacking it: no side
            for found in contrast.find(
                [r for r in rows if r not in taken], self.clauses, self.answers, budget
            ):
                self._opposition(found)
                taken.update(found.sides[0] + found.sides[1])
        # The few who answer in another language are compared among themselves, by their
        # words: mixed with the others, their clauses group by language, not by idea.
        speakers = language_minority.speakers(self.clauses, self.answers)
        foreign = [
            r
            for r, c in enumerate(self.clauses)
            if r not in taken and self.answers[c.answer_index].participant in speakers
        ]
        taken |= set(foreign)
        left: list[themes.Group] = []
        for rows in language_minority.translated(self.question_rows(), self.encoder):
            groups = themes.cluster(self.features, [r for r in rows if r not in taken])
            stance_oppositions, rest = divergence.by_stance(
                groups, self.features, self.clauses, self.answers
            )
            for opposition in stance_oppositions:
                self._opposition(opposition)
            left.extend(rest)
        respondents, merged = self.respondents, themes.merge_across(self.features, left)
        rechecked = encoded.recheck(merged, self.clauses, self.answers, self.features, self.encoder)
        for group in topic_pairs.kept(rechecked, self.clauses, self.answers, self.aside):
            self._group(group, respondents)
        for rows in language_minority.groups(foreign, self.clauses):
            self._group(themes.cluster_one(self.features, rows), respondents)
        # Small views worded differently by each holder share no word: read them again.
        for group in minority.groups(
            self.free(), self.clauses, self.answers, self.features, self.encoder
        ):
            self._group(group, respondents)
        self._views(respondents)
        kept, made = concepts.groups(self.themes, self.clauses, self.answers)
        self._replace({i: self._remade(i, r, respondents) if r else [] for i, r in kept.items()})
        for rows in made:
            self._group(themes.cluster_one(self.features, rows), respondents)
        view_joins.third_holders(self, respondents)

    def _views(self, respondents: int) -> None:
        """The minority views without the strays they absorbed (`views`), then without
        the fragments of another theme (`fragments`: they join it)."""
        small = [i for i, (theme, _) in enumerate(self.themes) if theme.minority]
        trimmed = views.without_strays(
            [self.themes[i][1] for i in small], self.clauses, self.answers, self.encoder
        )
        remade = {
            small[i]: self._remade(small[i], rows, respondents) for i, rows in trimmed.items()
        }
        self._replace(remade)
        kinds = [(theme.minority, bool(theme.sides)) for theme, _ in self.themes]
        rows = [list(r) for _, r in self.themes]
        cap = minority_cap(respondents)
        joined = fragments.joins(rows, kinds, self.clauses, self.answers, self.encoder, cap)
        for fragment, theme in joined:
            rows[theme] += rows[fragment]
            rows[fragment] = []
        changed = {t for _, t in joined if rows[t]}
        remade = {i: self._remade(i, rows[i], respondents) for i in changed}
        self._replace({**remade, **{f: [] for f, _ in joined}})

    def _remade(
        self, index: int, rows: list[int], respondents: int
    ) -> list[tuple[Theme, list[int]]]:
        """Theme `index` made again of `rows`: its quotes keep their order first."""
        theme, _ = self.themes[index]
        quoted = [v.answer_id for v in theme.verbatims]
        ids = {r: self.answers[self.clauses[r].answer_index].id for r in rows}
        first = sorted((r for r in rows if ids[r] in quoted), key=lambda r: quoted.index(ids[r]))
        group = themes.cluster_one(self.features, rows)
        group.quotes = first + [r for r in group.ranked() if r not in first]
        self.labels.discard(theme.label.casefold())
        before = len(self.themes)
        self._group(group, respondents)
        made = self.themes[before:]
        del self.themes[before:]
        return made

    def _replace(self, remade: Mapping[int, list[tuple[Theme, list[int]]]]) -> None:
        self.themes = [
            item
            for position, theme in enumerate(self.themes)
            for item in remade.get(position, [theme])
        ]

    def back(self, objectives: Sequence[str], paraphrased: Collection[str]) -> bool:
        """A theme for each of `objectives` (none of the themes says their words) that
        answers left out of every theme back, one pool shared out (`backing.shared_backing`;
        in other words only for the `paraphrased`, which no theme serves at all); whether
        one was made."""
        backed = backing.shared_backing(
            objectives,
            self.free(),
            self.clauses,
            self.answers,
            self.features,
            self.vectors,
            self.language,
            paraphrased,
        )
        before = len(self.themes)
        for rows in backed.values():
            self._group(themes.cluster_one(self.features, rows), self.respondents)
        return len(self.themes) > before

    def small_themes(self) -> bool:
        """Themes of a small workshop among the answers still left (`small`); any made?"""
        found = small.groups(
            self.free(), self.clauses, self.answers, self.features, self.encoder, self.respondents
        )
        for group in found:
            self._group(group, self.respondents)
        return bool(found)

    def _unmarked(self, found: polarity.Opposition, taken: set[int]) -> list[int]:
        """Clauses of the one question both sides of `found` answer that no side took
        (none when the sides span several questions)."""
        rows = found.sides[0] + found.sides[1]
        asked = {self.question_of(self.clauses[r]) for r in rows}
        if len(asked) != 1:
            return []
        return [r for r in self.question_rows()[asked.pop()] if r not in taken]

    def _people(self, sides: tuple[list[int], list[int]], left: list[int]) -> list[str]:
        """The participant of each clause of `sides`, then of `left`."""
        rows = sides[0] + sides[1] + left
        return [self.answers[self.clauses[r].answer_index].participant for r in rows]

    def _unique(self, label: str) -> str:
        candidate, n = label, 2
        while candidate.casefold() in self.labels:
            candidate, n = f"{label} ({n})", n + 1
        self.labels.add(candidate.casefold())
        return candidate

    def _question(self, rows: list[int]) -> str:
        """The rows' question, or "" when they come from several."""
        asked = {self.answers[self.clauses[r].answer_index].question for r in rows}
        return asked.pop() if len(asked) == 1 else ""

    def _group(self, group: themes.Group, respondents: int) -> None:
        people = themes.participants_of(group.rows, self.clauses, self.answers)
        if len(people) < MIN_PARTICIPANTS:
            return
        minority = len(people) <= minority_cap(respondents)
        # Few voices, thin evidence: the least central member of a small group is the one
        # most often absorbed from a neighbouring idea, so a point of n people quotes n - 1.
        quotes = max(1, min(len(people) - 1, themes.MAX_VERBATIMS))
        theme = Theme(
            label=self._unique(themes.label(group.rows, self.clauses, self.answers, self.features)),
            kind="divergence" if minority else "convergence",
            participants=tuple(people),
            answer_ids=tuple(themes.answer_ids_of(group.rows, self.clauses, self.answers)),
            verbatims=themes.verbatims(group.quoted(), self.clauses, self.answers, quotes),
            minority=minority,
            question=self._question(group.rows),
        )
        self.themes.append((theme, group.rows))
        self.orders[theme.label] = [group.quoted()]

    def _opposition(
        self, opposition: divergence.Opposition | polarity.Opposition | contrast.Opposition
    ) -> None:
        built: list[Side] = []
        orders = [themes.cluster_one(self.features, rows).ranked() for rows in opposition.sides]
        for rows, ranked in zip(opposition.sides, orders, strict=True):
            built.append(
                Side(
                    label=themes.shorten(self.clauses[ranked[0]].text, SIDE_LABEL_CHARS),
                    participants=tuple(themes.participants_of(rows, self.clauses, self.answers)),
                    answer_ids=tuple(themes.answer_ids_of(rows, self.clauses, self.answers)),
                    verbatims=themes.verbatims(ranked, self.clauses, self.answers),
                )
            )
        rows = [r for side in opposition.sides for r in side]
        topic = themes.label(rows, self.clauses, self.answers, self.features)
        theme = Theme(
            label=self._unique(topic[:1].upper() + topic[1:]),
            kind="divergence",
            participants=tuple(themes.participants_of(rows, self.clauses, self.answers)),
            answer_ids=tuple(themes.answer_ids_of(rows, self.clauses, self.answers)),
            sides=tuple(built),
            question=self._question(rows),
        )
        self.themes.append((theme, rows))
        self.orders[theme.label] = orders


def _order(theme: Theme) -> tuple[int, int, str]:
    rank = 0 if theme.kind == "convergence" else (1 if theme.sides else 2)
    return (rank, -len(theme.participants), theme.label)


def synthesise(
    answers: Iterable[Answer],
    objectives: Sequence[str],
    *,
    language: str = "fr",
    skipped: Mapping[str, int] | None = None,
    encoder: encoded.SentenceVectors | bool | None = True,
) -> Synthesis:
    """Synthesise `answers` against `objectives`, offline and deterministically, verified
    (`verify`). `encoder`: the sentence encoder that reads the themes again (`encoded`);
    True for the shared one unless the settings turn it off, False or None for none."""
    rows = [a for a in answers if a.text.strip()]
    lang = normalize_language(language)
    if isinstance(encoder, bool):
        encoder = encoded.default_encoder() if encoder else None
    read = context.without_context(rows, lang)
    builder = _Builder(read, lang, WordVectors.load(), encoder)
    builder.run()
    undecided.set_aside(builder)
    goals = [o.strip() for o in objectives if o.strip()]
    ordered = sorted(builder.themes, key=lambda item: _order(item[0]))
    # Left-out clauses complete a theme one participant short (`completion`) only once
    # they have backed a theme of their own (`back`); those that say an objective's words
    # back it before a theme that serves it only in other words links it.
    plain, completed, worded = alignment.of_builder(builder, ordered, goals)
    if builder.back(worded, plain[2]):
        ordered = sorted(builder.themes, key=lambda item: _order(item[0]))
        _, completed, _ = alignment.of_builder(builder, ordered, goals)
    made = amount.oppose(builder, by_kind=True) | builder.small_themes() | amount.oppose(builder)
    if made | stance_pairs.oppose(builder) | theme_alternatives.oppose(builder):
        ordered = sorted(builder.themes, key=lambda item: _order(item[0]))
        completed = alignment.kept(completed, alignment.of_builder(builder, ordered, goals)[1])
    links, unserved, unsupported = completed
    quoted, renamed = quotes.requote(
        builder.themes, builder.orders, builder.clauses, builder.answers, builder.encoder
    )
    links, unserved = quotes.relabelled(links, unserved, renamed)
    quoted = strays.trim(quoted, builder)
    ordered = sorted(side_cohesion.kept(quoted, builder, links), key=lambda item: _order(item[0]))
    draft = Synthesis(
        participants=len({a.participant for a in rows}),
        themes=tuple(t for t, _ in ordered) + scale_oppositions(rows),
        objectives=links,
        unserved_needs=unserved,
        unsupported_objectives=unsupported,
        caveat=text(lang, "synthesis.caveat"),
        distributions=distributions(rows),
        participation=participation(rows, skipped),
        language=lang,
    )
    return verify(draft, rows)
