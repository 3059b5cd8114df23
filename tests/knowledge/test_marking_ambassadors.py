"""A document kept for the ambassadors is readable by them; a narrower group keeps it closed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from bot.bench.markings import read_head
from bot.cli import app
from bot.settings import get_settings
from bot.tenants.config import ClientConfig
from bot.tenants.directory import ClientDirectory
from knowledge.base import KnowledgeBase

AMBASSADOR = frozenset({"public"})
STAFF = frozenset({"public", "internal", "confidential"})
BODY = "\n\n## Codes partenaires\n\nLe gîte de la Garbure offre 10 % avec le code ISARD10.\n"
QUESTION = "Quel code donne une remise au gîte de la Garbure ?"

FOR_AMBASSADORS = [
    "Diffusion : réservée aux ambassadeurs",
    "DIFFUSION : AMBASSADEURS UNIQUEMENT - ne pas transférer",
    "Diffusion : réservée aux ambassadeurs — ne pas republier",
    "<!-- Confidentiality: AMBASSADORS ONLY — do not forward outside the programme -->",
    "Confidentiality: for ambassadors only - winter 2025-2026 - do not share the discount codes",
    "Document réservé aux ambassadeurs, merci de ne pas le partager",
    "**Réservé aux ambassadeurs du programme**",
    "For ambassadors' eyes only",
    "Ambassadeurs uniquement — ne pas diffuser à l'extérieur du programme",
]
# Another group, a narrower one, a level named, or the ambassadors kept out.
NOT_FOR_AMBASSADORS = [
    ("Ne pas transmettre aux ambassadeurs", "internal"),
    ("Do not share with ambassadors", "internal"),
    ("Confidentiel — ambassadeurs uniquement", "confidential"),
    ("Usage interne — ne pas diffuser aux ambassadeurs", "internal"),
    ("Diffusion : réservée aux ambassadeurs et à l'équipe", "internal"),
    ("Réservé aux ambassadeurs — ne pas transmettre à la direction", "internal"),
    ("Diffusion : ambassadeurs uniquement — document interne", "internal"),
    ("Réservé aux ambassadeurs niveau Or", "internal"),
]
# An audience named by a section or a rule: the document's own reading (here none: the
# client's default decides) stays.
NO_MARKING = [
    "## Pour les ambassadeurs uniquement",
    "- réservé aux ambassadeurs",
    "Ce guide est destiné aux ambassadeurs et à leurs proches.",
]


def _head(line: str) -> str:
    return f"{line}\n# Guide des partenaires\nUn paragraphe de texte courant pour le corps."


@pytest.mark.parametrize("line", FOR_AMBASSADORS)
def test_a_document_for_the_ambassadors_is_theirs(line: str) -> None:
    assert read_head(_head(line))[0] == "public"


@pytest.mark.parametrize(("line", "level"), NOT_FOR_AMBASSADORS)
def test_another_group_or_a_level_keeps_it_closed(line: str, level: str) -> None:
    assert read_head(_head(line))[0] == level


@pytest.mark.usefixtures("rules_only")  # the rules' reading (no second reader)
@pytest.mark.parametrize("line", NO_MARKING)
def test_a_section_a_rule_or_a_narrower_group_is_no_opening(line: str) -> None:
    assert read_head(_head(line))[0] == "none"


def test_a_stricter_line_elsewhere_still_wins() -> None:
    head = "Diffusion : réservée aux ambassadeurs\nClassification : Confidentiel\n# Guide"
    assert read_head(head)[0] == "confidential"


def test_an_ambassador_finds_what_was_written_for_them(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "partenaires.md").write_text(f"{FOR_AMBASSADORS[1]}\n\n# Partenaires{BODY}", "utf-8")
    (docs / "interne.md").write_text(f"{NOT_FOR_AMBASSADORS[0][0]}\n\n# Notes{BODY}", "utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    report = kb.ingest_paths("isards", [docs])  # the default is internal
    levels = {f.name: (f.sensitivity, f.reason) for f in report.files}
    assert levels == {
        "partenaires.md": ("public", "marker"),
        "interne.md": ("internal", "marker"),
    }
    found = kb.search("isards", QUESTION, allowed_sensitivities=AMBASSADOR)
    assert {hit.document for hit in found} == {"partenaires.md"}
    staff = kb.search("isards", QUESTION, allowed_sensitivities=STAFF)
    assert {hit.document for hit in staff} == {"partenaires.md", "interne.md"}


def test_the_programs_own_name_for_its_ambassadors(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kit.md").write_text(f"Diffusion : réservée aux Isards\n\n# Kit{BODY}", "utf-8")
    (docs / "bareme.md").write_text(f"AMBASSADEURS ISARDS UNIQUEMENT\n\n# Barème{BODY}", "utf-8")
    (docs / "notes.md").write_text(f"Ne pas transmettre aux Isards\n\n# Notes{BODY}", "utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    unknown = {f.name: f.sensitivity for f in kb.ingest_paths("isards", [docs]).files}
    assert unknown == {"kit.md": "internal", "bareme.md": "internal", "notes.md": "internal"}
    # Named in the client's settings: the unchanged files are read again, once.
    options = ClientConfig(name="isards", ambassador_names=["isard"]).ingest_options()
    named = {f.name: f.sensitivity for f in kb.ingest_paths("isards", [docs], **options).files}
    assert named == {"kit.md": "public", "bareme.md": "public", "notes.md": "internal"}
    again = kb.ingest_paths("isards", [docs], **options).files
    assert {f.status for f in again} == {"unchanged"}
    found = kb.search("isards", QUESTION, allowed_sensitivities=AMBASSADOR)
    assert {hit.document for hit in found} == {"kit.md", "bareme.md"}


def test_a_name_for_the_staff_or_a_level_is_never_read_as_the_ambassadors(
    public_home: Path, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="2 to 40"):
        ClientConfig(name="isards", ambassador_names=["x"])
    directory = ClientDirectory(get_settings().clients_dir)
    directory.save(ClientConfig(name="tribu", ambassador_names=["Équipe", "Tribu"]))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "equipe.md").write_text(f"Réservé à l'équipe\n\n# Notes{BODY}", "utf-8")
    (docs / "tribu.md").write_text(f"Réservé à la Tribu\n\n# Kit{BODY}", "utf-8")
    for lang, said in (("fr", "« Équipe » désigne l'équipe"), ("en", '"Équipe" names the staff')):
        run = CliRunner().invoke(app, ["--lang", lang, "ingest", "--client", "tribu", str(docs)])
        assert run.exit_code == 0, run.output
        assert said in run.output and "Tribu" not in run.output.split("ambassador_names")[1][:60]
    listed = CliRunner().invoke(app, ["documents", "list", "--client", "tribu", "--json"])
    rows = {r["document"]: r["sensitivity"] for r in map(json.loads, listed.output.splitlines())}
    assert rows == {"equipe.md": "internal", "tribu.md": "public"}


def test_ingest_suggests_a_name_it_does_not_know(public_home: Path, tmp_path: Path) -> None:
    directory = ClientDirectory(get_settings().clients_dir)
    directory.save(ClientConfig(name="isards"))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kit.md").write_text(f"Diffusion : réservée aux Isards\n\n# Kit{BODY}", "utf-8")
    (docs / "notes.md").write_text(f"Usage interne\n\n# Notes{BODY}", "utf-8")
    # Named to keep it from them: declaring the name would not open it, so no hint.
    excluded = f"USAGE INTERNE - équipe uniquement. Ne pas transférer aux Isards.\n\n# CR{BODY}"
    (docs / "cr.md").write_text(excluded, "utf-8")
    runner = CliRunner()
    fr = runner.invoke(app, ["--lang", "fr", "ingest", "--client", "isards", str(docs)])
    assert fr.exit_code == 0, fr.output
    assert "Réservé à « Isards » : kit.md reste(nt) fermé(s)" in " ".join(fr.output.split())
    assert "ambassador_names: [Isards]" in fr.output and "notes.md reste" not in fr.output
    en = runner.invoke(app, ["--lang", "en", "ingest", "--client", "isards", str(docs)])
    assert 'Kept for "Isards": kit.md stay(s) closed' in " ".join(en.output.split())
    directory.save(ClientConfig(name="isards", ambassador_names=["Isards"]), overwrite=True)
    named = runner.invoke(app, ["--lang", "fr", "ingest", "--client", "isards", str(docs)])
    assert "ambassador_names" not in named.output, named.output
    listed = runner.invoke(app, ["documents", "list", "--client", "isards", "--json"])
    rows = {r["document"]: r["sensitivity"] for r in map(json.loads, listed.output.splitlines())}
    assert rows == {"cr.md": "internal", "kit.md": "public", "notes.md": "internal"}


def test_ingest_suggests_the_company_name_beside_the_word(
    public_home: Path, tmp_path: Path
) -> None:
    directory = ClientDirectory(get_settings().clients_dir)
    directory.save(ClientConfig(name="lum-sa"))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kit.md").write_text(f"Réservé aux ambassadeurs Lumina\n\n# Kit{BODY}", "utf-8")
    runner = CliRunner()
    fr = runner.invoke(app, ["--lang", "fr", "ingest", "--client", "lum-sa", str(docs)])
    said = " ".join(fr.output.split())
    assert fr.exit_code == 0 and "« Lumina » à côté du mot ambassadeurs" in said, fr.output
    assert "display_name: Lumina" in said and "kit.md reste(nt) fermé(s)" in said
    assert "Réservé à « Lumina »" not in said  # one hint for one name, the one that fits
    en = runner.invoke(app, ["--lang", "en", "ingest", "--client", "lum-sa", str(docs)])
    assert '"Lumina" beside the word ambassadors' in " ".join(en.output.split())
    directory.save(ClientConfig(name="lum-sa", display_name="Lumina"), overwrite=True)
    named = runner.invoke(app, ["--lang", "fr", "ingest", "--client", "lum-sa", str(docs)])
    assert "display_name" not in named.output, named.output
    listed = runner.invoke(app, ["documents", "list", "--client", "lum-sa", "--json"])
    assert [json.loads(line)["sensitivity"] for line in listed.output.splitlines()] == ["public"]


def test_a_name_already_given_is_not_suggested_again() -> None:
    from knowledge.marking_ambassadors import unknown_readers

    marking = "Réservé aux Isards niveau Or"  # a part of them: internal, whatever the name
    assert unknown_readers(marking) == "Isards"
    assert unknown_readers(marking, ["Isard"]) is None
    assert unknown_readers("Réservé à l'équipe") is None


def test_a_status_field_is_no_readership() -> None:
    assert read_head(_head("Statut : ambassadeurs"))[0] == "none"


@pytest.mark.parametrize(
    "line",
    [
        "Pr les ambassadeur·ices uniquement, pas sur les réseaux svp !!",
        "pour les ambasadeurs seulment, pas de repost public svp",
        "resérvé aus ambassadeurs, pas de transfert",
        "<!-- niveau_diffusion: ambassadeurs -->",
        "public_cible: ambassadeurs",
        "Sensitvity: Ambassadors – OK to read",
    ],
)
def test_hurried_writing_still_names_the_ambassadors(line: str) -> None:
    from knowledge.marking_ambassadors import for_ambassadors

    assert for_ambassadors(line)


@pytest.mark.parametrize(
    "line",
    [
        "À partager avec toute la communauté Baliseurs 🥾",
        "Pour l'ensemble de la communauté des Vigies",
        "For the whole Lanterns community",
        "Audience: entire Beacon Keepers community 🌍",
        "Shared with the entire Pathfinders community — please don't forward",
    ],
)
def test_the_whole_community_is_all_the_ambassadors(line: str) -> None:
    from knowledge.marking_ambassadors import for_ambassadors

    assert for_ambassadors(line)


@pytest.mark.parametrize(
    "line",
    [
        "Pour toute la communauté Gold",  # a tier
        "For the whole Paris community",  # a city
        "Pour toute la communauté lyonnaise",  # a city's people
        "Pour toute la communauté des salariés",  # staff
        "For the whole staff community",
        "For the whole Lanterns community — confidential, do not share",
        "Toute la communauté Baliseurs parle de ce tracé",  # a sentence, not a readership
    ],
)
def test_a_part_or_the_staff_keeps_the_community_closed(line: str) -> None:
    from knowledge.marking_ambassadors import for_ambassadors

    assert not for_ambassadors(line)


def test_a_level_elsewhere_still_wins_over_the_community() -> None:
    head = _head("CONFIDENTIEL\nÀ partager avec toute la communauté Baliseurs")
    assert read_head(head)[0] == "confidential"


def test_ingest_suggests_a_name_an_unmarked_document_is_written_for(
    public_home: Path, tmp_path: Path
) -> None:
    directory = ClientDirectory(get_settings().clients_dir)
    directory.save(ClientConfig(name="loutres"))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "bienvenue.md").write_text(f"Bienvenue à tous les Loutres !\n\n# Kit{BODY}", "utf-8")
    (docs / "fetes.md").write_text(f"Le planning de la saison\n\n# Dates{BODY}", "utf-8")
    run = CliRunner().invoke(app, ["--lang", "fr", "ingest", "--client", "loutres", str(docs)])
    assert run.exit_code == 0, run.output
    said = " ".join(run.output.split())
    assert "Réservé à « Loutres » : bienvenue.md reste(nt) fermé(s)" in said, said
    assert "fetes.md reste" not in said


def test_the_clients_own_name_beside_the_word_opens_a_document(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kit.md").write_text(f"Réservé aux ambassadeurs Lumina\n\n# Kit{BODY}", "utf-8")
    (docs / "core.md").write_text(f"Ambassadeurs Core uniquement\n\n# Feuille{BODY}", "utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    unknown = {f.name: f.sensitivity for f in kb.ingest_paths("lumina", [docs]).files}
    assert unknown == {"kit.md": "internal", "core.md": "internal"}
    # The client's display name is its own: the unchanged file is read again with it.
    options = ClientConfig(name="lumina-sa", display_name="Lumina").ingest_options()
    named = {f.name: f.sensitivity for f in kb.ingest_paths("lumina", [docs], **options).files}
    assert named == {"kit.md": "public", "core.md": "internal"}
