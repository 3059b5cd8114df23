"""Person rules that carry over to other clients: the INSEE lexicon, particles, places."""

from __future__ import annotations

import pytest

from bot.policy.pii import EntityType, PiiDetector
from bot.policy.pii.lexicon import is_first_name, is_surname, is_weak_first_name

T = EntityType


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(not_persons=["Mistral", "Alizé"])


def persons(detector: PiiDetector, text: str) -> list[str]:
    return [e.value for e in detector.detect(text) if e.type is T.PERSON]


def test_the_insee_register_knows_names_the_hand_written_list_lacks() -> None:
    for name in ("Priya", "Lukas", "Siobhan", "Thanh"):
        assert not is_first_name(name), name
        assert is_weak_first_name(name), name
    assert is_weak_first_name("Marie-Priya")  # compound names part by part
    assert not is_weak_first_name("priya")  # a capital is required
    assert not is_weak_first_name("Okonkwo") and not is_weak_first_name("Lyon")
    assert is_surname("Dubois") and is_surname("Moreau")
    assert not is_surname("Decathlon") and not is_surname("dubois")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tu peux appeler le magasin de Priya demain ?", ["Priya"]),
        ("On attend Siobhan Murphy pour la sortie.", ["Siobhan Murphy"]),
        ("Merci pour les photos ! Lukas", ["Lukas"]),
        ("Le dossier est chez Thanh depuis lundi.", ["Thanh"]),
    ],
)
def test_register_first_names_in_a_persons_position(
    detector: PiiDetector, text: str, expected: list[str]
) -> None:
    assert persons(detector, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Soirée Prune & Olive le 12/03 au local.",  # an event title, capitalised words
        "Le coloris Rose Poudré revient en stock.",  # after a thing noun
        "Le vélo Alizé est en promo.",  # the client's product (not_persons)
        "On roule en Lorraine pour Pâques.",  # after a place preposition, read as LOC
        "Rendez-vous gare de Nancy à 9 h.",  # inside a place
    ],
)
def test_register_names_that_are_things_or_places(detector: PiiDetector, text: str) -> None:
    assert persons(detector, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contact : Gwenaëlle Le Floch, au local.", ["Gwenaëlle Le Floch"]),
        ("gérant Yannick Le Goff, 02 40 35 71 88", ["Yannick Le Goff"]),
        ("Cordialement,\nSoizic Le Bihan\nResponsable communauté", ["Soizic Le Bihan"]),
    ],
)
def test_surname_particles_stay_in_the_name(
    detector: PiiDetector, text: str, expected: list[str]
) -> None:
    assert persons(detector, text) == expected


def test_a_lone_article_still_blocks_a_span(detector: PiiDetector) -> None:
    assert persons(detector, "Le Mistral sort en mars.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("salut sofiane ! tu as le lien ?", ["sofiane"]),
        ("merci camille, c'est parfait", ["camille"]),
        ("coucou jean-baptiste !", ["jean-baptiste"]),
        ("salut tout le monde !", []),
        ("merci beaucoup !", []),
        ("bonjour madame, une question", []),
        ("salut partenaire !", []),  # a word, not a name
    ],
)
def test_lower_case_names_after_a_greeting(
    detector: PiiDetector, text: str, expected: list[str]
) -> None:
    assert persons(detector, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pour la livraison, sonnez chez Dubois svp.", ["Dubois"]),
        ("Il faut appeler Moreau avant midi.", ["Moreau"]),
        ("Avec Orange la fibre marche mal.", []),  # a bare preposition is not a cue
        ("J'ai acheté les pneus chez Decathlon.", []),  # not a surname
    ],
)
def test_register_surnames_after_a_person_cue(
    detector: PiiDetector, text: str, expected: list[str]
) -> None:
    assert persons(detector, text) == expected


