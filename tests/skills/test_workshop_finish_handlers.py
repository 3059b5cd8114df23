"""Issue 14 item 2: what features do when someone finishes a workshop flow is given to the
workshop skill at setup by the composition root (no module-level registry)."""

from __future__ import annotations

import importlib
import logging
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from bot.assistant import Assistant, workshop_finish_handlers
from bot.core.registry import SkillRegistry
from bot.services import Services
from bot.settings import Settings
from bot.tenants import ClientConfig
from skills.kpi import survey
from skills.workshop import hooks
from skills.workshop.hooks import Finished, FinishHandler, run_finished
from skills.workshop.tables import WorkshopParticipant, WorkshopSession
from tests.e2e.workshop_support import answer, code_of, person

TRIAL = {
    "id": "essai",
    "title": {"fr": "Essai", "en": "Trial"},
    "intro": {"fr": "Bonjour", "en": "Hello"},
    "collective": False,
    "steps": [
        {
            "id": "mood",
            "kind": "scale",
            "title": {"fr": "humeur", "en": "mood"},
            "ask": {"fr": "Humeur de 0 à 10 ?", "en": "Mood from 0 to 10?"},
        }
    ],
}


def finished(language: str = "fr", **answers: object) -> Finished:
    return Finished(
        WorkshopSession(client="acme", flow="essai", code="ABCDE"),
        WorkshopParticipant(session_id=1, platform="console", user_id="lea"),
        dict(answers),
        language,
    )


def test_i14_2_handlers_of_the_flow_run_in_order_and_a_failure_is_skipped(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(done: Finished) -> str | None:
        raise RuntimeError("boom")

    handlers = (
        FinishHandler("essai", lambda done: f"first {done.answers['mood']}"),
        FinishHandler("other", lambda done: "not this flow"),
        FinishHandler("essai", broken),
        FinishHandler("essai", lambda done: None),
        FinishHandler("essai", lambda done: "second"),
    )
    with caplog.at_level(logging.ERROR):
        assert run_finished(handlers, "essai", finished(mood=7)) == "first 7\nsecond"
    assert "finish handler of flow essai failed" in caplog.text
    assert run_finished(handlers, "nous", finished()) is None
    assert run_finished((), "essai", finished()) is None


def test_i14_2_no_module_keeps_finish_handlers() -> None:
    """The hooks module holds types and a function only: nothing registered at import."""
    kept = [
        name
        for name, value in vars(hooks).items()
        if isinstance(value, dict | list | set) and not name.startswith("__")
    ]
    assert kept == []
    assert not hasattr(hooks, "on_finish")


def test_i14_2_the_root_gives_the_survey_handler(settings: Settings) -> None:
    services = Services.build(settings)
    try:
        [nps] = workshop_finish_handlers(services)
        assert nps.flow_id == survey.FLOW
    finally:
        services.db.dispose()


def assistant_with(bot: Assistant, *extra: FinishHandler) -> Assistant:
    """An assistant sharing `bot`'s services whose workshop has these handlers too."""
    handlers = (*bot.services.workshop_finish_handlers, *extra)
    services = replace(bot.services, workshop_finish_handlers=handlers)
    registry = SkillRegistry()
    for name in ("skills.help", "skills.workshop"):
        importlib.import_module(name).setup(registry, services)
    return Assistant(services, registry)


async def test_i14_2_a_handler_given_at_setup_answers_the_finish(
    settings: Settings, acme: ClientConfig
) -> None:
    flows = Path(settings.home) / "flows"
    flows.mkdir(parents=True)
    (flows / "essai.yaml").write_text(yaml.safe_dump(TRIAL, allow_unicode=True), "utf-8")
    seen: list[Finished] = []

    def note(done: Finished) -> str:
        seen.append(done)
        return f"Noté : {done.answers['mood']}/10."

    bot = Assistant.build(settings, skill_modules=())
    try:
        with_note = assistant_with(bot, FinishHandler("essai", note))
        without = assistant_with(bot)  # another assistant in the same process
        for assistant, user in ((with_note, "lea"), (without, "paul")):
            code = code_of(await person(assistant, "hugo", "facilitator").send("atelier essai"))
            await answer(person(assistant, user), f"rejoindre {code}")
            said = await answer(person(assistant, user), "7")
            if assistant is with_note:
                assert said.endswith("Noté : 7/10.")
            else:
                assert "Vos réponses à l'Essai" in said and "Noté" not in said
        [done] = seen
        assert (done.participant.user_id, done.answers, done.language) == ("lea", {"mood": 7}, "fr")
        assert done.session.flow == "essai"
    finally:
        await bot.aclose()
