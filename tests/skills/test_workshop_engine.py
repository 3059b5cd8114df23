"""The step engine: what each kind of answer means, and which step comes next."""

from __future__ import annotations

import pytest

from skills.workshop import engine
from skills.workshop.engine import Invalid, parse_answer, parse_suggest
from skills.workshop.loader import PACKAGED_FLOWS, load_flows
from skills.workshop.schema import Flow

FLOWS = load_flows([PACKAGED_FLOWS]).flows
JE: Flow = FLOWS["je"]
NOUS: Flow = FLOWS["nous"]
ACTION: Flow = FLOWS["action"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0", 0),
        ("10", 10),
        (" 7 ", 7),
        ("7/10", 7),
        ("11", "out_of_range"),
        ("-1", "out_of_range"),
        ("7.5", "out_of_range"),
        ("sept", "not_a_number"),
        ("", "empty"),
    ],
)
def test_workshop_scale_answers(typed: str, expected):
    value = parse_answer(JE.step("purpose_fit"), typed)
    assert (value.reason if isinstance(value, Invalid) else value) == expected


def test_workshop_scale_refusal_says_the_range():
    value = parse_answer(JE.step("purpose_fit"), "12")
    assert value == Invalid("out_of_range", {"value": "12", "low": 0, "high": 10})


def test_workshop_multiple_choice_takes_numbers_labels_and_own_words():
    step = JE.step("motivations")
    assert parse_answer(step, "1, 3 et apprendre") == ["recognition", "network", "learning"]
    assert parse_answer(step, "Helping others; mon propre mot") == ["help_others", "mon propre mot"]
    assert parse_answer(step, "9") == Invalid("unknown_number", {"value": "9", "count": 7})
    assert parse_answer(step, " , ; ") == Invalid("empty")


def test_workshop_single_choice_and_confirm():
    step = JE.step("time_available")
    assert parse_answer(step, "2") == "h1_3_month"
    assert parse_answer(step, "plus de 6 heures par mois") == "over_6h_month"
    assert isinstance(parse_answer(step, "beaucoup"), Invalid)  # no free text on this step
    confirm = JE.step("named_in_synthesis")
    assert parse_answer(confirm, "Oui !") is True and parse_answer(confirm, "non") is False
    assert parse_answer(confirm, "peut-être") == Invalid("yes_no")
    assert engine.parse_click(confirm, "yes") is True


def test_workshop_list_entries_and_fielded_entries():
    assert parse_answer(JE.step("needs"), "- Apprendre\n- Rencontrer ; Tester") == [
        "Apprendre",
        "Rencontrer",
        "Tester",
    ]
    groups = ACTION.step("groups")
    assert parse_answer(groups, "Experts : vidéo, salons | vidéos publiées\nRelais : avis") == [
        {"name": "Experts", "themes": ["vidéo", "salons"], "kpis": ["vidéos publiées"]},
        {"name": "Relais", "themes": ["avis"], "kpis": []},
    ]
    assert parse_answer(groups, "juste un nom") == Invalid(
        "entry_format", {"entry": "juste un nom"}
    )


PROPOSALS = [
    {"label": "recommandations", "measure": "par trimestre", "source": "x"},
    {"label": "portée", "measure": "personnes atteintes", "source": "y"},
]


def test_workshop_suggestions_are_kept_edited_rejected_or_completed():
    step = NOUS.step("kpis")
    assert [i["label"] for i in parse_suggest(step, "tout", PROPOSALS)] == [
        "recommandations",
        "portée",
    ]
    kept = parse_suggest(step, "2\n1 = recos signées\navis : nombre par mois", PROPOSALS)
    assert kept == [
        {**PROPOSALS[1], "origin": "suggested"},
        {"label": "recos signées", "measure": "par trimestre", "source": "x", "origin": "edited"},
        {"label": "avis", "measure": "nombre par mois", "origin": "own"},
    ]
    assert parse_suggest(step, "aucun\navis : par mois", PROPOSALS) == [
        {"label": "avis", "measure": "par mois", "origin": "own"}
    ]
    assert parse_suggest(step, "aucun", PROPOSALS) == Invalid("empty_suggest")
    assert parse_suggest(step, "avis", PROPOSALS) == Invalid("needs_measure", {"entry": "avis"})
    assert parse_suggest(step, "3", PROPOSALS) == Invalid(
        "unknown_number", {"value": 3, "count": 2}
    )
    themes = ACTION.step("themes")  # no measure needed for themes
    assert parse_suggest(themes, "sécurité", []) == [{"label": "sécurité", "origin": "own"}]


def test_workshop_conditions_choose_the_next_step():
    assert engine.next_step(JE, {}).id == "purpose_fit"
    assert engine.next_step(JE, {"purpose_fit": 9}, after="purpose_fit").id == "needs"
    assert engine.next_step(JE, {"purpose_fit": 3}, after="purpose_fit").id == "purpose_gap"
    video = {"contribution_kinds": ["video_testimonial"]}
    assert engine.next_step(JE, video, after="contribution_kinds").id == "video_comfort"
    assert (
        engine.next_step(JE, {"contribution_kinds": ["idea"]}, after="contribution_kinds").id
        == "channels"
    )
    assert engine.next_step(JE, {}, after="named_in_synthesis") is None
    assert engine.previous_step(JE, {"purpose_fit": 9}, "needs").id == "purpose_fit"
    assert (
        engine.next_step(ACTION, {"purpose_validated": True}, after="purpose_validated").id
        == "objectives"
    )


def test_workshop_steps_are_found_by_number_id_or_title_in_either_language():
    assert engine.find_step(JE, "3", "fr").id == "needs"
    assert engine.find_step(JE, "besoins", "fr").id == "needs"
    assert engine.find_step(JE, "Fears", "en").id == "fears"
    assert engine.find_step(JE, "craintes", "en").id == "fears"
    assert engine.find_step(JE, "99", "fr") is None
