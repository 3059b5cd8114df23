"""Two people who are one human (`ambassade people link`): the contributions side.

Everything the merged person did becomes the kept person's: their contributions and level
history move; a badge both have is kept once (the earlier); an opt-in follows the latest
answer either gave (`consent`), else is kept if either opted in; NPS answers to a survey
both answered keep the kept person's.
"""

from __future__ import annotations

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from bot.contributions.prefs import TOPICS
from bot.contributions.tables import (
    BadgeAward,
    Contribution,
    LevelChange,
    NpsAnswer,
    PersonPreference,
)
from bot.notices.tables import Consent


def move_person(session: Session, merged_id: int, kept_id: int) -> None:
    for table in (Contribution, LevelChange):
        session.execute(
            update(table)
            .where(col(table.person_id) == merged_id)
            .values(person_id=kept_id)
            .execution_options(synchronize_session=False)
        )
    kept_badges = {
        b.badge: b for b in session.exec(select(BadgeAward).where(BadgeAward.person_id == kept_id))
    }
    for badge in session.exec(select(BadgeAward).where(BadgeAward.person_id == merged_id)).all():
        mine = kept_badges.get(badge.badge)
        if mine is None:
            badge.person_id = kept_id
            session.add(badge)
            continue
        if badge.awarded_at < mine.awarded_at:
            mine.awarded_at = badge.awarded_at
            session.add(mine)
        session.delete(badge)
    answered = set(session.exec(select(NpsAnswer.survey).where(NpsAnswer.person_id == kept_id)))
    for answer in session.exec(select(NpsAnswer).where(NpsAnswer.person_id == merged_id)).all():
        if answer.survey in answered:
            session.delete(answer)
        else:
            answer.person_id = kept_id
            session.add(answer)
    _merge_preferences(session, merged_id, kept_id)
    session.flush()


def _merge_preferences(session: Session, merged_id: int, kept_id: int) -> None:
    merged = session.get(PersonPreference, merged_id)
    kept = session.get(PersonPreference, kept_id)
    if merged is None and kept is None:
        return  # neither ever opted in: the defaults (off) hold
    client = (kept or merged).client  # type: ignore[union-attr]
    kept = kept or PersonPreference(person_id=kept_id, client=client)
    for option, topic in TOPICS.items():
        latest = session.exec(
            select(Consent)
            .where(col(Consent.person_id).in_((kept_id, merged_id)), Consent.topic == topic)
            .order_by(col(Consent.decided_at).desc(), col(Consent.id).desc())
        ).first()
        either = getattr(kept, option) or (merged is not None and getattr(merged, option))
        setattr(kept, option, latest.consented if latest is not None else either)
    session.add(kept)
    if merged is not None:
        session.execute(
            delete(PersonPreference).where(col(PersonPreference.person_id) == merged_id)
        )
