"""Issue 19 item 3: a question that counts something ("combien de points") quotes the
passage that gives a number of it beside what is asked about."""

from __future__ import annotations

from knowledge.answer import _gives_count, _question_words, support
from knowledge.counts import asked_unit, counts
from knowledge.lexical import LexicalIndex
from knowledge.passages import best_passages
from knowledge.text import index_terms
from knowledge.units import row_line
from tests.knowledge.hits import public_hit


def _about(word: str):
    return lambda text: word in text.casefold()


def test_i19_3_the_counted_unit_is_the_word_after_the_cue() -> None:
    assert asked_unit("Ça me rapporte combien de points ?") == asked_unit("How many points?")
    assert "point" in (asked_unit("Il y a combien de points ?") or ())
    assert asked_unit("Combien de temps faut-il ?") is None
    assert asked_unit("Combien rapporte une publication ?") is None


def test_i19_3_a_count_is_read_in_sentences_rows_and_compact_tables() -> None:
    unit = asked_unit("combien de points ?")
    assert unit is not None
    row = row_line(("Action", "Points"), ("Organisation d'un événement", "250"))
    assert counts(unit, f"Barème\n{row}", _about("organisation"))
    table = "Action | Points\nParrainage | 300\nOrganisation d'un événement | 250"
    assert counts(unit, f"Barème\n{table}", _about("organisation"))
    said = "Organiser un événement rapporte deux cent cinquante points. Merci."
    assert counts(unit, f"Guide\n{said}", _about("organiser"))


def test_i19_3_a_count_about_something_else_is_no_answer() -> None:
    unit = asked_unit("combien de points ?")
    assert unit is not None
    elsewhere = "On organise des sorties. Chaque tranche de 100 points donne 5 euros."
    assert not counts(unit, f"Dons\n{elsewhere}", _about("organise"))
    assert not counts(
        unit, "Balade\nOn organise une balade de 10 à 20 kilomètres.", _about("organise")
    )


def test_i19_3_the_passage_that_gives_the_count_is_quoted_first() -> None:
    question = "J'organise une balade pour le quartier, ça me rapporte combien de points ?"
    story = (
        "La balade de quartier est le format le plus simple à organiser : un parcours de "
        "10 à 20 kilomètres, pour six à quinze personnes du quartier."
    )
    scale = "\n".join(
        row_line(("Action", "Points"), row)
        for row in [("Parrainage", "300"), ("Organisation d'une balade", "250")]
    )
    hits = [public_hit(story, "Guide › Balade", 0), public_hit(scale, "Règles › Barème", 1)]
    texts = [h.text for h in hits] + ["Autre chose sans rapport."]
    index = LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts])
    words = _question_words(question, index.body)
    first, *_ = best_passages(words, hits, support, prefer=_gives_count(question, words))
    assert "250" in first.text
