"""Structured identifiers: every format found, look-alikes and bad checksums left alone."""

from __future__ import annotations

import pytest
from stdnum import iban, luhn
from stdnum.fr import nir

from bot.policy.pii import EntityType, PiiDetector

T = EntityType


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(use_ner=False)


def with_luhn(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def make_iban(bban: str, country: str = "FR") -> str:
    return country + iban.calc_check_digits(f"{country}00{bban}") + bban


def make_nir(first13: str) -> str:
    return first13 + nir.calc_check_digits(first13)


def group(number: str, sizes: list[int], sep: str = " ") -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(number[at : at + size])
        at += size
    return sep.join(parts)


def found(detector: PiiDetector, text: str) -> list[tuple[EntityType, str]]:
    return [(e.type, e.value) for e in detector.detect(text)]


VISA = with_luhn("453201511283036")
MASTERCARD = with_luhn("551234567890123")
MASTERCARD_2 = with_luhn("222300001234567")
AMEX = with_luhn("37144963539843")
SIREN = with_luhn("73282932")
SIRET = with_luhn(SIREN + "0004")
BBAN = "20041010050500013M02606"
NIR_MALE = make_nir("1850578006084")


@pytest.mark.parametrize(
    "email",
    ["jeanne.dupuis@exemple.fr", "j.d+volta@sous.domaine.co.uk", "Contact_2026@Brasserie-X.com"],
)
def test_emails(detector: PiiDetector, email: str) -> None:
    assert found(detector, f"Écrivez à {email}, merci.") == [(T.EMAIL, email)]


@pytest.mark.parametrize(
    "phone",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "0612345678",
        "01 45 67 89 10",
        "+33 6 12 34 56 78",
        "+33612345678",
        "+33 (0)1 45 67 89 10",
        "0033 6 12 34 56 78",
        "0033612345678",
        "+33.6.12.34.56.78",
        "+33 06 12 34 56 78",
        "+44 20 7946 0958",
        "+1 415 555 2671",
        "+32 470 12 34 56",
    ],
)
def test_phone_formats(detector: PiiDetector, phone: str) -> None:
    assert found(detector, f"Mon numéro : {phone}. Merci !") == [(T.PHONE, phone)]


@pytest.mark.parametrize(
    "written",
    [
        make_iban(BBAN),
        group(make_iban(BBAN), [4, 4, 4, 4, 4, 4, 3]),
        group(make_iban(BBAN), [4, 4, 4, 4, 4, 4, 3]).lower(),
        make_iban(BBAN).lower(),
        make_iban("370400440532013000", "DE"),
    ],
)
def test_iban_spaced_compact_any_case(detector: PiiDetector, written: str) -> None:
    assert found(detector, f"Mon RIB : {written} merci") == [(T.IBAN, written)]


def test_iban_with_bad_checksum_is_not_detected(detector: PiiDetector) -> None:
    good = make_iban(BBAN)
    bad = good[:2] + f"{(int(good[2:4]) + 1) % 100:02d}" + good[4:]
    assert found(detector, f"IBAN {bad}") == []


def test_two_ibans_in_one_message(detector: PiiDetector) -> None:
    first, second = make_iban(BBAN), make_iban("30006000011234567890189")
    assert found(detector, f"{first} ou {second}") == [(T.IBAN, first), (T.IBAN, second)]


@pytest.mark.parametrize(
    "card",
    [
        VISA,
        group(VISA, [4, 4, 4, 4]),
        group(VISA, [4, 4, 4, 4], "-"),
        group(MASTERCARD, [4, 4, 4, 4]),
        group(MASTERCARD_2, [4, 4, 4, 4]),
        group(AMEX, [4, 6, 5]),
        AMEX,
    ],
)
def test_payment_cards(detector: PiiDetector, card: str) -> None:
    assert found(detector, f"Ma carte {card} est refusée") == [(T.CREDIT_CARD, card)]


def test_card_failing_luhn_is_not_detected(detector: PiiDetector) -> None:
    wrong = VISA[:-1] + str((int(VISA[-1]) + 1) % 10)
    assert found(detector, f"Ma carte {group(wrong, [4, 4, 4, 4])}") == []


@pytest.mark.parametrize(
    "written",
    [
        NIR_MALE,
        group(NIR_MALE, [1, 2, 2, 2, 3, 3, 2]),
        group(NIR_MALE, [13, 2]),
        group(make_nir("2910769383112"), [1, 2, 2, 2, 3, 3, 2]),
    ],
)
def test_nir_with_key(detector: PiiDetector, written: str) -> None:
    assert found(detector, f"Mon numéro de sécu : {written}.") == [(T.NIR, written)]


def test_nir_of_corsica(detector: PiiDetector) -> None:
    first13 = "285032A123456"
    written = group(first13 + nir.calc_check_digits(first13), [1, 2, 2, 2, 3, 3, 2])
    assert found(detector, f"NIR : {written}") == [(T.NIR, written)]


def test_nir_with_wrong_key_is_not_detected(detector: PiiDetector) -> None:
    key = int(NIR_MALE[-2:])
    wrong = NIR_MALE[:-2] + f"{(key % 97) + 1:02d}"
    assert found(detector, f"Mon numéro de sécu : {group(wrong, [1, 2, 2, 2, 3, 3, 2])}") == []


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        (SIRET, T.SIRET),
        (group(SIRET, [3, 3, 3, 5]), T.SIRET),
        (group(SIRET, [3, 3, 3, 3, 2]), T.SIRET),
        (SIREN, T.SIREN),
        (group(SIREN, [3, 3, 3]), T.SIREN),
    ],
)
def test_siret_and_siren(detector: PiiDetector, written: str, kind: EntityType) -> None:
    assert found(detector, f"La société (n° {kind}) : {written}, merci.") == [(kind, written)]


@pytest.mark.parametrize("bad", [SIREN[:-1] + str((int(SIREN[-1]) + 1) % 10)])
def test_siren_and_siret_failing_luhn_are_not_detected(detector: PiiDetector, bad: str) -> None:
    bad_siret = SIRET[:-1] + str((int(SIRET[-1]) + 1) % 10)
    assert found(detector, f"SIREN {group(bad, [3, 3, 3])}, SIRET {bad_siret}") == []


def test_luhn_valid_order_number_is_not_a_siren(detector: PiiDetector) -> None:
    assert found(detector, f"Ma commande n° {SIREN} est arrivée") == []


@pytest.mark.parametrize(
    "text",
    [
        "Livraison le 15/12/2026 avant 9 h, ou le 2026-12-15 à 18 h 30.",
        "Le growler coûte 14,90 €, le fût de 30 L 129,00 € (1 250,50 € le lot).",
        "Commande n° 100245781 et ticket 2027-0412 : 2 bouteilles cassées sur 12.",
        "Couleurs #1E40FF et #FFC83D, police en 12 pt.",
        "Mise à jour en version 2.4.1 puis 10.12.3, Android 14.",
        "+18 % par rapport à 2025, 1 250 visiteurs, 240 gobelets.",
        "#LesVoltigeurs #Volta2027, code VOLT-LM-0042 ou PROMO2026.",
        "Stand B14, hall 3, créneau 10 h – 14 h, 152 points sur 500.",
    ],
)
def test_numbers_that_are_not_personal_data(detector: PiiDetector, text: str) -> None:
    assert found(detector, text) == []


def test_offsets_are_code_points_after_emoji(detector: PiiDetector) -> None:
    text = "🙂🍺 appelle-moi au 06 12 34 56 78"
    (entity,) = detector.detect(text)
    assert text[entity.start : entity.end] == "06 12 34 56 78" == entity.value
