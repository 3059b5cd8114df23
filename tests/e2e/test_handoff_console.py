"""End-to-end through the console: each handoff category, the quiet state, relay, give-back."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from bot.core.messages import Reply, Target
from bot.core.registry import Skill, command, flow_step
from bot.core.turn import AnswerOutcome, Turn
from bot.handoff.api import Handoff, escalation_job_id
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory
from tests.conftest import SessionFactory

STAFF = "C-CM"


@pytest.fixture(autouse=True)
def staffed(settings: Settings, acme: ClientConfig) -> ClientConfig:
    """acme with a staff channel, support hours and an escalation chain (before the bot starts)."""
    config = ClientConfig.model_validate(
        {
            **acme.model_dump(),
            "slack": {**acme.slack.model_dump(), "handoff_channel": STAFF},
            "handoff": {
                "support_hours": "du lundi au vendredi, 9h-18h",
                "contacts": ["boss", "director"],
            },
        }
    )
    ClientDirectory(settings.clients_dir).save(config, overwrite=True)
    return config


def handoffs(assistant: Assistant) -> list[Handoff]:
    with assistant.services.db.session() as session:
        return list(session.exec(select(Handoff).order_by(Handoff.id)))


def card_of(replies: list[Reply]) -> Reply:
    [card] = [r for r in replies if r.target is Target.CHANNEL]
    return card


def said_to(replies: list[Reply], user: str) -> list[str]:
    return [r.text for r in replies if r.target is Target.DIRECT and r.user_id == user]


CATEGORY_MESSAGES = [
    ("explicit_request", "Je voudrais parler à une vraie personne, s'il vous plaît."),
    ("distress", "Je n'en peux plus, j'ai envie de mourir."),
    ("anger", "C'est inadmissible, trois semaines que j'attends mes points, je suis furieux !"),
    ("legal", "Je vais porter plainte et contacter mon avocat au sujet de ce contrat."),
    ("privacy_request", "Je veux que vous supprimiez toutes mes données personnelles (RGPD)."),
    ("crisis", "Au salon, un visiteur a fait un malaise sur notre stand, les pompiers arrivent."),
    ("harassment", "Un autre ambassadeur m'envoie des messages insultants et me harcèle."),
]


@pytest.mark.parametrize(
    ("category", "message"), CATEGORY_MESSAGES, ids=[c for c, _ in CATEGORY_MESSAGES]
)
async def test_each_category_hands_the_conversation_to_a_person(
    session: SessionFactory, assistant: Assistant, category: str, message: str
):
    replies = await session("lea", role="ambassador").send(message)

    told = [r for r in replies if r.target is Target.SAME]
    assert "une personne de l'équipe" in told[-1].text
    assert "du lundi au vendredi, 9h-18h" in told[-1].text and "30 min" in told[-1].text
    card = card_of(replies)
    assert card.channel_id == STAFF
    assert card.title is not None and "Relais n° 1" in card.title
    assert [c.value for c in card.choices] == ["claim:1", "giveback:1"]
    assert message[:30] in card.text and message[:30] in (card.context or "")
    [row] = handoffs(assistant)
    assert (row.category, row.status, row.user_id) == (category, "open", "lea")
    assert row.rule and row.urgency in {"normal", "high", "critical"}
    assert assistant.services.scheduler.due_at(escalation_job_id(1)) is not None


async def test_distress_gets_the_helpline_at_once(session: SessionFactory, assistant: Assistant):
    replies = await session("lea").send("Je n'en peux plus, j'ai envie de mourir.")
    assert "3114" in replies[0].text and replies[0].target is Target.SAME
    assert card_of(replies).title.startswith("🚨")
    [row] = handoffs(assistant)
    assert row.danger and row.urgency == "critical"


async def test_helpline_number_is_configurable_per_client(
    settings: Settings, assistant: Assistant, staffed: ClientConfig
):
    config = ClientConfig.model_validate(
        {**staffed.model_dump(), "name": "belgo", "handoff": {"helpline": "0800 32 123"}}
    )
    ClientDirectory(settings.clients_dir).save(config)
    lea = ConsoleSession(assistant, client="belgo", user_id="lea")
    replies = await lea.send("J'ai envie de mourir, je ne vois plus d'issue.")
    assert "0800 32 123" in replies[0].text and "3114" not in replies[0].text


async def test_english_speaker_is_told_in_english(session: SessionFactory):
    replies = await session("sam").send("I would like to talk to a real person please.")
    told = [r.text for r in replies if r.target is Target.SAME]
    assert told[-1].startswith("I'm handing over to a person")
    assert card_of(replies).title.startswith("🙋 Relais")  # staff read the client's language


async def test_harmless_idioms_do_not_hand_off(session: SessionFactory, assistant: Assistant):
    replies = await session("lea").send(
        "Bonjour ! Cette bière est une tuerie, je meurs d'envie de venir."
    )
    assert not any(r.target is Target.CHANNEL for r in replies)
    assert handoffs(assistant) == []


async def test_handed_off_conversation_stays_quiet(session: SessionFactory, assistant: Assistant):
    lea = session("lea", role="ambassador")
    await lea.send("Je voudrais parler à une vraie personne, s'il vous plaît.")
    assert await lea.send("aide") == []
    assert await lea.send("Vous êtes là ?") == []
    # What she said while waiting reaches the person who claims it, on the card and after.
    cm = session("camille", role="community_manager")
    await cm.send("prendre 1")
    replies = await lea.send("Merci de votre patience")
    [relayed] = replies
    assert relayed.target is Target.CHANNEL and relayed.channel_id == STAFF
    assert relayed.text == "💬 Relais n° 1 · lea : Merci de votre patience"


async def test_i15_1_distress_in_an_open_relay_renotifies_at_critical_urgency(
    session: SessionFactory, assistant: Assistant
):
    lea = session("lea")
    await lea.send("Le bot n'arrive pas à répondre, je voudrais parler à une personne.")
    [opened] = handoffs(assistant)
    assert opened.urgency == "normal" and not opened.danger

    replies = await lea.send("En fait je pense au suicide, je n'en peux plus.")

    told = [r for r in replies if r.target is Target.SAME]
    assert len(told) == 2 and "3114" in told[0].text
    # "The team was alerted" is said only once the new card is delivered.
    assert "alerté l'équipe" in told[1].text and told[1].after == card_of(replies).key
    assert told[1].otherwise is not None and "pas réussi" in told[1].otherwise.text
    [row] = handoffs(assistant)
    assert (row.urgency, row.danger, row.category) == ("critical", True, "distress")
    assert row.escalations[-1]["raised"] == "critical" and row.escalations[-1]["from"] == "normal"
    card = card_of(replies)  # the staff channel sees the message now, before any claim
    assert card.channel_id == STAFF and card.title is not None and card.title.startswith("🚨")
    assert "je pense au suicide" in (card.context or "")
    assert "Urgence relevée" in card.text
    # The escalation chain is told at once, not after the claim delay.
    assert {r.user_id for r in replies if r.target is Target.DIRECT} == {"boss", "director"}


async def test_i15_1_a_second_danger_message_does_not_notify_twice(
    session: SessionFactory, assistant: Assistant
):
    lea = session("lea")
    await lea.send("Je n'en peux plus, j'ai envie de mourir.")
    replies = await lea.send("Je pense vraiment au suicide.")
    assert [r for r in replies if r.target is not Target.SAME] == []
    assert "3114" in replies[0].text


async def test_i15_1_anger_in_a_claimed_relay_reaches_the_claimer_directly(
    session: SessionFactory, assistant: Assistant
):
    lea, cm = session("lea"), session("camille", role="community_manager")
    await lea.send("Je voudrais parler à une vraie personne, s'il vous plaît.")
    await cm.send("prendre 1")
    replies = await lea.send("C'est inadmissible, ça fait trois semaines, je suis furieuse !")
    assert handoffs(assistant)[0].urgency == "high"
    direct = {r.user_id for r in replies if r.target is Target.DIRECT}
    assert "camille" in direct and {"boss", "director"} <= direct
    relayed = [r for r in replies if r.target is Target.CHANNEL and r.text.startswith("💬")]
    assert len(relayed) == 1


async def test_i15_1_a_calm_message_in_an_open_relay_stays_quiet(
    session: SessionFactory, assistant: Assistant
):
    lea = session("lea")
    await lea.send("Je voudrais parler à une vraie personne, s'il vous plaît.")
    assert await lea.send("D'accord, j'attends, merci.") == []
    assert handoffs(assistant)[0].urgency == "normal"


async def test_i15_2_staff_asking_for_a_person_are_never_silenced(
    session: SessionFactory, assistant: Assistant
):
    cm = session("camille", role="community_manager")
    replies = await cm.click("handoff:request", "")
    assert "<#C-CM>" in replies[0].text
    assert handoffs(assistant) == []
    assert "relais" in render_all(await cm.send("aide"))
    facilitator = session("hugo", role="facilitator")
    replies = await facilitator.send("Je voudrais parler à une vraie personne, s'il vous plaît.")
    assert "<#C-CM>" in replies[0].text and handoffs(assistant) == []
    assert "atelier" in render_all(await facilitator.send("aide"))


async def test_i15_2_the_card_transcript_shows_both_sides(
    session: SessionFactory, assistant: Assistant
):
    lea = session("lea")
    await lea.send("Bonjour, combien de points pour un témoignage ?")
    replies = await lea.send("Je voudrais parler à une vraie personne, s'il vous plaît.")
    context = card_of(replies).context or ""
    assert "lea : Bonjour, combien de points" in context
    assert "ambassade :" in context or "bot :" in context.lower()


async def test_i15_4_open_relays_are_listed_critical_first(
    session: SessionFactory, assistant: Assistant
):
    await session("lea").send("Je voudrais parler à une vraie personne, s'il vous plaît.")
    await session("marc").send("Je vais porter plainte et contacter mon avocat.")
    await session("zoe").send("Je n'en peux plus, j'ai envie de mourir.")
    listing = render_all(await session("camille", role="community_manager").send("relais"))
    positions = [listing.index(f"· {name}") for name in ("zoe", "marc", "lea")]
    assert positions == sorted(positions), listing


async def test_relay_both_ways_and_give_back(session: SessionFactory, assistant: Assistant):
    lea, cm = session("lea", role="ambassador"), session("camille", role="community_manager")
    await lea.send("Je vais porter plainte et contacter mon avocat au sujet de ce contrat.")

    listing = render_all(await cm.send("relais"))
    assert "n° 1 · question juridique · urgence haute · lea" in listing and "en attente" in listing

    replies = await cm.send("prendre 1")
    assert replies[0].ephemeral and "pris en charge le relais n° 1" in replies[0].text
    assert said_to(replies, "lea") == [
        "camille de l'équipe a pris votre demande en charge et vous répond ici."
    ]
    assert assistant.services.scheduler.due_at(escalation_job_id(1)) is None

    replies = await cm.send("repondre 1 Bonjour Léa, je regarde votre contrat.")
    assert said_to(replies, "lea") == [
        "💬 camille (équipe) : Bonjour Léa, je regarde votre contrat."
    ]
    confirmation = next(r for r in replies if r.target is Target.SAME)
    assert confirmation.text == "Transmis à lea (relais n° 1)."
    assert (await lea.send("Merci !"))[0].text == "💬 Relais n° 1 · lea : Merci !"

    replies = await cm.send("rendre 1")
    assert "Relais n° 1 clos" in replies[0].text
    assert "Je reprends la conversation" in said_to(replies, "lea")[0]
    assert "Bonjour lea" in (await lea.send("Bonjour"))[0].text  # the bot answers again
    [row] = handoffs(assistant)
    assert row.status == "resolved" and row.claimed_by == "camille" and row.resolved_by == "camille"
    assert row.claimed_at <= row.resolved_at
    assert "Aucun relais ouvert" in (await cm.send("relais"))[0].text


async def test_claim_and_give_back_with_the_card_buttons(
    session: SessionFactory, assistant: Assistant
):
    await session("lea").send("Je veux parler à un humain.")
    ambassador = await session("paul", role="ambassador").click("handoff:card", "claim:1")
    assert "Seule l'équipe" in ambassador[0].text
    cm = session("camille", role="community_manager")
    assert "pris en charge" in (await cm.click("handoff:card", "claim:1"))[0].text
    assert "déjà pris en charge par camille" in (await cm.click("handoff:card", "claim:1"))[0].text
    assert "clos" in (await cm.click("handoff:card", "giveback:1"))[0].text
    assert handoffs(assistant)[0].status == "resolved"


async def test_open_handoffs_list_offers_claim_buttons_for_those_still_waiting(
    session: SessionFactory, assistant: Assistant
):
    await session("lea").send("Je veux parler à un humain.")
    await session("paul").send("Je voudrais parler à une vraie personne, s'il vous plaît.")
    cm = session("camille", role="community_manager")
    await cm.send("prendre 1")

    [listing] = await cm.send("relais")

    assert "n° 1" in listing.text and "n° 2" in listing.text
    assert [(c.label, c.value) for c in listing.choices] == [("Prendre le n° 2", "claim:2")]
    clicked = await cm.click(listing.action_id or "", listing.choices[0].value)
    assert "pris en charge le relais n° 2" in clicked[0].text
    assert [row.status for row in handoffs(assistant)] == ["claimed", "claimed"]


async def test_give_back_in_english_words(session: SessionFactory, assistant: Assistant):
    await session("sam").send("I want to talk to a human.")
    cm = session("camille", role="community_manager", lang="en")
    replies = await cm.send("give back 1")
    assert replies[0].text == "Handoff #1 closed: the bot takes the conversation with sam back."
    assert "I'm taking the conversation back" in said_to(replies, "sam")[0]
    assert (await cm.send("give back"))[0].text == "Usage: giveback <#>"


async def test_staff_commands_explain_bad_input(session: SessionFactory):
    cm = session("camille", role="community_manager")
    assert (await cm.send("prendre"))[0].text == "Usage : prendre <n°>"
    assert "« abc » n'est pas un numéro de relais" in (await cm.send("prendre abc"))[0].text
    assert "Aucun relais n° 999" in (await cm.send("prendre 999"))[0].text
    await session("lea").send("Je veux parler à un humain.")
    assert "Que voulez-vous répondre" in (await cm.send("repondre 1"))[0].text
    await cm.send("rendre 1")
    assert "déjà clos" in (await cm.send("rendre 1"))[0].text
    assert "déjà clos" in (await cm.send("repondre 1 encore là ?"))[0].text


async def test_ambassadors_cannot_use_staff_commands(session: SessionFactory):
    replies = await session("paul", role="ambassador").send("prendre 1")
    assert "community manager" in replies[0].text


async def test_other_clients_handoffs_are_invisible(
    settings: Settings, assistant: Assistant, session: SessionFactory, staffed: ClientConfig
):
    await session("lea").send("Je veux parler à un humain.")
    other = ClientConfig.model_validate(
        {**staffed.model_dump(), "name": "bravo", "slack": {"teams": ["T-B"]}}
    )
    ClientDirectory(settings.clients_dir).save(other)
    bravo_cm = ConsoleSession(assistant, client="bravo", user_id="max", role="community_manager")
    assert "Aucun relais n° 1" in (await bravo_cm.send("prendre 1"))[0].text
    assert "Aucun relais ouvert" in (await bravo_cm.send("relais"))[0].text


async def test_summary_stored_is_redacted(session: SessionFactory, assistant: Assistant):
    await session("lea").send(
        "Je veux parler à un conseiller : jean.dupont@exemple.fr ou le 06 12 34 56 78."
    )
    [row] = handoffs(assistant)
    assert "jean.dupont" not in row.summary and "06 12 34" not in row.summary
    assert "<EMAIL>" in row.summary and "<TELEPHONE>" in row.summary


async def test_two_unanswered_questions_in_a_row_hand_off(
    session: SessionFactory, assistant: Assistant
):
    lea = session("lea", role="ambassador")
    first = await lea.send("Quel est le code du wifi de l'usine ?")  # no documents: no answer
    assert not any(r.target is Target.CHANNEL for r in first)
    assert handoffs(assistant) == []
    second = await lea.send("Où se trouve le salon cette année ?")
    card = card_of(second)
    assert "le bot n'arrive pas à répondre" in card.title
    [row] = handoffs(assistant)
    assert (row.category, row.rule) == ("behaviour", "repeated_unanswered")
    # The "talk to a person?" button is gone: a person is already on the way.
    assert not any(r.choices for r in second if r.target is Target.SAME)


async def test_unanswered_sensitive_question_hands_off_at_once(
    session: SessionFactory, assistant: Assistant
):
    replies = await session("lea").send(
        "Le remboursement de mes frais de déplacement est-il prévu ?"
    )
    card_of(replies)
    [row] = handoffs(assistant)
    assert row.rule == "sensitive_low_support"


async def test_talk_to_a_person_button_of_the_ask_skill(
    session: SessionFactory, assistant: Assistant
):
    lea = session("lea")
    replies = await lea.send("Quel est le code du wifi de l'usine ?")
    offer = next(r for r in replies if r.action_id == "handoff:request")
    replies = await lea.click("handoff:request", offer.choices[0].value)
    [told] = [r for r in replies if r.target is Target.SAME]
    assert "une personne de l'équipe" in told.text
    assert "code du wifi" in card_of(replies).text
    [row] = handoffs(assistant)
    assert (row.category, row.rule) == ("explicit_request", "asked_by_button")
    assert "déjà transmise (relais n° 1)" in (await lea.click("handoff:request", "ask"))[0].text


async def test_relayed_answers_pass_the_outbound_check(session: SessionFactory):
    lea, cm = session("lea", role="ambassador"), session("camille", role="community_manager")
    replies = await lea.send("Je veux parler à un humain du Projet Zèbre.")
    card = card_of(replies)
    assert "<TERME_CONFIDENTIEL>" in card.text  # the stored summary is redacted
    assert "Projet Zèbre" in (card.context or "")  # the staff channel may read it
    replies = await cm.send("repondre 1 Le Projet Zèbre sort en mai.")
    [to_lea] = [r for r in replies if r.target is Target.DIRECT]
    assert "Zèbre" not in render_all([to_lea])


class WeakAnswer(Skill):
    """Answers with weak support and says so through the documented `Turn.answer`."""

    name = "weak"

    @command("faible", summary="core.help.summary")
    async def answer(self, turn: Turn, args: str) -> None:
        turn.say("Peut-être ?")
        turn.answer = AnswerOutcome(answered=True, support=0.1)


async def test_weakly_supported_answer_on_a_sensitive_topic_hands_off(
    session: SessionFactory, assistant: Assistant
):
    assistant.registry.register(WeakAnswer())
    replies = await session("lea").send("faible mon contrat d'assurance couvre-t-il le salon ?")
    assert replies[0].text == "Peut-être ?"
    card_of(replies)
    [row] = handoffs(assistant)
    assert row.rule == "sensitive_low_support"
    await session("paul").send("faible quelle heure est-il ?")  # not sensitive: no handoff
    assert len(handoffs(assistant)) == 1


class Survey(Skill):
    """A one-question flow: the next message is its answer."""

    name = "survey"

    @command("enquête", summary="core.help.summary")  # "sondages" is the NPS survey's
    async def start(self, turn: Turn, args: str) -> None:
        turn.state["active_flow"] = self.name
        turn.say("Qu'est-ce qui vous freine dans le programme ?")

    @flow_step()
    async def answer(self, turn: Turn) -> None:
        turn.state.pop("active_flow", None)
        turn.say(f"Noté : {turn.text}")


async def test_inside_a_flow_only_serious_messages_interrupt(
    session: SessionFactory, assistant: Assistant
):
    assistant.registry.register(Survey())
    lea = session("lea")
    await lea.send("enquête")
    replies = await lea.send("Je suis furieux, c'est inadmissible ce manque de suivi !")
    assert replies[0].text.startswith("Noté : Je suis furieux")
    assert handoffs(assistant) == []
    await lea.send("enquête")
    replies = await lea.send("Honnêtement je n'en peux plus, j'ai envie de mourir.")
    assert "3114" in replies[0].text
    assert handoffs(assistant)[0].category == "distress"
