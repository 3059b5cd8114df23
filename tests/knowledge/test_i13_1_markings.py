"""Issue 13, item 1: marking variants are read, unmarked documents fail closed (internal),
and a community manager sees and corrects every document's level and its reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.demo.setup import demo_config, ingest_demo_documents
from bot.settings import get_settings
from bot.tenants import ClientConfig, ClientDirectory
from knowledge.base import KnowledgeBase
from tests.knowledge.conftest import make_docx, make_pdf
from tests.shared_sets import shared_path

AMBASSADOR = frozenset({"public"})
STAFF = frozenset({"public", "internal", "confidential"})
BODY = "\n\n## Rachat\n\nLe rachat de la brasserie Houblonnière est prévu en avril pour 2 M€.\n"
QUESTION = "Quand est prévu le rachat de la brasserie Houblonnière ?"

CONFIDENTIAL_VARIANTS = [
    "CONFIDENTIEL — ne pas diffuser",
    "**Classification : Confidentiel (ne pas diffuser)**",
    "Classification: CONFIDENTIEL",
    "classification : confidentiel",
    "# Stratégie 2027 — Confidentiel",
    "_Strictement confidentiel_",
    "> **CONFIDENTIAL**",
    "Confidential – do not distribute",
    "---\nconfidentialite: Confidentielle\n---",
    "Niveau de diffusion : CONFIDENTIEL",
    "Sensibilité : C3 - Confidentiel",
    "Document confidentiel, réservé au comité de direction.",
    "Ce document est strictement confidentiel et ne doit pas être diffusé.",
    "This document is confidential.",
    "SECRET",
    "Diffusion restreinte",
]
INTERNAL_VARIANTS = [
    "Diffusion restreinte à l'équipe",
    "*Usage interne*",
    "USAGE INTERNE UNIQUEMENT",
    "Internal only",
    "For internal use only",
    "Do not distribute",
    "Ne pas diffuser",
    "## Note interne",
    "Diffusion : interne",
    "---\nsensitivity: internal\n---",
    "Interne",
    "Classification : Restreint",
    "Cette note ne doit pas être diffusée.",
    "This memo must not be shared outside the team.",
    # A strong phrase opening a long line; who a document is kept for.
    "Document interne de l'équipe des relations avec le public, mis à jour en septembre 2026.",
    "Ce guide est réservé à l'équipe du programme.",
    "Cette fiche est destinée à l'usage exclusif de l'équipe communauté.",
    "This guide is for the team only.",
]
PUBLIC_VARIANTS = [
    "Classification : Public",
    "Diffusion : publique",
    "PUBLIC",
    "**Public**",
    "---\nclassification: public\n---",
    "Document public",
    "Diffusion libre",
]


def _ingest_one(kb: KnowledgeBase, folder: Path, name: str, text: str, **options: object):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    report = kb.ingest_paths("volta", [folder / name], **options)  # type: ignore[arg-type]
    (result,) = report.files
    return result


@pytest.mark.parametrize("marking", CONFIDENTIAL_VARIANTS)
def test_i13_1_confidential_marking_variants_are_never_public(
    kb: KnowledgeBase, tmp_path: Path, marking: str
) -> None:
    # Even for a client whose default is public, the marking wins.
    result = _ingest_one(
        kb, tmp_path / "d", "plan.md", f"{marking}\n{BODY}", default_sensitivity="public"
    )
    assert (result.sensitivity, result.reason) == ("confidential", "marker"), marking
    assert not kb.search("volta", QUESTION, allowed_sensitivities=AMBASSADOR)
    assert "Houblonnière" in kb.search("volta", QUESTION, allowed_sensitivities=STAFF)[0].text


@pytest.mark.parametrize("marking", INTERNAL_VARIANTS)
def test_i13_1_internal_marking_variants_are_internal(
    kb: KnowledgeBase, tmp_path: Path, marking: str
) -> None:
    result = _ingest_one(
        kb, tmp_path / "d", "plan.md", f"{marking}\n{BODY}", default_sensitivity="public"
    )
    assert (result.sensitivity, result.reason) == ("internal", "marker"), marking
    assert not kb.search("volta", QUESTION, allowed_sensitivities=AMBASSADOR)


@pytest.mark.parametrize("marking", PUBLIC_VARIANTS)
def test_i13_1_explicit_public_markings_make_a_document_public(
    kb: KnowledgeBase, tmp_path: Path, marking: str
) -> None:
    result = _ingest_one(kb, tmp_path / "d", "guide.md", f"{marking}\n{BODY}")
    assert (result.sensitivity, result.reason) == ("public", "marker"), marking
    assert kb.search("volta", QUESTION, allowed_sensitivities=AMBASSADOR)


MENTIONS = [
    "Peu importe que ces informations soient confidentielles ou publiques.",
    "Interne ou externe, le délégué doit connaître la législation.",
    "Les données ne doivent pas être transmises à des tiers.",
    "Notre politique de confidentialité est en ligne.",
    "## Public",
    "Public visé : les familles à vélo.",
    "Le secret d'une bonne bière, c'est le temps.",
    "Document non confidentiel",
    "Ce guide est destiné aux ambassadeurs du programme et à leurs proches.",
    "Confidentialité de vos données : nous ne vendons jamais vos données ni ne les louons.",
]


@pytest.mark.usefixtures("rules_only")  # the rules' reading (no second reader)
@pytest.mark.parametrize("line", MENTIONS)
def test_i13_1_passing_mentions_are_no_marking(kb: KnowledgeBase, tmp_path: Path, line: str):
    text = f"# Guide\n\n{line}\n{BODY}"
    result = _ingest_one(kb, tmp_path / "d", "guide.md", text, default_sensitivity="public")
    assert (result.sensitivity, result.reason) == ("public", "default"), line


@pytest.mark.usefixtures("rules_only")  # the rules' reading (no second reader)
def test_i13_1_an_unmarked_document_is_internal_by_default(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    result = _ingest_one(kb, tmp_path / "d", "plan.md", f"# Plan{BODY}")
    assert (result.sensitivity, result.reason) == ("internal", "default")
    assert not kb.search("volta", QUESTION, allowed_sensitivities=AMBASSADOR)
    # Passing mentions are no marking: a public FAQ about confidentiality stays as set.
    faq = "# FAQ\n\nNotre politique de confidentialité est en ligne. Le public visé : tous.\n"
    result = _ingest_one(kb, tmp_path / "e", "faq.md", faq, default_sensitivity="public")
    assert (result.sensitivity, result.reason) == ("public", "default")


# Which source wins of the rules' reading, a folder rule and an option: the second reader
# reads the unmarked buy-out plan for 2 M€ ("d.md") as restricted (0.73) and would close it.
@pytest.mark.usefixtures("rules_only")
def test_i13_1_a_lower_marking_never_lowers_a_higher_one(kb: KnowledgeBase, tmp_path: Path) -> None:
    both = f"Classification : Public\n\nCONFIDENTIEL — ne pas diffuser\n{BODY}"
    assert _ingest_one(kb, tmp_path / "a", "a.md", both).sensitivity == "confidential"
    # A folder rule, an option or a public marking: the strictest source wins.
    folder = tmp_path / "b" / "direction"
    marked = f"Diffusion : publique\n{BODY}"
    result = _ingest_one(kb, folder, "b.md", marked, folder_rules={"direction": "confidential"})
    assert (result.sensitivity, result.reason, result.reason_detail) == (
        "confidential",
        "folder",
        "direction",
    )
    result = _ingest_one(kb, tmp_path / "c", "c.md", f"Usage interne\n{BODY}", sensitivity="public")
    assert (result.sensitivity, result.reason) == ("internal", "marker")
    result = _ingest_one(kb, tmp_path / "d", "d.md", f"# D{BODY}", sensitivity="public")
    assert (result.sensitivity, result.reason) == ("public", "option")


def test_i13_1_docx_pdf_and_html_properties_carry_markings(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    import docx

    folder = tmp_path / "docs"
    folder.mkdir()
    path = make_docx(folder / "plan.docx", [("h1", "Plan"), ("p", BODY.strip())])
    document = docx.Document(str(path))
    document.core_properties.category = "Confidentiel"
    document.save(str(path))
    header = make_docx(folder / "note.docx", [("h1", "Note"), ("p", "Le salon a lieu en mai.")])
    document = docx.Document(str(header))
    document.sections[0].header.paragraphs[0].text = "Usage interne"
    document.save(str(header))
    pdf = make_pdf(folder / "budget.pdf", ["Budget 2027\nLe budget du salon est de 20 000 euros."])
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(pdf)))
    writer.add_metadata({"/Keywords": "budget, confidentiel"})
    writer.write(str(pdf))
    footer = make_pdf(folder / "bilan.pdf", ["Bilan\nLe bilan est positif.\nUsage interne"])
    (folder / "page.html").write_text(
        '<html><head><meta name="classification" content="Confidentiel"><title>Page</title>'
        "</head><body><h1>Page</h1><p>Le rachat est prévu en avril.</p></body></html>",
        encoding="utf-8",
    )
    report = kb.ingest_paths("volta", [folder], default_sensitivity="public")
    levels = {f.name: (f.sensitivity, f.reason) for f in report.files}
    assert levels == {
        "plan.docx": ("confidential", "marker"),
        "note.docx": ("internal", "marker"),
        "budget.pdf": ("confidential", "marker"),
        "bilan.pdf": ("internal", "marker"),
        "page.html": ("confidential", "marker"),
    }
    assert footer.exists()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AMBASSADE_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    ClientDirectory(get_settings().clients_dir).save(
        ClientConfig(name="volta", sensitivity_rules={"direction": "confidential"})
    )
    return tmp_path / "home"


def _docs(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    (docs / "direction").mkdir(parents=True)
    (docs / "strategie.md").write_text(f"CONFIDENTIEL — ne pas diffuser\n{BODY}", "utf-8")
    (docs / "charte.md").write_text(
        "Classification : Public\n\n# Charte\n\nUn avis rapporte 10 points.\n", "utf-8"
    )
    (docs / "notes.md").write_text("# Notes\n\nLe salon de Lyon a lieu en mars.\n", "utf-8")
    (docs / "direction" / "budget.md").write_text("# Budget\n\nLe budget est serré.\n", "utf-8")
    return docs


def test_i13_1_ingest_prints_each_documents_level_and_why(home: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    docs = _docs(tmp_path)
    fr = runner.invoke(app, ["ingest", "--client", "volta", str(docs)])
    assert fr.exit_code == 0, fr.output
    lines = {line.split("—")[0].split()[-1]: line for line in fr.output.splitlines() if "—" in line}
    assert "confidentiel (marquage « CONFIDENTIEL — ne pas diffuser »)" in fr.output
    assert "public (marquage « Classification : Public »)" in lines["charte.md"]
    assert "interne (niveau par défaut du client, aucun marquage)" in lines["notes.md"]
    assert "confidentiel (règle de dossier « direction »)" in lines["budget.md"]
    assert "4 fichiers : 4 ajoutés" in fr.output
    assert "Sans marquage, donc au niveau par défaut du client" in fr.output
    assert "ambassadeurs) : 1 fichier." in fr.output
    en = runner.invoke(app, ["--lang", "en", "ingest", "--client", "volta", str(docs)])
    assert "internal (the client's default level, no marking)" in en.output
    assert "4 files: 0 added" in en.output and "4 unchanged" in en.output


def test_i13_1_documents_list_and_set_sensitivity_apply_at_once_and_are_remembered(
    home: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    docs = _docs(tmp_path)
    assert runner.invoke(app, ["ingest", "--client", "volta", str(docs)]).exit_code == 0
    # A running bot: its index is loaded before the community manager's correction.
    running = KnowledgeBase(get_settings().knowledge_dir)
    assert not running.search("volta", "salon de Lyon", allowed_sensitivities=AMBASSADOR)

    listed = runner.invoke(app, ["documents", "list", "--client", "volta", "--json"])
    rows = {r["document"]: r for r in map(json.loads, listed.output.splitlines())}
    assert rows["notes.md"]["sensitivity"] == "internal" and rows["notes.md"]["reason"] == "default"
    assert rows["strategie.md"]["marking"] == "CONFIDENTIEL — ne pas diffuser"
    table = runner.invoke(app, ["--lang", "en", "documents", "list", "--client", "volta"])
    assert "folder rule" in table.output and "4 documents" in table.output

    done = runner.invoke(
        app, ["--lang", "en", "documents", "set-sensitivity", "notes.md", "public", "-c", "volta"]
    )
    assert done.exit_code == 0 and "internal → public" in done.output, done.output
    hits = running.search("volta", "salon de Lyon", allowed_sensitivities=AMBASSADOR)
    assert hits and hits[0].document == "notes.md"  # at once, in the running bot too

    again = runner.invoke(app, ["--lang", "fr", "ingest", "--client", "volta", str(docs)])
    assert "public (fixé à la main)" in again.output and again.exit_code == 0
    listed = runner.invoke(app, ["--lang", "en", "documents", "list", "--client", "volta"])
    assert "set by hand" in listed.output

    # Lowering below a marking is allowed, with a warning; unknown names are clear errors.
    lowered = runner.invoke(
        app,
        ["--lang", "en", "documents", "set-sensitivity", "strategie.md", "internal", "-c", "volta"],
    )
    assert "marked" in lowered.output and lowered.exit_code == 0
    missing = runner.invoke(
        app, ["--lang", "fr", "documents", "set-sensitivity", "nope.md", "public", "-c", "volta"]
    )
    assert missing.exit_code == 2 and "aucun document « nope.md »" in missing.output
    bad = runner.invoke(app, ["documents", "set-sensitivity", "notes.md", "secret", "-c", "volta"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output

    # A changed file: a level lowered by hand no longer holds, a raised one does.
    (docs / "notes.md").write_text("# Notes\n\nLe salon de Lyon a lieu en avril.\n", "utf-8")
    changed = runner.invoke(app, ["--lang", "fr", "ingest", "--client", "volta", str(docs)])
    assert "interne (niveau par défaut du client, aucun marquage)" in changed.output
    assert not running.search("volta", "salon de Lyon", allowed_sensitivities=AMBASSADOR)


def test_i13_1_the_demo_marks_its_public_documents_public(tmp_path: Path) -> None:
    config = demo_config()
    assert config.default_sensitivity == "internal"  # nothing relies on the default
    kb = KnowledgeBase(tmp_path / "kb")
    report = ingest_demo_documents(kb, config)
    levels = {f.name: (f.sensitivity, f.reason) for f in report.files}
    assert levels == {
        "avantages.html": ("public", "marker"),
        "calendrier-2027.md": ("public", "marker"),
        "charte-eclaireurs.md": ("public", "marker"),
        "faq-eclaireurs.txt": ("public", "marker"),
        "feuille-de-route-confidentielle.md": ("confidential", "marker"),
    }


def test_i13_1_the_volta_eval_corpus_keeps_its_confidential_note(tmp_path: Path) -> None:
    corpus = shared_path("eval/corpus/volta")
    kb = KnowledgeBase(tmp_path / "kb")
    strict = {f.name: f.sensitivity for f in kb.ingest_paths("volta", [corpus]).files}
    assert strict.pop("strategie-confidentielle-2027.md") == "confidential"
    assert set(strict.values()) == {"internal"}  # unmarked: fail closed
    kb = KnowledgeBase(tmp_path / "kb2")
    report = kb.ingest_paths("volta", [corpus], default_sensitivity="public")
    levels = {f.name: f.sensitivity for f in report.files}
    assert levels.pop("strategie-confidentielle-2027.md") == "confidential"
    assert set(levels.values()) == {"public"}


def test_i13_1_documents_ingested_by_an_earlier_version_are_read_again_once(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plan.md").write_text(f"CONFIDENTIEL — ne pas diffuser\n{BODY}", "utf-8")
    (folder / "notes.md").write_text("# Notes\n\nLe salon a lieu en mars.\n", "utf-8")
    kb.ingest_paths("volta", [folder])
    # As the earlier version left them: the variant unread, everything public by default.
    catalog = kb.root / "clients" / "volta" / "catalog.json"
    raw = json.loads(catalog.read_text("utf-8"))
    for doc in raw["documents"]:
        doc.update(sensitivity="public", marker=None, classifier=0, reason="")
        for key in ("marker_text", "reason_detail", "manual", "manual_sha256"):
            doc.pop(key)
    catalog.write_text(json.dumps(raw), "utf-8")
    report = KnowledgeBase(kb.root).ingest_paths("volta", [folder])
    assert {f.name: (f.status, f.sensitivity) for f in report.files} == {
        "notes.md": ("reclassified", "internal"),
        "plan.md": ("reclassified", "confidential"),
    }
    again = KnowledgeBase(kb.root).ingest_paths("volta", [folder])
    assert again.count("unchanged") == 2


def test_i13_1_documents_list_tells_which_documents_an_earlier_version_read(
    home: Path, tmp_path: Path
) -> None:
    """After an upgrade that reads markings better, a community manager is told to ingest
    again: until then a document keeps the level an earlier version gave it."""
    runner = CliRunner()
    docs = _docs(tmp_path)
    assert runner.invoke(app, ["ingest", "--client", "volta", str(docs)]).exit_code == 0
    listed = runner.invoke(app, ["--lang", "en", "documents", "list", "--client", "volta"])
    assert "earlier version" not in listed.output
    catalog = get_settings().knowledge_dir / "clients" / "volta" / "catalog.json"
    raw = json.loads(catalog.read_text("utf-8"))
    raw["documents"][0]["classifier"] = 1
    catalog.write_text(json.dumps(raw), "utf-8")
    listed = runner.invoke(app, ["--lang", "en", "documents", "list", "--client", "volta"])
    assert "Read by an earlier version of ambassade: 1 document." in listed.output
    assert "ambassade ingest --client volta" in listed.output
    assert runner.invoke(app, ["ingest", "--client", "volta", str(docs)]).exit_code == 0
    listed = runner.invoke(app, ["--lang", "fr", "documents", "list", "--client", "volta"])
    assert "version antérieure" not in listed.output
