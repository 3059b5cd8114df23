"""A few people or the team as a document's readers (`marking_few`): invented lines."""

from __future__ import annotations

import pytest

from knowledge.marking_few import few_level


@pytest.mark.parametrize(
    "line",
    [
        "à ne pas faire suivre — Sophie et moi seulement",
        "brouillon (Paul, Lina, moi)",
        "la liste des départs, à garder pour nous deux",
        "Here is the draft deal memo. Just you for now, not even the team.",
        "🔒 ne pas transmettre, même en interne",
        "Diffusion nominative : P. Durand, M. Roy",
        "Finance note – keep between HR and the line manager",
        "Note personnelle pour M. le Président",
        "Strictement perso",
        "Export Drive — Partagé avec 2 personnes",
        "Accès : DRH et avocate",
        "Diffusion restreinte : DG + juriste",
    ],
)
def test_a_few_people_are_confidential(line: str) -> None:
    assert few_level(line) == "confidential"


@pytest.mark.parametrize(
    "line",
    [
        "ce tableau reste dans l'équipe svp",
        "#support — entre nous",
        "[Slack #ops] interne svp",
        "For the Sales & Support teams",
        "Page permissions: Orbis staff (all departments)",
        "Compte rendu — collaborateurs Orbis",
        "Interne Brasserie Lune – planning des relances",
        "[INTERNE ORBIS] à ne pas montrer aux bénévoles",
        "Don't loop the Pathfinders in on this yet",
        "Advance notice for Gold — keep it to your tier for now",
        "Notes — please circulate within the panel only",
        "merci de ne pas partager ailleurs que dans ce fil",
        "Pas pour les Vigies, évidemment",
    ],
)
def test_the_team_or_some_readers_are_internal(line: str) -> None:
    assert few_level(line) == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Perso, je trouve le nouveau kit réussi",
        "Vos réponses restent entre nous.",
        "On ne colle jamais un mot de passe ailleurs que dans le coffre.",
        "[INTERNAL DRAFT]",
        "Pour tous les ambassadeurs — merci de garder ça pour vous jusqu'au lancement",
        "Interne ou externe, chaque délégué signe la charte",
    ],
)
def test_no_readers_named(line: str) -> None:
    assert few_level(line) is None
