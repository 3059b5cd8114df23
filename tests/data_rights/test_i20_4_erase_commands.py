"""Issue 20 item 4, the ways in: `oubli` in chat (typed confirmation) and the CLI."""

from __future__ import annotations

from sqlmodel import select
from typer.testing import CliRunner

from bot.assistant import Assistant
from bot.cli import app
from bot.people.tables import Person, PersonIdentity
from bot.store.models import AnswerRecord
from skills.ask.gaps import group_gaps
from tests.data_rights.fixture_person import EMAIL, NAME, QUESTION, USER, person, roster


def identities(bot: Assistant) -> list[str]:
    with bot.services.db.session() as session:
        return [i.user_id for i in session.exec(select(PersonIdentity))]


def questions(bot: Assistant) -> list[str]:
    with bot.services.db.session() as session:
        return [r.question for r in session.exec(select(AnswerRecord))]


async def test_i20_4_oubli_without_the_typed_confirmation_erases_nothing(bot: Assistant):
    leonie = person(bot, USER)
    await leonie.send(QUESTION)
    [asked] = await leonie.send("oubli")
    assert "Pour confirmer, tapez OUBLI" in asked.text
    [cancelled] = await leonie.send("euh non, finalement")
    assert cancelled.text == (
        "Rien n'a été effacé. Pour effacer vos données, tapez « oubli » puis, quand je le "
        "demande, OUBLI."
    )
    assert USER in identities(bot) and QUESTION in questions(bot)
    # The confirmation word alone, outside the question, is the command again: it asks.
    [again] = await leonie.send("OUBLI")
    assert "Pour confirmer" in again.text and USER in identities(bot)
    [cancelled] = await leonie.send("oubli de Marc")  # asked: any other message cancels
    assert cancelled.text.startswith("Rien n'a été effacé.")
    [other] = await leonie.send("oubli de Marc")
    assert "n'efface que vos propres données" in other.text
    assert USER in identities(bot)


async def test_i20_4_forget_me_in_english_confirms_with_forget(bot: Assistant):
    sam = person(bot, USER)
    sam.language = "en"
    await sam.send(QUESTION)
    [asked] = await sam.send("forget me")
    assert "To confirm, type FORGET" in asked.text
    [done] = await sam.send("FORGET")
    assert done.text.startswith("Done: your data was erased from the Acme Vélos program.")
    assert "• questions asked: answer_record 1" in done.text
    assert USER not in identities(bot) and QUESTION not in questions(bot)
    with bot.services.db.session() as session:
        kept = list(session.exec(select(AnswerRecord)))
    assert len(kept) == 1 and group_gaps(kept) == []  # counted, not shown as a gap
    [again] = await sam.send("forget me")  # a new person now: there is little to erase
    assert "To confirm" in again.text


async def test_i20_4_staff_erasing_someone_else_is_pointed_to_the_cli(bot: Assistant):
    [refused] = await person(bot, "camille", "community_manager").send(f"oubli console:{USER}")
    assert "ambassade privacy erase --client acme --person" in refused.text


async def test_i20_4_cli_erase_asks_for_confirmation_unless_yes(bot: Assistant):
    roster(bot)
    await person(bot, USER).send(QUESTION)
    runner = CliRunner()
    args = ["privacy", "erase", "--client", "acme", "--person", EMAIL]
    declined = runner.invoke(app, args, input="n\n")
    assert declined.exit_code == 1 and "rien n'a été effacé" in declined.output
    assert USER in identities(bot)

    done = runner.invoke(app, [*args, "--yes"])
    assert done.exit_code == 0, done.output
    assert f"données de {EMAIL} effacées du client acme :" in done.output
    assert "profil et identités : person_identity 1, person 1" in done.output
    with bot.services.db.session() as session:
        [row] = [
            p
            for p in session.exec(select(Person))
            if p.id and p.client == "acme" and p.name is None and p.status == "left"
        ]
        assert row.email is None
    assert NAME not in str(identities(bot)) and QUESTION not in questions(bot)

    unknown = runner.invoke(app, [*args, "--yes"])  # the e-mail names nobody now
    assert unknown.exit_code == 2 and f"personne ne correspond à {EMAIL}" in unknown.output


async def test_i20_4_jobs_that_name_them_are_exported_and_removed(bot: Assistant):
    from datetime import UTC, datetime, timedelta

    from bot.data_rights.service import erase_person, export_person, find_subject
    from bot.people.refs import PersonRef
    from bot.scheduler import ScheduledIncoming

    roster(bot)
    later = datetime.now(UTC) + timedelta(days=2)
    for job_id, user in (("remind-her", USER), ("remind-marc", "marc")):
        job = ScheduledIncoming(client="acme", action_id="x:y", value="1", user_id=user)
        bot.services.scheduler.schedule(job_id, later, job)
    db, stores = bot.services.db, bot.services.personal_data
    subject = find_subject(db, "acme", PersonRef(platform="console", user_id=USER))
    assert subject is not None
    [job] = export_person(db, stores, subject)["stores"]["scheduled_jobs"]["data"]
    assert job["job"] == "remind-her" and job["user_id"] == USER
    erasure = erase_person(db, stores, subject)
    assert erasure.erased["scheduled_jobs"] == {"apscheduler_jobs": 1}
    assert bot.services.scheduler.due_at("remind-her") is None
    assert bot.services.scheduler.due_at("remind-marc") is not None


async def test_i20_4_a_store_that_fails_leaves_everything_as_it_was(bot: Assistant):
    from bot.data_rights.registry import PersonalDataRegistry, PersonalDataStore
    from bot.data_rights.service import erase_person, find_subject
    from bot.people.refs import PersonRef

    await person(bot, USER).send(QUESTION)

    def broken(_session, _subject):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    stores = PersonalDataRegistry()
    stores.register(PersonalDataStore("broken", "nothing", (), lambda s, p: [], broken))
    stores.extend(bot.services.personal_data)  # erased first, before the broken one
    subject = find_subject(bot.services.db, "acme", PersonRef(platform="console", user_id=USER))
    assert subject is not None
    erasure = erase_person(bot.services.db, stores, subject)
    assert erasure.failed == "broken" and erasure.erased == {}
    assert USER in identities(bot) and QUESTION in questions(bot)
