"""Issue 20 item 3: `mes données` / `my data` and `ambassade privacy export`.

The export of the fixture person holds every row the fixture created about her, store by
store (compared with the database), as one JSON document sent in a direct message.
"""

from __future__ import annotations

import json

from sqlmodel import select
from typer.testing import CliRunner

from bot.assistant import Assistant
from bot.cli import app
from bot.contributions.tables import BadgeAward, Contribution
from bot.core.messages import Incoming, Platform, Target
from bot.data_rights.service import EXPORT_FORMAT
from bot.handoff.messages import HandoffMessage
from bot.handoff.records import Handoff
from bot.outbox.tables import OutboxMessage
from bot.people.tables import PersonIdentity
from bot.solicitations.tables import SolicitationResponse
from bot.store.models import AnswerRecord, Conversation
from skills.workshop.tables import WorkshopAnswer, WorkshopParticipant, WorkshopSession
from tests.data_rights.fixture_person import (
    EMAIL,
    HANDOFF_ASK,
    JE_ANSWERS,
    NAME,
    NOTE_LINK,
    QUESTION,
    STAFF_REPLY,
    THANKS,
    USER,
    live,
    person,
)


def workshops_code(bot: Assistant) -> str:
    with bot.services.db.session() as session:
        return session.exec(select(WorkshopSession.code)).one()


def ids(bot: Assistant, query) -> set:  # type: ignore[no-untyped-def]
    with bot.services.db.session() as session:
        return set(session.exec(query).all())


async def test_i20_3_the_export_holds_everything_the_fixture_created(bot: Assistant):
    await live(bot)
    replies = await person(bot, USER).send("mes données")
    [sent] = replies
    assert sent.attachment is not None and sent.attachment.filename == "mes-donnees-acme.json"
    assert "tout ce que le bot garde sur vous" in sent.text
    document = json.loads(sent.attachment.data)
    assert document["format"] == EXPORT_FORMAT and document["client"] == "acme"
    stores = document["stores"]
    assert all(section["keeps"] for section in stores.values())
    data = {name: section["data"] for name, section in stores.items()}

    people = data["people"]
    assert people["profile"]["name"] == NAME and people["profile"]["email"] == EMAIL
    assert [i["user_id"] for i in people["identities"]] == [USER]
    pid = people["profile"]["id"]
    assert {i["id"] for i in people["identities"]} == ids(
        bot, select(PersonIdentity.id).where(PersonIdentity.person_id == pid)
    )

    questions = data["questions"]
    assert QUESTION in [q["question"] for q in questions]
    assert {q["id"] for q in questions} == ids(
        bot, select(AnswerRecord.id).where(AnswerRecord.user_id == USER)
    )
    conversations = data["conversations"]
    assert {c["key"] for c in conversations} == ids(
        bot, select(Conversation.key).where(Conversation.user_id == USER)
    )
    said = [line["text"] for c in conversations for line in c["state"].get("transcript", [])]
    assert HANDOFF_ASK in said  # her own messages to the team

    [handoff] = data["handoffs"]
    assert {handoff["id"]} == ids(bot, select(Handoff.id).where(Handoff.user_id == USER))
    thread = [(m["author"], m["user_id"], m["text"]) for m in handoff["messages"]]
    assert thread == [
        ("person", USER, HANDOFF_ASK),  # what handed her over
        ("staff", "camille", STAFF_REPLY),  # `repondre 1 …`
        ("person", USER, THANKS),  # relayed to Camille
    ]
    assert {m["id"] for m in handoff["messages"]} == ids(
        bot, select(HandoffMessage.id).where(HandoffMessage.handoff_id == handoff["id"])
    )

    workshops = data["workshops"]
    [place] = workshops["participations"]
    assert place["id"] in ids(
        bot, select(WorkshopParticipant.id).where(WorkshopParticipant.user_id == USER)
    )
    assert {a["id"] for a in place["answers"]} == ids(
        bot, select(WorkshopAnswer.id).where(WorkshopAnswer.participant_id == place["id"])
    )
    written = json.dumps([a["value"] for a in place["answers"]], ensure_ascii=False)
    for typed in (JE_ANSWERS[1], JE_ANSWERS[4], JE_ANSWERS[7]):
        assert typed in written

    [synthesis] = data["syntheses"]
    assert synthesis["their_labels"] and synthesis["scope"] == workshops_code(bot)

    contributions = data["contributions"]
    assert {c["id"] for c in contributions["contributions"]} == ids(
        bot, select(Contribution.id).where(Contribution.person_id == pid)
    )
    assert NOTE_LINK in [c["proof_url"] for c in contributions["contributions"]]
    assert {b["id"] for b in contributions["badges"]} == ids(
        bot, select(BadgeAward.id).where(BadgeAward.person_id == pid)
    )
    responses = data["solicitations"]["responses"]
    assert {r["id"] for r in responses} == ids(
        bot, select(SolicitationResponse.id).where(SolicitationResponse.person_id == pid)
    )
    assert responses[0]["solicitation"]["title"] == "Témoignage vidéo"
    assert responses[0]["status"] == "done" and responses[0]["proof"]
    assert {o["id"] for o in data["outbox"]} == ids(
        bot, select(OutboxMessage.id).where(OutboxMessage.person_id == pid)
    )
    assert data["kpi"]["kpi_person_month"]  # her approved share, counted


async def test_i20_3_export_in_a_channel_goes_by_direct_message(bot: Assistant):
    replies = await bot.handle(
        Incoming(
            platform=Platform.CONSOLE,
            workspace_id="acme",
            channel_id="general",
            user_id=USER,
            user_groups=("amb",),
            text="my data",
            is_direct=False,
        )
    )
    direct = [r for r in replies if r.target is Target.DIRECT]
    assert len(direct) == 1 and direct[0].user_id == USER and direct[0].attachment is not None
    assert any("message privé" in r.text for r in replies if r.target is Target.SAME)


async def test_i20_3_staff_cannot_export_someone_else_from_chat(bot: Assistant):
    camille = person(bot, "camille", "community_manager")
    [refused] = await camille.send(f"mes données console:{USER}")
    assert refused.attachment is None
    assert "ambassade privacy export --client acme --person" in refused.text
    [own_only] = await person(bot, "marc").send("mes données de Léonie")
    assert own_only.attachment is None and "ne concerne que vous" in own_only.text


async def test_i20_3_cli_export_prints_the_same_document(bot: Assistant):
    await person(bot, USER).send(QUESTION)
    runner = CliRunner()
    result = runner.invoke(
        app, ["privacy", "export", "--client", "acme", "--person", f"console:{USER}"]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert QUESTION in [q["question"] for q in document["stores"]["questions"]["data"]]

    unknown = runner.invoke(app, ["privacy", "export", "-c", "acme", "-p", "slack:U0NOBODY"])
    assert unknown.exit_code == 2
    assert "personne ne correspond à slack:U0NOBODY dans le client acme" in unknown.output
    bad = runner.invoke(app, ["--lang", "en", "privacy", "export", "-c", "acme", "-p", "lea"])
    assert bad.exit_code == 2 and "'lea' names no person: use PLATFORM:ID" in bad.output
    nobody = runner.invoke(app, ["privacy", "export", "-c", "nope", "-p", "a@b.org"])
    assert nobody.exit_code == 2
