"""Personal data written the ways people really write it (issue 13, item 5)."""

from __future__ import annotations

import pytest

from bot.policy.pii import PiiDetector, redact
from bot.policy.pii.entities import PLACEHOLDER_LABELS, EntityType


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector()


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        ("Appelez le 06\u200b12 34 56 78 svp", "06\u200b12 34 56 78", EntityType.PHONE),
        (
            "tél 06\u200912\u200934\u200956\u200978",
            "06\u200912\u200934\u200956\u200978",
            EntityType.PHONE,
        ),
        ("mail : jean\u00ad.moreau@free.fr", "jean\u00ad.moreau@free.fr", EntityType.EMAIL),
        (
            "carte 4970\u20605568\u20601518\u20608445",
            "4970\u20605568\u20601518\u20608445",
            EntityType.CREDIT_CARD,
        ),
        (
            "IBAN FR76\ufeff3000 6000 0112 3456 7890 189",
            "FR76\ufeff3000 6000 0112 3456 7890 189",
            EntityType.IBAN,
        ),
        ("Merci à Ma\u200dthilde Gi\u200drard !", "Ma\u200dthilde Gi\u200drard", EntityType.PERSON),
        ("ｍａｒｉｅ＠ｏｒａｎｇｅ．ｆｒ", "ｍａｒｉｅ＠ｏｒａｎｇｅ．ｆｒ", EntityType.EMAIL),
    ],
)
def test_i13_5_values_broken_by_invisible_characters_are_found_whole(
    detector: PiiDetector, text: str, value: str, entity_type: EntityType
) -> None:
    [entity] = detector.detect(text)
    assert entity.type == entity_type
    assert entity.value == value and text[entity.start : entity.end] == value
    assert redact(text, [entity]) == text.replace(value, f"<{PLACEHOLDER_LABELS[entity.type]}>")


@pytest.mark.parametrize(
    "address",
    [
        "marie[at]orange.fr",
        "marie (at) orange (dot) fr",
        "marie {at} orange {dot} fr",
        "marie<at>orange<dot>fr",
        "marie(a)orange.fr",
        "marie arobase orange point fr",
        "marie arrobase orange.fr",
        "MARIE.D AT ORANGE DOT FR",
        "marie dot dupont at gmail dot com",
        "marie at gmail dot com",
        "marie.dupont chez orange.fr",
        "marie @ orange . fr",
        "marie[dot]dupont[at]orange[dot]co[dot]uk",
        "marie@orange[.]fr",
    ],
)
def test_i13_5_obfuscated_email_addresses_are_found_whole(
    detector: PiiDetector, address: str
) -> None:
    text = f"Écrivez-moi à {address}, merci !"
    assert [(e.type, e.value) for e in detector.detect(text)] == [(EntityType.EMAIL, address)]


@pytest.mark.parametrize(
    "text",
    [
        "Je suis chez orange.fr depuis dix ans",
        "Regardez at home dot com, c'est drôle",
        "Look at google.com for the schedule",
        "Voir le point (a) ci-dessous",
        "Je travaille chez free point fr",
        "RDV at 10 point 30",
        "email me at gmail dot com",
    ],
)
def test_i13_5_at_and_chez_in_ordinary_sentences_are_not_addresses(
    detector: PiiDetector, text: str
) -> None:
    assert [e for e in detector.detect(text) if e.type is EntityType.EMAIL] == []
