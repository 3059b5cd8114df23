"""Issue 18 item 2b: answers of one question that choose two alternatives of one kind
("une remise" / "un apéro entre membres") oppose, though no one negates the other."""

from __future__ import annotations

from bot.synthesis import contrast, kinds
from bot.synthesis.encoded import Memo
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses
from tests.synthesis.idea_encoder import IdeaEncoder

Q_REWARD = "Qu'attendez-vous du programme en échange ?"
Q_WHY = "Pourquoi devenir ambassadeur ?"
# The stand-in encoder reads a discount and a get-together as the two poles of the reward
# kind (`lexicon.yaml`, `kinds`: "une remise", "un apéro entre membres").
IDEAS = {"remise": 0, "apéro": 1}

REWARDS = [
    ("P1", "Une remise sur ma facture, tout simplement."),
    ("P2", "Une remise de dix euros, ce serait parfait."),
    ("P3", "Franchement une remise, du concret."),
    ("P4", "Un apéro avec les autres, de temps en temps."),
    ("P5", "Un apéro à la boutique l'été."),
    ("P6", "Un apéro annuel, tous ensemble."),
    ("P7", "Être tenu au courant des nouveautés avant tout le monde."),
    ("P8", "Je verrai bien le moment venu."),
]


def _answers(rewards: list[tuple[str, str]]) -> list[Answer]:
    said = [(who, Q_REWARD, text) for who, text in rewards]
    said += [(who, Q_WHY, f"J'aime la marque depuis longtemps, {who}.") for who, _ in rewards]
    return [Answer(f"a{i}", who, q, text) for i, (who, q, text) in enumerate(said)]


Sides = list[set[str]] | None


def _sides(rewards: list[tuple[str, str]], budget: int = kinds.READ_BUDGET) -> Sides:
    said = _answers(rewards)
    cut = [c for i, a in enumerate(said) for c in clauses(i, a.text, "fr")]
    memo = Memo(IdeaEncoder(IDEAS, 64, 4))
    memo.queries([a.text for a in said])  # what the workshop's reading leaves (`sentences`)
    rows = [r for r, c in enumerate(cut) if said[c.answer_index].question == Q_REWARD]
    found = kinds.sides(rows, cut, said, memo, contrast.EncoderBudget(memo.encoder, budget))
    if found is None:
        return None
    return [{said[cut[r].answer_index].participant for r in side} for side in found]


def test_i18_2_kinds_oppose_two_alternatives_of_one_kind():
    assert _sides(REWARDS) == [{"P1", "P2", "P3"}, {"P4", "P5", "P6"}]


def test_i18_2_kinds_need_two_holders_of_each_pole():
    lone = [(who, text) for who, text in REWARDS if who not in ("P5", "P6")]
    assert _sides(lone) is None
    assert _sides(REWARDS[:6]) is not None
    # Without the encoder, nothing is read.
    said = _answers(REWARDS)
    cut = [c for i, a in enumerate(said) for c in clauses(i, a.text, "fr")]
    assert kinds.sides(list(range(len(cut))), cut, said, None) is None


def test_i18_2_kinds_read_what_a_clause_affirms():
    def read(text: str) -> str | None:
        return kinds.affirmed(clauses(0, text, "fr")[0])

    assert read("Par écrit uniquement, je suis pas à l'aise devant une caméra") == (
        "Par écrit uniquement"
    )
    assert read("Plutôt une soirée sympa qu'une ristourne") == "Plutôt une soirée sympa"
    assert read("Je préfère rédiger, j'ai horreur de parler devant une salle") == (
        "Je préfère rédiger"
    )
    assert read("honestly a nice evening out beats a voucher") == "honestly a nice evening"
    assert read("Pas de remise, merci") is None
    assert read("Une remise sur ma facture") == "Une remise sur ma facture"


def test_i18_2_kinds_set_aside_pole_is_not_chosen():
    # "Un apéro plutôt qu'une remise" chooses the get-together, not the discount: its
    # first part, which no answer's reading holds, is read within the budget.
    rewards = [*REWARDS[:5], ("P6", "Un apéro plutôt qu'une remise.")]
    assert _sides(rewards) == [{"P1", "P2", "P3"}, {"P4", "P5", "P6"}]
    assert _sides(rewards, budget=0) is None


def test_i18_2_kinds_opposition_in_the_synthesis():
    encoder = IdeaEncoder(IDEAS, 64, 4)
    result = synthesise(_answers(REWARDS), [], language="fr", encoder=encoder)
    sides = [t.sides for t in result.themes if t.sides and t.question == Q_REWARD]
    assert len(sides) == 1
    assert {frozenset(s.participants) for s in sides[0]} == {
        frozenset({"P1", "P2", "P3"}),
        frozenset({"P4", "P5", "P6"}),
    }


def test_i18_2_kinds_pair_a_question_with_its_translation():
    questions = [
        "Qu'attendez-vous du programme en échange ?",
        "Pourquoi devenir ambassadeur ?",
        "What do you expect from the program in return?",
        "Why would you join?",
    ]
    encoder = IdeaEncoder({"program": 0}, 16, 2)  # "programme" too: the same question
    groups = kinds.translations(questions, contrast.EncoderBudget(encoder, 10))
    assert sorted(groups) == sorted([[questions[0], questions[2]], [questions[1]], [questions[3]]])
    # One language, or no budget left to read the questions: each stays alone.
    assert kinds.translations(questions[:2], contrast.EncoderBudget(encoder, 10)) == [
        [questions[0]],
        [questions[1]],
    ]
    assert kinds.translations(questions, contrast.EncoderBudget(encoder, 2)) == [
        [q] for q in questions
    ]


def test_i18_2_kinds_opposition_across_a_question_and_its_translation():
    # Two holders of each pole, but only one of each in either language.
    q_en = "What do you expect from the program in return?"
    said = [
        ("P1", Q_REWARD, "Une remise sur ma facture, tout simplement."),
        ("P2", Q_REWARD, "Un apéro avec les autres, de temps en temps."),
        ("P3", Q_REWARD, "Être tenu au courant des nouveautés avant tout le monde."),
        ("P4", q_en, "A remise on my bill, that's all."),
        ("P5", q_en, "An apéro with the others now and then."),
        ("P6", q_en, "Hearing about new things before everyone else."),
    ]
    said += [(who, Q_WHY, f"J'aime la marque depuis longtemps, {who}.") for who, _, _ in said]
    answers = [Answer(f"a{i}", who, q, text) for i, (who, q, text) in enumerate(said)]
    encoder = IdeaEncoder({**IDEAS, "program": 2}, 64, 4)
    result = synthesise(answers, [], language="fr", encoder=encoder)
    split = [{frozenset(s.participants) for s in t.sides} for t in result.themes if t.sides]
    assert {frozenset({"P1", "P4"}), frozenset({"P2", "P5"})} in split
