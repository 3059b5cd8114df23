"""Issue 18 item 2 (c): objectives × needs across words and languages — two words that take
one English word in the bilingual lexicon meet; a second link the sentence encoder reads no
closer than the workshop's background is dropped, the objective's best link stays."""

from __future__ import annotations

from bot.synthesis import backing, objective_reading, word_match
from bot.synthesis.encoded import Memo
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses as split_clauses
from tests.synthesis.idea_encoder import IdeaEncoder


def _french(word: str) -> bool:
    return word not in {"customers", "certificate", "use"}


def test_i18_2_a_word_meets_its_translation_across_languages() -> None:
    matcher = word_match.WordMatcher(None)
    # an English answer's word meets a French objective's word it translates
    assert matcher.matrix(["customers"], ["clients"], _french)[0, 0] == word_match.TRANSLATION_MATCH
    assert matcher.matrix(["certificate"], ["certification"], _french)[0, 0] > 0.0
    assert matcher.matrix(["badge"], ["certification"], _french)[0, 0] == 0.0


def test_i18_2_two_words_of_one_language_do_not_meet_through_the_lexicon() -> None:
    # The lexicon translates; inside one language it would join senses of one English word
    # ("conseiller" the adviser and "recommander"): measured, such links cost a theme on a
    # held-out set and gained nothing the word vectors do not.
    matcher = word_match.WordMatcher(None)
    assert matcher.matrix(["attestation"], ["certification"])[0, 0] == 0.0
    assert matcher.matrix(["use"], ["utilisation"], lambda _: False)[0, 0] == 0.0


DIM = 8


TOPICS = {"bénévol": 0, "parking": 1}


def _encoder() -> IdeaEncoder:
    """A text naming a topic points along its axis; any other along an axis of its own."""
    return IdeaEncoder(TOPICS, DIM + 64, first_own=DIM)


def _setting() -> tuple[list[Answer], dict[tuple[int, int], dict[str, list[int]]], Memo]:
    answers = [Answer(f"b{n}", f"p{n}", "Q", f"Devenir bénévole, idée {n}") for n in range(3)]
    answers += [Answer(f"s{n}", f"q{n}", "Q", f"Le parking des matchs, cas {n}") for n in range(3)]
    answers += [Answer(f"n{n}", f"r{n}", "Q", f"Autre chose encore, numéro {n}") for n in range(12)]
    memo = Memo(_encoder())
    memo.queries([a.text for a in answers])  # what the synthesis read: the background
    links = {
        (0, 0): {"p0": [0], "p1": [1], "p2": [2]},  # volunteers, read along the objective
        (0, 1): {"q0": [3], "q1": [4]},  # the parking: a shared word, another idea
        (1, 1): {"q0": [3], "q1": [4]},  # the only link of another objective
    }
    return answers, links, memo


def test_i18_2_a_second_link_read_at_the_background_is_dropped() -> None:
    answers, links, memo = _setting()
    objectives = ["Recruter des bénévoles", "Vendre des maillots"]
    dropped = objective_reading.vetoed(objectives, links, answers, memo, 2)
    assert dropped == {(0, 1)}  # the best link of each objective stays


def test_i18_2_without_encoder_or_background_every_link_stays() -> None:
    answers, links, _ = _setting()
    objectives = ["Recruter des bénévoles", "Vendre des maillots"]
    assert objective_reading.vetoed(objectives, links, answers, None, 2) == set()
    fresh = Memo(_encoder())  # nothing read yet: too few answers for a background
    assert objective_reading.vetoed(objectives, links, answers, fresh, 2) == set()
    # more new answers behind the links than the budget: no more than the budget is read
    extra = [Answer(f"z{k}", f"z{k}", "Q", f"Réponse neuve {k}") for k in range(60)]
    wide = {(0, j): {f"z{2 * j}": [2 * j], f"z{2 * j + 1}": [2 * j + 1]} for j in range(30)}
    unread = Memo(_encoder())
    objective_reading.vetoed(objectives, wide, extra, unread, 2)
    assert len(unread.read) == objective_reading.BUDGET


def _backing(texts: list[tuple[str, str]], objective: str) -> set[str]:
    answers = [Answer(f"a{n}", person, "Q ?", said) for n, (person, said) in enumerate(texts)]
    rows = [c for n, a in enumerate(answers) for c in split_clauses(n, a.text, "fr")]
    features = build(rows, None)
    found = backing.backing(objective, range(len(rows)), rows, answers, features, None, "fr")
    return {answers[rows[r].answer_index].id for r in found}


def test_i18_2_english_answers_back_a_french_objective() -> None:
    texts = [
        ("p1", "I would love a certificate to show my employer."),
        ("p2", "A certificate I can show my employer."),
        ("p3", "Un local pour ranger mon matériel."),
    ]
    objective = "Valoriser l'engagement par une certification reconnue"
    assert _backing(texts, objective) == {"a0", "a1"}
    alone = [texts[0], ("p4", "Un badge à afficher sur mon profil.")]
    assert _backing(alone, objective) == set()


def test_i18_2_an_objectives_only_link_is_not_read() -> None:
    answers, links, _ = _setting()
    memo = Memo(_encoder())
    memo.queries([a.text for a in answers[6:]])  # the background only
    only = {(1, 1): links[1, 1]}
    assert objective_reading.vetoed(["x", "Vendre des maillots"], only, answers, memo, 2) == set()
    assert answers[3].text not in memo.read
