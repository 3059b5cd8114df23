"""Two people who are one human (`ambassade people link`): the contributions side.

Everything the merged person did becomes the kept person's: their contributions and level
history move; a badge both have is kept once (the earlier); opt-ins are kept if either
opted in (surveys: off if either opted out); NPS answers to a survey both answered keep
the kept person's.
"""

from __future__ import annotations

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from bot.contributions.tables import (
    BadgeAward,
    Contribution,
    LevelChange,
    NpsAnswer,
    PersonPreference,
)


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
    merged_prefs = session.get(PersonPreference, merged_id)
    if merged_prefs is not None:
        kept_prefs = session.get(PersonPreference, kept_id)
        if kept_prefs is None:
            kept_prefs = PersonPreference(person_id=kept_id, client=merged_prefs.client)
        kept_prefs.board_opt_in = kept_prefs.board_opt_in or merged_prefs.board_opt_in
        kept_prefs.channel_opt_in = kept_prefs.channel_opt_in or merged_prefs.channel_opt_in
        kept_prefs.surveys_opt_out = kept_prefs.surveys_opt_out or merged_prefs.surveys_opt_out
        session.add(kept_prefs)
        session.execute(
            delete(PersonPreference).where(col(PersonPreference.person_id) == merged_id)
        )
    session.flush()
