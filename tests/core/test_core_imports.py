"""Issue 14 item 1: the core imports no feature; the composition root assembles them."""

from __future__ import annotations

import subprocess
import sys

FEATURES = (
    "bot.handoff",
    "bot.policy",
    "bot.people",
    "bot.solicitations",
    "bot.outbox",
    "bot.adapters",
    "bot.services",
    "bot.assistant",
    "bot.scheduler",
    "bot.llm",
    "bot.store",
    "skills",
    "knowledge",
)

PROBE = f"""
import importlib, pkgutil, sys
import bot.core
for module in pkgutil.iter_modules(bot.core.__path__):
    importlib.import_module("bot.core." + module.name)
features = {FEATURES!r}
print("\\n".join(sorted(m for m in sys.modules if m.startswith(features))))
"""


def test_i14_1_importing_the_core_imports_no_feature() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "", result.stdout


class NoDocuments:
    def passages(self, client: str, sensitivity: str) -> list[str]:
        return []


class StageDeps:
    knowledge = NoDocuments()
    db = None  # the notice stage keeps them for its turns
    gateway = None


def test_i14_1_the_root_lists_the_stages_in_the_documented_order() -> None:
    from bot.stages import default_stages

    stages = default_stages(StageDeps())
    assert [s.name for s in stages] == [
        "drop_own_and_retries",
        "resolve_client",
        "resolve_role",
        "load_state",
        "first_contact_notice",
        "check_input",
        "handoff_precheck",
        "route",
        "outbound_check",
        "handoff_postcheck",
        "save_state",
    ]
    assert {s.name for s in stages if s.always_run} == {"outbound_check", "save_state"}
    assert {s.name for s in stages if s.fail_closed} == {"outbound_check", "handoff_postcheck"}
