"""Issue 19: a number the question gives, held by a passage that words it otherwise
(`knowledge.number_forms`), and a time given from another (`knowledge.answerability`)."""

from __future__ import annotations

from knowledge.answer import _gives_amounts, _gives_numbers
from knowledge.answerability import TIME, has_kind
from knowledge.number_forms import worded_otherwise


def test_a_named_span_of_time_holds_the_number_of_months() -> None:
    question = "si je ne poste rien pendant 6 mois, je garde mon badge ?"
    text = "Le badge est retiré après un semestre complet sans publication."
    assert worded_otherwise(question, text) == {6}
    assert _gives_numbers(question, {6}, text)


def test_quarterly_and_weekly_spans() -> None:
    assert worded_otherwise("the report comes every 3 months?", "A quarterly report") == {3}
    assert worded_otherwise("on se voit tous les 7 jours ?", "Réunion hebdomadaire") == {7}


def test_a_case_against_a_rule_s_bound_in_the_same_unit() -> None:
    question = "je vis à 450 km de l'usine, je viens comment ?"
    assert worded_otherwise(question, "Au-delà de 250 km, l'avion est pris en charge.") == {450}
    assert worded_otherwise("I have 180 stars, can I order the mug?", "From 150 stars on") == {180}


def test_a_bound_in_another_unit_does_not_hold_it() -> None:
    question = "je vis à 450 km de l'usine, je viens comment ?"
    assert worded_otherwise(question, "Au-delà de 2 nuits, l'hôtel n'est pas payé.") == set()
    assert not _gives_numbers(question, {450}, "Le train est remboursé : 0,30 € par km.")


def test_one_is_an_article_in_the_documents() -> None:
    question = "1 jeton ça fait combien en euros ?"
    assert _gives_numbers(question, {1}, "Un jeton vaut 2 € en boutique.")


def test_a_number_the_passage_lacks_still_counts() -> None:
    question = "le parrainage rapporte 40 points ?"
    assert not _gives_numbers(question, {40}, "Un parrainage rapporte 25 points.")


def test_a_time_given_from_another_answers_what_time() -> None:
    assert has_kind(TIME, "Accueil des visiteurs : dès 45 minutes avant l'ouverture.")
    assert has_kind(TIME, "Set up the stand one hour before the doors open.")
    assert not has_kind(TIME, "Le stand est tenu par deux bénévoles.")


def test_the_same_span_in_another_unit() -> None:
    assert worded_otherwise("on a 48 h pour répondre ?", "Vous avez 2 jours pour répondre.") == {48}
    assert worded_otherwise("my points last 1 year?", "Points expire after 12 months.") == {1}
    assert worded_otherwise("on a 48 h pour répondre ?", "Vous avez 3 jours.") == set()


def test_a_bound_in_words_and_in_another_unit_of_time() -> None:
    question = "je pars 5 semaines en voyage, je perds mes points ?"
    text = "Au-delà de deux mois sans connexion, le compte est mis en pause."
    assert worded_otherwise(question, text) == {5}


def test_a_bound_the_question_sets_itself_is_a_value_to_check() -> None:
    question = "les badges arrivent sous 10 jours ?"
    assert worded_otherwise(question, "Les badges sont envoyés sous 7 jours.") == set()


def test_one_as_an_article_only_before_the_same_word() -> None:
    question = "le palier 1 donne quoi ?"
    assert worded_otherwise(question, "Le palier 2 donne une gourde.") == set()


def test_an_amount_against_a_ceiling_in_the_same_unit() -> None:
    question = "j'ai payé 80 € de taxi, c'est remboursé ?"
    assert _gives_amounts(question, {(80, "euro")}, "Taxi remboursé dans la limite de 50 €.")
    assert not _gives_amounts(question, {(80, "euro")}, "Le taxi coûte en moyenne 50 €.")
