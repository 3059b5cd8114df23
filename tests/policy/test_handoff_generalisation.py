"""Handoff triage beyond the dev set: concept lexicons, framings, and three fresh sets.

The sets under tests/policy/data/ were written for this project apart from the shared
dev set (other wordings, chat style, hard negatives). The floors below are what the
rules reach on them today, so a regression on unseen-like wording fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.bench.handoff import CRITICAL_CATEGORIES, load_examples, score
from bot.handoff.detection import HandoffClassifier, HandoffRules, HandoffRulesError
from bot.handoff.detection.concepts import (
    ConceptIndex,
    Token,
    compile_concept,
    find_concept,
    tokenize,
)
from bot.handoff.detection.model import LinearTriageModel
from bot.handoff.detection.normalize import normalize
from bot.handoff.detection.training import LabelledMessage, corpus_paths, read_corpus, train
from bot.shared_data import find_shared_dir

DATA = Path(__file__).parent / "data"
# (file, precision floor, recall floor) of rules + model, reached today and kept a little
# below. These sets were written in the dev set's style before the learned model; it
# trades a few false alarms on them for recall on independently written messages.
SETS = [
    ("handoff_holdout.jsonl", 0.93, 0.97),
    ("handoff_blind.jsonl", 0.93, 0.97),
    ("handoff_unseen.jsonl", 0.93, 0.97),
    ("handoff_fresh.jsonl", 0.93, 0.97),
    ("handoff_final.jsonl", 0.88, 0.97),
]


@pytest.fixture(scope="module")
def classifier() -> HandoffClassifier:
    return HandoffClassifier(HandoffRules.load())


def _tokens(text: str) -> tuple[list[Token], int]:
    tokens = tokenize(normalize(text))
    return tokens, len(tokens)


# --- concept lexicons -------------------------------------------------------------


def test_a_concept_word_matches_its_inflections() -> None:
    concept = compile_concept("removal", ["supprimer", "delete"])
    for text in ("supprimez tout", "j'ai supprimé", "il faut supprimer", "please delete it"):
        tokens, n = _tokens(text)
        assert find_concept(concept, tokens, 0, n) is not None, text
    tokens, n = _tokens("une suppléante")
    assert find_concept(concept, tokens, 0, n) is None


def test_exact_prefix_and_phrase_entries() -> None:
    concept = compile_concept("mixed", ["=compte", "flout*", "date de naissance"])
    assert find_concept(concept, *_with_bounds("mon compte")) == 1
    assert find_concept(concept, *_with_bounds("comptez sur moi")) is None  # exact: no stem
    assert find_concept(concept, *_with_bounds("floutez la photo")) == 0
    assert find_concept(concept, *_with_bounds("ma date de naissance")) == 1
    assert find_concept(concept, *_with_bounds("la date du salon")) is None


def test_a_chain_needs_its_parts_close_together() -> None:
    mine = compile_concept("possessive", ["=mon", "=ma", "=mes"])
    item = compile_concept("item", ["photo*", "numero*"])

    def starts(text: str) -> list[int]:
        return ConceptIndex(_tokens(text)[0], [0]).chain_starts((mine, item))

    assert starts("retirez ma photo") == [1]
    assert starts("mon vieux numéro") == [0]
    assert starts("une photo de ma galerie") == []


def test_concepts_must_meet_in_one_sentence() -> None:
    removal = compile_concept("removal", ["supprimer"])
    item = compile_concept("item", ["photo*"])
    text = normalize("Supprimez tout. Ma photo est jolie. Effacez et supprimez ma photo")
    starts = [0] + [i + 2 for i, ch in enumerate(text) if ch == "."]
    index = ConceptIndex(tokenize(text), starts)
    heads = index.first_sentence_match([(removal,), (item,)])
    assert [index.tokens[h].text for h in heads] == ["supprimez"]
    assert index.sentence_of[heads[0]] == 2


def test_an_empty_concept_entry_is_refused() -> None:
    with pytest.raises(ValueError):
        compile_concept("broken", ["!!"])


def _with_bounds(text: str) -> tuple[list[Token], int, int]:
    tokens, n = _tokens(text)
    return tokens, 0, n


# --- loading and validation ----------------------------------------------------------


def test_a_rule_naming_an_unknown_concept_is_refused() -> None:
    overrides = {
        "categories": {"legal": {"rules": [{"name": "ghost", "concepts": ["no_such_concept"]}]}}
    }
    with pytest.raises(HandoffRulesError, match="unknown concept"):
        HandoffRules.load(overrides=overrides)


def test_a_client_can_add_a_concept_rule_and_extend_a_concept() -> None:
    overrides = {
        "concepts": {"franchise": ["franchise", "franchisé"]},
        "categories": {
            "legal": {
                "rules": [
                    {"name": "franchise_dispute", "concepts": ["franchise", "possessive+contract"]}
                ]
            }
        },
    }
    overrides["concepts"]["contract"] = ["contrat", "convention"]
    rules = HandoffRules.load(overrides=overrides)
    verdict = HandoffClassifier(rules).classify("Ma convention de franchisé pose problème")
    assert verdict.category == "legal" and verdict.rule == "franchise_dispute"
    assert not HandoffClassifier(rules).classify("On parle de franchise ce soir ?").handoff


# --- new behaviours, positive and negative ---------------------------------------------

POSITIVES = [
    ("privacy_request", "mon numéro de tel traîne dans un doc partagé, supprimez-le"),
    ("privacy_request", "je ne veux plus que mon nom soit affiché dans le classement"),
    ("privacy_request", "effacez-moi de votre fichier clients"),
    ("privacy_request", "qui a accès à mon dossier ? je veux savoir ce que vous stockez"),
    ("distress", "je pense de plus en plus à mourir"),
    ("distress", "j'ai avalé toute la plaquette de somnifères"),
    ("distress", "mon mari me frappe quand il rentre"),
    ("distress", "j'ai plus envie de rien"),
    ("crisis", "un gamin a avalé un bouchon au stand, il s'étouffe"),
    ("crisis", "il y a de la fumée partout dans la salle, les gens sortent en courant"),
    ("crisis", "une journaliste m'a contactée pour avoir ma version sur l'affaire"),
    ("crisis", "une rumeur circule sur TikTok comme quoi votre produit est toxique"),
    ("harassment", "il me met la pression pour qu'on se voie seuls, ça me met mal à l'aise"),
    ("harassment", "depuis que j'ai dit non il m'ignore et me dénigre devant tout le monde"),
    ("harassment", "he grabbed me and wouldn't let go"),
    ("legal", "je vais engager une procédure contre vous"),
    ("legal", "j'ai écrit à l'UFC Que Choisir"),
    ("anger", "cinq relances, zéro réponse. Bravo l'équipe 👏"),
    ("explicit_request", "y a quelqu'un de réel derrière ce bot ?"),
    ("explicit_request", "je souhaiterais être rappelée par le service partenariats"),
    ("crisis", "il y a eu un court-circuit dans la réserve, ça fume"),
    ("crisis", "the taproom is flooded and there are live wires on the floor"),
]

NEGATIVES = [
    "si jamais un visiteur fait un malaise, c'est quoi la procédure ?",
    "dans la série que je regarde, l'héroïne porte plainte contre son patron",
    "la formation sur le harcèlement était très bien faite",
    "on a fait un exercice de crise : un rappel de produit fictif",
    "j'ai vu un reportage sur une marque en plein bad buzz",
    "mon cousin est avocat et il adore vos bières",
    "est-ce que je peux supprimer une photo de ma galerie ?",
    "j'ai cru faire un malaise en voyant les prix haha",
    "mon fils est tombé amoureux de la mascotte",
    "la bière fumée est une tuerie",
    "je ne veux pas supprimer mon compte, juste changer mon pseudo",
    "je pense que ma plante va mourir",
    "I think my phone is going to die",
    "« Court-Circuit », c'est le nom de notre équipe pour le quiz",
]


@pytest.mark.parametrize(("category", "text"), POSITIVES)
def test_indirect_wordings_get_their_category(
    classifier: HandoffClassifier, category: str, text: str
) -> None:
    verdict = classifier.classify(text)
    assert (verdict.handoff, verdict.category) == (True, category), verdict


@pytest.mark.parametrize("text", NEGATIVES)
def test_framed_or_harmless_messages_stay_with_the_bot(
    classifier: HandoffClassifier, text: str
) -> None:
    verdict = classifier.classify(text)
    assert not verdict.handoff, verdict


def test_framing_never_hides_danger(classifier: HandoffClassifier) -> None:
    text = "si jamais demain je ne suis plus là, c'est que j'ai voulu en finir"
    verdict = classifier.classify(text)
    assert verdict.handoff and verdict.danger and verdict.category == "distress"


def test_a_death_wish_brings_the_helpline(classifier: HandoffClassifier) -> None:
    verdict = classifier.classify("parfois j'ai envie de m'endormir et de plus jamais me réveiller")
    assert verdict.danger and verdict.urgency == "critical"


# --- the fresh sets --------------------------------------------------------------------


@pytest.mark.parametrize(("name", "precision_floor", "recall_floor"), SETS)
def test_fresh_sets_stay_above_their_floors(
    classifier: HandoffClassifier, name: str, precision_floor: float, recall_floor: float
) -> None:
    examples = load_examples(DATA / name)
    assert len(examples) >= 48 and sum(e.handoff for e in examples) >= 25
    result = score("rules", examples, lambda t: classifier.classify(t).category, repeats=1)
    assert result.binary.precision >= precision_floor, result.misses
    assert result.binary.recall >= recall_floor, result.misses
    for category in CRITICAL_CATEGORIES:
        assert result.per_category[category].recall == 1.0, (category, result.misses)


def test_i15_6_the_independent_set_stays_where_it_was_first_measured(
    classifier: HandoffClassifier,
) -> None:
    """Issue 15's evaluation set, written from the category definitions alone by someone who
    never saw the rules, the model or the training corpus. First (and only) measure, offline:
    P 0.94, R 0.99; distress and harassment recall 1.00; of 22 crisis messages one was not
    handed off and three went under another serious category. Floors sit just below."""
    examples = load_examples(DATA / "handoff_eval_independent.jsonl")
    assert len(examples) >= 300
    result = score("rules", examples, lambda t: classifier.classify(t).category, repeats=1)
    assert result.binary.precision >= 0.92, result.misses
    assert result.binary.recall >= 0.97, result.misses
    for category in ("distress", "harassment"):
        assert result.per_category[category].recall == 1.0, (category, result.misses)
    serious = [e for e in examples if e.category in CRITICAL_CATEGORIES]
    reached = sum(classifier.classify(e.text).handoff for e in serious)
    assert reached >= len(serious) - 1, result.misses


def test_i15_6_the_safety_set_reaches_a_person_for_every_serious_message(
    classifier: HandoffClassifier,
) -> None:
    """A second blind set (240 messages, 115 of them distress, crisis or harassment), written
    from the definitions alone and measured once, after the crisis safety rules were written
    without it: P 0.97, R 1.00, every serious message handed off at high urgency or above
    (two crisis messages went under distress). Floors sit just below."""
    examples = load_examples(DATA / "handoff_eval_safety.jsonl")
    assert len(examples) >= 240
    result = score("rules", examples, lambda t: classifier.classify(t).category, repeats=1)
    assert result.binary.precision >= 0.95, result.misses
    assert result.binary.recall >= 0.98, result.misses
    serious = [e for e in examples if e.category in CRITICAL_CATEGORIES]
    verdicts = [classifier.classify(e.text) for e in serious]
    assert all(v.handoff for v in verdicts), result.misses
    assert all(v.category in CRITICAL_CATEGORIES for v in verdicts), result.misses


def test_holdout_set_has_the_expected_shape() -> None:
    examples = load_examples(DATA / "handoff_holdout.jsonl")
    categories = {e.category for e in examples}
    assert len(examples) >= 120
    # Written before the strategic and technical categories existed.
    assert categories == set(HandoffRules.load().priority) - {"strategic", "technical"} | {"none"}
    positives = sum(e.handoff for e in examples)
    assert 0.4 <= positives / len(examples) <= 0.6


# --- the learned model ---------------------------------------------------------------


@pytest.fixture(scope="module")
def toy_model() -> LinearTriageModel:
    messages = [LabelledMessage(str(i), "zorglub wibble plonk", "legal") for i in range(5)]
    messages += [LabelledMessage(str(i), "bonjour merci salut", "none") for i in range(5, 10)]
    return train(messages)


def test_the_model_hands_off_what_no_rule_saw(toy_model: LinearTriageModel) -> None:
    classifier = HandoffClassifier(HandoffRules.load(), model=toy_model)
    verdict = classifier.classify("zorglub wibble plonk")
    assert (verdict.handoff, verdict.category, verdict.rule) == (True, "legal", "model")
    assert verdict.score is not None and verdict.score > 0.5
    calm = classifier.classify("bonjour merci salut")
    assert not calm.handoff and calm.score is not None and calm.score < 0.35
    rules_only = HandoffClassifier(HandoffRules.load(), model=None)
    assert not rules_only.classify("zorglub wibble plonk").handoff
    assert rules_only.classify("zorglub wibble plonk").score is None


def test_the_model_needs_harmless_examples() -> None:
    with pytest.raises(ValueError):
        train([LabelledMessage("1", "zorglub", "legal"), LabelledMessage("2", "x", "anger")])


def test_the_model_is_trained_on_none_of_the_evaluation_lines() -> None:
    trained = {normalize(m.text) for m in read_corpus(corpus_paths())}
    for name, _, _ in SETS:
        evaluated = {normalize(e.text) for e in load_examples(DATA / name)}
        assert not trained & evaluated, name
    shared = find_shared_dir()
    if shared is not None and (shared / "eval" / "handoff.jsonl").is_file():
        dev = {normalize(e.text) for e in load_examples(shared / "eval" / "handoff.jsonl")}
        assert not trained & dev


@pytest.mark.parametrize(("name", "precision_floor", "recall_floor"), SETS)
def test_the_model_adds_recall_without_losing_precision(
    name: str, precision_floor: float, recall_floor: float
) -> None:
    examples = load_examples(DATA / name)
    rules = HandoffRules.load()
    alone = HandoffClassifier(rules, model=None)
    both = HandoffClassifier(rules)
    a = score("rules", examples, lambda t: alone.classify(t).category, repeats=1)
    b = score("rules+model", examples, lambda t: both.classify(t).category, repeats=1)
    assert b.binary.recall >= a.binary.recall
    assert b.binary.precision >= min(a.binary.precision, precision_floor)
