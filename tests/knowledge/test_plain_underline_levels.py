"""Plain text underlined as reStructuredText does: ===, then ---, then ~~~ and ^^^ below them.
The underline is the heading's mark, never the first words of its section."""

from __future__ import annotations

from knowledge.loaders import load


def test_tilde_underlined_headings_sit_under_the_dashed_one() -> None:
    text = (
        "Bilan de la journée portes ouvertes\n"
        "===================================\n\n"
        "Ce qui a marché\n"
        "---------------\n\n"
        "Côté visiteurs\n"
        "~~~~~~~~~~~~~~\n"
        "Les visiteurs ont apprécié trois choses :\n"
        "- la démonstration\n"
        "- le café\n\n"
        "Côté bénévoles\n"
        "~~~~~~~~~~~~~~\n"
        "Les bénévoles ont aimé le planning partagé.\n\n"
        "Détail par créneau\n"
        "^^^^^^^^^^^^^^^^^^\n"
        "Le matin a reçu deux fois plus de monde que l'après-midi.\n"
    )
    doc = load("bilan.txt", text.encode())
    assert [s.heading.split(" › ", 1)[1] for s in doc.sections] == [
        "Ce qui a marché › Côté visiteurs",
        "Ce qui a marché › Côté bénévoles",
        "Ce qui a marché › Côté bénévoles › Détail par créneau",
    ]
    assert not any("~~" in s.text or "^^" in s.text for s in doc.sections)
    assert doc.sections[0].text.startswith("Les visiteurs ont apprécié trois choses :")
