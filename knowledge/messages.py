"""The knowledge base's user-facing texts, read from prompts/knowledge_<lang>.yaml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
LANGUAGES = ("fr", "en")


@lru_cache(maxsize=4)
def messages(lang: str) -> dict[str, str]:
    code = lang if lang in LANGUAGES else "fr"
    data = yaml.safe_load((PROMPTS_DIR / f"knowledge_{code}.yaml").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items()}
