"""Issue 18 item 2b: oppositions by polarity within one topic (antonyms, "plus de X" /
"moins de X", negation, yes / no), on small invented workshops."""

from __future__ import annotations

import numpy as np

from bot.synthesis import polarity
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses
from bot.synthesis.vectors import WordVectors


def _answers(rows: list[tuple[str, str, str]]) -> list[Answer]:
    return [Answer(f"a{i}", who, question, said) for i, (who, question, said) in enumerate(rows)]


def _signs(text: str, language: str = "fr") -> dict[str, int]:
    found: dict[str, int] = {}
    for clause in clauses(0, text, language):
        for mark in polarity.marks(clause, question_is_yes_no=False):
            found[mark.topic] = found.get(mark.topic, 0) + mark.sign
    return found


def test_i18_2_polarity_antonym_poles_and_negation():
    assert _signs("Des réunions en présentiel, c'est mieux.")["axis!format"] == 1
    assert _signs("Des réunions à distance, en visio.")["axis!format"] == -2
    assert _signs("Surtout pas en présentiel.")["axis!format"] == -1
    assert _signs("Prefer in person meetings", "en")["axis!format"] == 1
    assert _signs("Something modern, please", "en")["axis:modernity"] == 1
    assert _signs("Gardons un esprit traditionnel.")["axis:modernity"] == -1


def test_i18_2_polarity_quantity_absence_and_lack():
    assert _signs("Plus de réunions avec l'équipe.")["word:reunions"] == 1
    assert _signs("Moins de réunions, par pitié.")["word:reunions"] == -1
    assert _signs("Trop de réunions inutiles.")["word:reunions"] == -1
    assert _signs("Fewer newsletters please", "en")["word:newsletters"] == -1
    assert _signs("No newsletters or surveys", "en") == {
        "word:newsletters": -1,
        "word:surveys": -1,
    }
    # Saying what one lacks takes no side on it.
    assert "word:voiture" not in _signs("Je n'ai pas de voiture.")
    # "plus" before an adjective compares, it does not ask for more.
    assert _signs("Aider les plus petits.") == {}


def test_i18_2_polarity_refusal_flips_unless_a_preference_follows():
    assert _signs("Être rémunéré pour ça me gênerait.")["axis!rewards"] == -1
    assert _signs("I'd rather you gave to charity than sent me gifts.", "en")["axis!rewards"] == -1
    assert _signs("Non merci, je préfère le présentiel.")["axis!format"] == 1


def test_i18_2_polarity_finds_the_two_sides_of_one_topic_in_a_workshop():
    rows = _answers(
        [
            ("P1", "besoins", "Plus de réunions entre ambassadeurs."),
            ("P2", "besoins", "J'aimerais plus de réunions, au moins une par mois."),
            ("P3", "besoins", "Moins de réunions : on en a déjà trop au travail."),
            ("P4", "freins", "Trop de réunions, ça me fatigue d'avance."),
            ("P4", "besoins", "Moins de réunions, plus d'actions concrètes."),
            ("P5", "besoins", "Des échantillons des nouveaux produits."),
            ("P6", "besoins", "Recevoir les nouveautés en avant-première."),
        ]
    )
    found = synthesise(rows, [], language="fr")
    oppositions = [t for t in found.themes if t.sides]
    assert len(oppositions) == 1
    sides = {frozenset(s.participants) for s in oppositions[0].sides}
    assert sides == {frozenset({"P1", "P2"}), frozenset({"P3", "P4"})}


