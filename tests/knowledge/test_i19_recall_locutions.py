"""Issue 19, recall: French locutions read as what they ask ("donner droit à", "avoir le
droit de"), personal-data rights left as they are."""

from __future__ import annotations

from knowledge.locutions import lexical_reading


def test_i19_recall_what_a_level_gives_is_a_benefit() -> None:
    assert "avantages" in lexical_reading("Le niveau Or donne droit à quelle réduction ?")
    assert "droit" not in lexical_reading("Ça ouvre droit à quoi ?")


def test_i19_recall_permission_is_not_a_data_right() -> None:
    assert "interdit" in lexical_reading("Qu'est-ce que j'ai pas le droit de publier ?")
    assert "autorisé" in lexical_reading("Ai-je le droit de les revendre ?")
    assert "autorisé" in lexical_reading("Je répare son vélo contre un billet, j'ai le droit ?")
    for untouched in (
        "Le droit d'accès à mes données ?",
        "Comment exercer le droit de rectification ?",
        "J'ai le droit à l'oubli ?",
        "Quels sont mes droits ?",
    ):
        assert lexical_reading(untouched) == untouched
