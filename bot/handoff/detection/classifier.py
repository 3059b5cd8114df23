"""Offline handoff classifier: which message needs a person, and how urgently.

Categories are tried in the rules' priority order; inside a category the first rule that
fires wins. A rule match is discarded when one of its `unless` patterns applies, when it
is `negatable` and a negation cue precedes it in the same clause ("je ne veux pas parler
à un humain"), or when harmless idioms ("une tuerie", "mort de rire") were masked out of
the text beforehand. Joke markers (😂, "mdr", "lol") next to the match downgrade rules of
mild categories and rules below `high` urgency; they never silence an explicit
distress, crisis or harassment rule. A match in a sentence framed as hypothetical,
fictional or topical ("si jamais un participant...", "dans la série...", "une formation
sur le harcèlement") is discarded, except for danger rules. Concept rules fire when all
their stemmed word lists occur in one sentence. `danger` is set when any danger rule
fires, whatever category wins, so the caller always adds the helpline.

Every message also gets a learned score (`model.py`: the probability that a person is
needed, over the categories this client keeps). When no rule fired, a score at or above
the threshold hands the message off anyway (rule "model", the model's most likely
category); a score in the uncertain band marks the verdict borderline, so a configured
chat model gives a second opinion. The model never silences a danger rule; it clears a
non-danger rule hit only when `model.veto_below` is set.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass

from bot.handoff.detection.concepts import ConceptIndex, tokenize
from bot.handoff.detection.model import LinearTriageModel, ModelScore, default_model
from bot.handoff.detection.normalize import fold, guess_language
from bot.handoff.detection.rule_parts import URGENCIES, Category, Rule
from bot.handoff.detection.rules import HandoffRules

# Longer messages are cut: rules look at wording, and the bound keeps a 50 kB paste cheap.
MAX_CHARS = 8000
_SENTENCE_END = re.compile(r"[.!?\n]+")
_CLAUSE_END = re.compile(r"[.!?;:,\n]|\b(?:mais|but|par contre|however|cependant)\b")
_HIGH = 2  # index of "high" in URGENCIES
MODEL_RULE = "model"
# Below this many words the model may doubt (second opinion) but not hand off alone.
MIN_WORDS_TO_RAISE = 3
# The model never clears a rule hit in these categories (a miss there costs most).
SERIOUS = frozenset({"distress", "crisis", "harassment"})
SOFTENABLE_SERIOUS = "crisis"
_DEFAULT = object()


@dataclass(frozen=True, slots=True)
class HandoffVerdict:
    handoff: bool
    category: str = "none"
    rule: str = ""
    urgency: str = "none"
    danger: bool = False
    borderline: bool = False  # worth a model's second opinion when one is configured
    candidate: str = ""  # the category a cleared or uncertain message would have had
    language: str = "fr"
    score: float | None = None  # the learned model's P(a person is needed); None: no model
    uncertain: bool = False  # the model's score is in the uncertain band, no rule decided


NO_HANDOFF = HandoffVerdict(handoff=False)


@dataclass(slots=True)
class _Text:
    """One message, prepared once: masked cased/lower forms, sentences and clauses."""

    lower: str  # normalised, idioms not masked (for unless and joke checks)
    masked: str  # normalised with harmless idioms blanked out
    masked_cased: str
    sentence_starts: list[int]
    clause_starts: list[int]
    concepts: ConceptIndex  # tokens of `masked`, for concept rules
    vetoed: bool = False  # a rule matched but a negation, unless or framing cancelled it

    def sentence(self, pos: int, extra: int = 0) -> tuple[int, int]:
        """Span of the sentence holding `pos`, extended by `extra` following sentences."""
        index = bisect_right(self.sentence_starts, pos) - 1
        start = self.sentence_starts[index]
        end_index = index + 1 + extra
        end = (
            self.sentence_starts[end_index]
            if end_index < len(self.sentence_starts)
            else len(self.lower)
        )
        return start, end

    def clause_start(self, pos: int) -> int:
        return self.clause_starts[bisect_right(self.clause_starts, pos) - 1]


class HandoffClassifier:
    def __init__(
        self, rules: HandoffRules, model: LinearTriageModel | object | None = _DEFAULT
    ) -> None:
        """`model=None` runs the rules alone; by default the shipped model is used (unless
        the rules switch it off)."""
        self.rules = rules
        chosen = default_model() if model is _DEFAULT and rules.model.enabled else model
        self.model: LinearTriageModel | None = (
            None if chosen is _DEFAULT else chosen  # type: ignore[assignment]
        )
        self._enabled = frozenset(c.name for c in rules.categories)
        self._urgency = {c.name: c.urgency for c in rules.categories}
        self._thresholds = {c.name: c.model_threshold for c in rules.categories}
        self._mild = frozenset(c.name for c in rules.categories if c.mild)

    def classify(self, text: str) -> HandoffVerdict:
        prepared = self._prepare(text)
        if not prepared.lower:
            return NO_HANDOFF
        language = guess_language(prepared.lower)
        winner: tuple[Category, Rule] | None = None
        downgraded: tuple[Category, Rule] | None = None
        danger = False
        for category in self.rules.categories:
            for rule in category.rules:
                if winner is not None and (not rule.danger or danger):
                    continue
                span = self._fire(rule, prepared)
                if span is None:
                    continue
                if self._joking(category, rule, prepared, span):
                    downgraded = downgraded or (category, rule)
                    continue
                danger = danger or rule.danger
                winner = winner or (category, rule)
        # Idioms blanked: a client's harmless phrases are harmless for the model too.
        learned = self._score(prepared.masked)
        settings = self.rules.model
        score = None if learned is None else learned.handoff(self._enabled)
        if winner is not None:
            category, rule = winner
            if (
                danger
                or category.name in SERIOUS
                or score is None
                or settings.veto_below is None
                or rule.source not in self.rules.sources[:1]  # a client's own rule stands
            ):
                cleared = False
            else:
                cleared = score < settings.veto_below
            if not cleared:
                moved = (
                    None
                    if rule.keep_category
                    else self._serious_instead(category.name, danger, learned)
                )
                final = moved or category.name
                return HandoffVerdict(
                    handoff=True,
                    category=final,
                    rule=rule.name,
                    urgency="critical" if danger else self._at_least(final, rule.urgency),
                    danger=danger,
                    borderline=rule.borderline,
                    language=language,
                    score=score,
                )
            downgraded = winner
        category_name = learned.best(self._enabled) if learned is not None else "none"
        needed = self._thresholds.get(category_name) or settings.threshold
        serious = self._serious_pick(learned)
        if serious is not None and score is not None:
            # Likely enough serious: it is handed off there, before a milder category.
            category_name, needed = serious, min(needed, score)
        if downgraded is not None or self._cautious(prepared):
            needed = max(needed, settings.after_veto)
        if self._softened(category_name, prepared):
            needed = max(needed, settings.after_veto)
        words = sum(not token.text.isdigit() for token in prepared.concepts.tokens)
        if words < MIN_WORDS_TO_RAISE:
            needed = math.inf  # too little text to judge from wording alone
        if prepared.masked != prepared.lower:
            # The rules judged the alarming words harmless idioms: the model may doubt
            # (a second opinion), not overturn.
            needed = math.inf
        if score is not None and score >= needed:
            return HandoffVerdict(
                handoff=True,
                category=category_name,
                rule=MODEL_RULE,
                urgency=self._urgency.get(category_name, "normal"),
                borderline=score < settings.uncertain_below,
                language=language,
                score=score,
                uncertain=score < settings.uncertain_below,
            )
        if downgraded is not None:
            return HandoffVerdict(
                handoff=False,
                borderline=True,
                candidate=downgraded[0].name,
                language=language,
                score=score,
            )
        uncertain = score is not None and score >= settings.uncertain_above
        return HandoffVerdict(
            handoff=False,
            borderline=uncertain,
            candidate=category_name if uncertain else "",
            language=language,
            score=score,
            uncertain=uncertain,
        )

    def _serious_pick(self, learned: ModelScore | None) -> str | None:
        """The serious category the model gives at least `model.serious_from`, if any."""
        threshold = self.rules.model.serious_from
        if threshold is None or learned is None:
            return None
        best = learned.best(self._enabled & SERIOUS)
        if best == "none" or learned.probabilities.get(best, 0.0) < threshold:
            return None
        return best

    def _at_least(self, category: str, urgency: str) -> str:
        """A serious verdict is never below its category's urgency (high by default): a
        person in distress, in a crisis or harassed must be seen soon, whichever rule
        noticed it."""
        if category not in SERIOUS:
            return urgency
        floor = self._urgency.get(category, urgency)
        return max(urgency, floor, key=URGENCIES.index)

    def _serious_instead(
        self, category: str, danger: bool, learned: ModelScore | None
    ) -> str | None:
        """A serious category the model is sure of, for a hit in a milder one, or in
        another serious one (the rules' priority order, crisis before harassment before
        distress, is a blunt judge when a message touches two of them)."""
        if learned is None:
            return None
        if category in SERIOUS:
            threshold = self.rules.model.relabel_above
        elif danger:
            return None
        else:
            threshold = self.rules.model.serious_above
        if threshold is None:
            return None
        best = learned.best(self._enabled & SERIOUS)
        chance = learned.probabilities.get(best, 0.0)
        if best in ("none", category) or chance < threshold:
            return None
        if chance <= learned.probabilities.get(category, 0.0):
            return None
        return best

    def _softened(self, category: str, text: _Text) -> bool:
        """A softener ("un peu", "rien de grave") makes the model alone need more for a
        mild category or a crisis (which by definition needs the team at once); never for
        distress or harassment, which people often play down when it happens to them."""
        softeners = self.rules.softeners
        softenable = category in self._mild or category == SOFTENABLE_SERIOUS
        return softenable and softeners is not None and bool(softeners.search(text.lower))

    def _cautious(self, text: _Text) -> bool:
        """The rules saw a reason for doubt: a cancelled match, a joke, an idiom, a framing."""
        if text.vetoed or self.rules.jokes.search(text.lower):
            return True
        framings = self.rules.framings
        return framings is not None and framings.search(text.lower) is not None

    def _score(self, text: str) -> ModelScore | None:
        if self.model is None or not self._enabled & set(self.model.categories):
            return None
        return self.model.score(text[:MAX_CHARS])

    def is_sensitive(self, text: str) -> bool:
        """True when the message touches a topic where a weak answer should go to a person."""
        pattern = self.rules.sensitive_topics
        return bool(pattern and pattern.search(fold(text[:MAX_CHARS]).lower()))

    def _prepare(self, text: str) -> _Text:
        cased = fold(text[:MAX_CHARS])
        lower = cased.lower()
        if len(lower) != len(cased):  # rare letters whose lower case changes length
            cased = lower
        masked, masked_cased = lower, cased
        if self.rules.idioms is not None:
            spans = [m.span() for m in self.rules.idioms.finditer(lower)]
            if spans:
                masked, masked_cased = _blank(lower, spans), _blank(cased, spans)
        sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(lower)]
        return _Text(
            lower=lower,
            masked=masked,
            masked_cased=masked_cased,
            sentence_starts=sentence_starts,
            clause_starts=[0] + [m.end() for m in _CLAUSE_END.finditer(lower)],
            concepts=ConceptIndex(tokenize(masked), sentence_starts),
        )

    def _fire(self, rule: Rule, text: _Text) -> tuple[int, int] | None:
        if rule.concepts:
            return self._concepts_fire(rule, text)
        if rule.min_matches > 1:
            spans = [self._first_valid(rule, part, text) for part in rule.parts]
            found = [span for span in spans if span is not None]
            return min(found) if len(found) >= rule.min_matches else None
        return self._first_valid(rule, rule.pattern, text)

    def _first_valid(
        self, rule: Rule, pattern: re.Pattern[str], text: _Text
    ) -> tuple[int, int] | None:
        haystack = text.masked_cased if rule.cased else text.masked
        for match in pattern.finditer(haystack):
            if not self._discarded(rule, text, *match.span()):
                return match.span()
        return None

    def _concepts_fire(self, rule: Rule, text: _Text) -> tuple[int, int] | None:
        """The first sentence where every concept of the rule occurs (span of the first), or
        the message when the rule's concepts may be spread over its sentences."""
        index = text.concepts
        if rule.concepts_scope == "message":
            heads = index.message_match(rule.concepts)
        else:
            heads = index.first_sentence_match(rule.concepts)
        for head in heads:
            token = text.concepts.tokens[head]
            if not self._discarded(rule, text, token.start, token.end):
                return token.start, token.end
        return None

    def _discarded(self, rule: Rule, text: _Text, start: int, end: int) -> bool:
        """An `unless` pattern, a negation or a hypothetical framing cancels this match."""
        if rule.unless is not None:
            if rule.unless_scope == "sentence":
                begin, stop = text.sentence(start)
                scope = text.lower[begin:stop]
            else:
                scope = text.lower
            if rule.unless.search(scope):
                text.vetoed = True
                return True
        if rule.negatable and self._negated(text, start, end):
            text.vetoed = True
            return True
        framings = self.rules.framings
        if framings is not None and not rule.danger:
            begin, stop = text.sentence(start)
            if framings.search(text.lower, begin, stop):
                text.vetoed = True
                return True
        return False

    def _negated(self, text: _Text, start: int, end: int) -> bool:
        """A cue before the match in its clause, or inside it ("veux pas parler à...")."""
        negation = self.rules.negation
        begin = max(text.clause_start(start), start - negation.window_chars)
        window = text.lower[begin:end]
        if negation.not_cues is not None:
            window = negation.not_cues.sub(lambda m: " " * len(m.group()), window)
        if negation.cues.search(window):
            return True
        prefix = negation.prefix_cues
        return prefix is not None and prefix.search(window, 0, start - begin) is not None

    def _joking(self, category: Category, rule: Rule, text: _Text, span: tuple[int, int]) -> bool:
        if not category.mild and rule.rank >= _HIGH:
            return False
        start, end = text.sentence(span[0], extra=1)
        return self.rules.jokes.search(text.lower, start, end) is not None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "~" * (end - start)
    return "".join(chars)