def test_i18_2_polarity_one_person_or_unrelated_questions_make_no_opposition():
    lone = _answers(
        [
            ("P1", "besoins", "Plus de réunions."),
            ("P2", "besoins", "Plus de réunions, vraiment."),
            ("P3", "besoins", "Moins de réunions."),
        ]
    )
    clauses_of = [c for i, a in enumerate(lone) for c in clauses(i, a.text, "fr")]
    assert polarity.find(range(len(clauses_of)), clauses_of, lone, WordVectors.load()) == []
    apart = _answers(
        [
            ("P1", "texte", "Le texte est trop long."),
            ("P2", "texte", "Un texte long et confus."),
            ("P3", "missions", "Des missions courtes."),
            ("P4", "missions", "Des tâches brèves, pas plus d'une heure."),
        ]
    )
    clauses_of = [c for i, a in enumerate(apart) for c in clauses(i, a.text, "fr")]
    # short / long, but about the text on one side and the tasks on the other
    assert polarity.find(range(len(clauses_of)), clauses_of, apart, WordVectors.load()) == []


def test_i18_2_polarity_yes_and_no_to_the_same_question():
    rows = _answers(
        [
            ("P1", "Seriez-vous prêt à témoigner en vidéo ?", "Oui, avec plaisir."),
            ("P2", "Seriez-vous prêt à témoigner en vidéo ?", "Oui, si c'est court."),
            ("P3", "Seriez-vous prêt à témoigner en vidéo ?", "Non, je suis trop timide."),
            ("P4", "Seriez-vous prêt à témoigner en vidéo ?", "Non merci."),
            ("P5", "Seriez-vous prêt à témoigner en vidéo ?", "Oui."),
            ("P6", "Qu'attendez-vous ?", "Non, rien de spécial pour le moment."),
        ]
    )
    found = synthesise(rows, [], language="fr")
    oppositions = [t for t in found.themes if t.sides]
    assert len(oppositions) == 1
    sides = [set(s.participants) for s in oppositions[0].sides]
    assert {"P1", "P2", "P5"} in sides and {"P3", "P4"} in sides
    assert "P6" not in {p for s in sides for p in s}


def test_i18_2_polarity_naming_a_pole_in_a_question_about_fears_is_fearing_it():
    rows = _answers(
        [
            ("P1", "Vos besoins ?", "Tout faire depuis une appli sur mon smartphone."),
            ("P2", "Vos besoins ?", "Une application pour suivre mes points."),
            ("P3", "Vos craintes ?", "Encore une application à installer ?"),
            ("P4", "Qu'est-ce qui vous freine ?", "Tout passe par le numérique, je suis perdu."),
            ("P5", "Vos besoins ?", "Des rencontres entre clients."),
        ]
    )
    found = synthesise(rows, [], language="fr")
    sides = [set(s.participants) for t in found.themes for s in t.sides]
    assert sides == [{"P1", "P2"}, {"P3", "P4"}]
    assert polarity.asks_fears("What worries you most?")
    assert not polarity.asks_fears("Vos besoins ?")


def test_i18_2_polarity_small_groups_against_big_events():
    rows = _answers(
        [
            ("P1", "format", "Des petits groupes, c'est plus convivial."),
            ("P2", "format", "En petit groupe de cinq ou six."),
            ("P3", "format", "Des grands événements avec tout le monde."),
            ("P4", "format", "Un grand événement par an, festif."),
        ]
    )
    found = synthesise(rows, [], language="fr")
    sides = {frozenset(s.participants) for t in found.themes for s in t.sides}
    assert sides == {frozenset({"P1", "P2"}), frozenset({"P3", "P4"})}


def test_i18_2_polarity_english_workshop_format_and_exposure():
    rows = _answers(
        [
            ("P1", "format", "I'd love in-person meetups with other members."),
            ("P2", "format", "Meeting face to face at a local event."),
            ("P3", "format", "Video calls are easier with my schedule."),
            ("P4", "format", "Remote sessions only, I live two hours away."),
            ("P5", "testimony", "Happy to appear with my name and my photo."),
            ("P6", "testimony", "Quote me with my name, no problem."),
            ("P7", "testimony", "Anonymously, please."),
            ("P8", "testimony", "I'd rather stay anonymous."),
        ]
    )
    found = synthesise(rows, [], language="en")
    sides = {frozenset(s.participants) for t in found.themes for s in t.sides}
    assert sides == {
        frozenset({"P1", "P2"}),
        frozenset({"P3", "P4"}),
        frozenset({"P5", "P6"}),
        frozenset({"P7", "P8"}),
    }


