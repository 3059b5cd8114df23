"""Knowledge layer: ingestion, per-client stores, hybrid retrieval, extractive answers."""

from knowledge.access import sensitivities_for_role
from knowledge.answer import Answer
from knowledge.base import KnowledgeBase
from knowledge.catalog import DocumentInfo
from knowledge.embeddings import Embedder, GatewayEmbedder, HashingEmbedder
from knowledge.ingest_report import FileResult, IngestReport
from knowledge.retrieval import Hit

__all__ = [
    "Answer",
    "DocumentInfo",
    "Embedder",
    "FileResult",
    "GatewayEmbedder",
    "HashingEmbedder",
    "Hit",
    "IngestReport",
    "KnowledgeBase",
    "sensitivities_for_role",
]
