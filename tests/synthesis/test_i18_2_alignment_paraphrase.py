"""Issue 18 item 2 (c): an objective answers serve in other words than its own ("cutting
emissions" for "the greenest way to get around") is supported, when no theme supports it
by its words; one participant, or answers to a question about fears, support nothing."""

from __future__ import annotations

import numpy as np

from bot.synthesis import alignment, backing
from bot.synthesis import objective_paraphrase as paraphrase
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses as split_clauses

GREEN = "Position the car club as the greenest way to get around the city"


def _rows(answers: list[Answer]) -> list:
    return [c for i, a in enumerate(answers) for c in split_clauses(i, a.text, "en")]


# Two say it in other words (emissions, pollution), two speak of something else.
GREEN_AND_CREDIT = [
    Answer("a1", "p1", "What motivates you?", "Cutting emissions, honestly."),
    Answer("a2", "p2", "What motivates you?", "Less pollution in our street."),
    Answer("a3", "p3", "What motivates you?", "Free driving credit."),
    Answer("a4", "p4", "What motivates you?", "Some driving credit each month."),
]


def test_i18_2_a_goal_named_by_the_objective_gives_the_words_that_serve_it() -> None:
    serving = paraphrase.serving_stems(GREEN, "en")
    assert {"emiss", "pollut", "planet"} <= serving
    assert paraphrase.serving_stems("Créer une communauté d'entraide", "fr") >= {"echang"}
    assert paraphrase.serving_stems("Increase weekday utilisation of the van fleet", "en") == set()


def test_i18_2_two_participants_saying_it_in_other_words_serve_the_objective() -> None:
    answers = GREEN_AND_CREDIT
    rows = _rows(answers)
    themes = [[0, 1], [2, 3]]
    assert paraphrase.serving_themes(GREEN, "en", themes, rows, answers, 2) == [0]
    assert paraphrase.serving_themes(GREEN, "en", [[0, 2]], rows, answers, 2) == []


def test_i18_2_fears_serve_no_objective_in_other_words() -> None:
    question = "What worries you about the programme?"
    answers = [
        Answer("a1", "p1", question, "Being asked to talk about emissions all day."),
        Answer("a2", "p2", question, "Sounding preachy about pollution."),
    ]
    assert paraphrase.serving_themes(GREEN, "en", [[0, 1]], _rows(answers), answers, 2) == []


def test_i18_2_a_paraphrase_supports_only_an_objective_its_words_leave_unsupported() -> None:
    answers = GREEN_AND_CREDIT
    rows = _rows(answers)
    features = build(rows, None)
    objectives = [GREEN, "Green driving credit for active members"]
    _, supports, _, _ = alignment.support(
        objectives, [[0, 1], [2, 3]], rows, answers, features, None, "en"
    )
    # the first objective's words meet no theme: the emissions theme serves it in other
    # words; the second's own words meet the credit theme: its "green" is not read
    assert np.array_equal(supports, [[True, False], [False, True]])


def test_i18_2_left_out_answers_back_an_objective_in_other_words() -> None:
    question = "Quelles contributions aimeriez-vous apporter ?"
    answers = [
        Answer("a1", "p1", question, "Orienter mes nouveaux dossiers vers vous."),
        Answer("a2", "p2", question, "Le bouche-à-oreille, c'est ce que je fais de mieux."),
        Answer("a3", "p3", question, "Une heure par mois, pas plus."),
    ]
    rows = [c for i, a in enumerate(answers) for c in split_clauses(i, a.text, "fr")]
    features = build(rows, None)
    objective = "Accroître la notoriété de Libellule auprès des TPE"
    found = backing.backing(objective, range(len(rows)), rows, answers, features, None, "fr")
    assert {answers[rows[r].answer_index].id for r in found} == {"a1", "a2"}
    alone = [r for r in range(len(rows)) if rows[r].answer_index != 1]
    assert backing.backing(objective, alone, rows, answers, features, None, "fr") == []


def test_i18_2_a_goal_is_named_by_a_phrase_only_when_the_objective_says_all_its_words() -> None:
    # "faire connaître" names word of mouth; "connaître" alone (knowing the clients) does not
    assert {"ami", "pot"} <= paraphrase.serving_stems("Faire connaître la marque", "fr")
    assert paraphrase.serving_stems("Mieux connaître les attentes des clients", "fr") == set()
    staff = "Valoriser le travail des équipes du domaine"
    assert "couliss" in paraphrase.serving_stems(staff, "fr")
    assert paraphrase.serving_stems("Valoriser le travail bénévole", "fr") == set()


def test_i18_2_loyalty_is_served_by_answers_about_coming_back() -> None:
    question = "Pourquoi devenir ambassadeur ?"
    answers = [
        Answer("a1", "p1", question, "Fidèle depuis vingt ans."),
        Answer("a2", "p2", question, "On revient chaque année, c'est plus fort que nous."),
        Answer("a3", "p3", question, "Pour gagner des places gratuites."),
    ]
    rows = [c for i, a in enumerate(answers) for c in split_clauses(i, a.text, "fr")]
    objective = "Fidéliser les détenteurs du forfait"
    assert paraphrase.serving_themes(objective, "fr", [[0, 1], [2]], rows, answers, 2) == [0]


