"""Issue 19, recall: acronyms the documents define ("délégué à la protection des données
(DPO)") are read at index time; a question using the short form meets the passages that
spell it out, and is not abstained on for want of the short form."""

from __future__ import annotations

from pathlib import Path

from knowledge.acronyms import definitions, long_form
from knowledge.base import KnowledgeBase
from tests.knowledge.conftest import lexical_kb

PUBLIC = {"public"}


def test_i19_acronyms_definitions_both_ways_round() -> None:
    found = definitions(
        [
            "Demandez conseil à votre délégué à la protection des données (DPO).",
            "Le fichier FICOBA (Fichier national des comptes bancaires et assimilés) recense "
            "les comptes.",
            "Voir le barème (page 3) et la réunion (Lille).",
        ]
    )
    assert found == {
        "dpo": "délégué à la protection des données",
        "ficoba": "Fichier national des comptes bancaires et assimilés",
    }


def test_i19_acronyms_letters_must_line_up() -> None:
    assert long_form("RGPD", "Règlement européen sur la protection des données") == (
        "Règlement européen sur la protection des données"
    )
    # The first letter starts a word; letters missing from the candidate: no long form.
    assert long_form("DPO", "le responsable du traitement") is None
    assert long_form("CNIL", "la commission") is None


DOCS = {
    "contacts.md": "# Contacts\n\n## Nous écrire\n\nPour toute question sur vos données, "
    "écrivez à notre délégué à la protection des données (DPO) à l'adresse du site.\n",
    "responsabilite.md": "# Responsabilités\n\n## Qui répond d'un manquement\n\nLe délégué "
    "à la protection des données n'est pas sanctionné en cas de manquement au règlement : "
    "c'est le responsable de traitement qui en répond.\n",
    "sanctions.md": "# Sanctions\n\n## Les sanctions de la commission\n\nLa commission peut "
    "prononcer des sanctions financières contre un organisme qui ne respecte pas ses "
    "obligations.\n",
    "cookies.md": "# Cookies\n\n## Bandeau\n\nLe bandeau de consentement doit permettre de "
    "refuser les traceurs aussi facilement que de les accepter.\n",
    "video.md": "# Vidéo\n\n## Caméras\n\nLes images des caméras sont conservées un mois au "
    "plus, sauf procédure en cours.\n",
    "emploi.md": "# Emploi\n\n## Recrutement\n\nUn recruteur ne peut demander que des "
    "informations utiles pour évaluer les compétences du candidat.\n",
}


def _kb(tmp_path: Path) -> KnowledgeBase:
    return lexical_kb(tmp_path, DOCS)


def test_i19_acronyms_a_short_form_finds_the_spelled_out_passage(tmp_path: Path) -> None:
    kb = _kb(tmp_path)
    hits = kb.search("c", "Un DPO peut-il être puni ?", allowed_sensitivities=PUBLIC)
    # Only the definition says "DPO"; the rule about it says "délégué".
    assert "responsabilite.md" in [h.document for h in hits[:2]], [h.document for h in hits]


def test_i19_acronyms_the_answer_quotes_the_spelled_out_rule(tmp_path: Path) -> None:
    answer = _kb(tmp_path).answer(
        "c", "Un DPO peut-il être sanctionné ?", allowed_sensitivities=PUBLIC
    )
    assert answer.answered
    assert "n'est pas sanctionné en cas de manquement" in answer.text


def test_i19_acronyms_survive_the_index_cache(tmp_path: Path) -> None:
    _kb(tmp_path).close()
    reopened = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    index = reopened.indexes.get("c")
    assert "dpo" in index.acronyms
    assert index.acronyms["dpo"] == ("delegu", "protect", "don")
