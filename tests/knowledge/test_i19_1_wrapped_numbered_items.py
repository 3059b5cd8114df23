"""Issue 19 item 1: a numbered list item whose sentence wraps is no numbered heading.

In plain text, "  1. L'équipe vous écrit la veille, pour que" over "vous sachiez où aller."
is the first step of a list under its heading; read as the numbered heading "1. …", it
took the list away from its section.
"""

from __future__ import annotations

from knowledge.loaders import load


def test_i19_1_a_wrapped_numbered_item_stays_in_its_section() -> None:
    text = (
        "GUIDE DES VISITES\n"
        "=================\n\n"
        "Comment se passe une visite\n"
        "---------------------------\n\n"
        "  1. L'équipe vous écrit la veille au soir, pour que\n"
        "     vous sachiez où garer votre vélo.\n"
        "  2. Vous arrivez dix minutes avant, sans rien apporter de\n"
        "     particulier.\n"
        "  3. Un guide vous accompagne pendant une heure.\n\n"
        "Après la visite\n"
        "---------------\n\n"
        "Vous recevez un court questionnaire par courriel.\n"
    )
    doc = load("visites.txt", text.encode())
    headings = [s.heading for s in doc.sections]
    assert not any("L'équipe vous écrit" in h for h in headings)
    steps = next(s for s in doc.sections if s.heading.endswith("Comment se passe une visite"))
    body = steps.text
    assert "garer votre vélo" in body and "Un guide vous accompagne" in body


def test_i19_1_a_numbered_heading_over_its_paragraph_is_still_one() -> None:
    text = (
        "Règlement du club\n\n"
        "1. Qui peut adhérer\n\n"
        "Toute personne majeure qui habite la commune.\n\n"
        "2. La cotisation\n\n"
        "Elle est de dix euros par an.\n"
    )
    doc = load("club.txt", text.encode())
    headings = [s.heading for s in doc.sections]
    assert any(h.endswith("1. Qui peut adhérer") for h in headings)
    assert any(h.endswith("2. La cotisation") for h in headings)
