"""Issue 21 item 4: the Dockerfile, compose.yaml and .env.example refer only to what
exists. Docker cannot run here: what the image would run is run in the venv instead."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import typer
import yaml

from bot.adapters.registry import PLATFORMS
from bot.cli import app
from bot.cli.run import ROLES
from bot.ops.health import Check, bound_port, serve_health
from bot.ops.stores import CHROMA_URL_ENV, chroma_server_problem
from bot.settings import Settings
from tests.adapters.test_slack_run import _free_port

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
BOT_SERVICES = ("migrate", "slack", "discord", "scheduler")  # the scheduler last


def _compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "compose.yaml").read_text("utf-8"))


def _dockerfile() -> list[tuple[str, str]]:
    """(instruction, arguments) of the Dockerfile, continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text("utf-8").replace("\\\n", " ")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [(ln.split(None, 1)[0].upper(), ln.split(None, 1)[1]) for ln in lines]


def _known_variables() -> set[str]:
    names = {"POSTGRES_PASSWORD", CHROMA_URL_ENV}
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        names.add(str(alias) if isinstance(alias, str) else f"AMBASSADE_{name.upper()}")
    return names | {"AMBASSADE_LANG"}


def _resolve(args: list[str]) -> None:
    """Fails unless `ambassade ARGS` is a command of the Typer app with options it has."""
    args = list(args)
    command = typer.main.get_command(app)  # Typer's own click: groups have `commands`
    path = ["ambassade"]
    while hasattr(command, "commands") and args and not args[0].startswith("-"):
        sub = command.commands.get(args[0])
        assert sub is not None, f"no command 'ambassade {' '.join(path[1:] + args[:1])}'"
        path.append(args.pop(0))
        command = sub
    if path[1:] == ["run"] and args and not args[0].startswith("-"):
        assert args[0] in (*PLATFORMS, *ROLES), args  # run slack|discord|scheduler|all
    command.make_context(" ".join(path), list(args))  # unknown options or arguments raise


def test_i21_4_compose_parses_and_runs_only_existing_commands() -> None:
    services = _compose()["services"]
    assert {"postgres", "chroma", *BOT_SERVICES} <= set(services)
    for name in BOT_SERVICES:
        service = services[name]
        assert service["image"] == "ambassade:latest" and service["env_file"] == ".env"
        assert "/data" in " ".join(service["volumes"])
    assert services["migrate"]["command"] == ["migrate"]
    for name in ("slack", "discord", "scheduler"):
        waits = services[name]["depends_on"]
        assert waits["migrate"]["condition"] == "service_completed_successfully"
        assert waits["chroma"]["condition"] == "service_healthy"
        assert services[name]["healthcheck"]["test"][-1] == "/readyz"
    assert services["postgres"]["healthcheck"]["test"][0] == "CMD-SHELL"
    assert set(_compose()["volumes"]) >= {"ambassade-home", "postgres-data", "chroma-data"}
    _resolve(list(services["doctor"]["command"]))
    for name in BOT_SERVICES:  # the scheduler last: it may skip (see `_resolve`)
        _resolve(list(services[name]["command"]))


def test_i21_4_every_variable_is_a_setting() -> None:
    known = _known_variables()
    example = (ROOT / ".env.example").read_text("utf-8")
    keys = [ln.split("=", 1)[0] for ln in example.splitlines() if re.match(r"^[A-Z_]+=", ln)]
    assert keys and set(keys) <= known, set(keys) - known
    for name in BOT_SERVICES:
        environment = _compose()["services"][name]["environment"]
        assert set(environment) <= known, set(environment) - known
    for instruction, arguments in _dockerfile():
        if instruction == "ENV":
            names = {n for n in re.findall(r"(\w+)=", arguments) if n.startswith("AMBASSADE_")}
            assert names <= known, names - known


