"""Issue 18 item 2: an answer's opening context sentence, in the words the whole session says
whatever it is asked (the program, its app, its place), or said before points to several
questions by several participants, is no part of what the answer says: the synthesis reads
the point that follows it, and quotes stay substrings of the stored answer (invented
examples: a bike repair workshop, its app and its Thursday evenings)."""

from __future__ import annotations

from bot.synthesis.context import context_stems, without_context
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses, stem

OPENERS = [
    "Je viens à l'atelier du jeudi soir avec mon vélo depuis deux ans.",
    "J'ai installé l'appli de l'atelier sur mon téléphone dès le début.",
    "Je passe à l'atelier du jeudi soir presque chaque semaine.",
    "C'est à l'atelier du jeudi qu'on m'a parlé de l'appli.",
    "Mon vélo dort à l'atelier depuis l'hiver, j'ai l'appli.",
]
POINTS = {
    "q1": [
        "Apprendre à régler mes freins moi-même, sans aide extérieure.",
        "Qu'on m'apprenne à changer une chaîne et à régler un dérailleur.",
        "J'ai envie d'apprendre la mécanique de base avec des bénévoles patients.",
        "Savoir dévoiler une roue seule, comprendre les rayons.",
        "Rencontrer des gens du quartier, sortir de chez moi le soir.",
        "Me faire des amis qui roulent, partager des balades.",
    ],
    "q2": [
        "Le manque de temps, je travaille tard presque tous les soirs.",
        "Je n'ai pas le temps en semaine avec les enfants.",
        "Je crains de devoir vendre des abonnements à mes amis.",
        "Pas envie de faire le commercial auprès de mes proches.",
        "Mes soirées sont déjà prises par le travail et la famille.",
        "Peur de jouer les vendeurs auprès des copains.",
    ],
    "q3": [
        "Tenir le stand de réparation aux fêtes du quartier.",
        "Accueillir les nouveaux et leur montrer les outils du stand.",
        "Écrire un avis en ligne pour faire connaître l'association.",
        "Laisser un commentaire détaillé sur le site internet.",
        "Aider au stand de réparation pendant les fêtes de rue.",
        "Accueillir les débutants et leur prêter les outils.",
    ],
    "q4": [
        "Un message une semaine avant, pour pouvoir m'organiser.",
        "Prévenir dix jours à l'avance, par message écrit.",
        "Une semaine de préavis, envoyée par message.",
        "Quinze jours avant, par message, pour caler mon planning.",
        "Une relance la veille en plus du premier message.",
        "Au moins huit jours avant, par message court.",
    ],
}


def _session() -> list[Answer]:
    answers = []
    for q, points in POINTS.items():
        for n, point in enumerate(points):
            person = f"P{n + 1}"
            opener = OPENERS[(n + int(q[1])) % len(OPENERS)]
            answers.append(Answer(f"{person}-{q}", person, q, f"{opener} {point}"))
    return answers


def test_i18_2_context_words_are_said_in_every_question():
    answers = _session()
    read = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "fr")]
    shared = context_stems(read, answers)
    assert {stem("atelier", "fr"), stem("appli", "fr")} <= shared
    assert not {stem(w, "fr") for w in ("apprendre", "temps", "stand", "outils")} & shared


def test_i18_2_context_openers_are_cut_and_points_kept():
    answers = _session()
    read = without_context(answers, "fr")
    for before, after in zip(answers, read, strict=True):
        point = POINTS[before.question][int(before.participant[1:]) - 1]
        assert after.text == point
        assert before.text.endswith(after.text)
        assert after.id == before.id


def test_i18_2_a_point_said_first_stays():
    answers = [
        *_session(),
        Answer("P7-q2", "P7", "q2", "Le temps, tout simplement. Je travaille le soir."),
        Answer("P7-q3", "P7", "q3", "Réparer. Les vélos des voisins."),
    ]
    read = without_context(answers, "fr")
    assert read[-2].text == answers[-2].text
    assert read[-1].text == answers[-1].text


def test_i18_2_a_framing_said_before_several_questions_is_cut():
    frame = "Franchement, pour répondre honnêtement à votre question."
    answers = [
        Answer(f"P{n}-q{q}", f"P{n}", f"q{q}", f"{frame} {point}" if n % 3 == q % 3 else point)
        for q in range(1, 4)
        for n, point in enumerate(POINTS[f"q{q}"], start=1)
    ]
    read = without_context(answers, "fr")
    framed = [a for a in answers if a.text.startswith(frame)]
    assert len({a.question for a in framed}) == 3
    for before, after in zip(answers, read, strict=True):
        assert after.text == (before.text.removeprefix(frame + " "))


def test_i18_2_no_point_quotes_a_context_opener():
    answers = _session()
    result = synthesise(answers, ["Former les membres à la mécanique"], language="fr", encoder=None)
    quoted = [v.text for t in result.themes for v in t.verbatims] + [
        v.text for t in result.themes for s in t.sides for v in s.verbatims
    ]
    assert quoted
    assert not any(opener in q or q in opener for q in quoted for opener in OPENERS)
