"""Plain-text lettered headings: "a) Titre" alone on its line (knowledge.formats.plain_letters)."""

from __future__ import annotations

from knowledge.document import LoadedDocument
from knowledge.loaders import load


def _paths(doc: LoadedDocument) -> list[str]:
    """Each section's heading path, without the document's title."""
    return [s.heading.removeprefix(doc.title + " › ") for s in doc.sections]


def _section(doc: LoadedDocument, end: str) -> str:
    return next(s.text for s in doc.sections if s.heading.endswith(end))


TEXT = (
    "Manuel du bénévole\n\n\n"
    "ACCUEIL DU PUBLIC\n\n"
    "  a) Avant l'ouverture\n\n"
    "Le stand est monté la veille par l'équipe technique, qui laisse\n"
    "les clés au poste de sécurité.\n\n"
    "  b) Pendant la journée\n\n"
    "Chaque bénévole tient deux créneaux au plus :\n\n"
    "  - un créneau le matin\n"
    "  - un créneau l'après-midi\n\n"
    "  c) Après la fermeture\n\n"
    "Le rangement prend une heure ; le repas est offert.\n\n\n"
    "FRAIS\n\n"
    "Les trajets sont remboursés sur justificatif.\n"
)


def test_lettered_lines_alone_over_text_are_subsections_of_the_heading_before() -> None:
    assert _paths(load("manuel.txt", TEXT.encode())) == [
        "ACCUEIL DU PUBLIC › a) Avant l'ouverture",
        "ACCUEIL DU PUBLIC › b) Pendant la journée",
        "ACCUEIL DU PUBLIC › c) Après la fermeture",
        "FRAIS",
    ]


def test_a_lettered_heading_after_a_list_closes_the_list() -> None:
    doc = load("manuel.txt", TEXT.encode())
    assert "l'après-midi" in _section(doc, "b) Pendant la journée")
    assert "Après la fermeture" not in _section(doc, "b) Pendant la journée")
    assert "Le rangement" in _section(doc, "c) Après la fermeture")


def test_a_lettered_list_stays_a_list() -> None:
    text = (
        "Conditions\n\n"
        "Pour entrer dans le club, il faut :\n\n"
        "a) Être majeur\n"
        "b) Habiter la région\n"
        "c) Avoir signé la charte\n\n"
        "La demande se fait en ligne.\n"
    )
    doc = load("conditions.txt", text.encode())
    assert not any("majeur" in p for p in _paths(doc))
    assert "Habiter la région" in doc.sections[0].text


def test_a_lettered_sentence_is_not_a_heading() -> None:
    text = (
        "Règles\n\n"
        "a) Chaque membre vote une fois par an.\n\n"
        "b) Le bureau publie les résultats.\n\n"
        "Fin des règles.\n"
    )
    doc = load("regles.txt", text.encode())
    assert not any("vote" in p for p in _paths(doc))
