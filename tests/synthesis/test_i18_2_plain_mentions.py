"""Issue 18 item 2b: an opposition whose one side refuses a thing and whose other side only
names it ("sans enfants" / "venir avec mes enfants"), never split out of a mere lack."""

from __future__ import annotations

from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer, Synthesis

FILL_FR = (
    "Rencontrer d'autres membres de la région.",
    "Être informé des nouveautés en avant-première.",
    "Échanger avec d'autres passionnés.",
    "Des conseils pour mieux utiliser les produits.",
)
FILL_EN = (
    "Meeting other members in my area.",
    "Early news about new products.",
    "Swapping tips with other fans.",
    "Advice on getting more out of the product.",
)


def _session(question: str, texts: list[str], fill: tuple[str, ...]) -> list[Answer]:
    answers = [Answer(f"a{i}", f"P{i}", question, t) for i, t in enumerate(texts)]
    answers += [Answer(f"f{i}", f"F{i}", "Autre ?", t) for i, t in enumerate(fill * 2)]
    return answers


def _sides(synthesis: Synthesis) -> set[frozenset[str]]:
    return {frozenset(s.answer_ids) for t in synthesis.oppositions for s in t.sides}


def test_i18_2_those_who_name_a_thing_oppose_those_who_refuse_it() -> None:
    texts = [
        "J'aimerais venir avec mes enfants, en famille.",
        "Des événements ouverts aux familles, enfants compris.",
        "Que les enfants soient les bienvenus, sinon je ne peux pas venir.",
        "Des soirées entre adultes, sans enfants.",
        "Plutôt sans les enfants, pour discuter tranquillement.",
        "Je préfère des rencontres entre adultes, pas de bambins qui courent partout.",
    ]
    synthesis = synthesise(_session("Comment voyez-vous les événements ?", texts, FILL_FR), [])
    assert _sides(synthesis) == {frozenset({"a0", "a1", "a2"}), frozenset({"a3", "a4", "a5"})}
    assert not any(t.kind == "convergence" and "a0" in t.answer_ids for t in synthesis.themes)


def test_i18_2_a_refused_wish_joins_the_refusals_in_english() -> None:
    texts = [
        "Weekly calls with the team would keep me engaged.",
        "I'd like regular live calls to ask questions.",
        "A monthly video call with everyone.",
        "No more meetings please, async only.",
        "I don't want calls, a forum is enough.",
        "Written updates rather than calls, my calendar is full.",
    ]
    answers = _session("How should the community meet?", texts, FILL_EN)
    sides = _sides(synthesise(answers, [], language="en"))
    assert frozenset({"a0", "a1", "a2"}) in sides
    assert any({"a4", "a5"} <= side and not side & {"a0", "a1", "a2"} for side in sides)


def test_i18_2_a_lack_is_not_a_refusal() -> None:
    # "No X in the text" asks for X, like those who name it: no opposition.
    texts = [
        "No environment in the text.",
        "No environment section, sadly.",
        "Say more about the environment.",
        "The environment should be in it.",
    ]
    answers = _session("What is missing from the text?", texts, FILL_EN)
    assert not synthesise(answers, [], language="en").oppositions
