"""Issue 18 item 2 (b): more families of words naming a need only a few have (`concepts`):
feeling illegitimate, privacy, colleagues who are not technical, childcare, pets other
than cats and dogs, landlords, giving to a cause; small concerns that recur in ambassador
programs (one's career, apprentices, branded merchandise, a tool's bugs, being credited by
name, events held far away, school holidays, schools, women, returnable containers,
alcohol-free products, carpooling); each holder words it from their own situation, in
French or English."""

from __future__ import annotations

import pytest

from bot.synthesis import concepts
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses


def test_i18_2_legitimacy_privacy_non_technical_and_childcare_families() -> None:
    table = concepts.families()
    legitimacy = table["legitimacy"]
    assert concepts.mentions("Face aux habitués, je me sens un peu imposteur.", legitimacy)
    assert concepts.mentions("Je ne suis pas une spécialiste, j'ai peur.", legitimacy)
    assert concepts.mentions("Qui suis-je pour conseiller une pièce ?", legitimacy)
    assert concepts.mentions("I'm not an expert at all.", legitimacy)
    assert not concepts.mentions("Un expert viendra nous former.", legitimacy)
    privacy = table["privacy"]
    assert concepts.mentions("Je n'aime pas l'idée qu'on suive chacun de mes clics.", privacy)
    assert concepts.mentions("I'd worry about what happens to my personal data.", privacy)
    assert concepts.mentions("Et le respect de la vie privée ?", privacy)
    assert not concepts.mentions("Des données sur les ventes du trimestre.", privacy)
    non_technical = table["non_technical"]
    assert concepts.mentions("La sensibilisation, c'est pas que pour les geeks.", non_technical)
    assert concepts.mentions("It should reach our non-technical staff too.", non_technical)
    assert not concepts.mentions("Un support technique plus rapide.", non_technical)
    childcare = table["childcare"]
    assert concepts.mentions("À 20h c'est mort : couchers des petits.", childcare)
    assert concepts.mentions("Ça dépend de ma semaine de garde.", childcare)
    assert concepts.mentions("Evenings clash with the school run.", childcare)
    assert not concepts.mentions("Des ateliers pour les enfants.", childcare)


def test_i18_2_other_pets_landlords_and_giving_families() -> None:
    table = concepts.families()
    pets = table["other_pets"]
    assert concepts.mentions("Un peu de place pour les furets et les rongeurs svp", pets)
    assert concepts.mentions("I've got rabbits and a bearded dragon.", pets)
    assert concepts.mentions("Mes tortues n'intéressent personne.", pets)
    assert not concepts.mentions("Il m'a posé un lapin.", pets)
    assert not concepts.mentions("Des friandises pour chiens et chats.", pets)
    landlords = table["landlords"]
    assert concepts.mentions("Je gère quatre appartements en location.", landlords)
    assert concepts.mentions("As a landlord with 6 flats I'd need invoices.", landlords)
    assert concepts.mentions("A way to book for tenants when I'm not there.", landlords)
    assert not concepts.mentions("Je suis propriétaire de ma maison.", landlords)
    giving = table["nonprofit"]
    assert concepts.mentions("Un don à une asso de reforestation.", giving)
    assert concepts.mentions("Pouvoir reverser ce que je gagne au jardin partagé.", giving)
    assert not concepts.mentions("Des cadeaux pour moi.", giving)


def test_i18_2_career_apprentices_merchandise_and_bugs_families() -> None:
    table = concepts.families()
    career = table["career"]
    assert concepts.mentions("Franchement, ça ferait une ligne de plus sur mon CV.", career)
    assert concepts.mentions("Something to mention at my performance review.", career)
    assert concepts.mentions("Utile pour mon évolution professionnelle.", career)
    assert not concepts.mentions("Un résumé des échanges après chaque atelier.", career)
    assert not concepts.mentions("Partager nos actus sur LinkedIn.", career)
    apprentices = table["apprentices"]
    assert concepts.mentions("Montrer l'outil à nos alternants.", apprentices)
    assert concepts.mentions("I could mentor the trainees at the depot.", apprentices)
    assert not concepts.mentions("Apprendre à mieux présenter le produit.", apprentices)
    merchandise = table["merchandise"]
    assert concepts.mentions("Un mug ou une casquette au logo, ça fait plaisir.", merchandise)
    assert concepts.mentions("Branded hoodies for the ambassadors!", merchandise)
    assert not concepts.mentions("Un badge numérique sur mon profil.", merchandise)
    bugs = table["software_bugs"]
    assert concepts.mentions("Tant que l'appli bugue, je n'en parle pas.", bugs)
    assert concepts.mentions("L'agenda qui plante encore le lundi matin.", bugs)
    assert concepts.mentions("Too many glitches in the billing screen.", bugs)
    assert not concepts.mentions("Planter des fleurs devant la boutique.", bugs)


