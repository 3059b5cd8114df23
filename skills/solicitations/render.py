"""The texts of solicitations in chat: the proposed list for staff, the invitations."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.messages import Choice, ChoiceStyle, Reply, Target
from bot.outbox import OutboxMessage
from bot.people.tables import Person
from bot.solicitations.candidates import aware
from bot.solicitations.fairness import Excluded, LeftOut
from bot.solicitations.kinds import kind_label
from bot.solicitations.planner import ProposalResult
from bot.solicitations.tables import Solicitation
from bot.tenants import ClientConfig
from bot.timezones import zone
from prompts.catalog import text

PLAN_ACTION = "solicit:plan"
ANSWER_ACTION = "solicit:answer"
REPLACE_ACTION = "solicit:replace"
CHECKIN_ACTION = "solicit:checkin"
LEFT_OUT_SHOWN = 12  # the rest is counted, not listed
SPARE_BUTTONS = 3


def when(moment: datetime | None, tz: ZoneInfo) -> str:
    assert moment is not None
    return f"{aware(moment).astimezone(tz):%d/%m/%Y %H:%M}"  # type: ignore[union-attr]


def deadline_text(row: Solicitation, tz: ZoneInfo | None = None) -> str:
    return when(row.deadline_at, tz or zone(row.timezone))


def dm(message: OutboxMessage, body: str, **options: object) -> Reply:
    """The direct message an outbox row becomes (its key lets delivery say it went)."""
    return Reply(
        text=body,
        target=Target.DIRECT,
        user_id=message.recipient,
        key=message.key,
        **options,  # type: ignore[arg-type]
    )


def language_of(config: ClientConfig, person: Person | None) -> str:
    return (person.language if person and person.language else None) or config.language


def t(lang: str, key: str, **values: object) -> str:
    return text(lang, f"solicitations.chat.{key}", **values)


def proposal_text(
    lang: str, config: ClientConfig, result: ProposalResult, max_asks: int
) -> tuple[str, tuple[Choice, ...]]:
    row, proposal = result.solicitation, result.proposal
    lines = [
        t(
            lang,
            "propose_title",
            id=row.id,
            title=row.title,
            kind=kind_label(config, row.kind, lang),
            deadline=deadline_text(row),
            places=row.places,
        )
    ]
    for listed in result.listed:
        prefers = t(lang, "prefers") if listed.why.get("prefers") else ""
        if listed.why.get("added"):
            lines.append(t(lang, "line_added", name=listed.name))
        elif listed.why.get("days") is None:
            lines.append(t(lang, "line_never", name=listed.name, prefers=prefers))
        else:
            days, asks = listed.why["days"], listed.why.get("asks", 0)
            finished = listed.why.get("finished", 0)
            record = (
                t(lang, "record", answered=listed.why.get("answered", 0), finished=finished)
                if finished
                else ""
            )
            lines.append(
                t(
                    lang,
                    "line_asked",
                    name=listed.name,
                    days=days,
                    asks=asks,
                    prefers=prefers,
                    record=record,
                )
            )
    if not result.listed:
        lines.append(t(lang, "nobody"))
    if len(result.listed) < row.places:
        lines.append(t(lang, "short", eligible=proposal.eligible, places=row.places))
    lines.extend(_place_rules(lang, config, result))
    shown = [e for e in proposal.left_out if e.why is not LeftOut.NOT_IN_TARGET]
    if shown:
        lines.append(t(lang, "left_out_title", count=len(shown)))
        for excluded in shown[:LEFT_OUT_SHOWN]:
            why = why_text(lang, excluded, max_asks)
            lines.append(t(lang, "left_out_line", name=excluded.candidate.name, why=why))
        if len(shown) > LEFT_OUT_SHOWN:
            lines.append(t(lang, "left_out_more", count=len(shown) - LEFT_OUT_SHOWN))
            counts = proposal.reasons()
            counts.pop(LeftOut.NOT_IN_TARGET, None)
            by_reason = ", ".join(
                f"{t(lang, f'why.{why.value}', asks=max_asks, max=max_asks)} : {n}"
                if lang == "fr"
                else f"{t(lang, f'why.{why.value}', asks=max_asks, max=max_asks)}: {n}"
                for why, n in counts.items()
            )
            lines.append(t(lang, "left_out_by_reason", reasons=by_reason))
    if result.paused_now:
        lines.append(t(lang, "paused_now", names=", ".join(result.paused_now)))
    if result.short_notice:
        notice = config.solicitations.notice_days
        lines.append(t(lang, "short_notice", days=f"{notice:g}"))
    choices: list[Choice] = []
    if result.listed:
        choices.append(Choice(t(lang, "confirm_button"), f"confirm:{row.id}", ChoiceStyle.PRIMARY))
    for listed in result.listed:
        choices.append(
            Choice(t(lang, "swap_button", name=listed.name), f"swap:{row.id}:{listed.person_id}")
        )
    for ranked in proposal.spare[:SPARE_BUTTONS]:
        name = ranked.candidate.name
        choices.append(Choice(t(lang, "add_button", name=name), f"add:{row.id}:{ranked.person_id}"))
    return "\n".join(lines), tuple(choices)


def _place_rules(lang: str, config: ClientConfig, result: ProposalResult) -> list[str]:
    """Why there are more invitations than places, and when a silent one gives its place."""
    row, settings = result.solicitation, config.solicitations
    lines = []
    picked = len(result.proposal.picked)
    if picked > row.places:
        expected = f"{result.expected_answers:.1f}".replace(".", "," if lang == "fr" else ".")
        lines.append(t(lang, "invite_more", count=picked, places=row.places, expected=expected))
    automatic = row.auto or settings.replace_on_decline == "auto"
    how = t(lang, "window_auto" if automatic else "window_confirm")
    lines.append(t(lang, "window_rule", hours=f"{settings.answer_window_hours:g}", how=how))
    return lines


def why_text(lang: str, excluded: Excluded, max_asks: int) -> str:
    if excluded.why is LeftOut.PAUSED and excluded.paused_until is not None:
        return t(lang, "why.paused_until", date=f"{excluded.paused_until:%d/%m/%Y}")
    if excluded.why is LeftOut.OVER_LOAD:
        return t(lang, "why.over_load", asks=excluded.asks_in_window, max=max_asks)
    return t(lang, f"why.{excluded.why.value}")


def answer_choices(lang: str, solicitation_id: int, *, accepted: bool) -> tuple[Choice, ...]:
    """Accept / Decline / Later for an open invitation; Done / Later / Decline once accepted."""
    first = ("done", ChoiceStyle.PRIMARY) if accepted else ("accept", ChoiceStyle.PRIMARY)
    others = ("snooze", "decline") if accepted else ("decline", "snooze")
    choices = [Choice(t(lang, first[0]), f"{first[0]}:{solicitation_id}", first[1])]
    for name in others:
        style = ChoiceStyle.DANGER if name == "decline" else ChoiceStyle.DEFAULT
        choices.append(Choice(t(lang, name), f"{name}:{solicitation_id}", style))
    if not accepted:
        choices.append(Choice(t(lang, "done"), f"done:{solicitation_id}"))
    return tuple(choices)
