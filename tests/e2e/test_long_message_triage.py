"""A message too long for the skills is still read by the handoff rules."""

from __future__ import annotations

from bot.assistant import Assistant
from tests.conftest import SessionFactory

# An ordinary message, however long. (The first padding, "Je vous écris au sujet du
# programme et de mes dernières contributions.", is one of the learned model's known false
# alarms: a formal letter about one's contributions reads like a request. The second,
# "Voici le compte rendu de la dégustation de samedi au stand, tout s'est bien passé.",
# repeated 160 times, is one too since writer e's crisis messages joined the corpus: the
# model gives the repetition crisis 0.27, above model.serious_from, the sentence alone 0.11.)
PADDING = "Merci pour les infos sur le calendrier des ateliers, je note les dates. " * 80


async def test_too_long_distress_message_still_gets_the_helpline(
    session: SessionFactory, assistant: Assistant
):
    message = "Je n'en peux plus, j'ai envie de mourir. " + PADDING
    assert len(message) > 4000

    replies = await session("lea", role="ambassador").send(message)

    texts = [r.text for r in replies]
    assert any("trop long" in t for t in texts)
    assert any("3114" in t for t in texts)


async def test_too_long_ordinary_message_is_refused_and_not_answered(
    session: SessionFactory, assistant: Assistant
):
    replies = await session("lea", role="ambassador").send(PADDING + PADDING)

    assert len(replies) == 1 and "trop long" in replies[0].text
