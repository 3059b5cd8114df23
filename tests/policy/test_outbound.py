"""Stage 8, the outbound check: nothing confidential reaches someone who may not see it."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.console import render_all
from bot.assistant import Assistant
from bot.core.messages import (
    Choice,
    Field,
    Form,
    FormField,
    Incoming,
    Platform,
    Reply,
    Target,
)
from bot.core.turn import Turn
from bot.policy.outbound import (
    ConfidentialPassages,
    OutboundGuard,
    audience_is_staff,
    check_replies,
)
from bot.tenants import ClientConfig, Role
from tests.conftest import SessionFactory
from tests.skills.ask_support import ingest, write_documents

STAFF_CHANNEL = "D-STAFF"
CLIENT = ClientConfig(
    name="volta",
    confidential_terms=[{"term": "Projet Houblon", "variants": ["PH-2027"]}],
    discord={"guilds": ["42"], "staff_channel": STAFF_CHANNEL},
    slack={"teams": ["T1"], "handoff_channel": "C-HANDOFF"},
)
SECRET_SENTENCE = (
    "Les revendeurs partenaires obtiendront une remise exceptionnelle de dix-huit "
    "pour cent sur toute la gamme urbaine dès septembre."
)
FOOTER = "Document interne de la Brasserie Volta, merci de ne pas le diffuser sans accord."


class Passages:
    """A knowledge base's `passages` for one client."""

    def __init__(self, by_sensitivity: dict[str, list[str]]) -> None:
        self.by_sensitivity = by_sensitivity

    def passages(self, client: str, sensitivity: str) -> list[str]:
        return list(self.by_sensitivity.get(sensitivity, [])) if client == "volta" else []


@pytest.fixture(scope="module")
def guard() -> OutboundGuard:
    source = Passages(
        {
            "confidential": [f"Stratégie 2027. {SECRET_SENTENCE} {FOOTER}"],
            "public": [f"Charte. {FOOTER}", f"Points. {FOOTER}", f"Kit. {FOOTER}"],
        }
    )
    return OutboundGuard(ConfidentialPassages(source))


@pytest.mark.parametrize(
    "reply",
    [
        Reply("Le projet houblon avance bien."),
        Reply("Le PROJET-HOUBLON avance."),
        Reply("Rien ici", title="Nouveautés du Projet Houblon"),
        Reply("Rien ici", context="Source : note PH-2027"),
        Reply("Rien ici", fields=(Field("Code", "ProjetHoublon"),)),
        Reply("Rien ici", choices=(Choice("En savoir plus sur Projet Houblon", "x"),)),
        Reply(
            "Rien ici",
            form=Form("f", "Avis", (FormField("q", "Votre avis sur le Projet Houblon ?"),)),
        ),
    ],
    ids=["text", "variant-spelling", "title", "declared-variant", "field", "choice", "form"],
)
def test_a_confidential_term_anywhere_in_a_reply_is_a_leak(guard: OutboundGuard, reply: Reply):
    assert guard.leak(CLIENT, reply) == "term"


def test_a_copied_passage_of_a_confidential_document_is_a_leak(guard: OutboundGuard):
    reworded = SECRET_SENTENCE.upper().replace("dès", "des")  # case and accents do not help
    assert guard.leak(CLIENT, Reply(f"Bonne nouvelle : {reworded}")) == "passage"


@pytest.mark.parametrize(
    "text",
    [
        "Les revendeurs partenaires ont une remise, voyez avec votre contact.",
        f"Rappel : {FOOTER}",  # boilerplate repeated in many public documents
        "Le houblon (la plante) donne son amertume à la bière.",  # common noun, not the code name
    ],
)
def test_ordinary_replies_are_not_leaks(guard: OutboundGuard, text: str):
    assert guard.leak(CLIENT, Reply(text)) is None


def make_turn(role: Role, **incoming: Any) -> Turn:
    values: dict[str, Any] = {
        "platform": Platform.DISCORD,
        "workspace_id": "42",
        "channel_id": "D-GENERAL",
        "user_id": "u1",
    }
    turn = Turn(incoming=Incoming(**{**values, **incoming}), services=None, registry=None)  # type: ignore[arg-type]
    turn.client, turn.role = CLIENT, role
    return turn


CM, AMBASSADOR = Role.COMMUNITY_MANAGER, Role.AMBASSADOR


