"""Issue 19 item 3: a count of one said with the article ("un panier par semaine", "only
one") answers "combien"; "un" alone, or "par" naming a means, does not."""

from __future__ import annotations

from knowledge.answerability import NUMBER, has_kind
from knowledge.quote_kind import gives_kind
from knowledge.single_counts import says_one


def test_i19_3_a_rate_of_one_is_a_count() -> None:
    for text in (
        "Un panier offert par semaine et par adhérent.",
        "Une seule inscription est possible.",
        "You may bring one guest per visit.",
        "Only one voucher can be used.",
    ):
        assert says_one(text), text
        assert has_kind(NUMBER, text) and gives_kind(NUMBER, text), text


def test_i19_3_an_article_is_not_a_count() -> None:
    for text in (
        "Envoyez un message par courriel à l'équipe.",
        "Il faut une photo et un lien.",
        "Une visite par exemple est appréciée.",
    ):
        assert not says_one(text), text


def test_i19_3_seconds_are_a_duration() -> None:
    assert gives_kind("date", "Forty-five seconds at most, filmed outdoors.")
