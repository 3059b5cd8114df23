"""Issue 17, items 1 and 3: reading what people write (links, days, sentences), offline."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from bot.contributions.dates import BadDay, find_day, parse_day
from bot.contributions.guess import guess, kind_named, looks_like_report
from bot.contributions.kinds import find, kinds
from bot.contributions.proofs import BadProof, normalise_url
from bot.tenants import ClientConfig

TODAY = date(2027, 3, 10)  # a Wednesday
ACME = ClientConfig(name="acme")


@pytest.mark.parametrize(
    "link",
    [
        "https://www.g2.com/products/acme/reviews",
        "http://g2.com/products/acme/reviews/",
        "https://G2.com/products/acme/reviews?utm_source=newsletter&utm_medium=mail",
        "https://m.g2.com/products/acme/reviews#section",
        "https://g2.com:443/products/acme/reviews?fbclid=abc",
    ],
)
def test_i17_3_one_page_one_normalised_link(link: str) -> None:
    assert normalise_url(link) == "https://g2.com/products/acme/reviews"


def test_i17_3_links_that_differ_stay_different() -> None:
    assert normalise_url("https://youtu.be/abc123?si=x") == "https://youtube.com/watch?v=abc123"
    assert normalise_url("https://twitter.com/lea/status/1") == "https://x.com/lea/status/1"
    assert normalise_url("https://youtube.com/watch?v=abc") != normalise_url(
        "https://youtube.com/watch?v=abd"
    )
    assert normalise_url("https://a.org/p?b=2&a=1") == normalise_url("https://a.org/p?a=1&b=2")
    for bad in ("ftp://a.org/x", "https://localhost/x", "notalink", "https://a b.org"):
        with pytest.raises(BadProof):
            normalise_url(bad)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hier", date(2027, 3, 9)),
        ("yesterday", date(2027, 3, 9)),
        ("avant-hier", date(2027, 3, 8)),
        ("aujourd'hui", TODAY),
        ("2027-03-01", date(2027, 3, 1)),
        ("01/03/2027", date(2027, 3, 1)),
        ("1/3", date(2027, 3, 1)),
        ("le 3 mars", date(2027, 3, 3)),
        ("March 3rd", date(2027, 3, 3)),
        ("12/12", date(2026, 12, 12)),  # over a month ahead: last December
        ("lundi", date(2027, 3, 8)),
        ("last wednesday", date(2027, 3, 3)),
        ("il y a 3 jours", date(2027, 3, 7)),
        ("demain", date(2027, 3, 11)),  # understood, and refused later as in the future
        ("15/03", date(2027, 3, 15)),  # a few days ahead stays ahead (refused), not 2026
    ],
)
def test_i17_1_days_as_people_write_them(typed: str, expected: date) -> None:
    assert parse_day(typed, TODAY) == expected


def test_i17_1_impossible_or_unreadable_days() -> None:
    for typed in ("31/02/2027", "2027-13-01", "bientôt"):
        with pytest.raises(BadDay):
            parse_day(typed, TODAY)
    assert find_day("rien de daté ici", TODAY) is None


@pytest.mark.parametrize(
    ("sentence", "kind", "day"),
    [
        ("j'ai fait un témoignage vidéo hier", "testimonial", date(2027, 3, 9)),
        ("J’ai publié un avis sur le site du salon", "review", TODAY),
        ("Hier, j'ai tenu le stand au salon", "event", date(2027, 3, 9)),
        ("j'ai recommandé Acme à un ami lundi", "referral", date(2027, 3, 8)),
        ("J'ai partagé le post de lancement sur LinkedIn", "social_share", TODAY),
        ("I gave a talk at the meetup yesterday", "event", date(2027, 3, 9)),
        ("I've just posted a review on G2", "review", TODAY),
        ("je viens de donner mon feedback sur la bêta", "product_feedback", TODAY),
    ],
)
def test_i17_1_a_sentence_gives_a_kind_and_a_day(sentence: str, kind: str, day: date) -> None:
    assert looks_like_report(sentence)
    read = guess(ACME, sentence, TODAY)
    assert read.kind is not None and read.kind.id == kind
    assert read.day == day


@pytest.mark.parametrize(
    "question",
    [
        "comment je fais un témoignage ?",
        "j'ai une question sur les avis",
        "I have a question about reviews",
        "I wanted to ask about the meetup",
        "j'ai pas encore fait mon témoignage",
        "mes points expirent-ils ?",
    ],
)
def test_i17_1_questions_are_not_reports(question: str) -> None:
    assert not looks_like_report(question)


def test_i17_1_kinds_named_by_id_label_or_their_own_word() -> None:
    assert kind_named(ACME, "avis").id == "review"  # type: ignore[union-attr]
    assert kind_named(ACME, "Avis en ligne").id == "review"  # type: ignore[union-attr]
    assert kind_named(ACME, "témoignages").id == "testimonial"  # type: ignore[union-attr]
    assert kind_named(ACME, "social_share").id == "social_share"  # type: ignore[union-attr]
    assert kind_named(ACME, "tricot") is None
    assert kind_named(ACME, "podcast") is None  # a hint for a guess, not a kind's name


def test_i17_2_kinds_default_to_the_solicitation_kinds_with_caps_and_approval() -> None:
    by_id = {k.id: k for k in kinds(ACME)}
    assert list(by_id) == [k.id for k in ACME.solicitations.kinds]
    assert by_id["testimonial"].points == 50 and by_id["testimonial"].approval
    assert not by_id["review"].approval and by_id["social_share"].daily_cap == 5
    custom = ClientConfig.model_validate(
        {
            "name": "acme",
            "solicitations": {"kinds": [{"id": "testimonial", "points": 80}, {"id": "other"}]},
            "contributions": {
                "kinds": [
                    {"id": "testimonial", "daily_cap": 1, "approval": False},
                    {"id": "podcast", "points": 70, "labels": {"fr": "Podcast"}},
                ]
            },
        }
    )
    testimonial, podcast = kinds(custom)
    assert (testimonial.points, testimonial.daily_cap, testimonial.approval) == (80, 1, False)
    assert podcast.points == 70 and podcast.label("en") == "Podcast"
    assert find(custom, "review") is None
    # The default badges about kinds this client does not offer are left out.
    in_force = custom.contributions.badge_rules(custom.contribution_kind_ids())
    assert "three_events" not in {b.id for b in in_force}


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"badges": [{"id": "stands", "kind": "stand", "count": 3}]}, "unknown kind 'stand'"),
        ({"badges": [{"id": "empty"}]}, "has no condition"),
        (
            {
                "levels": [
                    {"id": "a0", "min_points": 0},
                    {"id": "b1", "min_points": 50},
                    {"id": "c2", "min_points": 10},
                ]
            },
            "lowest to highest",
        ),
        ({"levels": [{"id": "a0", "min_points": 10}]}, "must need 0 points"),
        ({"kinds": [{"id": "review"}, {"id": "review"}]}, "appear twice"),
    ],
)
def test_i17_2_a_broken_contributions_section_is_refused(section: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        ClientConfig.model_validate({"name": "acme", "contributions": section})