def test_i18_2_credited_distance_holidays_and_children_families() -> None:
    table = concepts.families()
    credited = table["credited"]
    assert concepts.mentions("Être crédité dans la notice, ce serait chouette.", credited)
    assert concepts.mentions("A recipe named after me, one can dream.", credited)
    assert not concepts.mentions("Des crédits de formation.", credited)
    distance = table["far_from_events"]
    assert concepts.mentions("Tout se passe à Paris, nous on est à Brest.", distance)
    assert concepts.mentions("Events are always in Paris, too far for us.", distance)
    assert not concepts.mentions("Un apéro à Paris en juin ?", distance)
    holidays = table["school_holidays"]
    assert concepts.mentions("Surtout pendant les vacances scolaires.", holidays)
    assert concepts.mentions("Not in term time, I teach.", holidays)
    assert not concepts.mentions("Des vacances, enfin !", holidays)
    childcare = table["childcare"]
    assert concepts.mentions("Seulement si je viens avec mes enfants.", childcare)
    assert concepts.mentions("Only if I can bring the kids along.", childcare)


def test_i18_2_schools_women_and_deposit_families() -> None:
    table = concepts.families()
    schools = table["schools"]
    assert concepts.mentions("Un atelier à l'école de mon fils, les CM1 adoreraient.", schools)
    assert concepts.mentions("Talks for pupils at the local school.", schools)
    assert concepts.mentions("Ouvrir le programme aux lycéens.", schools)
    assert not concepts.mentions("J'ai fait une école de commerce.", schools)
    women = table["women"]
    assert concepts.mentions("Un réseau pour les femmes du métier.", women)
    assert concepts.mentions("More support for the women's team.", women)
    assert not concepts.mentions("Ma femme viendra aussi.", women)
    deposit = table["deposit"]
    assert concepts.mentions("Une consigne sur les bocaux, je les rapporterais.", deposit)
    assert concepts.mentions("Returnable bottles, like the milkman had.", deposit)
    assert not concepts.mentions("Un dépôt de pain le mardi.", deposit)


def test_i18_2_alcohol_free_and_carpool_families() -> None:
    table = concepts.families()
    alcohol_free = table["alcohol_free"]
    assert concepts.mentions("Une bière sans alcool pour ceux qui conduisent.", alcohol_free)
    assert concepts.mentions("A non-alcoholic option for the fête.", alcohol_free)
    assert not concepts.mentions("Une dégustation au chai.", alcohol_free)
    carpool = table["carpool"]
    assert concepts.mentions("Organiser du covoiturage pour les sorties.", carpool)
    assert concepts.mentions("I'd set up a lift share from town.", carpool)
    assert not concepts.mentions("Un parking pour les voitures.", carpool)


VIEWS = {
    "legitimacy": [
        ("p1", "Face aux habitués très pointus, je me sens un peu imposteur."),
        ("p2", "Je ne suis pas une spécialiste, j'ai peur de dire des bêtises."),
        ("p3", "Who am I to recommend a play to anyone?"),
        ("p4", "Encore des notifications à gérer."),
    ],
    "software_bugs": [
        ("p1", "Dur de le conseiller tant que la synchro bugue."),
        ("p2", "The export keeps crashing, hard to vouch for it."),
        ("p3", "Il y a encore trop de bugs dans le planning."),
        ("p4", "Le manque de temps, surtout en juin."),
    ],
}


@pytest.mark.parametrize("family", sorted(VIEWS))
def test_i18_2_a_family_makes_one_view_from_free_answers_in_both_languages(family: str) -> None:
    asked = "Qu'est-ce qui pourrait vous freiner ?"
    answers = [Answer(f"a{i}", p, asked, t) for i, (p, t) in enumerate(VIEWS[family])]
    rows = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "fr")]
    kept, made = concepts.groups([], rows, answers)
    assert kept == {}
    assert len(made) == 1
    assert {answers[rows[r].answer_index].participant for r in made[0]} == {"p1", "p2", "p3"}


def test_i18_2_concept_lookup_by_first_word_finds_what_a_full_scan_finds() -> None:
    texts = [
        "Aider des skieurs malvoyants",  # a starred single word
        "Des places à mobilité réduite",  # several words
        "Mes lapins et mes furets",  # a starred word after others
        "Un peu de place pour les rongeurs",
        "Rien de tout ça",
    ]
    for phrases in concepts.families().values():
        for text in texts:
            seen = concepts.words(text)
            scan = any(concepts._holds(seen, phrase) for phrase in phrases)
            assert concepts.mentions(text, phrases) == scan
