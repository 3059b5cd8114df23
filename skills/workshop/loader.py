"""Load and check every flow file; a broken file is reported, the others still load."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from prompts.catalog import placeholders
from skills.workshop.schema import Flow, Step

log = logging.getLogger(__name__)

PACKAGED_FLOWS = Path(__file__).parent / "flows"
# What a question may quote from the program definition built by earlier workshops.
CONTEXT_PLACEHOLDERS = frozenset({"program_purpose", "program_objectives"})


@dataclass(frozen=True)
class FlowProblem:
    """What is wrong in a flow file, and where."""

    path: Path
    where: str  # "file", or "step 'kpis'" / "step #3"
    message: str

    def __str__(self) -> str:
        return f"{self.path.name}, {self.where}: {self.message}"


@dataclass
class FlowCatalog:
    flows: dict[str, Flow] = field(default_factory=dict)
    problems: list[FlowProblem] = field(default_factory=list)


class _Broken(Exception):
    def __init__(self, problems: list[FlowProblem]) -> None:
        self.problems = problems


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        location = ".".join(str(p) for p in item["loc"])
        parts.append(f"{location}: {item['msg']}" if location else item["msg"])
    return "; ".join(parts)


def _step_label(raw: Any, position: int) -> str:
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        return f"step '{raw['id']}'"
    return f"step #{position + 1}"


def parse_flow(path: Path) -> Flow:
    """One flow file, or `_Broken` naming the file and each faulty step."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else "?"
        problem = f"unreadable YAML at line {line}: {exc.problem or exc.context}"
        raise _Broken([FlowProblem(path, "file", problem)]) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise _Broken([FlowProblem(path, "file", f"unreadable file ({exc})")]) from None
    if not isinstance(data, dict):
        raise _Broken([FlowProblem(path, "file", "expected a mapping with id, title, steps")])
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise _Broken([FlowProblem(path, "file", "'steps' must be a non-empty list")])
    problems: list[FlowProblem] = []
    steps: list[Step] = []
    for position, raw in enumerate(raw_steps):
        try:
            steps.append(Step.model_validate(raw))
        except ValidationError as exc:
            problems.append(FlowProblem(path, _step_label(raw, position), _describe(exc)))
    try:
        flow = Flow.model_validate({**data, "steps": steps})
    except ValidationError as exc:
        if steps:  # with no valid step, the step problems already say it all
            problems.append(FlowProblem(path, "file", _describe(exc)))
        raise _Broken(problems) from None
    if problems:
        raise _Broken(problems)
    problems += _cross_step_problems(path, flow)
    if path.stem != flow.id:
        problems.append(FlowProblem(path, "file", f"id '{flow.id}' must match the file name"))
    if problems:
        raise _Broken(problems)
    return flow


def _cross_step_problems(path: Path, flow: Flow) -> list[FlowProblem]:
    problems: list[FlowProblem] = []
    seen: set[str] = set()
    for step in flow.steps:
        where = f"step '{step.id}'"
        if step.id in seen:
            problems.append(FlowProblem(path, where, "duplicate step id"))
        earlier = set(seen)
        seen.add(step.id)
        if step.skip_when and step.skip_when.step not in earlier:
            problems.append(
                FlowProblem(
                    path, where, f"skip_when names '{step.skip_when.step}', not an earlier step"
                )
            )
        for source in step.sources:
            if source not in earlier:
                problems.append(
                    FlowProblem(path, where, f"source '{source}' is not an earlier step")
                )
        for language in ("fr", "en"):
            unknown = placeholders(step.ask.get(language)) - CONTEXT_PLACEHOLDERS
            if unknown:
                problems.append(
                    FlowProblem(
                        path, where, f"unknown placeholder(s) in ask.{language}: {sorted(unknown)}"
                    )
                )
    return problems


def _resolve_options(catalog: FlowCatalog, paths: dict[str, Path]) -> None:
    """Fill `options_from` references; a flow with a dangling one is dropped."""
    for flow_id, flow in list(catalog.flows.items()):
        steps = []
        broken = False
        for step in flow.steps:
            if step.options_from:
                source_flow, _, source_step = step.options_from.partition(".")
                source = catalog.flows.get(source_flow)
                target = source.step(source_step) if source else None
                if target is None or not target.options:
                    catalog.problems.append(
                        FlowProblem(
                            paths[flow_id],
                            f"step '{step.id}'",
                            f"options_from '{step.options_from}' names no step with options",
                        )
                    )
                    broken = True
                    continue
                step = step.model_copy(update={"options": target.options})
            steps.append(step)
        if broken:
            del catalog.flows[flow_id]
        else:
            catalog.flows[flow_id] = flow.model_copy(update={"steps": steps})


def load_flows(directories: Iterable[Path]) -> FlowCatalog:
    """Every `*.yaml` flow in `directories`; a later directory overrides an earlier one.

    A broken override leaves the earlier (working) flow in place.
    """
    catalog = FlowCatalog()
    paths: dict[str, Path] = {}
    for directory in directories:
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.yaml")):
            try:
                flow = parse_flow(path)
            except _Broken as broken:
                catalog.problems += broken.problems
                continue
            catalog.flows[flow.id] = flow
            paths[flow.id] = path
    _resolve_options(catalog, paths)
    for problem in catalog.problems:
        log.error("workshop flow not loaded: %s", problem)
    return catalog
