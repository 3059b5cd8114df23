"""Issue 19 item 1: in a hard-wrapped plain text, a line cut after an article or a
preposition goes on in the next line even when that one opens with a name; the short
line above it stays a heading (the wrap width cannot tell: one line of the text is
longer than any editor wraps at)."""

from __future__ import annotations

from knowledge.formats.plain_wrap import ends_open
from knowledge.formats.plaintext import read_plain_text

LONG_LINE = (
    "Réservé à tous les Houblons, du premier brassin au maître brasseur, "
    "qui veulent apprendre à brasser chez nous."
)
TEXT = f"""Ateliers de la Brasserie des Monts

{LONG_LINE}

LE DÉROULÉ
Chaque mois, la brasserie ouvre sa salle de brassage aux
Houblons pour une matinée de travail autour d'une recette. On
pèse, on concasse, on brasse, et on goûte la recette précédente.

LES DATES
Les ateliers ont lieu le premier samedi du mois, de 9 h à midi.
"""


def test_a_line_cut_after_an_article_is_no_heading() -> None:
    title, sections = read_plain_text(TEXT)
    headings = [s.heading for s in sections]
    assert title == "Ateliers de la Brasserie des Monts"
    assert any(h.endswith("LE DÉROULÉ") for h in headings)
    assert not any("aux" in h.split() for h in headings)
    body = next(s for s in sections if s.heading.endswith("LE DÉROULÉ"))
    text = " ".join(b.text for b in body.blocks)
    assert "sa salle de brassage aux Houblons pour une matinée" in text


def test_open_endings() -> None:
    assert ends_open("ouvre sa salle de brassage aux")
    assert ends_open("the workshop is open to all members of the")
    assert ends_open("avant l'")
    assert not ends_open("Les avantages du niveau Or")
    assert not ends_open("Nos engagements")
    assert not ends_open("Plan A")
    assert not ends_open("Who this server is for")
    assert not ends_open("LE PLAN DE")  # capitals: no wrapped prose either way


def test_a_level_named_like_a_conjunction_stays_a_heading() -> None:
    text = (
        "Les niveaux\n\nDocument pour tous les membres.\n\nNiveau Or\n"
        "Le niveau le plus haut, atteint à 1 500 points sur douze mois.\n"
    )
    _, sections = read_plain_text(text)
    assert any(s.heading.endswith("Niveau Or") for s in sections)