def test_i21_4_dockerfile_copies_existing_files_and_runs_existing_commands() -> None:
    instructions = _dockerfile()
    froms = [a for i, a in instructions if i == "FROM"]
    assert len(froms) == 2 and all(f.startswith("python:3.11-slim") for f in froms)
    for instruction, arguments in instructions:
        if instruction == "COPY" and not arguments.startswith("--from"):
            *sources, _ = arguments.split()
            for source in sources:
                assert (ROOT / source).exists(), f"COPY {source}: no such file"
    assert ("USER", "ambassade") in instructions  # not root
    entrypoint = json.loads(dict(instructions)["ENTRYPOINT"])
    assert entrypoint == ["ambassade"]
    _resolve(json.loads(dict(instructions)["CMD"]))
    [build] = [a for i, a in instructions if i == "RUN" and "pip install" in a]
    for step in build.split("&&")[2:]:  # what is checked in the image, run in the venv
        words = shlex.split(step.replace("/opt/ambassade/bin/", ""))
        done = subprocess.run(
            [str(BIN / words[0]), *words[1:]], capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, (step, done.stderr[-2000:])
    assert (ROOT / "wheelhouse" / "README.md").is_file()
    assert "wheelhouse:" in (ROOT / "Makefile").read_text("utf-8")


async def test_i21_4_the_healthcheck_probe_asks_healthz() -> None:
    [healthcheck] = [a for i, a in _dockerfile() if i == "HEALTHCHECK"]
    command = json.loads(healthcheck.split("CMD", 1)[1])
    assert command[:3] == ["python", "-m", "bot.ops.probe"] and command[3] == "/healthz"

    async def fine() -> str | None:
        return None

    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def probe(port: int, path: str) -> int:
        run_env = {**env, "AMBASSADE_HEALTH_PORT": str(port)}
        argv = [sys.executable, *command[1:3], path]
        return subprocess.run(argv, env=run_env, timeout=30).returncode

    async with serve_health([Check("fine", fine)], 0, "127.0.0.1") as runner:
        assert runner is not None
        port = bound_port(runner)
        assert await asyncio.to_thread(probe, port, "/healthz") == 0
        assert await asyncio.to_thread(probe, port, "/readyz") == 0
    assert await asyncio.to_thread(probe, _free_port(), "/healthz") == 1


async def test_i21_4_the_chroma_service_runs_and_answers_its_healthcheck(tmp_path: Path) -> None:
    chroma = _compose()["services"]["chroma"]
    assert chroma["entrypoint"] == ["chroma"]
    args = list(chroma["command"])
    port = _free_port()
    args[args.index("--port") + 1] = str(port)
    args[args.index("--host") + 1] = "127.0.0.1"
    args[args.index("--path") + 1] = str(tmp_path / "chroma")
    log = (tmp_path / "chroma.log").open("w")
    server = subprocess.Popen([str(BIN / "chroma"), *args], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while (problem := await chroma_server_problem(url)) is not None:
            assert server.poll() is None, (tmp_path / "chroma.log").read_text()
            assert time.monotonic() < deadline, problem
            await asyncio.sleep(0.3)
        check = chroma["healthcheck"]["test"]
        assert check[:2] == ["CMD", "python"]
        snippet = check[-1].replace(":8000/", f":{port}/")
        done = await asyncio.to_thread(subprocess.run, [sys.executable, "-c", snippet], timeout=30)
        assert done.returncode == 0
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()
    assert await chroma_server_problem(url) is not None  # and a stopped server is told


def test_i21_4_deploy_guide_is_linked_and_names_the_commands() -> None:
    guide = (ROOT / "docs" / "deploy.md").read_text("utf-8")
    for needed in (
        ".env.example",
        "docker compose up",
        "ambassade doctor",
        "/readyz",
        "migrate",
        "pg_dump",
        "SLACK_BOT_TOKEN",
        "DISCORD_BOT_TOKEN",
    ):
        assert needed in guide, needed
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "## Running in production" in readme and "docs/deploy.md" in readme