def test_i18_2_polarity_paid_or_not_in_french():
    rows = _answers(
        [
            ("P1", "motivations", "Une prime pour chaque client parrainé."),
            ("P2", "motivations", "Être payé pour mes conseils, ce serait normal."),
            ("P3", "motivations", "Surtout pas d'argent ni de prime, je le fais par conviction."),
            ("P4", "craintes", "Être payé pour recommander me gênerait."),
        ]
    )
    found = synthesise(rows, [], language="fr")
    sides = {frozenset(s.participants) for t in found.themes for s in t.sides}
    assert sides == {frozenset({"P1", "P2"}), frozenset({"P3", "P4"})}


def test_i18_2_polarity_competition_against_mutual_help_and_writing_against_video():
    rows = _answers(
        [
            ("P1", "animation", "Des défis entre ambassadeurs, ça motive."),
            ("P2", "animation", "Un classement mensuel des meilleurs parrains."),
            ("P3", "animation", "Pas de compétition entre nous, ça casse l'ambiance."),
            ("P4", "animation", "Plutôt de l'entraide que des concours."),
            ("P5", "contribution", "Écrire un article pour le blog."),
            ("P6", "contribution", "Je préfère témoigner par écrit."),
            ("P7", "contribution", "Une vidéo face caméra, ça me plairait."),
            ("P8", "contribution", "Être filmé pour une courte vidéo."),
        ]
    )
    found = synthesise(rows, [], language="fr")
    sides = {frozenset(s.participants) for t in found.themes for s in t.sides}
    assert sides == {
        frozenset({"P1", "P2"}),
        frozenset({"P3", "P4"}),
        frozenset({"P5", "P6"}),
        frozenset({"P7", "P8"}),
    }


def test_i18_2_polarity_wanted_against_refused_in_one_question():
    rows = _answers(
        [
            ("P1", "contribution", "J'aimerais participer à un podcast."),
            ("P2", "contribution", "Je veux bien enregistrer un podcast avec vous."),
            ("P3", "contribution", "Je ne veux pas faire de podcast."),
            ("P4", "contribution", "Hors de question de faire un podcast, je suis timide."),
            ("P5", "besoins", "Je ne veux pas de podcast non plus."),
        ]
    )
    found = synthesise(rows, [], language="fr")
    sides = {frozenset(s.participants) for t in found.themes for s in t.sides}
    # once both sides meet in one question, the same stance elsewhere joins its side
    assert sides == {frozenset({"P1", "P2"}), frozenset({"P3", "P4", "P5"})}


def test_i18_2_polarity_words_sharing_a_pruned_vector_row_are_no_family():
    vectors = WordVectors.load()
    if vectors is None:
        return
    # The shipped table maps "own" and "help" onto one row: not one topic.
    assert vectors.rows(["own"]) == vectors.rows(["help"])
    family = polarity._families({"own", "help"}, {"own": "en", "help": "en"}, vectors)
    assert family["own"] != family["help"]


def test_i18_2_polarity_antonym_sides_keep_to_the_questions_both_answer():
    rows = _answers(
        [
            ("P1", "ambiance", "Un club moderne, tourné vers demain."),
            ("P2", "ambiance", "Une ambiance moderne et ouverte."),
            ("P3", "ambiance", "Un esprit traditionnel, comme avant."),
            ("P4", "ambiance", "Rester traditionnel avant tout."),
            ("P5", "attentes", "Un site moderne pour s'inscrire."),
        ]
    )
    found = synthesise(rows, [], language="fr", encoder=False)
    opposition = next(t for t in found.themes if t.sides)
    assert {p for s in opposition.sides for p in s.participants} == {"P1", "P2", "P3", "P4"}


