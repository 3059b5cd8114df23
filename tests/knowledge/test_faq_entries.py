"""FAQ entries of a topic: labelled Q/R pairs and accordions under a section heading stay in
that section, each question read with its answer; under the title alone they head sections."""

from __future__ import annotations

from knowledge.document import PARAGRAPH, Block, Section
from knowledge.faq import split_faqs
from knowledge.loaders import load


def _read(name: str, text: str) -> list[tuple[str, list[str]]]:
    document = load(name, text.encode("utf-8"))
    return [(s.heading, [b.plain() for b in s.units()]) for s in split_faqs(document.sections)]


SEASONS = """FAQ DES SÉJOURS
================

Public : tous les membres.

Haute saison
------------

Q : Peut-on annuler sans frais ?
R : Oui, jusqu'à 7 jours avant l'arrivée.

Q : Que contient le panier ?
R : Le panier contient :
- deux sandwichs ;
- un fruit.

Basse saison
------------

Q : Peut-on annuler sans frais ?
R : Oui, jusqu'à 48 heures avant l'arrivée.

Q : Le transfert de bagages fonctionne-t-il ?
R : Non, il est suspendu d'octobre à mars.
"""


def test_labelled_pairs_are_entries_of_their_topic_and_twins_stay_apart() -> None:
    sections = dict(_read("faq.txt", SEASONS))
    high = sections["FAQ DES SÉJOURS › Haute saison"]
    assert high[0] == "Peut-on annuler sans frais ? Oui, jusqu'à 7 jours avant l'arrivée."
    assert high[1] == "Que contient le panier ? Le panier contient :\ndeux sandwichs ;\nun fruit."
    low = sections["FAQ DES SÉJOURS › Basse saison"]
    assert low[0] == "Peut-on annuler sans frais ? Oui, jusqu'à 48 heures avant l'arrivée."
    assert not any("?" in heading for heading in sections)


TOPICS = """HELP FOR MEMBERS

Audience: every member.

Travelling from abroad

Q. Can I ship my bike to a hotel?
A. Yes, up to 10 days before arrival.

Q. Which hotels are near a station?
A. Two of them, both under a kilometre away.

Points and levels

Q. Are points the same abroad?
A. Yes, the same scale for everyone.
"""


def test_a_short_line_over_labelled_pairs_is_their_topic() -> None:
    sections = _read("faq.txt", TOPICS)
    assert [heading for heading, _ in sections] == [
        "HELP FOR MEMBERS",
        "Travelling from abroad",  # the chunker sets the title before it
        "Points and levels",
    ]
    assert sections[1][1][1] == (
        "Which hotels are near a station? Two of them, both under a kilometre away."
    )


def test_labelled_pairs_under_the_title_alone_still_head_sections() -> None:
    text = (
        "FAQ\n\nQ : Comment m'inscrire ?\nR : Par le formulaire.\n\nQ : Et partir ?\nR : Un clic.\n"
    )
    headings = [heading for heading, _ in _read("faq.txt", text)]
    assert headings == ["Comment m'inscrire ?", "Et partir ?"]


ACCORDIONS = """<html><body><h1>Événements</h1>
<h2>Les rencontres</h2>
<details><summary>Quand ont lieu les rencontres ?</summary><p>Du 11 au 13 juin.</p></details>
<details><summary>Quel est le programme ?</summary><p>Le programme :</p>
<ul><li>vendredi : accueil ;</li><li>samedi : sortie.</li></ul></details>
<h2>Les sorties</h2>
<details><summary>Les mineurs peuvent-ils venir ?</summary><p>Oui, dès 14 ans.</p></details>
</body></html>"""


def test_html_accordions_are_entries_of_their_section() -> None:
    sections = dict(_read("faq.html", ACCORDIONS))
    assert sections["Événements › Les rencontres"] == [
        "Quand ont lieu les rencontres ? Du 11 au 13 juin.",
        "Quel est le programme ? Le programme :\nvendredi : accueil ;\nsamedi : sortie.",
    ]
    assert sections["Événements › Les sorties"] == [
        "Les mineurs peuvent-ils venir ? Oui, dès 14 ans."
    ]


def test_markdown_accordions_are_entries_of_their_section() -> None:
    text = (
        "# FAQ\n\n## Les points\n\n"
        "<details>\n<summary>Quand apparaissent mes points ?</summary>\n\n"
        "Sous 7 jours.\n\n</details>\n\n<details>\n<summary>Puis-je les donner ?</summary>\n\n"
        "Non, ils sont personnels.\n\n</details>\n"
    )
    assert dict(_read("faq.md", text))["FAQ › Les points"] == [
        "Quand apparaissent mes points ? Sous 7 jours.",
        "Puis-je les donner ? Non, ils sont personnels.",
    ]


def test_labelled_paragraph_pairs_under_a_topic_stay_in_it() -> None:
    lines = ["Q : Où ranger mon vélo ?", "R : Au garage.", "Q : Et le matin ?", "R : Dès 6 h."]
    section = Section(
        text="", heading="Guide › Vélos", blocks=tuple(Block(PARAGRAPH, t) for t in lines)
    )
    parts = split_faqs([section])
    assert [(p.heading, [b.text for b in p.blocks]) for p in parts] == [
        ("Guide › Vélos", ["Où ranger mon vélo ? Au garage.", "Et le matin ? Dès 6 h."])
    ]
