"""Issue 20 item 6: retention periods per client, the purge and its dry run (SQLite and
PostgreSQL), the CLI and the daily job."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select
from typer.testing import CliRunner

from bot.data_rights.registry import ERASED
from bot.handoff.messages import HandoffMessage
from bot.handoff.records import Handoff
from bot.notices.retention import due, purge, purge_clients
from bot.store.audit import ModelCallAudit
from bot.store.database import Database
from bot.store.models import AnswerRecord, Conversation, ProcessedEvent, utcnow
from bot.tenants import ClientConfig

NOW = utcnow()
ACME = ClientConfig(name="acme", slack={"teams": ["T-ACME"]}, discord={"guilds": ["900"]})
OTHER = ClientConfig(name="other", slack={"teams": ["T-OTHER"]})


def _fill(db: Database) -> None:
    old, recent = NOW - timedelta(days=400), NOW - timedelta(days=5)
    mid = NOW - timedelta(days=100)  # past 90 days (conversations), within 12 months
    with db.session() as session:
        for client in ("acme", "other"):
            for at, n in ((old, 1), (recent, 2)):
                session.add(
                    AnswerRecord(
                        client=client, platform="slack", user_id=f"U{n}", role="ambassador",
                        language="fr", question=f"question secrète {n}", answered=True,
                        answer="réponse", created_at=at,
                    )
                )  # fmt: skip
                session.add(
                    ModelCallAudit(
                        client=client, purpose="answer", model="m", kind="chat",
                        payload_sha256="0" * 64, at=at,
                    )
                )  # fmt: skip
            session.add(
                Conversation(
                    key=f"slack:T:{client}:old", client=client, platform="slack",
                    user_id="U1", updated_at=mid,
                )
            )  # fmt: skip
            session.add(
                Conversation(
                    key=f"slack:T:{client}:new", client=client, platform="slack",
                    user_id="U2", updated_at=recent,
                )
            )  # fmt: skip
            handoff = Handoff(
                client=client, platform="slack", conversation_key=f"slack:T:{client}:old",
                user_id="U1", category="explicit_request", rule="r", urgency="normal",
            )  # fmt: skip
            session.add(handoff)
            session.flush()
            for at, said in ((mid, "ma sacoche fuit"), (recent, "Bonjour, je regarde")):
                session.add(
                    HandoffMessage(
                        client=client, handoff_id=handoff.id, author="person", user_id="U1",
                        text=said, sent_at=at,
                    )
                )  # fmt: skip
        for key, at in (
            ("slack:T-ACME:Ev1", NOW - timedelta(days=40)),
            ("discord:900:m1", NOW - timedelta(days=40)),
            ("console:acme:e1", NOW - timedelta(days=40)),
            ("slack:T-ACME:Ev2", recent),
            ("slack:T-OTHER:Ev3", NOW - timedelta(days=40)),
        ):
            session.add(ProcessedEvent(key=key, seen_at=at))


def test_i20_6_dry_run_counts_then_purge_removes_only_what_is_past(database: Database):
    _fill(database)
    expected = {"answers": 1, "conversations": 1, "relays": 1, "events": 3, "audit": 1}
    assert due(database, ACME, NOW) == expected
    assert due(database, ACME, NOW) == expected  # a dry run changes nothing
    assert purge(database, ACME, NOW) == expected
    assert not any(due(database, ACME, NOW).values())
    with database.session() as session:
        answers = session.exec(select(AnswerRecord).where(AnswerRecord.client == "acme")).all()
        kept = sorted((a.user_id, a.question) for a in answers)
        assert kept == [("U2", "question secrète 2"), (ERASED, "")]  # anonymous, still counted
        events = sorted(e.key for e in session.exec(select(ProcessedEvent)).all())
        assert events == ["slack:T-ACME:Ev2", "slack:T-OTHER:Ev3"]
        audits = session.exec(select(ModelCallAudit).where(ModelCallAudit.client == "acme"))
        assert len(audits.all()) == 1
        relays = session.exec(select(HandoffMessage.text).where(HandoffMessage.client == "acme"))
        assert relays.all() == ["Bonjour, je regarde"]  # the handoff's messages of 90+ days go
    # The other client's records are its own business.
    assert due(database, OTHER, NOW) == {
        "answers": 1, "conversations": 1, "relays": 1, "events": 1, "audit": 1,
    }  # fmt: skip


def test_i20_6_periods_are_per_client(database: Database):
    _fill(database)
    short = ClientConfig.model_validate(
        {**ACME.model_dump(), "privacy": {"retention": {"answers_days": 3, "events_days": 60}}}
    )
    counts = due(database, short, NOW)
    assert counts["answers"] == 2 and counts["events"] == 0


def test_i20_6_one_failing_client_does_not_stop_the_others(database: Database):
    _fill(database)
    broken = ClientConfig(name="broken")
    object.__setattr__(broken, "privacy", None)  # a client whose settings cannot be read
    done = purge_clients(database, [broken, ACME])
    assert "broken" not in done and done["acme"]["answers"] == 1


def test_i20_6_cli_dry_run_and_apply(settings, acme: ClientConfig):
    from bot.cli import app
    from bot.store import Database as Db

    db = Db(settings.effective_database_url())
    db.migrate()
    _fill(db)
    db.dispose()
    runner = CliRunner()
    dry = runner.invoke(app, ["privacy", "retention", "--client", "acme"])
    assert dry.exit_code == 0, dry.output
    assert "rien n'est supprimé" in dry.output
    assert "questions et réponses (anonymisées) : 1" in dry.output
    assert (
        "messages des mises en relation avec l'équipe : 1 (durée de conservation : 90" in dry.output
    )
    assert "--apply" in dry.output
    done = runner.invoke(app, ["privacy", "retention", "--client", "acme", "--apply"])
    assert done.exit_code == 0 and "purge faite" in done.output
    again = runner.invoke(app, ["--lang", "en", "privacy", "retention", "--client", "acme"])
    assert "questions and answers (anonymised): 0" in again.output
    unknown = runner.invoke(app, ["privacy", "retention", "--client", "nobody"])
    assert unknown.exit_code == 2 and "nobody" in unknown.output


async def test_i20_6_the_daily_job_is_planned(assistant):
    planned = {job.job_id: job for job in assistant.services.scheduler._repeating}
    job = planned["retention-purge"]
    assert job.every == timedelta(hours=24)
    await job.work()  # runs every client's purge; never raises