def test_the_model_is_skipped_for_words_the_rules_already_cover(
    detector: PiiDetector, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.policy.pii.persons as persons_module

    calls: list[str] = []
    monkeypatch.setattr(persons_module, "ner_spans", lambda text: calls.append(text) or ())
    assert persons(detector, "Karim Benali a changé de numéro.") == ["Karim Benali"]
    assert persons(detector, "Rendez-vous avec Mme Garnier lundi.") == ["Garnier"]
    assert calls == []
    persons(detector, "Le relais est tenu par Okonkwo depuis mars.")
    assert len(calls) == 1  # an unknown capitalised word: the model decides


@pytest.fixture(scope="module")
def client_detector() -> PiiDetector:
    from bot.policy.pii import ConfidentialTermSpec

    return PiiDetector(
        [ConfidentialTermSpec("Clé Secrète"), ConfidentialTermSpec("Projet Houblon", ("Houblon",))]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les clés secrètes sont au coffre.", ["clés secrètes"]),
        ("Deux projets houblon en parallèle ?", ["projets houblon"]),
        ("Le houblon du Nord arrive.", []),  # the common noun stays allowed
        ("Une clé de 12 pour le pédalier.", []),  # one word of the term is not the term
    ],
)
def test_confidential_terms_match_their_plural(
    client_detector: PiiDetector, text: str, expected: list[str]
) -> None:
    found = [e.value for e in client_detector.detect(text) if e.type is T.CONFIDENTIAL_TERM]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Écrire au 4 rue de la Paix, 75002 Paris CEDEX 02 svp",
            "4 rue de la Paix, 75002 Paris CEDEX 02",
        ),
        ("Livrer au 12 r. du Port, 56100 Lorient.", "12 r. du Port, 56100 Lorient"),
        ("3 rue Saint-Jean 69005 Lyon Cedex 05 merci", "3 rue Saint-Jean 69005 Lyon Cedex 05"),
    ],
)
def test_addresses_with_cedex_and_abbreviated_street_types(
    detector: PiiDetector, text: str, address: str
) -> None:
    assert [e.value for e in detector.detect(text) if e.type is T.ADDRESS] == [address]


@pytest.mark.parametrize("phone", ["(+33) 6 12 34 56 78", "(+33)6 12 34 56 78"])
def test_phone_with_a_bracketed_country_code_is_not_a_siren(
    detector: PiiDetector, phone: str
) -> None:
    found = detector.detect(f"Mon numéro : {phone}, merci.")
    assert [(e.type, e.value) for e in found] == [(T.PHONE, phone)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rania et Baptiste tiennent le stand samedi.", ["Rania", "Baptiste"]),
        ("merci lucie pour le tuto !", ["lucie"]),
        ("Soirée Rania et Compagnie le 12/03.", []),  # a title, even with "et"
        ("La teinte 09 Miel Doré arrive en mai.", []),  # a number between noun and name
        ("Fichiers de la charte : vert #3E7C59, typo Lora.", []),  # a font, at the end
        ("merci encore pour tout !", []),
    ],
)
def test_second_holdout_round_rules(detector: PiiDetector, text: str, expected: list[str]) -> None:
    assert persons(detector, text) == expected


def test_register_name_opening_a_sentence_goes_to_the_model(
    detector: PiiDetector, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.policy.pii.persons as persons_module
    from bot.policy.pii.ner import NerSpan

    text = "Siobhan demande un point jeudi."
    monkeypatch.setattr(persons_module, "ner_spans", lambda _: ())
    assert persons(detector, text) == []  # a sentence opener alone is no evidence
    monkeypatch.setattr(persons_module, "ner_spans", lambda _: (NerSpan(0, 7, "PER"),))
    assert persons(detector, text) == ["Siobhan"]


def test_a_clitic_after_a_register_name_makes_it_a_subject(detector: PiiDetector) -> None:
    assert persons(detector, "Ilyès s'en occupe ?") == ["Ilyès"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je m'appelle kevin martin, nouveau à Nantes", ["kevin martin"]),
        ("je m'appelle kevin et je suis nouveau", ["kevin"]),
        ("de la part de jean-pierre moreau : il arrive", ["jean-pierre moreau"]),
        ("je m'appelle comment déjà ?", []),
        ("moi c'est pas clair", []),
    ],
)
def test_lower_case_names_after_a_naming_cue(
    detector: PiiDetector, text: str, expected: list[str]
) -> None:
    assert persons(detector, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le sérum Aube passe de 30 ml à 50 ml.", []),  # a product in apposition
        ("-15 % sur les casques, hors Siobhan électrique.", []),  # "hors": a thing
        ("ma sœur Priya arrive demain", ["Priya"]),  # a person noun in apposition
        ("Contact de la cliente Priya ?", ["Priya"]),
    ],
)
def test_register_names_in_apposition(
    detector: PiiDetector, text: str, expected: list[str]
) -> None:
    assert persons(detector, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Promo Black Friday et Saint-Valentin : -30 % sur tout !",
        "Sortie prévue à Saint-Malo puis Dinard.",
        "Atelier au lycée Victor Hugo jeudi.",  # the whole capitalised run follows "lycée"
    ],
)
def test_saints_and_named_institutions_are_not_persons(detector: PiiDetector, text: str) -> None:
    assert persons(detector, text) == []