class _StyleEncoder:
    """Sentence vectors by meaning, faked: modern answers, traditional ones, others."""

    def queries(self, texts: list[str]) -> np.ndarray:
        rows = []
        for text in texts:
            lowered = text.lower()
            if "moderne" in lowered or "écrans" in lowered:
                rows.append([1.0, 0.0, 0.0])
            elif "traditionnel" in lowered or "comme avant" in lowered:
                rows.append([0.0, 1.0, 0.0])
            else:
                rows.append([0.0, 0.0, 1.0])
        return np.asarray(rows)


def test_i18_2_polarity_the_sentence_encoder_completes_antonym_sides():
    rows = _answers(
        [
            ("P1", "ambiance", "Un club moderne, tourné vers demain."),
            ("P2", "ambiance", "Une ambiance moderne et ouverte."),
            ("P3", "ambiance", "Un esprit traditionnel."),
            ("P4", "ambiance", "Rester traditionnel avant tout."),
            ("P5", "ambiance", "Garder tout comme avant, surtout."),
            ("P6", "ambiance", "Je viens pour les copains."),
            ("P7", "ambiance", "Le stade un jour de match."),
        ]
    )
    lexical = next(t for t in synthesise(rows, [], language="fr", encoder=False).themes if t.sides)
    assert {p for s in lexical.sides for p in s.participants} == {"P1", "P2", "P3", "P4"}
    found = synthesise(rows, [], language="fr", encoder=_StyleEncoder())
    opposition = next(t for t in found.themes if t.sides)
    assert [set(s.participants) for s in opposition.sides] == [{"P1", "P2"}, {"P3", "P4", "P5"}]


def _fear_signs(text: str, language: str = "fr") -> dict[str, int]:
    found: dict[str, int] = {}
    for clause in clauses(0, text, language):
        for mark in polarity.marks(clause, question_is_yes_no=False, fears=True):
            found[mark.topic] = found.get(mark.topic, 0) + mark.sign
    return found


def test_i18_2_polarity_asking_for_more_of_a_pole_keeps_its_side():
    # Answering about brakes, asking for more of a pole is wanting it, not fearing it.
    assert _fear_signs("Plus de webinaires, svp.")["axis!format"] == -1
    assert _fear_signs("More online sessions please", "en")["axis!format"] == -1
    assert _fear_signs("Encore des webinaires ?")["axis!format"] == 1
    # A refusal later in the clause is of something else: the pole asked for more keeps.
    assert _signs("Plus de réunions en visio, pas besoin de rouler une heure.")["axis!format"] == -1


def test_i18_2_polarity_a_pole_asked_for_please_is_no_fear():
    assert _fear_signs("En présentiel svp, assez des écrans.")["axis!format"] == 1
    assert _fear_signs("Online please, I live far away", "en")["axis!format"] == -1
    assert _fear_signs("Tout en visio ? Non merci.")["axis!format"] == 1


# Availability (day / evening, weekdays / weekend) and old looks against modern ones.
def test_availability_words_take_sides():
    assert _signs("Plutôt le matin, avant le travail.")["axis:time_of_day"] == 1
    assert _signs("Evenings only, after the kids are in bed", "en")["axis:time_of_day"] == -1
    assert _signs("Le samedi, idéalement.")["axis:week_part"] == -1
    assert _signs("Weekdays suit me best", "en")["axis:week_part"] == 1
    assert _signs("Vieux look, à l'ancienne.")["axis:modernity"] == -1


def test_weekdays_against_weekend_in_one_question():
    rows = _answers(
        [
            ("P1", "quand", "Le samedi matin, c'est parfait."),
            ("P2", "quand", "Plutôt le dimanche."),
            ("P3", "quand", "En semaine, après le boulot."),
            ("P4", "quand", "Du lundi au vendredi uniquement."),
            ("P5", "idées", "Des visites de l'atelier."),
        ]
    )
    found = synthesise(rows, [], language="fr", encoder=False)
    opposition = next(t for t in found.themes if t.sides)
    sides = {frozenset(s.participants) for s in opposition.sides}
    assert sides == {frozenset({"P1", "P2"}), frozenset({"P3", "P4"})}
