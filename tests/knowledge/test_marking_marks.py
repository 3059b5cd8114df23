"""Where a word sits in a head, for the markings' second reader (invented heads only)."""

from __future__ import annotations

from knowledge.marking_marks import NAME, aside_marks, head_marks, lead_marks, name_marks
from knowledge.marking_model import FEATURES, MARKED_FEATURES, READERS


def test_a_line_is_marked_by_its_label() -> None:
    assert lead_marks("Diffusion : équipe export") == [
        "lead:diffusion",
        "lead:diffusion equipe",
    ]
    assert lead_marks("To: the spring cohort")[:2] == ["lead:to", "lead:to the"]


def test_a_line_led_by_an_emoji_or_a_tag() -> None:
    assert lead_marks("🔒 Pour le bureau")[0] == "lead:emoji"
    assert lead_marks("[brouillon] Plan de tournée")[:2] == ["lead:[", "lead:brouillon"]


def test_words_in_an_aside() -> None:
    assert aside_marks("Compte rendu (comité restreint) du 3 mars") == [
        "aside:comite",
        "aside:restreint",
    ]
    assert aside_marks("Sans parenthèse") == []


def test_a_name_inside_a_line_is_read_by_its_neighbours() -> None:
    marks = name_marks("Réservé aux Grimpeurs seulement")
    assert f"name:aux {NAME}" in marks and f"name:{NAME} seulement" in marks
    # Not the line's first word, not a word in capitals.
    assert name_marks("Bonjour à tous") == []
    assert name_marks("Note INTERNE") == []


def test_the_first_line_is_marked_word_by_word() -> None:
    marks = head_marks("Groupe pilote\nOrdre du jour")
    assert "first:groupe" in marks and "first:pilote" in marks
    assert "first:ordre" not in marks and "lead:ordre" in marks


def test_only_the_second_reader_counts_the_marks() -> None:
    text = "Diffusion : Cercle Nord\nBilan"
    plain = set(FEATURES.words(text))
    marked = set(MARKED_FEATURES.words(text))
    assert plain < marked
    assert "w:lead:diffusion" in marked - plain
    assert READERS == (FEATURES, MARKED_FEATURES)
