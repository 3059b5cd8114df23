"""Issue 18 item 2 (b): minority views are never hidden because small — three people in a
small workshop, and the few who answer in another language than everyone else."""

from __future__ import annotations

from bot.synthesis.engine import minority_cap, synthesise
from bot.synthesis.model import Answer, Synthesis

Q_NEEDS = "Qu'attendez-vous du programme ?"
Q_BRAKES = "Qu'est-ce qui pourrait vous freiner ?"
Q_GAPS = "Que manque-t-il à notre raison d'être ?"

# A small workshop: 8 people; 4 lack time, 3 want the purpose to speak of the local economy.
SMALL = {
    "p1": (
        "Le manque de temps, mon agenda est plein.",
        "Parler du financement de l'économie locale.",
    ),
    "p2": ("Je manque de temps avec les enfants.", "Dire comment vous financez l'économie locale."),
    "p3": (
        "Pas assez de temps libre en ce moment.",
        "Le financement de projets de l'économie locale.",
    ),
    "p4": ("Le temps, surtout.", "Rien à ajouter."),
    "p5": ("La météo, parfois.", "Rien de spécial."),
    "p6": ("Mon genou fragile.", "Je ne sais pas."),
    "p7": ("Les trajets en voiture.", "C'est clair pour moi."),
    "p8": ("Mon chien à promener.", "Tout va bien."),
}


def _small() -> list[Answer]:
    return [
        Answer(f"{p}-{n}", p, (Q_BRAKES, Q_GAPS)[n], said)
        for p, texts in SMALL.items()
        for n, said in enumerate(texts)
    ]


def test_i18_2_three_people_make_a_minority_view_in_a_small_workshop() -> None:
    assert minority_cap(8) == 3 and minority_cap(40) == 8
    synthesis = synthesise(_small(), [], language="fr")
    local = next(t for t in synthesis.themes if "p1-1" in t.answer_ids)
    assert set(local.participants) == {"p1", "p2", "p3"}
    assert local.minority and local.kind == "divergence"
    time = next(t for t in synthesis.themes if "p1-0" in t.answer_ids)
    assert not time.minority and len(time.participants) == 4


# A French workshop of 12 with 2 English speakers: both ask for English, and each also says
# what the French say (time, the club's atmosphere).
FRENCH = {
    f"f{n}": (need, brake)
    for n, (need, brake) in enumerate(
        [
            ("Rencontrer les joueurs après le match.", "Le manque de temps le week-end."),
            ("Rencontrer les joueurs et le staff.", "Je manque de temps avec le travail."),
            ("Voir les coulisses et rencontrer les joueurs.", "Pas assez de temps libre."),
            ("Partager l'ambiance du stade avec des amis.", "Le temps, surtout."),
            ("Faire découvrir l'ambiance du stade à des amis.", "Mon planning de travail."),
            ("Amener des amis au stade pour l'ambiance.", "Le manque de temps."),
            ("Des places moins chères pour les familles.", "La distance depuis chez moi."),
            ("Des réductions à la boutique.", "Rien de particulier."),
            ("Un parking pour les abonnés.", "Mes horaires de nuit."),
            ("Des billets pour mes enfants.", "Je ne sais pas encore."),
        ],
        start=1,
    )
}
ENGLISH = {
    "e1": (
        "Some communication in English for supporters from abroad.",
        "Not enough free time at weekends.",
    ),
    "e2": (
        "Bringing my mates to feel the atmosphere of the stadium.",
        "Nothing is in English, my French is basic.",
    ),
}


def _mixed() -> list[Answer]:
    people = {**FRENCH, **ENGLISH}
    return [
        Answer(f"{p}-{n}", p, (Q_NEEDS, Q_BRAKES)[n], said)
        for p, texts in people.items()
        for n, said in enumerate(texts)
    ]


def test_i18_2_a_minority_of_the_other_language_is_not_merged_with_all_they_said() -> None:
    synthesis: Synthesis = synthesise(_mixed(), [], language="fr")
    english = [t for t in synthesis.themes if "e1-0" in t.answer_ids]
    assert len(english) == 1
    view = english[0]
    assert view.minority and set(view.participants) == {"e1", "e2"}
    assert set(view.answer_ids) == {"e1-0", "e2-1"}  # not their time or atmosphere answers
