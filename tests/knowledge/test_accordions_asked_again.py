"""Accordions asking the same questions under each section (« Quels avantages à ce niveau ? »
under every level) head parts of their sections; unique ones stay entries of their section."""

from __future__ import annotations

from knowledge.loaders import load

LEVELS_HTML = """<html><body><h1>Les niveaux</h1>
<h2>Niveau Semis</h2>
<details><summary>Quels avantages à ce niveau ?</summary><p>Au niveau Semis, vous avez :</p>
<ul><li>10 % de remise ;</li><li>un badge.</li></ul></details>
<details><summary>Comment passer au niveau suivant ?</summary><p>Atteignez 150 points.</p></details>
<h2>Niveau Pousse</h2>
<details><summary>Quels avantages à ce niveau ?</summary><p>15 % de remise.</p></details>
<details><summary>Qui décide ?</summary><p>L'équipe du programme.</p></details>
</body></html>"""

LEVELS_MD = """# Les niveaux

## Niveau Semis

<details>
<summary>Quels avantages à ce niveau ?</summary>

Au niveau Semis, vous avez :

- 10 % de remise ;
- un badge.

</details>

<details>
<summary>Comment passer au niveau suivant ?</summary>

Atteignez 150 points.

</details>

## Niveau Pousse

<details>
<summary>Quels avantages à ce niveau ?</summary>

15 % de remise.

</details>
"""


def _sections(name: str, text: str) -> dict[str, str]:
    return {s.heading: s.text for s in load(name, text.encode("utf-8")).sections}


def test_html_accordions_asked_under_each_section_head_its_parts() -> None:
    sections = _sections("niveaux.html", LEVELS_HTML)
    semis = sections["Les niveaux › Niveau Semis › Quels avantages à ce niveau ?"]
    assert semis == "Au niveau Semis, vous avez :\n10 % de remise ;\nun badge."
    assert sections["Les niveaux › Niveau Semis › Comment passer au niveau suivant ?"] == (
        "Atteignez 150 points."
    )
    assert sections["Les niveaux › Niveau Pousse › Quels avantages à ce niveau ?"] == (
        "15 % de remise."
    )
    # A question of the same page asked once heads its part as well.
    assert sections["Les niveaux › Niveau Pousse › Qui décide ?"] == "L'équipe du programme."


def test_markdown_accordions_asked_under_each_section_head_its_parts() -> None:
    sections = _sections("niveaux.md", LEVELS_MD)
    assert sections["Les niveaux › Niveau Semis › Quels avantages à ce niveau ?"] == (
        "Au niveau Semis, vous avez :\n10 % de remise ;\nun badge."
    )
    assert sections["Les niveaux › Niveau Pousse › Quels avantages à ce niveau ?"] == (
        "15 % de remise."
    )


def test_accordions_asked_once_stay_entries_of_their_section() -> None:
    page = LEVELS_HTML.replace(
        "<h2>Niveau Pousse</h2>\n<details><summary>Quels avantages à ce niveau ?</summary>"
        "<p>15 % de remise.</p></details>\n",
        "<h2>Niveau Pousse</h2>\n",
    )
    sections = _sections("niveaux.html", page)
    assert not any(heading.endswith("?") for heading in sections)
    assert sections["Les niveaux › Niveau Semis"].startswith("Quels avantages à ce niveau ?")
