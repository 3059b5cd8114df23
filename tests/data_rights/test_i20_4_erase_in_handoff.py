"""Issue 20 items 3 and 4 inside a handoff (SQLite and PostgreSQL).

`oubli` typed while a person of the team has the conversation is the erase command, not a
message for the staff: the bot asks the typed confirmation, and the erasure closes the
handoff and takes its messages (hers and the staff replies) with the rest. Anything else
typed while the confirmation is asked cancels it and reaches the staff as usual.
"""

from __future__ import annotations

from sqlmodel import select

from bot.assistant import Assistant
from bot.core.messages import Reply, Target
from bot.data_rights.registry import ERASED
from bot.handoff.messages import HandoffMessage
from bot.handoff.records import Handoff
from tests.data_rights.fixture_person import (
    HANDOFF_ASK,
    STAFF_REPLY,
    USER,
    found_in,
    person,
    roster,
    rows_everywhere,
)

STILL_THERE = "Finalement non : la fermeture éclair de ma sacoche Zébulon a cédé"


def to_staff(replies: list[Reply]) -> list[str]:
    return [r.text for r in replies if r.target is Target.CHANNEL]


def thread(bot: Assistant) -> list[tuple[str, str]]:
    with bot.services.db.session() as session:
        rows = session.exec(select(HandoffMessage).order_by(HandoffMessage.id)).all()  # type: ignore[arg-type]
        return [(m.author, m.text) for m in rows]


async def test_i20_4_oubli_in_an_open_handoff_is_the_erase_command_and_staff_are_told(
    bot: Assistant,
):
    roster(bot)
    leonie = person(bot, USER)
    camille = person(bot, "camille", "community_manager")
    opened = await leonie.send(HANDOFF_ASK)
    assert to_staff(opened), "the staff card"
    await camille.send("prendre 1")
    await camille.send(f"repondre 1 {STAFF_REPLY}")

    # Typed alone, during the relay: the command, never relayed.
    asked = await leonie.send("oubli")
    assert to_staff(asked) == []
    [question] = asked
    assert "OUBLI" in question.text and question.target is Target.SAME
    # Anything else cancels the confirmation and goes on to Camille as usual.
    cancelled = await leonie.send(STILL_THERE)
    assert any("Rien n'a été effacé" in r.text for r in cancelled if r.target is Target.SAME)
    assert any(STILL_THERE in text for text in to_staff(cancelled))
    [again] = await leonie.send("OUBLI")  # no confirmation pending: asked anew
    assert "OUBLI" in again.text and "C'est fait" not in again.text
    assert [author for author, _ in thread(bot)] == ["person", "staff", "person"]

    done = await leonie.send("OUBLI")
    # Camille is told the relay closed, by its number only: nothing that names Léonie.
    [notice] = to_staff(done)
    assert notice.startswith("🗑️ Relais n° 1 fermé"), notice
    assert not found_in(notice) and "Zébulon" not in notice
    [erased] = [r for r in done if r.target is not Target.CHANNEL]
    assert erased.text.startswith("C'est fait"), erased.text
    assert "mises en relation avec l'équipe" in erased.text

    with bot.services.db.session() as session:
        handoff = session.get(Handoff, 1)
        assert handoff is not None
        assert (handoff.status, handoff.user_id, handoff.resolved_by) == (
            "resolved",
            ERASED,
            ERASED,
        )
    assert thread(bot) == []
    url = bot.services.db.url
    left = [(table, found_in(row)) for table, row in rows_everywhere(url) if found_in(row)]
    assert left == []
    for phrase in (STILL_THERE, "fermeture éclair"):
        assert not [row for _, row in rows_everywhere(url) if phrase in row]

    # The handoff is over: Camille's next reply reaches nobody.
    late = await camille.send("repondre 1 Vous êtes toujours là ?")
    assert [r.target for r in late] == [Target.SAME]
    assert "1" in late[0].text


async def test_i20_4_forget_me_in_english_during_a_handoff(bot: Assistant):
    roster(bot)
    marc = person(bot, "marc")
    marc.language = "en"
    await marc.send("I want to talk to a real person please, my bag is leaking")
    with bot.services.db.session() as session:
        assert session.exec(select(Handoff)).one().status == "open"
    asked = await marc.send("forget me")
    assert to_staff(asked) == [] and "FORGET" in asked[0].text
    replies = await marc.send("FORGET")  # the word, not a command: the open step takes it
    [done] = [r for r in replies if r.target is not Target.CHANNEL]
    assert done.text.startswith("Done"), done.text
    # The staff speak the client's language (French): an open relay is closed for them too.
    [notice] = to_staff(replies)
    assert notice.startswith("🗑️ Relais n° 1 fermé") and "marc" not in notice.lower()
    with bot.services.db.session() as session:
        assert session.exec(select(Handoff)).one().user_id == ERASED
    assert thread(bot) == []
