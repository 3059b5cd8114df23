"""Solicitations marked `auto`: drawn up and confirmed without the community manager."""

from __future__ import annotations

from sqlmodel import select

from bot.solicitations.book import SolicitationError
from bot.solicitations.candidates import creator
from bot.solicitations.planner import Invited, Planner
from bot.solicitations.tables import Solicitation, SolicitationStatus
from bot.tenants import ClientConfig


def start_auto(planner: Planner, config: ClientConfig) -> list[Invited]:
    """Draw up and confirm, without waiting for anyone, the planned `auto` solicitations.

    The summary goes to whoever created them (when they were named as PLATFORM:USER_ID).
    """
    now = planner.clock.now()
    with planner.db.session() as session:
        ids = session.exec(
            select(Solicitation.id).where(
                Solicitation.client == config.name,
                Solicitation.status == SolicitationStatus.PLANNED.value,
                Solicitation.auto == True,  # noqa: E712 (SQL)
                Solicitation.deadline_at > now,
            )
        ).all()
    started = []
    for solicitation_id in ids:
        assert solicitation_id is not None
        try:
            result = planner.propose(config, solicitation_id)
            by = creator(result.solicitation)
            started.append(planner.confirm(config, solicitation_id, by))
        except SolicitationError:
            continue  # nobody eligible yet, or confirmed meanwhile: tried again later
    return started
