"""Item 8 of issue 13: numbers and codes typed in chat are read with bounds, never crash."""

from __future__ import annotations

import pytest

from bot.adapters.console import render_all
from bot.assistant import Assistant
from bot.core.numbers import (
    DATABASE_ID_MAX,
    BadNumber,
    NumberProblem,
    bad_number_text,
    first_id,
    parse_id,
)
from tests.conftest import SessionFactory
from tests.e2e.workshop_support import FAILURE, answer, code_of, person

HUGE = "99999999999999999999999"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12", 12),
        ("#12", 12),
        ("n°7", 7),
        ("No 7", 7),
        ("0007", 7),
        (str(DATABASE_ID_MAX), DATABASE_ID_MAX),
        ("", NumberProblem.MISSING),
        ("abc", NumberProblem.NOT_A_NUMBER),
        ("²", NumberProblem.NOT_A_NUMBER),  # isdigit() is true, int() fails
        ("١٢", NumberProblem.NOT_A_NUMBER),  # Arabic-Indic digits: not a handoff number
        ("-3", NumberProblem.NOT_A_NUMBER),
        ("1.5", NumberProblem.NOT_A_NUMBER),
        ("0", NumberProblem.TOO_SMALL),
        (str(DATABASE_ID_MAX + 1), NumberProblem.TOO_LARGE),
        (HUGE, NumberProblem.TOO_LARGE),
        ("9" * 5000, NumberProblem.TOO_LARGE),  # beyond int()'s 4300-digit limit: no ValueError
    ],
)
def test_i13_8_parse_id_bounds_every_typed_number(typed: str, expected: object):
    result = parse_id(typed)
    if isinstance(expected, NumberProblem):
        assert isinstance(result, BadNumber) and result.problem is expected
    else:
        assert result == expected


def test_i13_8_first_id_keeps_the_text_after_the_number():
    assert first_id("n° 12 merci pour tout") == (12, "merci pour tout")
    assert first_id("#3 ok") == (3, "ok")
    bad, rest = first_id(f"{HUGE} bonjour")
    assert isinstance(bad, BadNumber) and rest == "bonjour"


def test_i13_8_bad_number_text_is_localised_and_quotes_a_short_value():
    bad = parse_id(HUGE)
    assert isinstance(bad, BadNumber)
    french = bad_number_text("fr", bad, "handoff")
    assert french.startswith("« 999999999999… » n'est pas un numéro de relais valide")
    english = bad_number_text("en", bad, "handoff")
    assert english.startswith('"999999999999…" is not a valid handoff number')


@pytest.mark.parametrize(
    "command",
    [
        f"claim {HUGE}",
        f"prendre {HUGE}",
        f"prendre #{HUGE}",
        f"rendre {HUGE}",
        f"give back {HUGE}",
        f"repondre {HUGE} Bonjour, je regarde ça.",
        "prendre ²",
        "prendre 0",
    ],
)
async def test_i13_8_handoff_commands_refuse_out_of_range_numbers_clearly(
    session: SessionFactory, command: str
):
    cm = session("camille", role="community_manager")
    text = render_all(await cm.send(command))
    assert FAILURE not in text
    assert "n'est pas un numéro de relais valide" in text
    assert "Tapez « relais »" in text


async def test_i13_8_handoff_number_error_in_english(session: SessionFactory):
    cm = session("camille", role="community_manager", lang="en")
    text = render_all(await cm.send(f"claim {HUGE}"))
    assert '"999999999999…" is not a valid handoff number' in text
    assert "Type 'handoffs'" in text


async def test_i13_8_forged_button_numbers_are_refused_without_a_crash(
    session: SessionFactory,
):
    cm = session("camille", role="community_manager")
    for action_id, value in [
        ("handoff:card", f"claim:{HUGE}"),
        ("handoff:card", "claim:²"),
        ("ask.feedback", f"up:{HUGE}"),
        ("ask.feedback", "down:²"),
        (f"workshop.answer|{HUGE}|purpose", "1"),
        ("workshop.pick", HUGE),
    ]:
        text = render_all(await cm.click(action_id, value))
        assert FAILURE not in text, (action_id, value, text)
        assert text, (action_id, value)


async def test_i13_8_workshop_step_numbers_and_codes_are_bounded(assistant: Assistant):
    hugo = person(assistant, "hugo", "facilitator")
    code = code_of(await hugo.send("atelier nous"))
    lea = person(assistant, "lea", "community_manager")
    await answer(lea, f"rejoindre {code}", "Faire rouler plus de monde.")
    # A multiple-choice step: an unusable number is refused with the reason, then re-asked.
    text = await answer(lea, HUGE)
    assert "Le numéro 999999999999… ne correspond à aucune proposition" in text
    assert "Étape 2/6" in text
    # `modifier` with a step number beyond the flow, or not a number at all.
    text = await answer(lea, f"modifier {HUGE}")
    assert "Je ne trouve pas l'étape « 999999999999… »" in text
    assert "Je ne trouve pas l'étape « 0 »" in await answer(lea, "modifier 0")
    assert "Étape 2/6" in await answer(lea, "modifier ²")  # ² reads as 2, like people mean it
    # Codes: anything that cannot be a code is refused before any lookup, quoted short.
    text = await answer(person(assistant, "paul"), "rejoindre " + "Z" * 3000)
    assert "n'est pas un code d'atelier" in text and "ZZZZZZZZZZZZ…" in text
    assert "Z" * 13 not in text
    text = await answer(hugo, f"atelier statut {'Q' * 500}")
    assert "QQQQQQQQQQQQ…" in text and "Q" * 13 not in text
