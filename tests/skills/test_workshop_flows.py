"""Flow files: every packaged flow loads; a broken one is named by file and step."""

from __future__ import annotations

from pathlib import Path

import yaml

from skills.workshop.loader import PACKAGED_FLOWS, load_flows
from skills.workshop.schema import StepKind

GOOD_STEP = {
    "id": "mood",
    "kind": "scale",
    "title": {"fr": "humeur", "en": "mood"},
    "ask": {"fr": "Humeur ?", "en": "Mood?"},
}


def write_flow(directory: Path, flow_id: str, steps: list[dict], **extra) -> Path:
    path = directory / f"{flow_id}.yaml"
    data = {
        "id": flow_id,
        "title": {"fr": "Essai", "en": "Trial"},
        "intro": {"fr": "Bonjour", "en": "Hello"},
        "collective": True,
        "steps": steps,
        **extra,
    }
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def problems_in(directory: Path) -> list[str]:
    return [str(p) for p in load_flows([directory]).problems]


def test_every_packaged_flow_file_loads_with_french_and_english_texts():
    catalog = load_flows([PACKAGED_FLOWS])
    assert catalog.problems == []
    assert set(catalog.flows) == {"nous", "je", "action", "nps"}
    assert {p.stem for p in PACKAGED_FLOWS.glob("*.yaml")} == set(catalog.flows)
    for flow in catalog.flows.values():
        for step in flow.steps:
            assert step.ask.fr and step.ask.en and step.title.fr and step.title.en
            for option in step.options:
                assert option.label.fr and option.label.en


def test_packaged_flows_yield_what_the_method_needs():
    flows = load_flows([PACKAGED_FLOWS]).flows
    outputs = {fid: {s.output for s in flow.steps} for fid, flow in flows.items()}
    assert {"purpose", "objectives", "kpis"} <= outputs["nous"]
    assert {
        "needs",
        "motivations",
        "time_available",
        "constraints",
        "contribution_kinds",
        "channels",
        "fears",
    } <= outputs["je"]
    assert {
        "purpose",
        "objectives",
        "themes",
        "groups",
        "communication_plan",
        "training_plan",
        "animation_plan",
    } <= outputs["action"]
    kinds = {step.kind for flow in flows.values() for step in flow.steps}
    assert kinds == set(StepKind)
    assert not flows["je"].collective and flows["nous"].collective
    # ACTION reuses NOUS's objectives rather than a copy of them.
    assert flows["action"].step("objectives").options == flows["nous"].step("objectives").options


def test_flow_step_error_names_the_file_and_the_step(tmp_path: Path):
    bad = {**GOOD_STEP, "id": "kpis", "kind": "suggest"}  # a suggest step without generator
    write_flow(tmp_path, "trial", [GOOD_STEP, bad])
    [problem] = problems_in(tmp_path)
    assert problem.startswith("trial.yaml, step 'kpis':") and "generator" in problem


def test_flow_without_english_text_is_refused(tmp_path: Path):
    write_flow(tmp_path, "trial", [{**GOOD_STEP, "ask": {"fr": "Humeur ?"}}])
    assert problems_in(tmp_path) == ["trial.yaml, step 'mood': ask.en: Field required"]


def test_flow_may_never_suggest_the_purpose(tmp_path: Path):
    step = {**GOOD_STEP, "kind": "suggest", "generator": "kpis", "output": "purpose"}
    write_flow(tmp_path, "trial", [step])
    [problem] = problems_in(tmp_path)
    assert "written by people, never suggested" in problem


def test_flow_condition_must_name_an_earlier_step(tmp_path: Path):
    later = {**GOOD_STEP, "id": "later", "skip_when": {"step": "nowhere", "above": 3}}
    write_flow(tmp_path, "trial", [GOOD_STEP, later])
    assert problems_in(tmp_path) == [
        "trial.yaml, step 'later': skip_when names 'nowhere', not an earlier step"
    ]


def test_flow_condition_needs_exactly_one_test(tmp_path: Path):
    later = {**GOOD_STEP, "id": "later", "skip_when": {"step": "mood", "above": 3, "below": 1}}
    write_flow(tmp_path, "trial", [GOOD_STEP, later])
    [problem] = problems_in(tmp_path)
    assert "trial.yaml, step 'later'" in problem and "exactly one" in problem


def test_flow_choice_step_needs_options_and_unknown_placeholders_are_refused(tmp_path: Path):
    choice = {**GOOD_STEP, "id": "pick", "kind": "single"}
    quoting = {**GOOD_STEP, "id": "quote", "ask": {"fr": "{secret}", "en": "{secret}"}}
    write_flow(tmp_path, "trial", [choice, quoting])
    problems = problems_in(tmp_path)
    assert any(p.startswith("trial.yaml, step 'pick'") and "options" in p for p in problems)
    write_flow(tmp_path, "trial", [quoting])
    assert "unknown placeholder" in problems_in(tmp_path)[0]


def test_flow_duplicate_ids_and_id_not_matching_the_file_are_reported(tmp_path: Path):
    write_flow(tmp_path, "trial", [GOOD_STEP, GOOD_STEP])
    assert problems_in(tmp_path) == ["trial.yaml, step 'mood': duplicate step id"]
    path = write_flow(tmp_path, "trial", [GOOD_STEP])
    path.rename(tmp_path / "other.yaml")
    assert "must match the file name" in problems_in(tmp_path)[0]


def test_flow_with_dangling_options_from_is_dropped_but_others_load(tmp_path: Path):
    step = {**GOOD_STEP, "id": "objectives", "kind": "multiple", "options_from": "nous.nothing"}
    write_flow(tmp_path, "trial", [step])
    catalog = load_flows([PACKAGED_FLOWS, tmp_path])
    assert "trial" not in catalog.flows and {"nous", "je", "action"} <= set(catalog.flows)
    assert [str(p) for p in catalog.problems] == [
        "trial.yaml, step 'objectives': options_from 'nous.nothing' names no step with options"
    ]


def test_broken_override_leaves_the_packaged_flow_in_place(tmp_path: Path):
    (tmp_path / "nous.yaml").write_text("id: nous\nsteps: [", encoding="utf-8")
    catalog = load_flows([PACKAGED_FLOWS, tmp_path])
    assert catalog.flows["nous"].step("purpose") is not None
    assert str(catalog.problems[0]).startswith("nous.yaml, file: unreadable YAML at line")


def test_valid_override_replaces_the_packaged_flow(tmp_path: Path):
    write_flow(tmp_path, "nous", [GOOD_STEP])
    catalog = load_flows([PACKAGED_FLOWS, tmp_path])
    assert [s.id for s in catalog.flows["nous"].steps] == ["mood"]
    # ACTION borrowed NOUS's objectives: it is reported, not silently broken.
    assert "action" not in catalog.flows and "je" in catalog.flows
    assert str(catalog.problems[0]).startswith("action.yaml, step 'objectives': options_from")
