"""Two people who are one human (`ambassade people link`): the solicitations side.

The merged person's responses become the kept person's; where both answered the same
solicitation, the kept person's response stays and the other goes. Messages decided for
the merged person (the outbox) now name the kept one (their identity moved with them).
"""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, col, select

from bot.outbox.tables import OutboxMessage
from bot.solicitations.tables import SolicitationResponse


def move_person(session: Session, merged_id: int, kept_id: int) -> None:
    answered = set(
        session.exec(
            select(SolicitationResponse.solicitation_id).where(
                SolicitationResponse.person_id == kept_id
            )
        )
    )
    for response in session.exec(
        select(SolicitationResponse).where(SolicitationResponse.person_id == merged_id)
    ).all():
        if response.solicitation_id in answered:
            session.delete(response)
        else:
            response.person_id = kept_id
            session.add(response)
    session.execute(
        update(OutboxMessage)
        .where(col(OutboxMessage.person_id) == merged_id)
        .values(person_id=kept_id)
        .execution_options(synchronize_session=False)
    )
    session.flush()
