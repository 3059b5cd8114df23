"""Issue 19 item 3, unit shape at the source: what loaders make of the ways people write
a paragraph, a list or a table, and the whole unit an offline answer then quotes (files
generated here, one format at a time)."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.document import PARAGRAPH, Block, LoadedDocument
from knowledge.loaders import load
from tests.knowledge.conftest import lexical_kb

PUBLIC = {"public"}
_QUOTE = re.compile(r"« (.*?) » \[(\d+)\]", re.DOTALL)
# Another paragraph of the section, long enough that the section is never quoted whole.
OTHER = (
    "Les ambassadeurs reçoivent chaque trimestre une lettre qui présente les nouveautés du "
    "catalogue, les événements à venir dans leur région, les chiffres du programme et les "
    "témoignages des membres les plus actifs. Cette lettre est aussi publiée dans l'espace "
    "ambassadeur, où les anciennes éditions restent consultables pendant deux ans. Elle "
    "rappelle enfin les règles de publication sur les réseaux sociaux et les contacts de "
    "l'équipe communauté, joignable du lundi au vendredi de 9 h à 18 h sauf jours fériés."
)


def _blocks(doc: LoadedDocument, heading_end: str) -> list[Block]:
    found = [s for s in doc.sections if s.heading.endswith(heading_end)]
    assert found, [s.heading for s in doc.sections]
    return [b for s in found for b in s.blocks]


def _quotes(text: str) -> list[str]:
    return [q for q, _ in _QUOTE.findall(text)]


WRAPPED_MD = f"""# Guide des ambassadeurs

## Candidature

Pour devenir ambassadeur, il faut avoir acheté un vélo depuis plus de trois mois.
Le dossier est examiné par l'équipe sous quinze jours et une réponse est envoyée
par courriel dans tous les cas, même lorsque la candidature est refusée.

{OTHER}
"""

EXPORTED_MD = """# FAQ

Puis-je changer de niveau en cours d'année ?
Oui. Le niveau est recalculé chaque trimestre.
Les points comptent sur douze mois glissants.
"""


def test_i19_3_markdown_a_hard_wrapped_paragraph_stays_one_paragraph() -> None:
    blocks = _blocks(load("guide.md", WRAPPED_MD.encode()), "Candidature")
    assert [b.kind for b in blocks] == [PARAGRAPH, PARAGRAPH]
    assert blocks[0].text.startswith("Pour devenir ambassadeur")
    assert blocks[0].text.endswith("même lorsque la candidature est refusée.")


def test_i19_3_markdown_one_paragraph_per_line_is_still_read_as_such() -> None:
    blocks = [b for s in load("faq.md", EXPORTED_MD.encode()).sections for b in s.blocks]
    assert [b.text for b in blocks] == [
        "Puis-je changer de niveau en cours d'année ?",
        "Oui. Le niveau est recalculé chaque trimestre.",
        "Les points comptent sur douze mois glissants.",
    ]


def test_i19_3_markdown_the_answer_quotes_the_whole_wrapped_paragraph(tmp_path: Path) -> None:
    kb = lexical_kb(tmp_path, {"guide.md": WRAPPED_MD})
    answer = kb.answer(
        "c",
        "En combien de temps le dossier de candidature est-il examiné ?",
        allowed_sensitivities=PUBLIC,
    )
    assert answer.answered
    first = _quotes(answer.text)[0]
    assert first.startswith("Pour devenir ambassadeur, il faut avoir acheté un vélo")
    assert first.endswith("même lorsque la candidature est refusée.")
