"""Issue 15, item 6 (every person in trouble reaches a person): the crisis rules have a
safety family — threats of violence against people or places, dangerous situations at
events or outings — written from the definition of a crisis, with the project's negation,
joke, idiom, hypothetical and curiosity handling; a threat of violence or someone else's
private data made public is a crisis, and the learned model never moves it to harassment.
"""

from __future__ import annotations

import pytest

from bot.handoff.detection import HandoffClassifier, HandoffRules, HandoffRulesError
from bot.handoff.detection.training import LabelledMessage, train

SAFETY = [
    # threats of violence against a place, an event or people
    "On a reçu un courrier anonyme : ils vont faire sauter la boutique si on maintient la soirée.",
    "Quelqu'un prévient qu'un engin explosif sera déposé dans la salle de la conférence jeudi.",
    "Someone emailed saying there is a bomb in the venue for tomorrow's meetup.",
    "Un ex-bénévole promet de mettre le feu au local de l'asso.",
    "Threatening message on our page: they'll burn the shop down if we don't refund them.",
    "Un participant a annoncé qu'il viendrait armé à la soirée de lancement.",
    "A guy in the group chat says he will bring a gun to the launch party.",
    "Un membre dit qu'il va buter la responsable de la communauté.",
    "Menaces de mort contre notre animateur sur le forum depuis hier soir.",
    "Il a retrouvé où habite notre animatrice et dit qu'il va aller la voir chez elle.",
    "He posted our community manager's home address and said he'd pay her a visit.",
    "Un ancien membre a posté son adresse et son numéro dans le groupe WhatsApp général.",
    # dangerous situations at events or outings
    "L'organisateur veut quand même faire la sortie kayak en pleine vigilance rouge crues.",
    "The host is insisting we still do the coastal hike despite the storm warning.",
    "L'animateur nous fait grimper sur le toit sans harnais pour la photo de groupe.",
    "Une participante a disparu depuis la fin de la balade, personne n'arrive à la joindre.",
    "We lost a kid during the open day, nobody can find him.",
    "Le chapiteau du stand commence à s'envoler avec le vent et il y a du monde dessous.",
    "Un participant complètement ivre veut reprendre sa voiture après la dégustation.",
]

HARMLESS = [
    "Cette nouvelle IPA c'est la bombe !",
    "The new flavour is the bomb",
    "Le brunch d'hier, une tuerie 😍",
    "je vais le tuer s'il oublie les croissants 😂",
    "Je vais tuer le game au concours photo",
    "On va cartonner samedi, ça va être explosif !",
    "I'd kill for a coffee right now",
    "Le DJ a mis le feu au dancefloor à la soirée des 10 ans",
    "Par curiosité, que se passe-t-il si une alerte à la bombe tombe pendant un salon ?",
    "Just curious: what happens if someone gets hurt at a meetup?",
    "Question : en cas d'orage la sortie vélo est annulée ?",
    "La rando est annulée à cause de l'alerte orages, on la reporte.",
    "Malgré l'orage d'hier soir le salon s'est super bien passé, merci à tous",
    "Prévoyez un couteau à fromage pour l'atelier de samedi",
    "Le jeu de la soirée : désamorcer la bombe en équipe, trop bien.",
    "Mon frère va me tuer, j'ai mangé sa part 😅",
    # planning an event's safety is not an emergency
    "Où trouver le plan d'évacuation de la salle pour l'atelier ?",
    "Le plan d’évacuation du salon est-il affiché sur le stand ?",
    "Exercice d'évacuation prévu jeudi, consignes d'évacuation à relire",
    "Where is the evacuation plan for the booth?",
]

EVACUATIONS = [
    "Il faut évacuer la salle, il y a de la fumée !",
    "Incendie au stand, suivez le plan d'évacuation !",
    "They are evacuating the hall right now",
    "On a dû évacuer le stand",
    "Procédez à l'évacuation immédiate du hall B",
]


@pytest.fixture(scope="module")
def rules() -> HandoffRules:
    return HandoffRules.load()


