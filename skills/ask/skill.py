"""The `ask` skill: questions answered from the client's documents, with their sources.

It takes every message nothing else took (the fallback route), files a community
manager sends, 👍/👎 clicks on its answers, and the `lacunes`/`gaps` command.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

from bot.core.messages import Action, Choice, ChoiceStyle, Target
from bot.core.numbers import BadNumber, parse_id, shorten
from bot.core.periods import parse_since
from bot.core.registry import (
    STAFF_ROLES,
    Skill,
    SkillRegistry,
    command,
    fallback,
    matcher,
    on_action,
    shortcut,
)
from bot.core.turn import AnswerOutcome, Turn
from bot.handoff.api import REQUEST_ACTION
from bot.policy.audience import answer_sensitivities, direct_sensitivities, most_sensitive
from bot.store.database import Database
from bot.store.models import AnswerRecord
from bot.tenants import Role
from knowledge.access import sensitivities_for_role
from knowledge.sensitivity import INTERNAL, LEVELS
from knowledge.text import detect_language, query_terms
from skills.ask.answering import (
    EXTRACTIVE,
    AnswerSources,
    Grounded,
    Question,
    answer_question,
    more_elsewhere,
)
from skills.ask.gaps import counted, period_label, split_gaps
from skills.ask.junk import Junk, JunkKind, junk_in
from skills.ask.own_identifiers import without_identifiers
from skills.ask.records import HELPFUL, NOT_HELPFUL, AnswerLog, Asker, FeedbackOutcome
from skills.ask.smalltalk import is_acknowledgement
from skills.ask.sources import related_context, sources_context, stored_sources
from skills.ask.upload import ingest_attachment

FEEDBACK_ACTION = "ask.feedback"
HANDOFF_VALUE = "ask"
FULL_ANSWER_ACTION = "ask.full_answer"  # value: the id of the question's answer record
TITLE_QUESTION_CHARS = 120
DEFAULT_GAP_PERIOD = "30d"
GAPS_SHOWN = 10
_FEEDBACK_VALUES = {"up": HELPFUL, "down": NOT_HELPFUL}


def has_attachments(turn: Turn) -> bool:
    return bool(turn.incoming.attachments)


def asker_of(turn: Turn) -> Asker:
    incoming = turn.incoming
    return Asker(turn.client_name, incoming.platform.value, incoming.user_id)


class AskSkill(Skill):
    name = "ask"

    def __init__(self, answers: AnswerLog, sources: AnswerSources) -> None:
        self.answers = answers
        self.sources = sources

    # -- questions -------------------------------------------------------------------------
    @fallback()
    async def ask(self, turn: Turn) -> None:
        assert turn.client is not None and turn.role is not None
        question = turn.text.strip()
        junk = junk_in(question, turn.registry.flow_words)
        if junk is not None:  # not a question: no "I don't know", no knowledge gap
            self._say_not_a_question(turn, junk)
            return
        if not query_terms(question):
            turn.say(turn.t("core.not_understood"))
            return
        if is_acknowledgement(question):
            turn.say(turn.t("ask.you_are_welcome"))
            return
        if detect_language(question) == "english":
            turn.language = "en"  # answer in the language of the question
        has_documents = await asyncio.to_thread(self.sources.knowledge.documents, turn.client_name)
        # Answered for where it is shown: a channel everyone reads gets public passages only.
        asked = self._question(turn, question, answer_sensitivities(turn))
        if not has_documents:
            grounded = Grounded(
                answered=False, text=turn.t("ask.no_documents", client=turn.client.title)
            )
        else:
            grounded = await answer_question(self.sources, asked)
        restricted = not grounded.answered and await self._answered_above(turn, question)
        record = await asyncio.to_thread(self._record, turn, question, grounded, restricted)
        # For the handoff post-check: repeated "I don't know", weak support on a sensitive topic.
        turn.answer = AnswerOutcome(grounded.answered, grounded.support)
        self._show(turn, grounded, record)
        if has_documents and await more_elsewhere(self.sources, asked, direct_sensitivities(turn)):
            # For the asker's eyes only: nobody else could use it (nor click it away).
            choice = Choice(turn.t("audience.send_dm"), str(record.id), ChoiceStyle.PRIMARY)
            turn.ask_choice(
                turn.t("audience.limited"), FULL_ANSWER_ACTION, [choice], ephemeral=True
            )

    @staticmethod
    def _question(turn: Turn, text: str, audience: frozenset[str]) -> Question:
        assert turn.client is not None
        return Question(
            client=turn.client_name,
            client_title=turn.client.title,
            audience=audience,
            lang=turn.language,
            text=text,
            conversation_id=turn.incoming.conversation_key,
        )

    def _show(self, turn: Turn, grounded: Grounded, record: AnswerRecord, **options: Any) -> None:
        shown = grounded.sources if grounded.answered else grounded.related
        # What the passages shown are: stage 8 keeps them from an audience that may not see it.
        options["sensitivity"] = most_sensitive(hit.sensitivity for hit in shown)
        if grounded.answered:
            self._say_answer(turn, grounded, record, **options)
        else:
            related = related_context(turn.language, grounded.related)
            self._offer_human(turn, grounded.text, related, **options)

    @on_action(FULL_ANSWER_ACTION)
    async def full_answer(self, turn: Turn, action: Action) -> None:
        """The answer of a question asked in a channel everyone reads, sent to the asker's DM:
        judged by that destination (the asker's role), not by the channel."""
        record = None
        record_id = parse_id(action.value, prefixed=False)
        if not isinstance(record_id, BadNumber):
            record = await asyncio.to_thread(self.answers.get, record_id)
        if record is None or record.client != turn.client_name:
            turn.say(turn.t("audience.not_found"), ephemeral=True)
            return
        asker = asker_of(turn)
        if (record.platform, record.user_id) != (asker.platform, asker.user_id):
            turn.say(turn.t("audience.not_yours"), ephemeral=True)
            return
        turn.language = record.language
        grounded = await answer_question(
            self.sources, self._question(turn, record.question, direct_sensitivities(turn))
        )
        answer = await asyncio.to_thread(self._record, turn, record.question, grounded)
        shown = record.question
        if len(shown) > TITLE_QUESTION_CHARS:
            shown = shown[: TITLE_QUESTION_CHARS - 1].rstrip() + "…"
        title = turn.t("audience.dm_title", question=shown)
        self._show(turn, grounded, answer, target=Target.DIRECT, title=title)
        turn.say(turn.t("audience.sent"), ephemeral=True)

    @staticmethod
    def _say_not_a_question(turn: Turn, junk: Junk) -> None:
        skill = turn.registry.skills.get(junk.skill or "")
        if junk.kind is JunkKind.FLOW_WORD and skill is not None and skill.out_of_flow:
            turn.say(turn.t(skill.out_of_flow, word=junk.word))
        else:
            turn.say(turn.t("core.not_understood"))

    async def _answered_above(self, turn: Turn, question: str) -> bool:
        """Whether documents above the asker's sensitivities answer it (a restricted gap).

        Retrieval and the offline extractive check only: nothing goes to a chat model, and
        the asker is told nothing more than "I don't know".
        """
        assert turn.role is not None
        if sensitivities_for_role(turn.role.value) >= set(LEVELS):
            return False
        wider = await self.sources.knowledge.aanswer(
            turn.client_name,
            without_identifiers(question),
            allowed_sensitivities=LEVELS,
            lang=turn.language,
        )
        return wider.answered

    def _record(
        self, turn: Turn, question: str, grounded: Grounded, restricted: bool = False
    ) -> AnswerRecord:
        assert turn.role is not None
        return self.answers.record(
            asker_of(turn),
            role=turn.role.value,
            language=turn.language,
            question=question,
            answered=grounded.answered,
            answer=grounded.text,
            sources=stored_sources(grounded.sources),
            support=grounded.support,
            generated_by=grounded.generated_by,
            restricted=restricted,
        )

    @staticmethod
    def _say_answer(turn: Turn, grounded: Grounded, record: AnswerRecord, **options: Any) -> None:
        context = sources_context(turn.language, grounded.sources)
        if grounded.generated_by != EXTRACTIVE:
            context += "\n" + turn.t("ask.generated_note")
        turn.ask_choice(
            grounded.text,
            FEEDBACK_ACTION,
            [
                Choice(turn.t("ask.feedback.up"), f"up:{record.id}"),
                Choice(turn.t("ask.feedback.down"), f"down:{record.id}"),
            ],
            context=context,
            **options,
        )

    @staticmethod
    def _offer_human(turn: Turn, message: str, context: str | None = None, **options: Any) -> None:
        choice = Choice(turn.t("ask.human_choice"), HANDOFF_VALUE, ChoiceStyle.PRIMARY)
        turn.ask_choice(message, REQUEST_ACTION, [choice], context=context, **options)

    # -- feedback --------------------------------------------------------------------------
    @on_action(FEEDBACK_ACTION)
    async def feedback(self, turn: Turn, action: Action) -> None:
        kind, _, raw_id = action.value.partition(":")
        value = _FEEDBACK_VALUES.get(kind)
        record_id = parse_id(raw_id, prefixed=False)
        if value is None or isinstance(record_id, BadNumber):
            turn.say(turn.t("ask.feedback.not_found"), ephemeral=True)
            return
        outcome = await asyncio.to_thread(
            self.answers.set_feedback, record_id, asker_of(turn), value
        )
        if outcome is not FeedbackOutcome.SAVED:
            turn.say(turn.t(f"ask.feedback.{outcome.value}"), ephemeral=True)
        elif value == HELPFUL:
            turn.say(turn.t("ask.feedback.thanks_up"), ephemeral=True)
        else:
            self._offer_human(
                turn, f"{turn.t('ask.feedback.thanks_down')} {turn.t('ask.human_prompt')}"
            )

    # -- knowledge gaps --------------------------------------------------------------------
    @shortcut("ask.gaps.shortcut", rank=40)
    @command(
        "lacunes",
        "gaps",
        summary="ask.gaps.summary",
        usage="ask.gaps.usage",
        roles=STAFF_ROLES,
        flow_args=r"\d+(?:[.,]\d+)?\s*[a-z]?|\d{4}-\d{2}-\d{2}\S*",
    )
    async def gaps(self, turn: Turn, args: str) -> None:
        period = args.strip() or DEFAULT_GAP_PERIOD
        start = parse_since(period)
        if start is None:
            turn.say(turn.t("ask.gaps.bad_period", value=shorten(period, 40)), ephemeral=True)
            return
        records = await asyncio.to_thread(self.answers.gaps, turn.client_name, since=start)
        since = period_label(turn.language, period, start)
        if not records:
            turn.say(turn.t("ask.gaps.empty", since=since))
            return
        open_groups, restricted = split_gaps(records)
        asked = sum(group.count for group in open_groups)
        lines = [
            turn.t(
                "ask.gaps.title",
                since=since,
                questions=counted(turn.language, "ask.gaps.questions", asked),
                topics=counted(turn.language, "ask.gaps.topics", len(open_groups)),
            )
            if open_groups
            else turn.t("ask.gaps.no_open", since=since)
        ]
        for group in open_groups[:GAPS_SHOWN]:
            details = []
            if group.unanswered:
                details.append(turn.t("ask.gaps.asked", count=group.unanswered))
            if group.not_helpful:
                details.append(turn.t("ask.gaps.disliked", count=group.not_helpful))
            lines.append(
                turn.t("ask.gaps.line", question=group.question, details=", ".join(details))
            )
        if len(open_groups) > GAPS_SHOWN:
            lines.append(
                turn.t(
                    "ask.gaps.more", count=len(open_groups) - GAPS_SHOWN, client=turn.client_name
                )
            )
        if restricted:
            topics = counted(turn.language, "ask.gaps.topics", len(restricted))
            lines.append(turn.t("ask.gaps.restricted_title", topics=topics))
            lines += [
                turn.t("ask.gaps.restricted_line", question=g.question, count=g.count)
                for g in restricted[:GAPS_SHOWN]
            ]
        turn.say("\n".join(lines), sensitivity=INTERNAL)  # people's questions: staff only

    # -- documents sent in chat ------------------------------------------------------------
    @matcher(has_attachments)
    async def upload(self, turn: Turn) -> None:
        assert turn.client is not None
        if turn.role is not Role.COMMUNITY_MANAGER:
            turn.say(turn.t("ask.upload.refused"), ephemeral=True)
            return
        lines = [
            await ingest_attachment(self.sources.knowledge, turn.client, attachment, turn.language)
            for attachment in turn.incoming.attachments
        ]
        lines.append(turn.t("ask.upload.summary"))
        turn.say("\n".join(lines))


class AskDeps(AnswerSources, Protocol):
    """What the ask skill is built with: the answer log's database, and `AnswerSources`."""

    @property
    def db(self) -> Database: ...


def setup(registry: SkillRegistry, deps: AskDeps) -> None:
    registry.register(AskSkill(AnswerLog(deps.db), deps))
