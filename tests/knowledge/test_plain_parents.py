"""Plain-text headings that hold only the headings under them (knowledge.formats.plain_parents)."""

from __future__ import annotations

from knowledge.document import LoadedDocument
from knowledge.loaders import load


def _paths(doc: LoadedDocument) -> list[str]:
    """Each section's heading path, without the document's title."""
    return [s.heading.removeprefix(doc.title + " › ") for s in doc.sections]


def test_a_numbered_heading_over_bare_ones_holds_them() -> None:
    text = (
        "Règlement des paliers\n"
        "=====================\n\n\n"
        "2. Les paliers\n\n"
        "2.1 Bronze\n\n"
        "Conditions\n\n"
        "Aucune condition pour entrer.\n\n"
        "Cadeaux\n\n"
        "Un badge de bienvenue.\n\n"
        "2.2 Argent\n\n"
        "Conditions\n\n"
        "Cinq missions réalisées dans l'année.\n\n"
        "Cadeaux\n\n"
        "Une place offerte au festival.\n\n\n"
        "3. Fin du règlement\n\n"
        "Le règlement change chaque année.\n"
    )
    assert _paths(load("paliers.txt", text.encode())) == [
        "2. Les paliers › 2.1 Bronze › Conditions",
        "2. Les paliers › 2.1 Bronze › Cadeaux",
        "2. Les paliers › 2.2 Argent › Conditions",
        "2. Les paliers › 2.2 Argent › Cadeaux",
        "3. Fin du règlement",
    ]


def test_a_bare_heading_set_off_by_wider_spacing_holds_the_headings_under_it() -> None:
    text = (
        "Guide des visites\n\n\n"
        "Pourquoi venir\n\n"
        "Le musée ouvre ses réserves aux groupes.\n\n\n"
        "Nos formules\n\n"
        "Visite libre\n\n"
        "Une heure dans les salles, 5 euros par personne.\n\n"
        "Visite guidée\n\n"
        "Deux heures avec un guide, 12 euros par personne.\n\n\n"
        "Réserver\n\n"
        "Écrivez à l'accueil une semaine avant.\n"
    )
    assert _paths(load("visites.txt", text.encode())) == [
        "Pourquoi venir",
        "Nos formules › Visite libre",
        "Nos formules › Visite guidée",
        "Réserver",
    ]


def test_evenly_spaced_bare_headings_stay_siblings() -> None:
    text = (
        "Guide des visites\n\n"
        "Pourquoi venir\n\n"
        "Le musée ouvre ses réserves aux groupes.\n\n"
        "Une note courte\n\n"
        "Visite libre\n\n"
        "Une heure dans les salles, 5 euros par personne.\n"
    )
    paths = _paths(load("visites.txt", text.encode()))
    assert "Une note courte › Visite libre" not in paths
    assert "Pourquoi venir" in paths