OVERLOAD = "Spread requests fairly so that no ambassador is overloaded"


def test_i18_2_a_goal_of_sparing_the_ambassadors_is_served_by_their_fears_only() -> None:
    fears = "What worries you, or could hold you back?"
    wishes = "How would you like to contribute?"
    answers = [
        Answer("a1", "p1", fears, "Getting bombarded with emails every week."),
        Answer("a2", "p2", fears, "Being chased constantly."),
        Answer("a3", "p3", wishes, "Writing emails to new members."),
        Answer("a4", "p4", wishes, "Answering messages on the forum."),
    ]
    rows = _rows(answers)
    themes = [[0, 1], [2, 3]]
    assert paraphrase.serving_themes(OVERLOAD, "en", themes, rows, answers, 2) == [0]
    assert paraphrase.serving_stems(OVERLOAD, "en") == set()
    spaced = "Garantir des sollicitations espacées et annoncées à l'avance"
    assert "relanc" in paraphrase.serving_stems(spaced, "fr", fears=True)
    assert {"chase", "email"} <= paraphrase.serving_stems(OVERLOAD, "en", fears=True)


def test_i18_2_left_out_answers_back_in_other_words_only_the_objectives_allowed() -> None:
    question = "Quelles contributions aimeriez-vous apporter ?"
    answers = [
        Answer("a1", "p1", question, "Orienter mes nouveaux dossiers vers vous."),
        Answer("a2", "p2", question, "Le bouche-à-oreille, c'est ce que je fais de mieux."),
    ]
    rows = [c for i, a in enumerate(answers) for c in split_clauses(i, a.text, "fr")]
    features = build(rows, None)
    objective = "Accroître la notoriété de Libellule auprès des TPE"
    pool = range(len(rows))
    args = (pool, rows, answers, features, None, "fr")
    assert objective in backing.shared_backing([objective], *args)
    # a theme already serves it in other words: only its own words may back it
    assert backing.shared_backing([objective], *args, paraphrased=()) == {}


def test_i18_2_the_supports_by_an_objective_s_own_words_are_told_apart() -> None:
    answers = GREEN_AND_CREDIT
    rows = _rows(answers)
    features = build(rows, None)
    _, supports, _, worded = alignment.support(
        [GREEN], [[0, 1], [2, 3]], rows, answers, features, None, "en"
    )
    assert supports.any() and not worded.any()


def test_i18_2_recognising_the_ambassadors_is_named_by_what_is_valued() -> None:
    objective = "Valoriser l'engagement des ambassadeurs par une certification"
    assert {"attest", "certificat"} <= paraphrase.serving_stems(objective, "fr")
    assert paraphrase.serving_stems("Valoriser le patrimoine du village", "fr") == set()
    assert "proud" in paraphrase.serving_stems("Make employees proud of the brand", "en")


def test_i18_2_common_goals_of_a_program_are_named_in_other_words() -> None:
    # goals fresh workshops served in other words only (issue 18 item 2c)
    named = {
        "Faciliter la prise en main du service par les nouveaux abonnés": "perdus",
        "Valoriser notre démarche zéro déchet": "vrac",
        "Proposer un engagement adapté au rythme des saisons": "hiver",
        "Rapprocher voyageurs et personnel d'exploitation": "visiter",
        "Faire remonter les irritants du quotidien": "remarques",
        "Associer les membres à nos événements": "apéro",
        "Informer en priorité les ambassadeurs des travaux": "prévenus",
        "Soutenir une cause : la protection animale": "refuges",
        "Rendre nos boutiques accessibles à tous": "fauteuil",
        "Faire tester nos prototypes": "essayer",
    }
    for objective, word in named.items():
        assert set(paraphrase._stems(word)) & paraphrase.serving_stems(objective, "fr"), objective
    shops = "Recueillir des idées pour réaménager les boutiques"
    assert paraphrase.serving_stems(shops, "fr") == set()
    assert paraphrase.serving_stems("Obtenir davantage d'avis positifs sur Google", "fr") == set()


def test_i18_2_privacy_is_served_by_what_participants_fear_of_being_made_public() -> None:
    fears = "What might put you off or hold you back?"
    answers = [
        Answer("a1", "p1", fears, "My address needs to stay off social media."),
        Answer("a2", "p2", fears, "Keeping my kids' names out of anything posted."),
    ]
    objective = "Guarantee that each household decides what gets made public about them"
    rows = _rows(answers)
    assert paraphrase.serving_themes(objective, "en", [[0, 1]], rows, answers, 2) == [0]


def test_i18_2_common_goals_served_in_other_words() -> None:
    # social media presence is served by posts and stories; a profession is valued by
    # gratitude; feeling legitimate is served only by the fear of not knowing enough
    social = paraphrase.serving_stems("Renforcer notre visibilité sur les réseaux sociaux", "fr")
    assert {"post", "stori"} <= social
    assert "gratitud" in paraphrase.serving_stems("Valoriser le métier d'aide-soignant", "fr")
    legit = "Former les ambassadeurs pour qu'ils se sentent légitimes"
    assert "specialist" not in paraphrase.serving_stems(legit, "fr")
    assert "specialist" in paraphrase.serving_stems(legit, "fr", fears=True)
