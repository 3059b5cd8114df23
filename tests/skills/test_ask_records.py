"""The answer log on SQLite and PostgreSQL: records, feedback ownership, gaps by age."""

from __future__ import annotations

from datetime import timedelta

from bot.store import Database
from bot.store.models import AnswerRecord, utcnow
from skills.ask.records import HELPFUL, NOT_HELPFUL, AnswerLog, Asker, FeedbackOutcome

LEA = Asker("acme", "console", "lea")


def record(log: AnswerLog, asker: Asker, question: str, *, answered: bool) -> AnswerRecord:
    return log.record(asker, role="ambassador", language="fr", question=question, answered=answered)


def test_feedback_belongs_to_the_asker_of_the_same_client(database: Database):
    log = AnswerLog(database)
    row = record(log, LEA, "Combien de points ?", answered=True)
    assert row.id is not None
    assert log.set_feedback(row.id, Asker("acme", "console", "karim"), HELPFUL) == (
        FeedbackOutcome.NOT_YOURS
    )
    assert log.set_feedback(row.id, Asker("acme", "slack", "lea"), HELPFUL) == (
        FeedbackOutcome.NOT_YOURS
    )
    assert log.set_feedback(row.id, Asker("bravo", "console", "lea"), HELPFUL) == (
        FeedbackOutcome.NOT_FOUND
    )
    assert log.set_feedback(row.id + 1000, LEA, HELPFUL) == FeedbackOutcome.NOT_FOUND
    assert log.get(row.id).feedback is None
    assert log.set_feedback(row.id, LEA, NOT_HELPFUL) == FeedbackOutcome.SAVED
    assert log.set_feedback(row.id, LEA, HELPFUL) == FeedbackOutcome.SAVED  # a change of mind
    assert log.get(row.id).feedback == HELPFUL


def test_gaps_are_unanswered_or_disliked_questions_of_one_client_within_the_window(
    database: Database,
):
    log = AnswerLog(database)
    unanswered = record(log, LEA, "Le code wifi ?", answered=False)
    disliked = record(log, LEA, "Combien de points ?", answered=True)
    log.set_feedback(disliked.id, LEA, NOT_HELPFUL)
    record(log, LEA, "Quel kit ?", answered=True)
    record(log, Asker("bravo", "console", "nina"), "Le code wifi ?", answered=False)
    with database.session() as session:
        old = session.get(AnswerRecord, unanswered.id)
        old.created_at = utcnow() - timedelta(days=10)
        session.add(old)

    assert [r.question for r in log.gaps("acme")] == ["Combien de points ?", "Le code wifi ?"]
    assert [r.question for r in log.gaps("acme", since_days=7)] == ["Combien de points ?"]
    assert [r.client for r in log.gaps("bravo")] == ["bravo"]
