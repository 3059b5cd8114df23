"""Issue 18 items 3 and 4 end to end: a chat model (the fake OpenAI server) rewords the
synthesis through the gateway; a claim with a made-up quote is never shown."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from bot.cli import app
from bot.llm import CallContext, ModelGateway
from bot.policy.confidentiality import ModelPolicy, PseudonymizingFilter
from bot.settings import Settings, get_settings
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer
from bot.synthesis.refine import refine
from bot.synthesis.verify import is_verbatim
from bot.tenants import ClientConfig, ClientDirectory
from tests.fakes.openai_server import FakeOpenAIServer
from tests.synthesis import fixtures

MADE_UP = "nous exigeons une prime de mille euros"
INVENTED_LABEL = "Tout le monde veut une prime"
GOOD_LABEL = "Le temps manque à presque tous"
NAME = "Karim Benali"
TERM = "Projet Zèbre"


def answers() -> list[Answer]:
    rows = fixtures.answers()
    rows[0] = Answer(
        rows[0].id,
        rows[0].participant,
        rows[0].question,
        f"Rencontrer les autres ambassadeurs, comme {NAME} au {TERM}.",
    )
    return rows


def responder(messages: list[dict[str, Any]]) -> str:
    """Labels every point, quoting one real answer (copied from the prompt) and one
    made-up quote; the theme holding "temps" gets a good label, another an invented claim
    resting only on a made-up quote, and a theme the synthesis never had is added."""
    prompt = messages[-1]["content"]
    themes: list[dict[str, Any]] = []
    for block in re.split(r"\n(?=\[T)", prompt):
        head = re.match(r"\[(T[\d.]+)\] (.*)", block)
        quotes = re.findall(r"\((\S+)\) (.+)", block)
        if head is None or not quotes:
            continue
        point, _ = head.groups()
        first_id, first_text = quotes[0]
        if "temps" in block.lower() and "." not in point and GOOD_LABEL not in json.dumps(themes):
            proposal = {
                "id": point,
                "label": GOOD_LABEL,
                "verbatims": [
                    {"answer_id": first_id, "text": first_text.split(",")[0]},
                    {"answer_id": first_id, "text": MADE_UP},
                ],
            }
        else:
            proposal = {
                "id": point,
                "label": INVENTED_LABEL + " " + point,
                "verbatims": [{"answer_id": first_id, "text": MADE_UP}],
            }
        themes.append(proposal)
    themes.append(
        {
            "id": "T99",
            "label": "Un thème inventé",
            "verbatims": [{"answer_id": "p1-1", "text": MADE_UP}],
        }
    )
    return "Voici : " + json.dumps({"themes": themes}, ensure_ascii=False)


def _gateway(server: FakeOpenAIServer, acme: ClientConfig) -> ModelGateway:
    settings = Settings(_env_file=None, OPENAI_BASE_URL=server.base_url, chat_model="fake-chat")
    lookup = {acme.name: acme}.__getitem__
    return ModelGateway(
        settings, outbound_filter=PseudonymizingFilter(lookup), client_policy=ModelPolicy(lookup)
    )


def _shown(result) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    quotes = [(v.answer_id, v.text) for t in result.themes for v in t.verbatims]
    return quotes + [
        (v.answer_id, v.text) for t in result.themes for s in t.sides for v in s.verbatims
    ]


async def test_i18_4_a_made_up_quote_from_the_model_is_never_shown(acme: ClientConfig) -> None:
    rows = answers()
    offline = synthesise(rows, fixtures.OBJECTIVES)
    async with FakeOpenAIServer(responder=responder) as server:
        gateway = _gateway(server, acme)
        try:
            result = await refine(
                offline, rows, gateway, CallContext("acme", "synthesis"), language="fr"
            )
        finally:
            await gateway.aclose()
        sent = json.dumps(server.bodies, ensure_ascii=False)
    assert len(server.requests) == 1
    assert NAME not in sent and "Benali" not in sent and TERM not in sent  # filtered
    assert "manque de temps" in sent  # the answers themselves were sent
    shown = result.to_json()
    assert MADE_UP not in shown and INVENTED_LABEL not in shown and "Un thème inventé" not in shown
    labels = [t.label for t in result.themes]
    assert GOOD_LABEL in labels  # a proposal with one verified quote is kept
    assert len(result.themes) == len(offline.themes)  # same structure
    kept = next(t for t in result.themes if t.label == GOOD_LABEL)
    assert [v.text for v in kept.verbatims] != [] and MADE_UP not in str(kept.verbatims)
    assert result.dropped_unverifiable >= len(offline.themes)  # every made-up quote counted
    texts = {a.id: a.text for a in rows}
    assert all(is_verbatim(text, texts[answer_id]) for answer_id, text in _shown(result))
    supported = {label for o in result.objectives for label in o.supported_by}
    assert supported <= {t.label for t in result.themes}


async def test_i18_4_a_failing_model_leaves_the_offline_synthesis(acme: ClientConfig) -> None:
    rows = answers()
    offline = synthesise(rows, fixtures.OBJECTIVES)
    async with FakeOpenAIServer(responder=lambda _: "pas du JSON") as server:
        gateway = _gateway(server, acme)
        try:
            result = await refine(
                offline, rows, gateway, CallContext("acme", "synthesis"), language="fr"
            )
            server.fail_next(5)
            failed = await refine(
                offline, rows, gateway, CallContext("acme", "synthesis"), language="fr"
            )
        finally:
            await gateway.aclose()
    assert result == offline and failed == offline


async def test_i18_4_the_cli_goes_through_the_fake_model_end_to_end(
    tmp_path: Path, settings: Settings, acme: ClientConfig
) -> None:
    path = tmp_path / "answers.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for a in answers():
            out.write(
                json.dumps(
                    {
                        "id": a.id,
                        "participant": a.participant,
                        "question": a.question,
                        "answer": a.text,
                        "kind": a.kind,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    objectives = fixtures.write_objectives(tmp_path / "objectives.txt")
    ClientDirectory(settings.clients_dir).save(acme, overwrite=True)
    async with FakeOpenAIServer(responder=responder) as server:
        env = {
            "OPENAI_BASE_URL": server.base_url,
            "AMBASSADE_CHAT_MODEL": "fake-chat",
            "AMBASSADE_LANG": "fr",
            "COLUMNS": "200",
        }
        args = [
            "synthesis",
            "--client",
            "acme",
            "--answers",
            str(path),
            "--objectives",
            str(objectives),
        ]
        get_settings.cache_clear()
        result = await asyncio.to_thread(
            CliRunner().invoke, app, [*args, "--format", "json"], env=env
        )
        get_settings.cache_clear()
        markdown = await asyncio.to_thread(CliRunner().invoke, app, args, env=env)
        get_settings.cache_clear()
        sent = json.dumps(server.bodies, ensure_ascii=False)
    assert result.exit_code == 0, result.stderr
    assert len(server.requests) == 2 and NAME not in sent and TERM not in sent
    data = json.loads(result.stdout)
    assert GOOD_LABEL in [t["label"] for t in data["themes"]]
    assert MADE_UP not in result.stdout and data["dropped_unverifiable"] >= 1
    assert markdown.exit_code == 0 and MADE_UP not in markdown.stdout
    assert "retiré(s) faute de citation vérifiable" in markdown.stdout  # the footnote
