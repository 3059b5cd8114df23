"""Issue 15, items 5 and 6: serious messages reach a person at high urgency or above,
under the serious category the evidence points to; personal-data incidents are crises.
"""

from __future__ import annotations

import pytest

from bot.handoff.detection import HandoffClassifier, HandoffRules
from bot.handoff.detection.training import LabelledMessage, train

MOCKERY = "Il se moque de moi à chaque réunion devant tout le monde"


@pytest.fixture(scope="module")
def rules() -> HandoffRules:
    return HandoffRules.load()


def _rule_urgency(rules: HandoffRules, name: str) -> str:
    return next(r.urgency for c in rules.categories for r in c.rules if r.name == name)


def test_i15_6_a_serious_verdict_is_never_below_its_category_urgency(rules: HandoffRules) -> None:
    assert _rule_urgency(rules, "mockery_insults") == "normal"  # the rule alone says normal
    verdict = HandoffClassifier(rules, model=None).classify(MOCKERY)
    assert (verdict.category, verdict.rule, verdict.urgency) == (
        "harassment",
        "mockery_insults",
        "high",
    )


def test_i15_6_a_client_sets_the_floor_through_the_category_urgency() -> None:
    rules = HandoffRules.load(overrides={"categories": {"harassment": {"urgency": "normal"}}})
    verdict = HandoffClassifier(rules, model=None).classify(MOCKERY)
    assert (verdict.category, verdict.urgency) == ("harassment", "normal")


def _sure_it_is(category: str, text: str):  # type: ignore[no-untyped-def]
    messages = [LabelledMessage(str(i), text, category) for i in range(5)]
    messages += [
        LabelledMessage(str(i), "merci bonne journée à tous", "none") for i in range(5, 10)
    ]
    return train(messages)


def test_i15_6_a_serious_rule_hit_moves_to_the_serious_category_the_model_is_sure_of(
    rules: HandoffRules,
) -> None:
    model = _sure_it_is("distress", MOCKERY)
    verdict = HandoffClassifier(rules, model=model).classify(MOCKERY)
    assert (verdict.category, verdict.rule, verdict.handoff) == (
        "distress",
        "mockery_insults",
        True,
    )
    assert verdict.urgency == "high"  # never lower than the hit's own
    off = HandoffRules.load(overrides={"model": {"relabel_above": None}})
    assert HandoffClassifier(off, model=model).classify(MOCKERY).category == "harassment"


def test_i15_6_a_relabelled_danger_keeps_danger_and_critical_urgency(rules: HandoffRules) -> None:
    text = "Mon chef m'humilie chaque jour et je pense à ne plus me réveiller"
    alone = HandoffClassifier(rules, model=None).classify(text)
    assert alone.danger and alone.urgency == "critical"
    verdict = HandoffClassifier(rules, model=_sure_it_is("harassment", text)).classify(text)
    assert verdict.category == "harassment"
    assert verdict.danger and verdict.urgency == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "Le fichier Excel avec les téléphones de tous les ambassadeurs est parti en pièce "
        "jointe de la newsletter",
        "l'export avec les adresses perso des membres est en accès public sur le drive",
        "Our payroll vendor emailed the spreadsheet with ambassadors' bank details to the "
        "wrong client by mistake",
    ],
)
def test_i15_5_a_personal_data_incident_is_a_crisis(rules: HandoffRules, text: str) -> None:
    verdict = HandoffClassifier(rules, model=None).classify(text)
    assert (verdict.category, verdict.rule) == ("crisis", "personal_data_incident")
    assert verdict.urgency == "high"


@pytest.mark.parametrize(
    "text",
    [
        "Mon adresse est visible sur mon profil public, vous pouvez la masquer ?",
        "Où est-ce que je trouve la liste des ambassadeurs de ma région ?",
        "Les adresses des magasins partenaires sont en ligne sur le site ?",
    ],
)
def test_i15_5_ones_own_data_or_public_addresses_are_no_data_incident(
    rules: HandoffRules, text: str
) -> None:
    verdict = HandoffClassifier(rules, model=None).classify(text)
    assert verdict.rule != "personal_data_incident" and verdict.category != "crisis"
