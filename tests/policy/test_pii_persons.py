"""Person names (NER model + rules) and street addresses."""

from __future__ import annotations

import pytest

from bot.policy.pii import EntityType, PiiDetector
from bot.policy.pii.lexicon import is_first_name

T = EntityType


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(not_persons=["Zéphyr", "Volty"])


def persons(detector: PiiDetector, text: str) -> list[str]:
    return [e.value for e in detector.detect(text) if e.type is T.PERSON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sophie Lemaire m'a envoyé le devis.", ["Sophie Lemaire"]),
        ("Tu peux voir avec Jean-Christophe Morin ?", ["Jean-Christophe Morin"]),
        ("RDV avec M. Lefebvre et Mme Da Silva le 3 mars.", ["Lefebvre", "Da Silva"]),
        ("Bonjour, je m'appelle Kenza Belkacem, je veux m'inscrire.", ["Kenza Belkacem"]),
        ("Salut Ophélie ! Le stand est prêt.", ["Ophélie"]),
        ("Moi c'est Tanguy, nouveau Voltigeur.", ["Tanguy"]),
        ("Un message de la part de Gwendoline pour toi.", ["Gwendoline"]),
        ("Yasmina, tu peux rappeler le client ?", ["Yasmina"]),
        ("Merci pour tout !\nCordialement,\nAmandine Roux", ["Amandine Roux"]),
        ("@julie.m tu valides la contribution ?", ["julie.m"]),
        ("Le devis est validé — Baptiste", ["Baptiste"]),
        ("J'ai vu Ines et Theo au salon.", ["Ines", "Theo"]),
        ("Le chiffre vient de Sébastien DUPUIS, le gérant.", ["Sébastien DUPUIS"]),
        ("My name is Emily Clarke, I'd like to join.", ["Emily Clarke"]),
    ],
)
def test_person_rules(detector: PiiDetector, text: str, expected: list[str]) -> None:
    assert persons(detector, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On a goûté la Zéphyr et la Comète, la Comète est meilleure.",
        "Grâce à vous le salon était top !",
        "Rose ou blanche ? La rose de la maison est bonne.",
        "Réunion lundi 12 mars, Noël approche, on en parle sur Discord.",
        "Volty t'a envoyé un rappel.",
        "La police Space Grotesk est dans le dossier.",
        "Un fût de Zéphyr et deux cartons de Comète.",
        "Nouvelle Voltigeuse dans la promo de janvier, bienvenue !",
    ],
)
def test_things_that_are_not_persons(detector: PiiDetector, text: str) -> None:
    assert persons(detector, text) == []


def test_person_inside_a_street_name_belongs_to_the_address(detector: PiiDetector) -> None:
    found = detector.detect("Livraison au 8 avenue Jean Jaurès, 69007 Lyon.")
    assert [(e.type, e.value) for e in found] == [(T.ADDRESS, "8 avenue Jean Jaurès, 69007 Lyon")]


def test_first_name_list() -> None:
    assert is_first_name("Inès") and is_first_name("Ines") and is_first_name("Pierre-Yves")
    assert not is_first_name("Grâce") and not is_first_name("inès")


def test_skipping_the_model_when_it_cannot_help_changes_nothing(detector: PiiDetector) -> None:
    always = PiiDetector(not_persons=["Zéphyr", "Volty"])
    always._persons._ner_may_add = lambda text, covered=(): True  # type: ignore[method-assign]
    messages = [
        "Qui a goûté la Zéphyr version 2026 ? Comète reste ma préférée.",
        "Karim Benali a changé de numéro.",
        "Hier soir avec Titouan Ferrand et sa sœur chez L'Alambic.",
        "Pour l'envoi : Gaspard Hubert, merci d'avance !",
        "Ticket n° 2027-0412 : le bouton ne marche pas sur Android 14.",
    ]
    for message in messages:
        assert detector.detect(message) == always.detect(message), message


@pytest.mark.parametrize(
    "address",
    [
        "12 rue des Capucins, 69001 Lyon",
        "8 bis avenue Jean Jaurès, 69100 Villeurbanne",
        "27 montée de la Grande-Côte, 69001 Lyon",
        "41 rue Sergent-Michel-Berthet, 69009 Lyon",
        "3 allée des Lilas 38000 grenoble",
        "5, place de l'Église 75001 Paris Cedex 01",
        "14 boulevard de la Croix-Rousse",
        "10 quai Saint-Antoine, 69002 Lyon",
        "221B Baker Street, London",
    ],
)
def test_addresses(detector: PiiDetector, address: str) -> None:
    found = detector.detect(f"Envoyez le colis au {address}. Merci !")
    assert [(e.type, e.value) for e in found] == [(T.ADDRESS, address)]


@pytest.mark.parametrize(
    "text",
    [
        "On se retrouve à Lyon, place Bellecour.",
        "Il reste 3 places de parking et 2 cours de yoga.",
        "6 fûts de 20 L et 48 bouteilles, rue barrée.",
    ],
)
def test_not_addresses(detector: PiiDetector, text: str) -> None:
    assert [e for e in detector.detect(text) if e.type is T.ADDRESS] == []
