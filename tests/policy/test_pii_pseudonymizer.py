"""Placeholders consistent within a conversation, and the way back."""

from __future__ import annotations

import pytest

from bot.policy.pii import Entity, EntityType, PiiDetector, Pseudonymizer, redact


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(["Opération Zèbre"], use_ner=False)


def test_round_trip_with_consistent_placeholders(detector: PiiDetector) -> None:
    conversation = Pseudonymizer(detector)
    first = conversation.pseudonymize(
        "Salut Karim ! Mon mail : lea.roux@exemple.fr, mon portable 06 12 34 56 78."
    )
    assert first == "Salut <PERSONNE_1> ! Mon mail : <EMAIL_1>, mon portable <TELEPHONE_1>."
    second = conversation.pseudonymize(
        "Karim, rappelle le 06.12.34.56.78 ; Sophie suit l'opération zèbre."
    )
    assert second == (
        "<PERSONNE_1>, rappelle le <TELEPHONE_1> ; <PERSONNE_2> suit l'<TERME_CONFIDENTIEL_1>."
    )
    reply = "D'accord <PERSONNE_2>, j'écris à <EMAIL_1> et à [PERSONNE_1]."
    assert conversation.reidentify(reply) == (
        "D'accord Sophie, j'écris à lea.roux@exemple.fr et à Karim."
    )


def test_pseudonymized_text_is_left_unchanged(detector: PiiDetector) -> None:
    conversation = Pseudonymizer(detector)
    once = conversation.pseudonymize("Écris à Léa Martin (lea@x.fr) pour l'opération Zèbre.")
    assert once == "Écris à <PERSONNE_1> (<EMAIL_1>) pour l'<TERME_CONFIDENTIEL_1>."
    assert conversation.pseudonymize(once) == once


def test_every_type_has_a_french_placeholder(detector: PiiDetector) -> None:
    conversation = Pseudonymizer(detector)
    text = "IBAN FR1420041010050500013M02606, 12 rue des Lilas 69001 Lyon"
    assert conversation.pseudonymize(text) == "IBAN <IBAN_1>, <ADRESSE_1>"


def test_unknown_placeholders_are_left_alone(detector: PiiDetector) -> None:
    conversation = Pseudonymizer(detector)
    assert conversation.reidentify("Bonjour <PERSONNE_7> et <FOO_1>") == (
        "Bonjour <PERSONNE_7> et <FOO_1>"
    )


def test_conversations_do_not_share_mappings(detector: PiiDetector) -> None:
    one, two = Pseudonymizer(detector), Pseudonymizer(detector)
    one.pseudonymize("Salut Karim")
    assert two.pseudonymize("Salut Sophie") == "Salut <PERSONNE_1>"
    assert two.reidentify("<PERSONNE_1>") == "Sophie"


def test_values_never_appear_in_repr(detector: PiiDetector) -> None:
    conversation = Pseudonymizer(detector)
    conversation.pseudonymize("Salut Karim, 06 12 34 56 78")
    shown = repr(conversation) + repr(detector.detect("Salut Karim"))
    assert "Karim" not in shown and "06 12" not in shown
    assert len(conversation) == 2


def test_redact_uses_type_labels() -> None:
    text = "Karim: 06 12 34 56 78"
    entities = [
        Entity(EntityType.PERSON, 0, 5, "Karim"),
        Entity(EntityType.PHONE, 7, 21, "06 12 34 56 78"),
    ]
    assert redact(text, entities) == "<PERSONNE>: <TELEPHONE>"
    with pytest.raises(ValueError):
        redact(text, [entities[0], Entity(EntityType.PERSON, 2, 4, "ri")])
