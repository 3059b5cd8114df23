"""Issue 15 items 5, 6 and 8: the categories the method names, a detector that
generalises (rules for danger, a learned model trained on independent writers), and the
CLI that reports on both.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from bot.bench.handoff import load_examples, score
from bot.cli import app
from bot.handoff.card import category_label
from bot.handoff.detection import HandoffClassifier, HandoffRules, HandoffRulesError
from bot.handoff.detection.crossval import cross_writer
from bot.handoff.detection.model import (
    DEFAULT_MODEL_PATH,
    LinearTriageModel,
    default_model,
)
from bot.handoff.detection.normalize import normalize
from bot.handoff.detection.training import (
    LabelledMessage,
    build,
    corpus_paths,
    read_corpus,
    train,
    training_digest,
)
from bot.handoff.settings import PerClientSettings
from bot.shared_data import find_shared_dir
from bot.tenants import ClientConfig
from prompts.catalog import load_catalog
from tests.shared_sets import shared_path

DATA = Path(__file__).parent / "data"
TRAINING_SETS = (
    "handoff_train_a.jsonl",
    "handoff_train_b.jsonl",
    "handoff_train_c.jsonl",
    "handoff_train_d.jsonl",
    "handoff_train_e.jsonl",
)
# Writer e wrote a focused set (crisis safety, harassment, distress and hard negatives);
# its one message also in _a ("jveux mourir") was dropped from the copy.
FOCUSED_SETS = ("handoff_train_e.jsonl",)
# The independent evaluation set of issue 15: written by someone who saw only the category
# definitions (never the rules, the model or the training corpus), measured once.
INDEPENDENT_SET = "handoff_eval_independent.jsonl"
# A second blind set (240 messages leaning on crisis, harassment and distress), written from
# the definitions alone after the independent set, never seen by whoever tuned the rules.
SAFETY_SET = "handoff_eval_safety.jsonl"
EVALUATION_SETS = (
    INDEPENDENT_SET,
    SAFETY_SET,
    "handoff_blind.jsonl",
    "handoff_final.jsonl",
    "handoff_fresh.jsonl",
    "handoff_holdout.jsonl",
    "handoff_unseen.jsonl",
)
runner = CliRunner()


@pytest.fixture(scope="module")
def rules() -> HandoffRules:
    return HandoffRules.load()


@pytest.fixture(scope="module")
def rules_only(rules: HandoffRules) -> HandoffClassifier:
    return HandoffClassifier(rules, model=None)


def dev_set() -> Path | None:
    shared = find_shared_dir()
    path = shared / "eval" / "handoff.jsonl" if shared is not None else None
    return path if path is not None and path.is_file() else None


# --- item 5: the categories -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "rule"),
    [
        (
            "Un journaliste de La Voix du Nord voudrait interviewer notre CM",
            "strategic",
            "press_request",
        ),
        (
            "Nous aimerions vous proposer un partenariat avec notre festival de jazz",
            "strategic",
            "partnership_offer",
        ),
        (
            "Une marque concurrente m'a contacté pour rejoindre leur programme",
            "strategic",
            "competitor_approach",
        ),
        (
            "A competitor reached out offering me double points to switch",
            "strategic",
            "competitor_approach",
        ),
        (
            "Je n'arrive plus à me connecter à mon compte, le mot de passe ne marche pas",
            "technical",
            "locked_out",
        ),
        ("I'm locked out of my account since Tuesday", "technical", "locked_out"),
        ("Tous mes points ont disparu depuis la mise à jour de l'appli", "technical", "data_lost"),
        (
            "Impossible de télécharger ma vidéo pour le défi, erreur 500 à chaque fois",
            "technical",
            "blocking_bug",
        ),
        (
            "Le fichier des ambassadeurs a été envoyé à tous les inscrits avec la newsletter",
            "crisis",
            "member_data_exposed",
        ),
        (
            "The volunteer list with home addresses leaked on a forum",
            "crisis",
            "member_data_exposed",
        ),
        (
            "Une vidéo qui accuse la marque de maltraiter ses salariés fait le buzz",
            "crisis",
            "reputation_attack",
        ),
        (
            "On ne m'a jamais remboursé mes frais de déplacement du salon de mars",
            "anger",
            "money_owed",
        ),
        (
            "Je n'ai toujours pas reçu la carte cadeau promise pour le parrainage",
            "anger",
            "money_owed",
        ),
        ("Your invoice is wrong, I was charged twice for the same box", "anger", "money_owed"),
    ],
)
def test_i15_5_new_categories_and_cases_have_rules(
    rules_only: HandoffClassifier, text: str, category: str, rule: str
) -> None:
    verdict = rules_only.classify(text)
    assert (verdict.handoff, verdict.category, verdict.rule) == (True, category, rule)
    assert not verdict.danger


@pytest.mark.parametrize(
    "text",
    [
        "J'avais perdu l'accès la semaine dernière mais c'est réglé, merci",
        "J'ai lu un article sur vous dans Ouest-France, bravo",
        "Je préfère vos vélos à ceux de la concurrence",
        "Comment vous protégez nos données ?",
        "Combien de points pour 20 € d'achat ?",
    ],
)
def test_i15_5_hard_negatives_of_the_new_categories_stay_with_the_bot(
    rules: HandoffRules, text: str
) -> None:
    assert not HandoffClassifier(rules).classify(text).handoff


def test_i15_5_each_category_has_an_urgency_and_card_wording(rules: HandoffRules) -> None:
    names = {c.name for c in rules.categories}
    assert {"strategic", "technical"} <= names
    for category in rules.categories:
        assert category.urgency in ("low", "normal", "high", "critical")
        for language in ("fr", "en"):
            assert f"handoff.categories.{category.name}" in load_catalog(language)
    urgency = {c.name: c.urgency for c in rules.categories}
    assert urgency["distress"] == urgency["crisis"] == urgency["harassment"] == "high"
    assert category_label("fr", "technical").startswith("problème technique")


def test_i15_5_a_client_switches_a_category_off(rules: HandoffRules) -> None:
    text = "Une marque concurrente m'a contacté pour rejoindre leur programme ambassadeur"
    client = ClientConfig(
        name="acme", handoff={"rules": {"categories": {"strategic": {"enabled": False}}}}
    )
    off = PerClientSettings().classifier_for(client)
    assert "strategic" not in off.rules.priority
    assert off.rules.disabled_categories == {"strategic"}
    verdict = off.classify(text)
    assert verdict.category != "strategic"
    assert HandoffClassifier(rules).classify(text).category == "strategic"


def test_i15_5_a_client_adds_its_own_category_with_an_urgency() -> None:
    client = ClientConfig(
        name="acme",
        handoff={
            "rules": {
                "categories": {
                    "recall": {
                        "description": "A customer reports a product under recall.",
                        "urgency": "high",
                        "rules": [
                            {"name": "lot_number", "patterns": [r"\blot n ?\d+"], "urgency": "high"}
                        ],
                    }
                }
            }
        },
    )
    classifier = PerClientSettings().classifier_for(client)
    assert classifier.rules.priority[-1] == "recall"
    verdict = classifier.classify("Bonjour, j'ai une bouteille du lot n 4512")
    assert (verdict.category, verdict.rule, verdict.urgency) == ("recall", "lot_number", "high")
    assert category_label("fr", "recall") == "recall"  # no wording: the card shows its name


# --- item 6: the learned model -----------------------------------------------------------


def test_i15_6_training_sets_share_no_message_with_the_evaluation_sets_or_each_other() -> None:
    # Every writer's file the model is trained on is checked, the fifth one (_e) included.
    assert [p.name for p in corpus_paths() if p.suffix == ".jsonl"] == list(TRAINING_SETS)
    texts: dict[str, set[str]] = {}
    for path in corpus_paths():
        texts[path.name] = {normalize(m.text) for m in read_corpus([path])}
    for name in EVALUATION_SETS:
        texts[name] = {normalize(e.text) for e in load_examples(DATA / name)}
    dev = dev_set()
    if dev is not None:
        texts["dev"] = {normalize(e.text) for e in load_examples(dev)}
    names = sorted(texts)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            older = {first, second} - {INDEPENDENT_SET, SAFETY_SET}
            if len(older) == 2 and older <= set(EVALUATION_SETS):
                continue  # older sets, written before this corpus
            assert not texts[first] & texts[second], (first, second)


def test_i15_6_training_sets_are_large_varied_and_labelled_by_the_definitions() -> None:
    allowed = set(HandoffRules.load().priority) | {"none"}
    languages: Counter[str] = Counter()
    for name in TRAINING_SETS:
        rows = [json.loads(line) for line in (DATA / name).read_text().splitlines() if line]
        languages.update(r["lang"] for r in rows)
        assert all(r["handoff"] == (r["category"] != "none") for r in rows)
        assert {r["lang"] for r in rows} == {"fr", "en"}
        negatives = sum(not r["handoff"] for r in rows) / len(rows)
        if name in FOCUSED_SETS:
            assert len(rows) >= 400
            assert {r["category"] for r in rows} == {"crisis", "harassment", "distress", "none"}
            assert 0.3 <= negatives <= 0.6
            continue
        assert len(rows) >= 900
        assert {r["category"] for r in rows} == allowed
        assert 0.4 <= negatives <= 0.6
    assert languages["fr"] >= 1500 and languages["en"] >= 300


def test_i15_6_the_shipped_model_matches_its_corpus_and_rebuilds_identically(
    tmp_path: Path,
) -> None:
    shipped = LinearTriageModel.load(DEFAULT_MODEL_PATH)
    assert shipped.digest == training_digest(corpus_paths())
    rebuilt = build(output=tmp_path / "model.npz")
    again = LinearTriageModel.load(tmp_path / "model.npz")
    assert rebuilt.vocabulary == shipped.vocabulary == again.vocabulary
    assert np.allclose(again.coef_t, shipped.coef_t, atol=1e-6)
    assert (tmp_path / "model.npz").read_bytes() == DEFAULT_MODEL_PATH.read_bytes()


def test_i15_6_triage_model_command_checks_the_artifact() -> None:
    result = runner.invoke(app, ["--lang", "en", "triage-model"])
    assert result.exit_code == 0, result.output
    assert "matches the training corpus" in " ".join(result.output.split())


def test_i15_6_a_stale_artifact_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.cli.triage_model as command

    monkeypatch.setattr(command, "training_digest", lambda paths: "not-the-same")
    result = runner.invoke(app, ["--lang", "en", "triage-model"])
    assert result.exit_code == 1
    assert "--rebuild" in result.output


def test_i15_6_the_model_never_silences_a_danger_rule(rules: HandoffRules) -> None:
    text = "je veux mourir, je ne vois plus d'issue"
    blind = train(
        [LabelledMessage(str(i), text, "none") for i in range(5)]
        + [LabelledMessage(str(i), "zorglub plonk", "legal") for i in range(5, 10)]
    )
    verdict = HandoffClassifier(rules, model=blind).classify(text)
    assert verdict.score is not None and verdict.score < 0.05
    assert verdict.handoff and verdict.danger and verdict.urgency == "critical"


def test_i15_6_the_model_raises_what_no_rule_saw(rules_only: HandoffClassifier) -> None:
    text = "honnêtement je ne vois plus trop l'intérêt de me lever le matin, tout me pèse"
    assert not rules_only.classify(text).handoff
    verdict = HandoffClassifier(rules_only.rules).classify(text)
    assert verdict.handoff and verdict.rule == "model" and verdict.category == "distress"


@pytest.mark.parametrize("text", ["salut", "merci", "oui", "hello", "ok", "👍", "qsdfgh"])
def test_i15_6_short_everyday_messages_stay_with_the_bot(rules: HandoffRules, text: str) -> None:
    assert not HandoffClassifier(rules).classify(text).handoff


def test_i15_6_the_model_can_be_switched_off_per_client() -> None:
    rules = HandoffRules.load(overrides={"model": {"enabled": False}})
    verdict = HandoffClassifier(rules).classify("tout me pèse, je ne dors plus")
    assert verdict.score is None


def test_i15_6_cross_writer_validation_shows_what_the_model_adds(rules: HandoffRules) -> None:
    folds = cross_writer(rules)
    assert len(folds) == len(TRAINING_SETS)
    for fold in folds:
        alone, both = fold.rules.binary, fold.combined.binary
        assert both.recall >= alone.recall + 0.3, fold.test.name
        assert both.recall >= 0.85 and both.precision >= 0.85, (fold.test.name, both)
        for category in ("strategic", "technical"):
            if fold.test.name not in FOCUSED_SETS:  # writer e wrote none of these
                assert fold.combined.per_category[category].recall >= 0.6


def test_i15_6_dev_set_does_not_regress(rules: HandoffRules) -> None:
    # Speed is the bench's job (`ambassade bench handoff`), not a timed test's.
    dev = shared_path("eval/handoff.jsonl")
    classifier = HandoffClassifier(rules)
    result = score("rules+model", load_examples(dev), lambda t: classifier.classify(t).category)
    assert result.binary.precision == result.binary.recall == 1.0, result.misses


def test_i15_6_the_model_is_loaded_once_per_process() -> None:
    assert default_model() is default_model()


# --- item 8: the bench -------------------------------------------------------------------


def test_i15_8_bench_handoff_reports_rules_alone_and_with_the_model_per_category(
    tmp_path: Path,
) -> None:
    rows = [
        ("Un journaliste du Monde voudrait interviewer notre CM", "strategic"),
        ("Je n'arrive plus à me connecter à mon compte depuis hier", "technical"),
        ("Je veux parler à un humain", "explicit_request"),
        ("Merci pour la soirée d'hier !", "none"),
        ("C'est à quelle heure l'atelier samedi ?", "none"),
    ]
    data = tmp_path / "set.jsonl"
    data.write_text(
        "\n".join(
            json.dumps({"id": str(i), "text": t, "handoff": c != "none", "category": c})
            for i, (t, c) in enumerate(rows)
        ),
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["--lang", "en", "bench", "handoff", "--file", str(data)], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    for expected in ("rules+model", "rules", "baseline", "strategic", "technical"):
        assert expected in result.output
    assert "Targets (rules+model)" in result.output


@pytest.mark.parametrize(
    ("model", "problem"),
    [
        ({"threshold": 2}, "model.threshold"),
        ({"enabled": "yes"}, "model.enabled"),
        ({"threshold": 0.9, "uncertain_below": 0.5}, "uncertain_above <= threshold"),
        ({"treshold": 0.5}, "unknown key"),
    ],
)
def test_i15_6_bad_model_settings_are_refused_clearly(model: dict, problem: str) -> None:
    with pytest.raises(HandoffRulesError, match=problem):
        HandoffRules.load(overrides={"model": model})


def test_i15_5_bad_category_settings_are_refused_clearly() -> None:
    for settings, problem in (
        ({"enabled": "no"}, "'enabled'"),
        ({"urgency": "urgent"}, "'urgency'"),
        ({"model_threshold": 3}, "'model_threshold'"),
    ):
        with pytest.raises(HandoffRulesError, match=problem):
            HandoffRules.load(overrides={"categories": {"legal": settings}})
