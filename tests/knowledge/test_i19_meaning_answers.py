"""Issue 19, a question worded unlike the documents: the passage the sentence encoder finds
closest by a margin answers it when it shares a few of its words and holds what is asked
(`knowledge.answer`, `knowledge.quote_choice.standout`); an ordinal the question gives is
not a number the passage must write in digits (`knowledge.answerability`); among close
passages, one judged to answer is quoted first (`knowledge.passages.ANSWERING_BONUS`)."""

from __future__ import annotations

from bot.bench.retrieval_qa import _support_as_judged
from knowledge.answer import MEANING_MARGIN, Answer, _question_words, extractive_answer, support
from knowledge.answerability import question_numbers
from knowledge.lexical import LexicalField, LexicalIndex
from knowledge.passages import best_passages
from knowledge.quote_choice import standout
from knowledge.retrieval import Hit
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit

# Few words shared with the passage ("mileage" and "drive" now meet "kilomètre" and
# "trajet" through the lexicon).
QUESTION = "Do you cover the petrol if I go to an event by car?"
MILEAGE = (
    "Les frais de déplacement vers un événement sont remboursés sur la base de 0,30 € par "
    "kilomètre."
)


def _hits(answer: str = MILEAGE) -> list[Hit]:
    return [
        public_hit(answer, "FAQ › Les frais de déplacement sont-ils remboursés ?", 0, "faq.md"),
        public_hit("Les points sont crédités sur le compte sous sept jours.", "Barème", 1, "b.md"),
        public_hit("Le stand est monté la veille par l'équipe du magasin.", "Kit", 2, "k.md"),
    ]


def _idf(hits: list[Hit]) -> LexicalField:
    texts = [f"{h.section}\n{h.text}" for h in hits]
    texts += ["Autre chose sans rapport.", "Les ateliers ont lieu le samedi.", "La charte."]
    return LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts]).body


def test_i19_meaning_standout_needs_a_margin_over_every_other_hit() -> None:
    assert standout([0.83, 0.80, 0.79], 0.02) == 0
    assert standout([0.80, 0.83, None, 0.79], 0.02) == 1
    assert standout([0.83, 0.82, 0.79], 0.02) is None
    assert standout([0.83, None], 0.02) is None  # nothing to compare
    assert standout([], 0.02) is None


def test_i19_meaning_the_closest_passage_answers_a_paraphrase() -> None:
    hits = _hits()
    idf = _idf(hits)
    assert not extractive_answer(QUESTION, hits, idf).answered  # few shared words
    read = extractive_answer(QUESTION, hits, idf, cosines=[0.83, 0.80, 0.79])
    assert read.answered
    assert "0,30 € par kilomètre" in read.text


def test_i19_meaning_abstains_without_a_clear_margin_or_on_another_passage() -> None:
    hits = _hits()
    idf = _idf(hits)
    close = 0.83 - MEANING_MARGIN / 2
    assert not extractive_answer(QUESTION, hits, idf, cosines=[0.83, close, 0.79]).answered
    # The closest passage shares none of the question's words.
    assert not extractive_answer(QUESTION, hits, idf, cosines=[0.80, 0.83, 0.79]).answered


def test_i19_meaning_the_closest_passage_must_hold_what_is_asked() -> None:
    question = "How much mileage do you pay if I drive to an event?"
    without_amount = "Les frais de déplacement vers un événement sont pris en charge."
    hits = _hits(without_amount)
    idf = _idf(hits)
    assert not extractive_answer(question, hits, idf, cosines=[0.83, 0.80, 0.79]).answered
    hits = _hits()
    assert extractive_answer(question, hits, _idf(hits), cosines=[0.83, 0.80, 0.79]).answered


def test_i19_meaning_the_qa_sweep_counts_an_answer_given_below_the_bar() -> None:
    below = Answer(question="q", answered=True, text="", support=0.2)
    assert _support_as_judged(below, 0.52) == 1.0
    kept = Answer(question="q", answered=True, text="", support=0.6)
    assert _support_as_judged(kept, 0.52) == 0.6


def test_i19_ordinals_are_not_numbers_to_find() -> None:
    assert question_numbers("Combien je touche pour la 1ère fois ?") == set()
    assert question_numbers("Que gagne-t-on au 2e niveau, ou au 3ème ?") == set()
    assert question_numbers("What do I get for the 2nd referral?") == set()
    # A day of the month is a date, and an amount stays an amount.
    assert question_numbers("Que se passe-t-il le 1er mai ?") == {1}
    assert question_numbers("Un bon de 100 euros pour la 1ère commande ?") == {100}


def test_i19_answering_passages_are_quoted_first_among_close_ones() -> None:
    hits = [
        public_hit("Les ateliers de réparation ont lieu le samedi matin.", "Guide › A", 0, "g.md"),
        public_hit("Les ateliers de réparation sont gratuits pour tous.", "Guide › B", 1, "g.md"),
    ]
    idf = _idf(hits)
    words = _question_words("Les ateliers de réparation, c'est payant ?", idf)
    assert best_passages(words, hits, support)[0].rank == 0  # the better ranked
    assert best_passages(words, hits, support, answering=[1])[0].rank == 1
    # The bonus only breaks near ties: a passage far richer in the question stays first.
    far = [hits[0], public_hit("Sans rapport aucun.", "Guide › C", 1, "g.md")]
    assert best_passages(words, far, support, answering=[1])[0].rank == 0