@pytest.mark.parametrize("text", SAFETY)
def test_i15_6_safety_crises_reach_a_person_as_a_crisis_by_the_rules_alone(
    rules: HandoffRules, text: str
) -> None:
    verdict = HandoffClassifier(rules, model=None).classify(text)
    assert verdict.handoff and verdict.category == "crisis", verdict
    assert verdict.urgency in ("high", "critical")


@pytest.mark.parametrize("text", SAFETY)
def test_i15_6_safety_crises_stay_crises_with_the_shipped_model(
    rules: HandoffRules, text: str
) -> None:
    verdict = HandoffClassifier(rules).classify(text)
    assert verdict.handoff and verdict.category == "crisis", verdict


@pytest.mark.parametrize("text", HARMLESS)
def test_i15_6_slang_jokes_and_curiosity_do_not_raise_a_safety_crisis(
    rules: HandoffRules, text: str
) -> None:
    verdict = HandoffClassifier(rules).classify(text)
    assert not verdict.handoff, verdict


@pytest.mark.parametrize("text", EVACUATIONS)
def test_i15_6_an_evacuation_happening_is_a_crisis_even_beside_the_plan_words(
    rules: HandoffRules, text: str
) -> None:
    verdict = HandoffClassifier(rules, model=None).classify(text)
    assert verdict.handoff and verdict.category == "crisis", verdict


def test_i15_6_a_threat_of_violence_outranks_harassment(rules: HandoffRules) -> None:
    text = "Il harcèle la CM depuis des semaines et dit maintenant qu'il va mettre le feu au local."
    sure = train(
        [LabelledMessage(str(i), text, "harassment") for i in range(5)]
        + [LabelledMessage(str(i), "merci bonne journée à tous", "none") for i in range(5, 10)]
    )
    verdict = HandoffClassifier(rules, model=sure).classify(text)
    assert (verdict.category, verdict.rule, verdict.urgency) == (
        "crisis",
        "arson_threat",
        "critical",
    )


def test_i15_6_threats_and_exposure_aimed_at_the_writer_stay_harassment(
    rules: HandoffRules,
) -> None:
    alone = HandoffClassifier(rules, model=None)
    for text in (
        "Un membre m'a menacée de me casser la gueule si je reviens au stand.",
        "Quelqu'un a balancé mon adresse perso sur le serveur.",
    ):
        verdict = alone.classify(text)
        assert verdict.category == "harassment" and verdict.urgency in ("high", "critical")


def test_i15_6_harassment_witnessed_again_and_again_reaches_a_person(
    rules: HandoffRules,
) -> None:
    text = (
        "À chaque atelier, le même bénévole fait des remarques déplacées aux nouvelles "
        "participantes. Je l'ai encore vu samedi."
    )
    verdict = HandoffClassifier(rules, model=None).classify(text)
    assert (verdict.category, verdict.rule) == ("harassment", "witnessed_harassment")
    assert verdict.urgency == "high"


def test_i15_6_a_concept_rule_may_span_the_message_or_one_sentence() -> None:
    rule = {
        "name": "hazard_one_sentence",
        "concepts": ["natural_hazard", "outing", "carry_on"],
        "urgency": "high",
    }
    text = "La sortie kayak est maintenue dimanche. Vigilance rouge crues annoncée."
    for scope, fires in (("sentence", False), ("message", True)):
        rules = HandoffRules.load(
            overrides={
                "disable": ["hazard_at_outing"],
                "model": {"enabled": False},
                "categories": {"crisis": {"rules": [{**rule, "concepts_scope": scope}]}},
            }
        )
        verdict = HandoffClassifier(rules).classify(text)
        assert (verdict.rule == "hazard_one_sentence") is fires


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("concepts_scope", "paragraph", "'concepts_scope'"),
        ("keep_category", "yes", "'keep_category'"),
    ],
)
def test_i15_6_bad_safety_rule_keys_are_refused_clearly(key: str, value: str, problem: str) -> None:
    rule = {"name": "mine", "concepts": ["weapon", "threat_or_target"], key: value}
    with pytest.raises(HandoffRulesError, match=problem):
        HandoffRules.load(overrides={"categories": {"crisis": {"rules": [rule]}}})
