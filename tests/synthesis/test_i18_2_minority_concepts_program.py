"""Issue 18 item 2 (b): families of words for small concerns that recur in ambassador
programs (`concepts`): one's career, training apprentices, branded merchandise, a tool's
bugs, being credited by name, events held far away, availability in school holidays, and
children to bring along; each holder words it from their own situation, in French or
English."""

from __future__ import annotations

from bot.synthesis import concepts
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses


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


def test_i18_2_bugs_view_from_free_answers_in_both_languages() -> None:
    texts = [
        ("p1", "Dur de le conseiller tant que la synchro bugue."),
        ("p2", "The export keeps crashing, hard to vouch for it."),
        ("p3", "Il y a encore trop de bugs dans le planning."),
        ("p4", "Le manque de temps, surtout en juin."),
    ]
    asked = "Qu'est-ce qui pourrait vous freiner ?"
    answers = [Answer(f"a{i}", p, asked, t) for i, (p, t) in enumerate(texts)]
    rows = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "fr")]
    kept, made = concepts.groups([], rows, answers)
    assert kept == {}
    assert len(made) == 1
    assert {answers[rows[r].answer_index].participant for r in made[0]} == {"p1", "p2", "p3"}


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
