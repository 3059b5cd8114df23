"""Issue 16, item 2: the kinds of ask are a per-client list with points and labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.solicitations.kinds import BUILT_IN_KINDS, kind_label
from bot.tenants import ClientConfig, ClientConfigError, parse_client_file


def test_i16_2_built_in_kinds_have_points_and_labels_in_both_languages() -> None:
    config = ClientConfig(name="acme")
    assert (
        [k.id for k in config.solicitations.kinds]
        == list(BUILT_IN_KINDS)
        == [
            "testimonial",
            "review",
            "event",
            "referral",
            "social_share",
            "product_feedback",
            "other",
        ]
    )
    assert all(k.points > 0 for k in config.solicitations.kinds)
    for kind in BUILT_IN_KINDS:
        french, english = kind_label(config, kind, "fr"), kind_label(config, kind, "en")
        assert french and english and french != kind and english != kind
    assert kind_label(config, "social_share", "fr") == "Partage sur les réseaux"
    assert kind_label(config, "social_share", "en") == "Social media share"


def test_i16_2_a_client_file_sets_its_own_kinds(tmp_path: Path) -> None:
    path = tmp_path / "acme.yaml"
    path.write_text(
        "solicitations:\n"
        "  kinds:\n"
        "    - {id: testimonial, points: 80}\n"
        "    - {id: podcast, points: 70, labels: {fr: Podcast audio, en: Audio podcast}}\n"
        "  max_asks_per_30_days: 3\n",
        encoding="utf-8",
    )
    config = parse_client_file(path)
    assert [(k.id, k.points) for k in config.solicitations.kinds] == [
        ("testimonial", 80),
        ("podcast", 70),
    ]
    assert kind_label(config, "podcast", "en") == "Audio podcast"
    assert kind_label(config, "testimonial", "fr") == "Témoignage"  # the built-in label
    assert config.solicitations.max_asks_per_30_days == 3


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("    - {id: review}\n    - {id: review}\n", "kind ids appear twice: review"),
        ("    - {id: Mauvais Id}\n", "'Mauvais Id' is not a kind id"),
        ("    - {id: review, points: -5}\n", "solicitations.kinds.0.points"),
    ],
)
def test_i16_2_a_bad_kind_list_names_the_key(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "acme.yaml"
    path.write_text("solicitations:\n  kinds:\n" + body, encoding="utf-8")
    with pytest.raises(ClientConfigError) as caught:
        parse_client_file(path)
    assert expected in str(caught.value)
