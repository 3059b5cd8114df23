"""Issue 18 item 2 (b): more families of words naming a need only a few have (`concepts`):
feeling illegitimate, privacy, colleagues who are not technical, childcare, pets other
than cats and dogs, landlords, giving to a cause; each holder words it from their own
situation, in French or English."""

from __future__ import annotations

from bot.synthesis import concepts
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses


def test_i18_2_legitimacy_privacy_non_technical_and_childcare_families() -> None:
    table = concepts.families()
    legitimacy = table["legitimacy"]
    assert concepts.mentions("Face aux habitués, je me sens un peu imposteur.", legitimacy)
    assert concepts.mentions("Je ne suis pas une spécialiste, j'ai peur.", legitimacy)
    assert concepts.mentions("Qui suis-je pour conseiller une pièce ?", legitimacy)
    assert concepts.mentions("I'm not an expert at all.", legitimacy)
    assert not concepts.mentions("Un expert viendra nous former.", legitimacy)
    privacy = table["privacy"]
    assert concepts.mentions("Je n'aime pas l'idée qu'on suive chacun de mes clics.", privacy)
    assert concepts.mentions("I'd worry about what happens to my personal data.", privacy)
    assert concepts.mentions("Et le respect de la vie privée ?", privacy)
    assert not concepts.mentions("Des données sur les ventes du trimestre.", privacy)
    non_technical = table["non_technical"]
    assert concepts.mentions("La sensibilisation, c'est pas que pour les geeks.", non_technical)
    assert concepts.mentions("It should reach our non-technical staff too.", non_technical)
    assert not concepts.mentions("Un support technique plus rapide.", non_technical)
    childcare = table["childcare"]
    assert concepts.mentions("À 20h c'est mort : couchers des petits.", childcare)
    assert concepts.mentions("Ça dépend de ma semaine de garde.", childcare)
    assert concepts.mentions("Evenings clash with the school run.", childcare)
    assert not concepts.mentions("Des ateliers pour les enfants.", childcare)


def test_i18_2_other_pets_landlords_and_giving_families() -> None:
    table = concepts.families()
    pets = table["other_pets"]
    assert concepts.mentions("Un peu de place pour les furets et les rongeurs svp", pets)
    assert concepts.mentions("I've got rabbits and a bearded dragon.", pets)
    assert concepts.mentions("Mes tortues n'intéressent personne.", pets)
    assert not concepts.mentions("Il m'a posé un lapin.", pets)
    assert not concepts.mentions("Des friandises pour chiens et chats.", pets)
    landlords = table["landlords"]
    assert concepts.mentions("Je gère quatre appartements en location.", landlords)
    assert concepts.mentions("As a landlord with 6 flats I'd need invoices.", landlords)
    assert concepts.mentions("A way to book for tenants when I'm not there.", landlords)
    assert not concepts.mentions("Je suis propriétaire de ma maison.", landlords)
    giving = table["nonprofit"]
    assert concepts.mentions("Un don à une asso de reforestation.", giving)
    assert concepts.mentions("Pouvoir reverser ce que je gagne au jardin partagé.", giving)
    assert not concepts.mentions("Des cadeaux pour moi.", giving)


def test_i18_2_legitimacy_view_from_free_answers_in_both_languages() -> None:
    texts = [
        ("p1", "Face aux habitués très pointus, je me sens un peu imposteur."),
        ("p2", "Je ne suis pas une spécialiste, j'ai peur de dire des bêtises."),
        ("p3", "Who am I to recommend a play to anyone?"),
        ("p4", "Encore des notifications à gérer."),
    ]
    asked = "Qu'est-ce qui vous freine ?"
    answers = [Answer(f"a{i}", p, asked, t) for i, (p, t) in enumerate(texts)]
    rows = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "fr")]
    kept, made = concepts.groups([], rows, answers)
    assert kept == {}
    assert len(made) == 1
    assert {answers[rows[r].answer_index].participant for r in made[0]} == {"p1", "p2", "p3"}


def test_i18_2_concept_lookup_by_first_word_finds_what_a_full_scan_finds() -> None:
    texts = [
        "Aider des skieurs malvoyants",  # a starred single word
        "Des places à mobilité réduite",  # several words
        "Mes lapins et mes furets",  # a starred word after others
        "Un peu de place pour les rongeurs",
        "Rien de tout ça",
    ]
    for phrases in concepts.families().values():
        for text in texts:
            seen = concepts.words(text)
            scan = any(concepts._holds(seen, phrase) for phrase in phrases)
            assert concepts.mentions(text, phrases) == scan
