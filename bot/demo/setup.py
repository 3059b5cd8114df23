"""Install the demo client (config + documents) into a home, idempotently."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory
from knowledge.base import KnowledgeBase
from knowledge.ingest_report import ADDED, ERROR, REPLACED, SKIPPED, UNCHANGED, IngestReport
from prompts.catalog import text

DEMO_DIR = Path(__file__).parent
DEMO_CLIENT = "demo"
DEMO_MANAGER = "camille"
DOCUMENTS_DIR = DEMO_DIR / "documents"
SCRIPT_FR = DEMO_DIR / "script-fr.txt"


def demo_config() -> ClientConfig:
    data = yaml.safe_load((DEMO_DIR / "client.yaml").read_text(encoding="utf-8"))
    return ClientConfig.model_validate({"name": DEMO_CLIENT, **data})


def install_demo(settings: Settings) -> ClientConfig:
    """Write the demo client's config (kept if it exists already) and return it."""
    directory = ClientDirectory(settings.clients_dir)
    if DEMO_CLIENT not in directory.names():
        directory.save(demo_config())
    return directory.get(DEMO_CLIENT)


def ingest_demo_documents(knowledge: KnowledgeBase, config: ClientConfig) -> IngestReport:
    """Load the demo documents; unchanged files are skipped, so a second run is quick.

    The program's documents say `classification: public` (front matter, `<meta>`, a
    `Diffusion : publique` line); the roadmap says CONFIDENTIEL. Nothing relies on the
    client's default, which stays `internal`.
    """
    return knowledge.ingest_paths(config.name, [DOCUMENTS_DIR], **config.ingest_options())


def ingest_summary(report: IngestReport, lang: str) -> str:
    """One progress line for the person starting the demo."""
    return text(
        lang,
        "knowledge.demo_ingested",
        documents=len(report.files),
        added=report.count(ADDED) + report.count(REPLACED),
        unchanged=report.count(UNCHANGED),
        failed=report.count(ERROR) + report.count(SKIPPED),
    )
