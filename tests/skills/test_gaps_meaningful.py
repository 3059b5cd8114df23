"""Item 11 of issue 13: knowledge gaps stay meaningful (no junk, restricted apart, one --since)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from bot.adapters.console import render_all
from bot.assistant import Assistant
from bot.cli import app, privacy
from bot.core import periods
from bot.core.periods import parse_since
from bot.settings import get_settings
from skills.ask.junk import JunkKind, junk_in
from tests.conftest import SessionFactory
from tests.skills.ask_support import SECRET_QUESTION, UNANSWERABLE, answer_records, only

runner = CliRunner()
NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
WORKSHOP_WORDS = {"reprendre": "workshop", "pause": "workshop", "statut": "workshop"}


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("qsdfghjkl", JunkKind.KEYBOARD_MASH),
        ("azerty", JunkKind.KEYBOARD_MASH),
        ("jfkdlsjfkl fjdksl", JunkKind.KEYBOARD_MASH),
        ("aaaaaaaa", JunkKind.KEYBOARD_MASH),
        ("hmmm", JunkKind.KEYBOARD_MASH),
        ("wxcvbn ?", JunkKind.KEYBOARD_MASH),
        ("x", JunkKind.SINGLE_CHARACTER),
        ("a ?", JunkKind.SINGLE_CHARACTER),
        ("...", JunkKind.NO_LETTERS),
        ("👍👍", JunkKind.NO_LETTERS),
        ("?!", JunkKind.NO_LETTERS),
        ("42", JunkKind.NO_LETTERS),
        ("reprendre", JunkKind.FLOW_WORD),
        ("Pause !", JunkKind.FLOW_WORD),
        ("/statut", JunkKind.FLOW_WORD),
    ],
)
def test_i13_11_junk_is_recognised(message: str, kind: JunkKind):
    junk = junk_in(message, WORKSHOP_WORDS)
    assert junk is not None and junk.kind is kind


@pytest.mark.parametrize(
    "message",
    [
        "CNIL ?",
        "RGPD",
        "épée",
        "créée",
        "liberty",
        "Entrez-vous les points à la main ?",
        "Quand reprendre les ateliers ?",
        "statut des ambassadeurs",
        "Combien de points pour un avis ?",
        "ok",
        "Où est le kit ?",
    ],
)
def test_i13_11_real_words_and_questions_are_not_junk(message: str):
    assert junk_in(message, WORKSHOP_WORDS) is None


async def test_i13_11_junk_and_commands_in_the_wrong_state_are_not_stored_as_gaps(
    documented: Assistant, session: SessionFactory
):
    lea = session("lea", role="ambassador")
    for message in ("qsdfghjkl", "x", "👍", "....", "azertyuiop", "hmmm"):
        reply = only(await lea.send(message))
        assert "Je n'ai pas compris" in reply.text, message
        assert not reply.choices  # no "talk to a person": nothing was asked
    for word in ("statut", "retour", "passer"):
        text = render_all(await lea.send(word))
        assert f"« {word} » sert pendant un atelier" in text, word
    # Outside a workshop, "pause" and "reprendre" pause and resume solicitations (issue 16).
    assert "En pause" in render_all(await lea.send("pause"))
    assert "Bon retour" in render_all(await lea.send("reprendre"))
    assert answer_records(documented) == []
    camille = session("camille", role="community_manager")
    assert only(await camille.send("lacunes")).text.startswith("Aucune lacune")
    # The control: a real question the documents do not answer is still a gap.
    await session("karim", role="ambassador").send(UNANSWERABLE)
    assert [r.question for r in answer_records(documented)] == [UNANSWERABLE]


async def test_i13_11_a_question_answered_only_for_staff_is_a_restricted_gap(
    documented: Assistant, session: SessionFactory
):
    ambassador_reply = only(await session("lea", role="ambassador").send(SECRET_QUESTION))
    control = only(await session("karim", role="ambassador").send(UNANSWERABLE))
    # The ambassador learns nothing more than any other "I don't know".
    assert ambassador_reply.text == control.text
    assert "Héron" not in render_all([ambassador_reply])
    records = {r.question: r for r in answer_records(documented)}
    assert records[SECRET_QUESTION].restricted and not records[SECRET_QUESTION].answered
    assert not records[UNANSWERABLE].restricted
    # Staff see it apart: the documents do answer, just not publicly.
    text = only(await session("camille", role="community_manager").send("lacunes")).text
    open_part, _, restricted_part = text.partition("Réservé à l'équipe")
    assert "1 question, 1 sujet" in open_part and "wifi" in open_part
    assert SECRET_QUESTION not in open_part
    assert restricted_part.startswith(", 1 sujet") and SECRET_QUESTION in restricted_part


async def test_i13_11_a_staff_question_is_never_restricted(
    documented: Assistant, session: SessionFactory
):
    await session("camille", role="community_manager").send("Quel est le budget de Héron ?")
    assert all(not r.restricted for r in answer_records(documented))


async def test_i13_11_only_restricted_gaps_say_nothing_is_left_unanswered(
    documented: Assistant, session: SessionFactory
):
    await session("lea", role="ambassador").send(SECRET_QUESTION)
    text = only(await session("camille", role="community_manager").send("lacunes")).text
    assert text.startswith("Aucune question restée sans réponse sur les 30 derniers jours.")
    assert "Réservé à l'équipe, 1 sujet" in text and SECRET_QUESTION in text


def test_i13_11_gaps_and_audit_share_one_since_parser():
    assert privacy.parse_since is periods.parse_since
    assert parse_since("30d", NOW) == NOW - timedelta(days=30)
    assert parse_since("30", NOW) == NOW - timedelta(days=30)  # the bare number of days
    assert parse_since("30j", NOW) == NOW - timedelta(days=30)
    assert parse_since("12h", NOW) == NOW - timedelta(hours=12)
    assert parse_since("1,5d", NOW) == NOW - timedelta(days=1.5)
    assert parse_since("2026-11-01", NOW) == datetime(2026, 11, 1, tzinfo=UTC)
    assert parse_since("2026-11-01T08:30+01:00", NOW) == datetime(2026, 11, 1, 7, 30, tzinfo=UTC)
    for bad in ("demain", "", "-3d", "99999999999999999999", "999999999d", "1800-01-01", "7 ans"):
        assert parse_since(bad, NOW) is None, bad


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("", "sur les 30 derniers jours"),
        ("7", "sur les 7 derniers jours"),
        ("7d", "sur les 7 derniers jours"),
        ("1d", "sur le dernier jour"),
        ("12h", "sur les 12 dernières heures"),
        ("2026-11-01", "depuis le 2026-11-01"),
    ],
)
async def test_i13_11_chat_gaps_accepts_the_audit_formats(
    documented: Assistant, session: SessionFactory, args: str, expected: str
):
    await session("karim", role="ambassador").send(UNANSWERABLE)
    text = only(await session("camille", role="community_manager").send(f"lacunes {args}")).text
    assert f"Lacunes de la base documentaire {expected} : 1 question, 1 sujet." in text


@pytest.mark.parametrize("args", ["demain", "99999999999999999999", "1800-01-01"])
async def test_i13_11_chat_gaps_refuses_a_bad_period_clearly(
    documented: Assistant, session: SessionFactory, args: str
):
    text = only(await session("camille", role="community_manager").send(f"lacunes {args}")).text
    assert "n'est pas une période" in text


@pytest.mark.parametrize("since", ["30d", "30", "12h", "2026-11-01"])
async def test_i13_11_cli_gaps_since_accepts_the_audit_formats(
    documented: Assistant, session: SessionFactory, since: str
):
    await session("karim", role="ambassador").send(UNANSWERABLE)
    await session("lea", role="ambassador").send(SECRET_QUESTION)
    get_settings.cache_clear()
    result = runner.invoke(app, ["gaps", "--client", "acme", "--since", since, "--json"])
    assert result.exit_code == 0, result.output
    kinds = [json.loads(line)["kind"] for line in result.output.splitlines()]
    assert kinds == ["open", "restricted"]
    table = runner.invoke(app, ["gaps", "--client", "acme", "--since", since])
    assert "Réservé à l'équipe, 1 sujet" in table.output
    english = runner.invoke(app, ["--lang", "en", "gaps", "--client", "acme", "--since", since])
    assert "Staff only, 1 topic" in english.output and "1 question, 1 topic" in english.output


def test_i13_11_cli_gaps_refuses_a_bad_since(acme):
    get_settings.cache_clear()
    result = runner.invoke(app, ["gaps", "--client", "acme", "--since", "demain"])
    assert result.exit_code == 2
    assert "n'est pas une période" in result.output
