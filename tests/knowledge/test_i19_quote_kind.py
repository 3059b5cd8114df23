"""Issue 19, which unit an offline answer quotes: for a question asking a kind of answer
("quand", "combien"), a unit that gives it is quoted before one about as rich in the
question's words that does not (`knowledge.quote_kind`, `KIND_BONUS`);
the sentence encoder's pick is not quoted from a hit judged not to hold what is asked
(`knowledge.quote_choice.with_meaning`, `lacking`)."""

from __future__ import annotations

from knowledge.answer import support
from knowledge.answerability import DATE, NUMBER, TIME, has_kind
from knowledge.passages import best_passages
from knowledge.quote_choice import with_meaning
from knowledge.quote_kind import KIND_BONUS, LACKING_PENALTY, gives_kind, quote_bonus
from tests.knowledge.hits import public_hit
from tests.knowledge.test_i19_quote_choice import _words
from tests.knowledge.test_i19_quote_meaning_guard import COSINES, QUESTION, _quotes
from tests.knowledge.test_i19_quote_meaning_guard import _hits as _guard_hits

LEVEL = (
    "Au niveau Coulisses, le Complice profite de :\n"
    "- une visite des ateliers de décors et de costumes ;\n"
    "- une rencontre avec une équipe artistique."
)
CALENDAR = "La visite des ateliers de décors est prévue le samedi 6 mars 2027."
WHEN = "Quand a lieu la visite des ateliers de décors ?"


def test_i19_quote_kind_a_date_is_a_date_or_a_duration_not_any_word_of_time() -> None:
    assert gives_kind(DATE, "Le parrainage sera généralisé en septembre 2026.")
    assert gives_kind(DATE, "La réponse est donnée sous trois mois.")
    assert gives_kind(DATE, "Les cibles sont revues chaque trimestre.")
    assert gives_kind(DATE, "Réponse sous 48 h.")
    assert not gives_kind(DATE, "Le kit est remis avant l'événement, dès l'inscription.")
    assert not gives_kind(DATE, "Une visite des ateliers de décors.")


def test_i19_quote_kind_a_number_is_not_an_article() -> None:
    assert gives_kind(NUMBER, "15 % de réduction sur le réabonnement.")
    assert gives_kind(NUMBER, "Trois formations sont proposées.")
    assert not gives_kind(NUMBER, "Une visite des ateliers et une rencontre.")
    assert gives_kind(TIME, "Ouvert de 10 h à 18 h.")


def test_i19_quote_kind_the_unit_giving_the_date_is_quoted_first() -> None:
    hits = [
        public_hit(LEVEL, "Guide › Avantages du niveau Coulisses", 0, "guide.md"),
        public_hit(CALENDAR, "Rendez-vous › Calendrier", 1, "rdv.md"),
    ]
    words = _words(WHEN, hits)
    assert best_passages(words, hits, support)[0].rank == 0  # richer in the words
    assert KIND_BONUS > 0
    chosen = best_passages(words, hits, support, extra=quote_bonus(DATE, []))
    assert chosen[0].rank == 1
    assert "6 mars 2027" in chosen[0].text


def test_i19_quote_kind_the_encoder_pick_must_hold_what_is_asked() -> None:
    hits = _guard_hits()
    words = _words(QUESTION, hits)
    quotes = _quotes(0.4)
    picked = with_meaning(quotes, words, hits, support, COSINES)
    assert [q.rank for q in picked] == [0, 2, 1]  # the former second quote comes third
    kept = with_meaning(quotes, words, hits, support, COSINES, lacking=[2])
    assert kept == quotes


CLUB = "Si je ne participe à aucune soirée de la saison, suis-je exclu du club ?"


def _club_hits() -> list:
    return [
        public_hit(
            "Les soirées de la saison sont annoncées chaque mois sur le salon du club.",
            "Club › Calendrier des soirées",
            0,
            "calendrier.md",
        ),
        public_hit(
            "Un membre qui ne participe pas n'est jamais exclu : il reste inscrit.",
            "Club › Adhésion",
            1,
            "guide.md",
        ),
    ]


def test_i19_quote_kind_a_hit_lacking_what_is_asked_steps_back() -> None:
    bonus = quote_bonus(None, [0.4, 0.6], lacking=[0])
    hits = _club_hits()
    words = _words(CLUB, hits)
    plain = best_passages(words, hits, support, "french", extra=quote_bonus(None, [0.4, 0.6]))
    judged = best_passages(words, hits, support, "french", extra=bonus)
    first = {p.rank: p.score for p in plain}
    after = {p.rank: p.score for p in judged}
    assert round(first[0] - after[0], 6) == LACKING_PENALTY
    assert after[1] == first[1]


def test_i19_quote_kind_no_penalty_without_an_answering_hit() -> None:
    hits = _club_hits()
    words = _words(CLUB, hits)
    plain = best_passages(words, hits, support, "french", extra=quote_bonus(None, [0.4, 0.6]))
    same = best_passages(words, hits, support, "french", extra=quote_bonus(None, [0.4, 0.6], ()))
    assert plain == same


def test_i19_quote_kind_a_season_is_a_duration() -> None:
    assert gives_kind(DATE, "Le témoignage reste en ligne 2 saisons.")
    assert gives_kind(DATE, "The badge is valid for two seasons.")
    assert has_kind(DATE, "Site du club | 2 saisons | oui")
    assert not has_kind(DATE, "Site du club | oui")
