"""An ambassador's own view (`mes points`), the benevolent board (`tableau`), and the
opt-ins (on the board, celebrated in the community channel). A mixin of the skill."""

from __future__ import annotations

import asyncio

from bot.contributions.board import Board, board
from bot.contributions.kinds import fold
from bot.contributions.log import person_today
from bot.contributions.prefs import PreferenceBook
from bot.contributions.views import OwnView, own_view
from bot.core.messages import Action, Choice, ChoiceStyle
from bot.core.registry import command, on_action
from bot.core.turn import Turn
from bot.tenants import Role
from skills.contributions.base import Handlers
from skills.contributions.logging import asks_a_question
from skills.contributions.render import (
    PREF_ACTION,
    badge_label,
    day,
    earned_lines,
    kind_label,
    level_label,
    status_label,
    t,
)

YES = {"oui", "on", "yes", "o", "y", "rejoindre", "join", "activer", "enable"}
NO = {"non", "off", "no", "n", "quitter", "leave", "desactiver", "disable"}
OPTIONS = {"board": "board_opt_in", "channel": "channel_opt_in"}
# Points, the board and celebrations are the ambassadors' (staff are not ranked or counted).
AMBASSADORS = frozenset({Role.AMBASSADOR})


class OwnCommands(Handlers):
    @command(
        "mes points",
        "my points",
        "mon niveau",
        "my level",
        "mes badges",
        "my badges",
        summary="contributions.chat.mine_summary",
        roles=AMBASSADORS,
    )
    async def mine(self, turn: Turn, args: str) -> None:
        assert turn.client is not None
        if await asks_a_question(turn, args):  # "mes points expirent-ils ?"
            return
        me = await self._me(turn)
        view = await asyncio.to_thread(own_view, self.db, turn.client, me, self.clock.now())
        turn.say("\n".join(own_lines(turn, view, me.name or "")))

    @command(
        "tableau",
        "board",
        summary="contributions.chat.board_summary",
        usage="contributions.chat.board_usage",
        roles=AMBASSADORS,
    )
    async def board_command(self, turn: Turn, args: str) -> None:
        if await asks_a_question(turn, args):  # "tableau des prix ?"
            return
        answer = fold(args)
        if answer in YES or answer in NO:
            await self._set(turn, "board", answer in YES)
            return
        await self._show_board(turn)

    @command(
        "annonces",
        "announcements",
        summary="contributions.chat.channel_summary",
        usage="contributions.chat.channel_usage",
        roles=AMBASSADORS,
    )
    async def channel_command(self, turn: Turn, args: str) -> None:
        if await asks_a_question(turn, args):
            return
        answer = fold(args)
        if answer not in YES and answer not in NO:
            turn.say(t(turn.language, "usage", usage=t(turn.language, "channel_usage")))
            return
        await self._set(turn, "channel", answer in YES)

    @on_action(PREF_ACTION)
    async def pref_clicked(self, turn: Turn, action: Action) -> None:
        option, _, value = action.value.partition(":")
        if option not in OPTIONS or value not in ("on", "off"):
            turn.say(turn.t("core.stale_action"), ephemeral=True)
            return
        await self._set(turn, option, value == "on")

    async def _set(self, turn: Turn, option: str, value: bool) -> None:
        me = await self._me(turn)
        book = PreferenceBook(self.db, self.clock)
        assert me.id is not None
        where = turn.incoming.platform.value
        await asyncio.to_thread(book.set, me.id, OPTIONS[option], value, platform=where)
        turn.say(t(turn.language, f"{option}_{'on' if value else 'off'}"))
        if option == "board" and value:
            await self._show_board(turn)

    async def _show_board(self, turn: Turn) -> None:
        assert turn.client is not None
        me = await self._me(turn)
        today = person_today(turn.client, me, self.clock.now())
        shown = await asyncio.to_thread(board, self.db, turn.client, me, today)
        lines = board_lines(turn, shown, me.id or 0)
        lang = turn.language
        if shown.opted_in:
            turn.say("\n".join(lines))
            return
        turn.ask_choice(
            "\n".join([*lines, t(lang, "board_invite")]),
            PREF_ACTION,
            [Choice(t(lang, "board_join"), "board:on", ChoiceStyle.PRIMARY)],
        )


def own_lines(turn: Turn, view: OwnView, name: str) -> list[str]:
    assert turn.client is not None
    config, lang, state = turn.client, turn.language, view.standing
    lines = earned_lines(
        config, lang, [p.level.id for p in view.promotions], [b.rule.id for b in view.badges]
    )
    lines.append(
        t(
            lang,
            "mine_title",
            name=name or "",
            points=state.total_points,
            level=level_label(config, state.level.id, lang),
        )
    )
    following = state.next
    if following is None:
        lines.append(t(lang, "mine_top"))
    else:
        missing_points = max(following.min_points - state.points, 0)
        missing_kinds = max(following.min_kinds - state.level_kinds, 0)
        label = level_label(config, following.id, lang)
        if missing_points and missing_kinds:
            lines.append(
                t(lang, "mine_next", level=label, points=missing_points, kinds=missing_kinds)
            )
        elif missing_points:
            lines.append(t(lang, "mine_next_points", level=label, points=missing_points))
        elif missing_kinds:
            lines.append(t(lang, "mine_next_kinds", level=label, kinds=missing_kinds))
        else:
            lines.append(t(lang, "mine_next_soon", level=label))
    if state.counted_since is not None:
        lines.append(t(lang, "mine_counted_since", date=day(state.counted_since.date())))
    if state.badges:
        badges = ", ".join(badge_label(config, b, lang) for b in state.badges)
        lines.append(t(lang, "mine_badges", badges=badges))
    else:
        lines.append(t(lang, "mine_no_badges"))
    if view.pending:
        lines.append(t(lang, "mine_pending", count=view.pending))
    if not view.recent:
        lines.append(t(lang, "mine_empty"))
        return lines
    lines.append(t(lang, "mine_recent"))
    for row in view.recent:
        lines.append(
            t(
                lang,
                "mine_line",
                id=row.id,
                kind=kind_label(config, row.kind, lang),
                date=day(row.occurred_on),
                status=status_label(lang, row.status),
                points=row.points,
            )
        )
    return lines


def board_lines(turn: Turn, shown: Board, me_id: int) -> list[str]:
    assert turn.client is not None
    config, lang = turn.client, turn.language
    lines = [t(lang, "board_title")]
    if shown.me is not None:
        lines.append(t(lang, "board_me", points=shown.me.points))
    ranking = shown.ranking if shown.ranking is not None else shown.neighbours
    if shown.ranking is not None:
        lines.append(t(lang, "board_ranking"))
    elif len(shown.neighbours) > 1:
        lines.append(t(lang, "board_neighbours"))
    if ranking and (shown.ranking is not None or len(ranking) > 1):
        for entry in ranking:
            key = "board_line_me" if entry.person_id == me_id else "board_line"
            lines.append(t(lang, key, name=entry.name, points=entry.points))
    lines.append(t(lang, "board_thanks", month=f"{shown.month:%m/%Y}"))
    if not shown.thanks:
        lines.append(t(lang, "board_thanks_none"))
    for thanks in shown.thanks:
        names = ", ".join(thanks.names)
        if thanks.others and names:
            names = f"{names} {t(lang, 'board_others', count=thanks.others)}"
        elif thanks.others:
            names = t(lang, "board_others_only", count=thanks.others)
        lines.append(
            t(
                lang,
                "board_thanks_line",
                kind=kind_label(config, thanks.kind, lang),
                count=thanks.count,
                names=names,
            )
        )
    return lines