@pytest.mark.parametrize(
    ("role", "incoming", "reply", "staff"),
    [
        (AMBASSADOR, {"is_direct": True}, Reply("x"), False),
        (CM, {"is_direct": True}, Reply("x"), True),
        (CM, {}, Reply("x"), False),  # a public Discord channel: ambassadors read it
        (CM, {}, Reply("x", ephemeral=True), True),
        (CM, {"channel_id": STAFF_CHANNEL}, Reply("x"), True),
        (CM, {"platform": Platform.SLACK, "workspace_id": "T1"}, Reply("x"), False),
        (CM, {"is_direct": True}, Reply("x", target=Target.DIRECT, user_id="u2"), False),
        (CM, {"is_direct": True}, Reply("x", target=Target.DIRECT), True),
        (CM, {}, Reply("x", target=Target.CHANNEL, channel_id="D-GENERAL"), False),
        (AMBASSADOR, {}, Reply("x", target=Target.CHANNEL, channel_id=STAFF_CHANNEL), True),
        (
            AMBASSADOR,
            {"platform": Platform.SLACK, "workspace_id": "T1"},
            Reply("x", target=Target.CHANNEL, channel_id="C-HANDOFF"),
            True,
        ),
        (Role.FACILITATOR, {"is_direct": True}, Reply("x"), True),
    ],
)
def test_who_reads_a_reply(role: Role, incoming: dict, reply: Reply, staff: bool):
    assert audience_is_staff(make_turn(role, **incoming), reply) is staff


async def test_blocked_reply_becomes_a_localised_notice_where_it_was_going(
    caplog: pytest.LogCaptureFixture,
):
    turn = make_turn(AMBASSADOR, is_direct=True)
    turn.language = "en"
    turn.replies = [
        Reply("Welcome!"),
        Reply("PH-2027 ships in June", choices=(Choice("More", "m"),), ephemeral=True),
    ]
    with caplog.at_level(logging.INFO):
        await check_replies(turn, OutboundGuard(None))  # the client's terms only
    kept, notice = turn.replies
    assert kept.text == "Welcome!"
    assert notice.text.startswith("I can't share this answer here")
    assert notice.ephemeral and notice.choices == ()
    assert "blocked" in caplog.text and "PH-2027" not in caplog.text


# -- end to end through the console ------------------------------------------------------

ACME_PUBLIC = {
    "charte.md": "# Charte\n\n## Points\n\nUn témoignage vidéo rapporte 60 points.\n",
    "nouveautes.md": (
        "# Nouveautés 2027\n\n## Prochain vélo\n\n"
        "Le prochain vélo de la gamme, nom de code projet zebre, sera présenté aux "
        "ambassadeurs en juin.\n"
    ),
    "faq-revendeurs.md": f"# FAQ revendeurs\n\n## Remise revendeurs\n\n{SECRET_SENTENCE}\n",
}
ACME_CONFIDENTIAL = {
    "strategie.md": (
        "Classification: CONFIDENTIEL\n\n# Stratégie tarifaire\n\n## Remises\n\n"
        f"{SECRET_SENTENCE}\n"
    ),
}
TERM_QUESTION = "Quel est le prochain vélo de la gamme ?"
PASSAGE_QUESTION = "Quelle remise pour les revendeurs partenaires ?"


@pytest.fixture
def with_leaky_documents(assistant: Assistant, tmp_path: Path) -> Assistant:
    """acme's documents, one public page naming "Projet Zèbre" (its confidential term) and
    one public FAQ copying a paragraph of a confidential document (a misfiled page)."""
    ingest(assistant, "acme", write_documents(tmp_path / "public", ACME_PUBLIC))
    ingest(assistant, "acme", write_documents(tmp_path / "secret", ACME_CONFIDENTIAL))
    return assistant


@pytest.mark.parametrize("question", [TERM_QUESTION, PASSAGE_QUESTION], ids=["term", "passage"])
async def test_ambassador_gets_the_notice_and_a_community_manager_the_answer(
    with_leaky_documents: Assistant, session: SessionFactory, question: str
):
    manager = render_all(await session("camille", role="community_manager").send(question))
    assert "projet zebre" in manager or "dix-huit pour cent" in manager

    ambassador = render_all(await session("lea", role="ambassador").send(question))
    assert "information confidentielle" in ambassador
    assert "zebre" not in ambassador.lower() and "dix-huit" not in ambassador

    english = render_all(await session("sam", role="ambassador", lang="en").send(question))
    assert "confidential information" in english and "zebre" not in english.lower()


async def test_ordinary_answers_still_reach_ambassadors(
    with_leaky_documents: Assistant, session: SessionFactory
):
    question = "Combien de points rapporte un témoignage vidéo ?"
    shown = render_all(await session("lea", role="ambassador").send(question))
    assert "60 points" in shown and "information confidentielle" not in shown


def test_a_handoff_card_to_the_console_staff_channel_goes_out_whole():
    turn = make_turn(AMBASSADOR, platform=Platform.CONSOLE, workspace_id="bare")
    turn.client = ClientConfig(name="bare", confidential_terms=["Projet Houblon"])
    card = Reply("Relais : « où en est le Projet Houblon ? »", target=Target.CHANNEL)
    assert audience_is_staff(turn, replace(card, channel_id="staff"))
    assert not audience_is_staff(turn, replace(card, channel_id="general"))
