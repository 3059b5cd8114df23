"""A banner's later field naming the document and its level ("Séance du 4 juin — document
confidentiel, copie 2/6", "Q3 pack — confidential report — v3") marks the document: a
field, not a sentence about something confidential. Only restricts. Invented lines."""

from __future__ import annotations

import pytest

from knowledge.markers import line_level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Séance du 4 juin 2027 — document confidentiel, copie 2/6", "confidential"),
        ("Revue du 12 mars — note interne, version 3", "internal"),
        ("Comité du 3 mai — document confidentiel, version 2", "confidential"),
        ("Q3 pack — confidential report — v3", "confidential"),
        ("Atelier tarifs — brouillon confidentiel", "confidential"),
    ],
)
def test_a_later_field_with_the_document_and_its_level_marks_it(line: str, level: str) -> None:
    assert line_level(line) == level, line


@pytest.mark.parametrize(
    "line",
    [
        "Rapport annuel — version publique",
    ],
)
def test_a_public_field_is_left_to_the_readers_that_open(line: str) -> None:
    assert line_level(line) != "internal" and line_level(line) != "confidential", line
