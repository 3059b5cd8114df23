"""Issue 18 item 6: personas drafted from planted JE answers (3 persona groups written in
varied wording, French and English), their verbatims checked, refusal below 5."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.personas.dimensions import dimensions_of
from bot.personas.engine import draft
from bot.personas.model import PersonaSet, TooFewParticipants
from bot.personas.verify import verify_set
from bot.synthesis.model import Answer, Verbatim
from bot.synthesis.verify import is_verbatim
from prompts.catalog import text
from skills.personas.gather import flow_dimensions
from skills.workshop.loader import PACKAGED_FLOWS, load_flows
from tests.personas.planted import answers, planted_groups


def _known() -> dict[str, str | None]:
    return flow_dimensions(load_flows([PACKAGED_FLOWS]).flows["je"])


def _check_grounded(result: PersonaSet, rows: list[Answer]) -> None:
    by_id = {a.id: a for a in rows}
    for persona in result.personas:
        assert 2 <= len(persona.verbatims) <= 4, persona.label
        assert len(persona.authors) == len(persona.verbatims)
        for verbatim, author in zip(persona.verbatims, persona.authors, strict=True):
            answer = by_id[verbatim.answer_id]
            assert is_verbatim(verbatim.text, answer.text), verbatim
            assert answer.participant == author and author in persona.participants
        assert set(persona.answer_ids) <= set(by_id)
        assert {by_id[a].participant for a in persona.answer_ids} == set(persona.participants)
        for trait in persona.traits:
            assert trait.answer_ids and set(trait.answer_ids) <= set(persona.answer_ids)
            assert 2 <= trait.count <= persona.count


@pytest.mark.parametrize("language", ["fr", "en"])
def test_i18_6_planted_groups_are_found_and_quoted_in_their_words(language: str):
    rows = answers(language)
    result = draft(rows, known=_known(), language=language)
    found = {frozenset(p.participants) for p in result.personas}
    assert found == {frozenset(g) for g in planted_groups().values()}
    assert result.participants == 15 and result.dropped_unverifiable == 0
    assert result.separation > 0.3
    _check_grounded(result, rows)
    assert len({p.label.casefold() for p in result.personas}) == 3
    by_group = {
        name: next(p for p in result.personas if set(p.participants) == people)
        for name, people in planted_groups().items()
    }
    traits = {n: " | ".join(t.value for t in p.traits) for n, p in by_group.items()}
    less_than_an_hour = "moins d'une heure" if language == "fr" else "less than an hour"
    assert less_than_an_hour in traits["busy"]
    assert ("co-création" if language == "fr" else "co-creation") in traits["builders"]
    assert ("événement" if language == "fr" else "event") in traits["social"]
    assert "idées" in traits["builders"] or "ideas" in traits["builders"]  # their fear
    for persona in result.personas:
        assert str(persona.count) in persona.description
    assert result.caveat == text(language, "personas.caveat")


def test_i18_6_questions_from_a_file_are_mapped_by_their_words_then_by_the_answers():
    rows = answers("en")
    mapped = dimensions_of(rows)  # no flow: the questions' own words
    assert {mapped[a.id] for a in rows if a.question == "time available"} == {"time"}
    assert {mapped[a.id] for a in rows if a.question == "fears"} == {"brakes"}
    assert {mapped[a.id] for a in rows if a.question == "preferred contributions"} == {
        "contributions"
    }
    odd = [
        Answer("x1", "P1", "Autre chose ?", "J'ai peur d'être filmé"),
        Answer("x2", "P1", "Autre chose ?", "Deux heures par mois au plus"),
        Answer("x3", "P1", "Autre chose ?", "Rien"),
    ]
    assert dimensions_of(odd) == {"x1": "brakes", "x2": "time"}
    # The flow's steps win over words: channels are not a persona dimension.
    assert dimensions_of([Answer("c", "P1", "canaux préférés", "e-mail")], _known()) == {}
    same = draft(rows, language="en")  # without the flow's map: the same groups
    assert {frozenset(p.participants) for p in same.personas} == {
        frozenset(g) for g in planted_groups().values()
    }


@pytest.mark.parametrize("language", ["fr", "en"])
def test_i18_6_refused_below_five_participants_saying_why(language: str):
    four = [a for a in answers(language) if a.participant in {"P1", "P6", "P11", "P12"}]
    with pytest.raises(TooFewParticipants) as refused:
        draft(four, known=_known(), language=language)
    assert refused.value.count == 4
    said = text(language, "personas.too_few", minimum=5, count=4)
    reason = "ne décrive pas une seule personne" if language == "fr" else "not describe one"
    assert reason in said and "4" in said


def test_i18_6_verify_drops_made_up_quotes_and_personas_left_without_words():
    rows = answers("fr")
    result = draft(rows, known=_known())
    first, second, *rest = result.personas
    forged = replace(
        first,
        verbatims=(*first.verbatims, Verbatim(first.answer_ids[0], "Je veux des licornes")),
    )
    stolen = replace(second, verbatims=(Verbatim(first.verbatims[0].answer_id, "x"),))
    checked = verify_set(replace(result, personas=(forged, stolen, *rest)), rows)
    assert [p.label for p in checked.personas] == [first.label, *(p.label for p in rest)]
    assert checked.personas[0].verbatims == first.verbatims
    assert checked.dropped_unverifiable == 3  # the unicorn, the stolen quote, its persona


def test_i18_6_answers_without_free_text_give_no_persona_rather_than_unquoted_ones():
    only_choices = [
        Answer(f"c{i}", f"P{i}", "temps disponible", ["1h", "3h"][i % 2], "choice")
        for i in range(6)
    ]
    result = draft(only_choices)
    assert result.personas == () and result.dropped_unverifiable == 2
    assert "pas assez de texte libre" in text("fr", "personas.none")
