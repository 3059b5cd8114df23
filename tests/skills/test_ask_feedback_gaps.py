"""👍/👎 on answers, and the knowledge gaps community managers review (chat and CLI)."""

from __future__ import annotations

import json
from datetime import timedelta

from typer.testing import CliRunner

from bot.assistant import Assistant
from bot.cli import app
from bot.core.messages import Action, Incoming, Platform
from bot.settings import get_settings
from bot.store.models import AnswerRecord
from tests.conftest import SessionFactory
from tests.skills.ask_support import (
    POINTS_QUESTION,
    SECRET_QUESTION,
    UNANSWERABLE,
    answer_records,
    only,
)

runner = CliRunner()


def feedback_value(reply, label_start: str) -> str:
    return next(c.value for c in reply.choices if c.label.startswith(label_start))


async def test_thumbs_up_is_stored_on_the_answer(documented: Assistant, session: SessionFactory):
    lea = session("lea", role="ambassador")
    only(await lea.send(POINTS_QUESTION))
    thanks = only(await lea.send("1"))  # the console's number picks 👍
    assert thanks.text == "Merci pour votre retour !" and thanks.ephemeral
    [record] = answer_records(documented)
    assert record.feedback == 1 and record.feedback_at is not None


async def test_thumbs_down_is_stored_and_offers_a_human(
    documented: Assistant, session: SessionFactory
):
    lea = session("lea", role="ambassador")
    answer = only(await lea.send(POINTS_QUESTION))
    reply = only(await lea.click("ask.feedback", feedback_value(answer, "👎")))
    assert "n'a pas aidé" in reply.text
    assert reply.action_id == "handoff:request" and reply.choices[0].value == "ask"
    assert answer_records(documented)[0].feedback == -1


async def test_feedback_from_another_person_is_refused(
    documented: Assistant, session: SessionFactory
):
    answer = only(await session("lea", role="ambassador").send(POINTS_QUESTION))
    value = feedback_value(answer, "👍")
    reply = only(await session("karim", role="ambassador").click("ask.feedback", value))
    assert "Seule la personne qui a posé la question" in reply.text
    assert answer_records(documented)[0].feedback is None


async def test_feedback_on_another_clients_answer_is_refused(
    documented: Assistant, session: SessionFactory
):
    answer = only(await session("lea", role="ambassador").send(POINTS_QUESTION))
    value = feedback_value(answer, "👎")
    # Same user id, but in bravo's workspace: acme's record is out of reach.
    reply = only(
        await session("lea", role="ambassador", client="bravo").click("ask.feedback", value)
    )
    assert "Je ne retrouve pas cette réponse" in reply.text
    assert answer_records(documented)[0].feedback is None


async def test_forged_feedback_values_are_answered_politely(
    documented: Assistant, session: SessionFactory
):
    lea = session("lea", role="ambassador")
    for value in ("up:999", "sideways:1", "up:", "down:abc"):
        reply = only(await lea.click("ask.feedback", value))
        assert "Je ne retrouve pas cette réponse" in reply.text


async def test_gaps_command_lists_unanswered_and_disliked_questions_most_frequent_first(
    documented: Assistant, session: SessionFactory
):
    lea, karim = session("lea", role="ambassador"), session("karim", role="ambassador")
    await lea.send(UNANSWERABLE)
    await karim.send("Le code du wifi de l'usine de Roubaix, c'est quoi ?")
    answer = only(await karim.send(POINTS_QUESTION))
    await karim.click("ask.feedback", feedback_value(answer, "👎"))
    await session("nadia", role="ambassador").send(
        "Combien de places de parking a le siège de Nantes ?"
    )

    reply = only(await session("camille", role="community_manager").send("lacunes"))
    lines = reply.text.splitlines()
    assert lines[0].startswith("Lacunes de la base documentaire (30 derniers jours) : 4 questions")
    assert "wifi" in lines[1] and "2 × sans réponse" in lines[1]  # two wordings, one gap
    assert any(POINTS_QUESTION in line and "1 × 👎" in line for line in lines[2:])
    assert any("parking" in line for line in lines[2:])


async def test_gaps_command_is_for_staff_only_and_checks_its_argument(
    documented: Assistant, session: SessionFactory
):
    refused = only(await session("lea", role="ambassador").send("lacunes"))
    assert "réservée" in refused.text
    hugo = session("hugo", role="facilitator")
    assert "Aucune lacune sur les 7 derniers jours" in only(await hugo.send("lacunes 7")).text
    assert "n'est pas un nombre de jours" in only(await hugo.send("lacunes demain")).text
    assert only(await session("hugo", role="facilitator", lang="en").send("gaps")).text.startswith(
        "No knowledge gap"
    )


async def test_gaps_never_mix_clients(documented: Assistant, session: SessionFactory):
    await session("nina", role="ambassador", client="bravo").send(UNANSWERABLE)
    reply = only(await session("camille", role="community_manager").send("lacunes"))
    assert reply.text.startswith("Aucune lacune")


async def test_gaps_cli_groups_questions_filters_by_age_and_prints_json(
    documented: Assistant, session: SessionFactory
):
    # Three askers: repeated "I don't know" to one person would start a handoff.
    await session("lea", role="ambassador").send(UNANSWERABLE)
    await session("karim", role="ambassador").send(
        "Le code du wifi de l'usine de Roubaix, c'est quoi ?"
    )
    await session("nadia", role="ambassador").send(SECRET_QUESTION)
    # An old gap, out of the --since window.
    with documented.services.db.session() as db:
        old = AnswerRecord(
            client="acme", platform="console", user_id="lea", role="ambassador",
            language="fr", question="Une vieille question sans réponse ?", answered=False,
        )  # fmt: skip
        old.created_at -= timedelta(days=40)
        db.add(old)

    get_settings.cache_clear()
    result = runner.invoke(app, ["gaps", "--client", "acme", "--json"])
    assert result.exit_code == 0, result.output
    groups = [json.loads(line) for line in result.output.splitlines()]
    assert [g["count"] for g in groups] == [2, 1]
    assert "wifi" in groups[0]["question"] and len(groups[0]["wordings"]) == 2
    assert groups[1]["question"] == SECRET_QUESTION and groups[1]["unanswered"] == 1

    wider = runner.invoke(app, ["gaps", "--client", "acme", "--since", "60"])
    assert wider.exit_code == 0 and "vieille question" in wider.output
    assert "4 questions, 3 topics" in wider.output

    unknown = runner.invoke(app, ["gaps", "--client", "nobody"])
    assert unknown.exit_code == 2 and "nobody" in unknown.output


def test_gaps_cli_with_no_gap_says_so(acme):
    get_settings.cache_clear()
    result = runner.invoke(app, ["gaps", "--client", "acme"])
    assert result.exit_code == 0 and "No knowledge gap for acme" in result.output


async def test_a_click_from_a_remote_platform_is_checked_the_same_way(
    documented: Assistant, session: SessionFactory
):
    answer = only(await session("lea", role="ambassador").send(POINTS_QUESTION))
    value = feedback_value(answer, "👍")
    # The same user id on Slack is another person than the console's "lea".
    click = Incoming(
        platform=Platform.SLACK, workspace_id="T-ACME", channel_id="C1", user_id="lea",
        action=Action("ask.feedback", value),
    )  # fmt: skip
    reply = only(await documented.handle(click))
    assert "Seule la personne" in reply.text
