"""Workshop storage: versions per client, typed answers with timestamps, tenancy."""

from __future__ import annotations

from skills.workshop.repository import WorkshopRepository


def open_session(repo: WorkshopRepository, client: str, flow: str):
    return repo.create_session(
        client=client, flow=flow, platform="console", channel_id="c", facilitator_id="hugo"
    )


def test_workshop_outputs_are_versioned_per_client_and_flow(database):
    repo = WorkshopRepository(database)
    first = repo.close(open_session(repo, "acme", "nous").id, {"purpose": [{"text": "A"}]})
    second = repo.close(open_session(repo, "acme", "nous").id, {"purpose": [{"text": "B"}]})
    other = repo.close(open_session(repo, "globex", "nous").id, {"purpose": [{"text": "G"}]})
    assert (first.version, second.version, other.version) == (1, 2, 1)
    assert [v.data["purpose"][0]["text"] for v in repo.outputs("acme", "nous")] == ["A", "B"]
    assert repo.program_definition("acme")["purpose"] == [{"text": "B"}]
    assert repo.program_definition("globex")["purpose"] == [{"text": "G"}]
    assert repo.program_definition("initech")["purpose"] == []


def test_workshop_action_purpose_wins_over_nous_and_kpis_stay_from_nous(database):
    repo = WorkshopRepository(database)
    repo.close(
        open_session(repo, "acme", "nous").id,
        {"purpose": [{"text": "N"}], "kpis": [{"label": "k"}]},
    )
    repo.close(open_session(repo, "acme", "action").id, {"purpose": [], "themes": [{"label": "t"}]})
    definition = repo.program_definition("acme")
    assert definition["purpose"] == [{"text": "N"}]  # validated as is in ACTION
    repo.close(open_session(repo, "acme", "action").id, {"purpose": [{"text": "R"}]})
    definition = repo.program_definition("acme")
    assert definition["purpose"] == [{"text": "R"}] and definition["kpis"] == [{"label": "k"}]
    assert definition["versions"] == {"nous": 1, "action": 2}


def test_workshop_answers_are_typed_timestamped_and_updated_in_place(database):
    repo = WorkshopRepository(database)
    session = open_session(repo, "acme", "je")
    person, already = repo.join(session.id, "console", "lea", "Léa", "purpose_fit")
    assert not already and person.status == "active"
    repo.record_answer(person.id, "purpose_fit", 4, step_id="needs")
    repo.record_answer(person.id, "needs", ["a", "b"], step_id="constraints")
    repo.record_answer(person.id, "constraints", None, skipped=True, step_id=None, status="done")
    repo.record_answer(person.id, "purpose_fit", 9)
    [answers] = repo.participant_answers("acme", "je")
    assert answers.display_name == "Léa" and answers.status == "done"
    assert {k: a.value for k, a in answers.answers.items()} == {
        "purpose_fit": 9,
        "needs": ["a", "b"],
    }
    assert answers.skipped == ("constraints",)
    fit = answers.answers["purpose_fit"]
    assert fit.updated_at >= fit.created_at
    assert repo.participant_answers("globex", "je") == []
    assert repo.join(session.id, "console", "lea", "Léa", "purpose_fit")[1] is True


def test_workshop_codes_are_unique_and_found_case_insensitively(database):
    repo = WorkshopRepository(database)
    codes = {open_session(repo, "acme", "nous").code for _ in range(30)}
    assert len(codes) == 30
    code = next(iter(codes))
    assert repo.session_by_code("acme", code.lower()).code == code
    assert repo.session_by_code("globex", code) is None
