"""A solicitation's Done logs the contribution it stands for (issue 17), in the same
transaction as the answer: the kind of the ask, its points (or the kind's), today."""

from __future__ import annotations

from bot.contributions.log import ContributionLog, Logged
from bot.core.turn import Turn
from bot.solicitations.answers import OnDone
from prompts.catalog import text
from skills.contributions.render import earned_lines


def contribution_on_done(turn: Turn, log: ContributionLog, who: str) -> OnDone:
    assert turn.client is not None
    config = turn.client

    def on_done(session, row, response, now) -> Logged:  # type: ignore[no-untyped-def]
        assert row.id is not None
        return log.for_done(session, config, row.id, row.kind, row.points, response.person_id, who)

    return on_done


def contribution_text(lang: str, key: str, **values: object) -> str:
    return text(lang, f"contributions.chat.{key}", **values)


def done_lines(turn: Turn, logged: Logged) -> list[str]:
    assert turn.client is not None
    lang, row = turn.language, logged.contribution
    key = "done_pending" if logged.pending else "done_logged"
    lines = [contribution_text(lang, key, id=row.id, points=row.points)]
    lines += earned_lines(
        turn.client,
        lang,
        [p.level.id for p in logged.promotions],
        [b.rule.id for b in logged.badges],
    )
    return lines
