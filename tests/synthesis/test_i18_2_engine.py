"""Issue 18 items 2, 4 and 8: the offline synthesis of a small workshop, and its JSON contract."""

from __future__ import annotations

import json

import pytest

from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer, Synthesis
from bot.synthesis.render import render_markdown
from bot.synthesis.verify import is_verbatim
from tests.synthesis import fixtures


@pytest.fixture(scope="module")
def synthesis() -> Synthesis:
    return synthesise(fixtures.answers(), fixtures.OBJECTIVES, language="fr")


def _theme_holding(synthesis: Synthesis, answer_id: str):  # type: ignore[no-untyped-def]
    return next(t for t in synthesis.themes if answer_id in t.answer_ids and not t.sides)


def test_i18_2_convergence_counts_distinct_participants_with_their_words(synthesis) -> None:
    time = _theme_holding(synthesis, "p1-2")
    assert time.kind == "convergence" and not time.minority
    assert set(time.participants) == {"p1", "p2", "p3", "p4", "p5", "p6"}
    assert 1 <= len(time.verbatims) <= 3
    assert len({v.answer_id for v in time.verbatims}) == len(time.verbatims)
    meeting = _theme_holding(synthesis, "p1-1")
    assert set(meeting.participants) == {"p1", "p2", "p3", "p6"}
    assert meeting.label.lower().startswith("rencontr")  # the answers' own word


def test_i18_2_an_opposition_has_two_sides_and_a_minority_is_not_hidden(synthesis) -> None:
    formats = [t for t in synthesis.oppositions if "p1-3" in t.answer_ids]
    assert len(formats) == 1
    sides = {frozenset(s.participants) for s in formats[0].sides}
    assert sides == {frozenset({"p1", "p2", "p6"}), frozenset({"p3", "p4", "p5"})}
    assert all(s.verbatims for s in formats[0].sides)
    goodies = _theme_holding(synthesis, "p4-1")
    assert goodies.kind == "divergence" and goodies.minority
    assert set(goodies.participants) == {"p4", "p5"}


def test_i18_2_non_answers_and_single_voices_make_no_theme(synthesis) -> None:
    cited = {a for t in synthesis.themes for a in t.answer_ids}
    assert not {"p10-1", "p10-2", "p10-3", "p7-2", "p8-2"} & cited  # "rien à ajouter"...
    assert "p9-2" not in cited  # one person's fear is not a theme


def test_i18_2_objectives_meet_needs(synthesis) -> None:
    links = {o.text: o for o in synthesis.objectives}
    referrals = links["Obtenir plus de recommandations de la marque"]
    assert referrals.supported_by and {"p7-1", "p8-1", "p9-1"} <= set(referrals.answer_ids)
    assert links["Libérer du temps pour les ambassadeurs"].supported_by
    assert synthesis.unsupported_objectives == ("Réduire l'empreinte carbone des livraisons",)
    unserved = {n.label for n in synthesis.unserved_needs}
    assert _theme_holding(synthesis, "p1-1").label in unserved
    assert _theme_holding(synthesis, "p4-1").label in unserved


def test_i18_2_distributions_participation_and_caveat(synthesis) -> None:
    scale = next(d for d in synthesis.distributions if d.question == fixtures.Q_SCALE)
    assert scale.kind == "scale" and dict(scale.counts) == {"1": 2, "2": 2, "8": 1, "9": 2, "10": 1}
    assert [v for v, _ in scale.counts] == ["1", "2", "8", "9", "10"]
    rows = {p.question: p for p in synthesis.participation}
    assert (rows[fixtures.Q_CHOICE].answered, rows[fixtures.Q_CHOICE].skipped) == (3, 7)
    assert "Brouillon pour discussion" in synthesis.caveat
    skipped = synthesise(fixtures.answers(), [], skipped={fixtures.Q_CHOICE: 4, "Autre": 2})
    rows = {p.question: p for p in skipped.participation}
    assert rows[fixtures.Q_CHOICE].skipped == 4 and rows["Autre"].answered == 0


def test_i18_4_offline_synthesis_is_deterministic_and_english_works() -> None:
    first = synthesise(fixtures.answers(), fixtures.OBJECTIVES)
    assert synthesise(fixtures.answers(), fixtures.OBJECTIVES) == first
    english = [
        Answer(f"e{n}", f"u{n}", "What could hold you back?", text)
        for n, text in enumerate(
            [
                "Lack of time, my calendar is full.",
                "I lack time with two kids.",
                "Not enough time these days.",
                "Lack of time mostly.",
                "Nothing else to add.",
            ]
        )
    ]
    result = synthesise(english, ["Give ambassadors time back"], language="en")
    assert result.caveat.startswith("Draft for discussion")
    assert len(result.convergences) == 1 and len(result.convergences[0].participants) == 4
    assert "e4" not in result.convergences[0].answer_ids


def test_i18_8_json_contract(synthesis) -> None:
    data = json.loads(synthesis.to_json())
    assert isinstance(data["participants"], int) and data["participants"] == 10
    for theme in data["themes"]:
        assert {"label", "kind", "participants", "answer_ids", "verbatims"} <= set(theme)
        assert theme["kind"] in ("convergence", "divergence")
        for verbatim in theme["verbatims"]:
            assert set(verbatim) == {"answer_id", "text"}
        for side in theme.get("sides", []):
            assert {"label", "participants", "answer_ids"} <= set(side)
    assert any(len(t.get("sides", [])) == 2 for t in data["themes"])
    labels = {t["label"] for t in data["themes"]}
    for objective in data["objectives"]:
        assert set(objective) == {"text", "supported_by", "answer_ids"}
        assert set(objective["supported_by"]) <= labels
    for need in data["unserved_needs"]:
        assert set(need) == {"label", "answer_ids"}
    assert data["unsupported_objectives"] == ["Réduire l'empreinte carbone des livraisons"]
    assert data["dropped_unverifiable"] == 0 and data["caveat"]
    assert Synthesis.from_json(synthesis.to_json()) == synthesis
    texts = {a.id: a.text for a in fixtures.answers()}
    for theme in synthesis.themes:
        for v in list(theme.verbatims) + [v for s in theme.sides for v in s.verbatims]:
            assert is_verbatim(v.text, texts[v.answer_id])


def test_i18_8_from_json_refuses_what_is_not_a_synthesis() -> None:
    with pytest.raises(ValueError):
        Synthesis.from_json("[1, 2]")


def test_i18_5_markdown_is_anonymous_unless_names_are_given(synthesis) -> None:
    owners = {a.id: a.participant for a in fixtures.answers()}
    anonymous = render_markdown(synthesis, language="fr", owners=owners)
    assert "— P1" in anonymous and "p1" not in anonymous.replace("p1-", "")
    assert "Brouillon pour discussion" in anonymous and "Oppositions" in anonymous
    named = render_markdown(synthesis, language="en", names={"p1": "Alice"}, owners=owners)
    assert "Alice" in named and "Where participants converge" in named
