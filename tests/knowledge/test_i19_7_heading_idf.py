"""Issue 19, seventh pass: a word most passages use counts in the heading field no more
than its rarity in the bodies says (`LexicalIndex.scores`). "ambassadeur" is in
every passage of an ambassador program but in one heading only: that heading no longer
outranks the passage that holds the question's rare word."""

from __future__ import annotations

from pathlib import Path

from knowledge.text import query_terms
from tests.knowledge.conftest import lexical_kb

PUBLIC = {"public"}
DOCS = {
    "regles.md": "# Ce que l'ambassadeur ne fait pas\n\n"
    "L'ambassadeur ne vend rien et ne signe aucun contrat au nom de la marque.",
    "points.md": "# Barème\n\nChaque ambassadeur gagne dix points par essai accueilli chez lui.",
    "kit.md": "# Bienvenue\n\nL'ambassadeur reçoit un kit avec un tee-shirt et des flyers.",
    "contact.md": "# Nous écrire\n\nUn ambassadeur écrit à l'équipe par courriel ou par la poste.",
}


def test_i19_7_a_common_word_weighs_in_headings_as_in_bodies(tmp_path: Path) -> None:
    kb = lexical_kb(tmp_path, DOCS)
    index = kb.indexes.get("c")
    terms = query_terms("Combien gagne un ambassadeur ?")
    weights = [1.0] * len(terms)
    documents = [row.document for row in index.rows]
    body, heading = index.lexical.body, index.lexical.heading
    old = body.scores(terms, weights) + index.heading_weight * heading.scores(terms, weights)
    new = index.lexical.scores(terms, weights, heading_weight=index.heading_weight)
    # Heading idf alone: the heading naming the common word came first.
    assert documents[int(old.argmax())] == "regles.md"
    assert documents[int(new.argmax())] == "points.md"
    assert (new <= old + 1e-6).all()
    hits = kb.search("c", "Combien gagne un ambassadeur ?", allowed_sensitivities=PUBLIC)
    assert hits[0].document == "points.md"
    kb.close()
