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
