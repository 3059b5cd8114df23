"""Issue 18 item 2b: oppositions by contrast inside one question, in words no list holds:
someone negates what others say plainly, and the answers closest to each side join it."""

from __future__ import annotations

import numpy as np

from bot.synthesis import contrast
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses, inflected_stem


def _negated(text: str, language: str = "fr") -> list[str]:
    (clause,) = clauses(0, text, language)
    return sorted(clause.words[i] for i in contrast.negated(clause))


def _answers(said: list[tuple[str, str]], question: str) -> list[Answer]:
    return [Answer(f"a{i}", who, question, text) for i, (who, text) in enumerate(said)]


def test_i18_2_contrast_reads_what_a_clause_negates_not_what_it_lacks():
    assert _negated("Les soirs me vont bien, jamais le jeudi.") == ["jeudi"]
    assert _negated("No fixed slot please.", "en") == ["fixed"]
    assert _negated("I don't want homework.", "en") == ["homework"]
    assert _negated("Un engagement continu, non.") == ["continu", "engagement"]
    # A lack is no refusal, and a negation reaches its head word only.
    assert _negated("Je n'ai pas de voiture.") == []
    assert _negated("A guide on family life without owning a car.", "en") == ["owning"]


def test_i18_2_contrast_a_clause_opened_by_a_fear_sets_aside_what_it_fears():
    assert _negated("J'ai peur qu'on transforme les matchs en show.") == [
        "matchs",
        "show",
        "transforme",
    ]
    assert _negated("I'm afraid it turns into a sales pitch.", "en") == ["pitch", "sales", "turns"]
    # A fear further in is no opening: the clause says what comes before it plainly.
    assert _negated("Des concerts après les matchs, sans peur du bruit.") == ["peur"]


def test_i18_2_contrast_a_fear_joins_the_side_against_what_it_fears():
    said = [
        ("P1", "Plus de show avant les matchs, avec des lumières."),
        ("P2", "Un vrai show à la mi-temps, avec un DJ."),
        ("P3", "J'ai peur qu'on transforme les matchs en show."),
        ("P4", "Pas de show, juste du rugby et des chants."),
        ("P5", "Des chants et une tribune populaire."),
        ("P6", "Selon mon planning du mois."),
    ]
    result = synthesise(
        _answers(said, "Comment voyez-vous l'ambiance au stade ?"), [], language="fr", encoder=False
    )
    (sides,) = [t.sides for t in result.themes if t.sides]
    by_person = {p: n for n, side in enumerate(sides) for p in side.participants}
    assert by_person["P3"] == by_person["P4"] != by_person["P1"] == by_person["P2"]


def test_i18_2_contrast_reads_a_word_and_its_feminine_or_plural_as_one():
    for forms in (["petit", "petite", "petits"], ["gros", "grosse", "grosses"]):
        assert len({inflected_stem(w, "fr") for w in forms}) == 1
    assert inflected_stem("bonne", "fr") != inflected_stem("bonnet", "fr")
    said = [
        ("P1", "Des gros coups de main lors des temps forts de la saison."),
        ("P2", "Des gros coups de main ponctuels."),
        ("P3", "Un petit peu chaque mois, plutôt que des gros rushs."),
        ("P4", "Un petit peu chaque semaine."),
        ("P5", "Toute la saison, à petite dose."),
        ("P6", "Selon mon planning du moment."),
        ("P7", "Quand je peux, sans promesse."),
    ]
    answers = _answers(said, "Quel rythme ?")
    every = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "fr")]
    (found,) = contrast.find(range(len(every)), every, answers)
    people = [{answers[every[r].answer_index].participant for r in side} for side in found.sides]
    # P5 says "saison" as one side and "petite" as the other ("petit"): it joins neither.
    assert people == [{"P1", "P2"}, {"P3", "P4"}]


def test_i18_2_contrast_two_sides_in_their_own_words():
    said = [
        ("P1", "Le jeudi midi, au bureau."),
        ("P2", "Le jeudi, c'est parfait pour moi."),
        ("P3", "Le lundi matin, jamais le jeudi."),
        ("P4", "Le lundi matin avant tout le reste."),
        ("P5", "Quand les enfants sont à l'école."),
        ("P6", "Selon mon planning du mois."),
    ]
    result = synthesise(_answers(said, "Quand ?"), [], language="fr", encoder=False)
    sides = [t.sides for t in result.themes if t.sides]
    assert len(sides) == 1
    assert [set(s.participants) for s in sides[0]] == [{"P1", "P2"}, {"P3", "P4"}]

    # Asked about fears, negating something is fearing it: no side.
    answers = _answers(said, "Qu'est-ce qui vous freine ?")
    result = synthesise(answers, [], language="fr", encoder=False)
    assert not any(t.sides for t in result.themes)


def test_i18_2_contrast_a_side_grows_through_the_answers_it_takes():
    said = [
        ("P1", "Le jeudi midi, au bureau."),
        ("P2", "Le jeudi, c'est parfait pour moi."),
        ("P3", "Le lundi matin, jamais le jeudi."),
        ("P4", "Le lundi avec un café, au calme."),
        ("P5", "Un café au calme avant les réunions."),
        ("P6", "Selon mon planning du mois."),
    ]
    result = synthesise(_answers(said, "Quand ?"), [], language="fr", encoder=False)
    sides = [t.sides for t in result.themes if t.sides]
    assert [set(s.participants) for s in sides[0]] == [{"P1", "P2"}, {"P3", "P4", "P5"}]


class _Encoder:
    """Sentence vectors by meaning, faked: free-time answers, fixed-slot answers, others."""

    def queries(self, texts: list[str]) -> np.ndarray:
        rows = []
        for text in texts:
            lowered = text.lower()
            if "no fixed" in lowered or "whenever" in lowered:
                rows.append([1.0, 0.0, 0.0])
            elif "fixed" in lowered or "monday" in lowered:
                rows.append([0.0, 1.0, 0.0])
            else:
                rows.append([0.0, 0.0, 1.0])
        return np.asarray(rows)


def test_i18_2_contrast_the_sentence_encoder_completes_a_short_side():
    said = [
        ("P1", "A fixed slot on Mondays."),
        ("P2", "Mondays, with a fixed slot."),
        ("P3", "No fixed slot."),
        ("P4", "Whenever the mood strikes me."),
        ("P5", "Depends on my workload."),
        ("P6", "Evenings after the kids sleep."),
    ]
    answers = _answers(said, "What time suits you?")
    assert not any(t.sides for t in synthesise(answers, [], language="en", encoder=False).themes)
    result = synthesise(answers, [], language="en", encoder=_Encoder())
    sides = [t.sides for t in result.themes if t.sides]
    assert [set(s.participants) for s in sides[0]] == [{"P1", "P2"}, {"P3", "P4"}]
