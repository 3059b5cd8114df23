"""Issue 18 item 2 (c): more common goals of ambassador programs that answers serve in
other words (`objective_paraphrases`): welcoming newcomers by teaching them the basics,
having a say by giving one's opinion, showing the product at work, group outings, health
prevention, performing on stage, showcasing the members. Invented examples."""

from __future__ import annotations

from bot.synthesis import objective_paraphrase as paraphrase
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses as split_clauses


def _serves(objective: str, text: str, language: str = "en") -> bool:
    answers = [Answer("a1", "p1", "How would you like to help?", text)]
    rows = split_clauses(0, text, language)
    return bool(paraphrase.serving_rows(objective, language, range(len(rows)), rows, answers))


def test_newcomers_are_welcomed_by_teaching_them_the_basics() -> None:
    assert _serves("Help newcomers settle in", "teach the basics of knitting to anyone")


def test_a_say_in_what_comes_next_is_given_by_opinions() -> None:
    assert _serves(
        "Collecter des suggestions pour la feuille de route", "pouvoir peser sur les choix", "fr"
    )


def test_demos_and_open_days_are_served_by_showing_and_hosting() -> None:
    assert _serves("Run more demonstrations in stores", "I could host a session in my shop")
    assert _serves("Organiser des portes ouvertes", "faire visiter mon jardin", "fr")


def test_group_outings_are_served_by_rides_and_hikes() -> None:
    assert _serves("Organise monthly outings", "lead a ride on Sunday mornings")


def test_health_prevention_is_served_by_screening_and_exercise() -> None:
    assert _serves("Promote health prevention at work", "a free screening day")
    assert _serves("Encourager la prévention", "des séances de yoga le midi", "fr")


def test_stage_goals_are_served_by_concerts_and_galas() -> None:
    assert _serves("Fill the open mic nights", "perform a song with my band")


def test_showcasing_members_is_served_by_visibility() -> None:
    assert _serves("Showcase our members' work", "a feature in the newsletter")


def test_goals_not_named_serve_nothing() -> None:
    # Sales and online reviews name none of these goals: answers do not serve them.
    assert paraphrase.serving_stems("Increase sales at the shop", "en") == set()
    assert paraphrase.serving_stems("Obtenir davantage d'avis sur Google", "fr") == set()
