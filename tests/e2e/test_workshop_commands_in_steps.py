"""Item 6 of issue 13: at a workshop step, commands stay commands and questions are asked about."""

from __future__ import annotations

import pytest

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from bot.core.flow_guard import ANSWER, PENDING_ACTION, PENDING_KEY, QUESTION, looks_like_question
from bot.settings import Settings
from skills.workshop.base import WorkshopBase
from tests.e2e.workshop_support import answer, code_of, person, repository

PURPOSE_STEP = "Étape 1/6"


async def at_purpose_step(assistant: Assistant, user: str = "lea") -> ConsoleSession:
    code = code_of(await person(assistant, "hugo", "facilitator").send("atelier nous"))
    participant = person(assistant, user, "community_manager")
    assert PURPOSE_STEP in await answer(participant, f"rejoindre {code}")
    return participant


def stored(assistant: Assistant, user: str = "lea") -> dict:
    rows = [
        r for r in repository(assistant).participant_answers("acme", "nous") if r.user_id == user
    ]
    return {step: kept.value for step, kept in rows[0].answers.items()} if rows else {}


def pending_of(assistant: Assistant, session: ConsoleSession) -> object:
    key = session._incoming().conversation_key
    return assistant.services.conversations.load_state(key).get(PENDING_KEY)


async def test_i13_6_aide_at_the_purpose_step_is_help_not_the_purpose(assistant: Assistant):
    lea = await at_purpose_step(assistant)
    text = await answer(lea, "aide")
    assert "Voici ce que je peux faire pour vous" in text
    assert "L'étape en cours vous attend toujours" in text
    assert stored(assistant) == {}
    assert PURPOSE_STEP in await answer(lea, "reprendre")
    await answer(lea, "Aider chaque cycliste à oser le vélo.")
    assert stored(assistant) == {"purpose": "Aider chaque cycliste à oser le vélo."}


async def test_i13_6_no_registered_command_word_is_ever_stored_as_an_answer(
    assistant: Assistant,
):
    """Every word of every skill, in both languages, straight from the registry."""
    lea = await at_purpose_step(assistant)
    words = sorted(
        {w for spec in assistant.registry.command_specs(planned=True) for w in spec.words}
    )
    assert {"aide", "help", "langue", "language", "prendre", "claim", "mes points"} <= set(words)
    for word in words:
        await answer(lea, word)
        assert stored(assistant) == {}, word
    await answer(lea, "langue fr")
    assert PURPOSE_STEP in await answer(lea, "reprendre")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("statut", PURPOSE_STEP),
        ("status", PURPOSE_STEP),
        ("retour", "Vous êtes déjà à la première étape"),
        ("passer", "ne peut pas être passée"),
        ("modifier", "Je ne trouve pas l'étape"),
        ("pause", "en pause : vos réponses sont gardées"),
    ],
)
async def test_i13_6_workshop_words_are_never_stored_either(
    assistant: Assistant, word: str, expected: str
):
    lea = await at_purpose_step(assistant)
    assert expected in await answer(lea, word)
    assert stored(assistant) == {}


async def test_i13_6_command_with_its_arguments_runs_but_a_sentence_is_an_answer(
    assistant: Assistant,
):
    lea = await at_purpose_step(assistant)
    text = await answer(lea, "langue en")
    assert "I'll talk to you in English" in text
    assert stored(assistant) == {}
    assert "Aucun relais n° 12" in await answer(lea, "langue fr", "prendre 12")
    assert stored(assistant) == {}
    await answer(lea, "aide les cyclistes du quotidien à se sentir en sécurité")
    assert stored(assistant) == {
        "purpose": "aide les cyclistes du quotidien à se sentir en sécurité"
    }


async def test_i13_6_a_question_at_a_step_is_asked_about_then_answered_as_a_question(
    assistant: Assistant,
):
    lea = await at_purpose_step(assistant)
    replies = await lea.send("C'est quoi une raison d'être ?")
    [ask] = replies
    assert "est-ce votre réponse à l'étape en cours, ou une question pour moi ?" in ask.text
    assert [c.value for c in ask.choices] == [ANSWER, QUESTION]
    assert stored(assistant) == {}
    assert pending_of(assistant, lea)  # kept in the conversation state, not in memory
    text = render_all(await lea.send("2"))  # "C'est une question"
    assert "Je n'ai encore aucun document pour le programme" in text  # the ask skill answered
    assert "L'étape en cours vous attend toujours" in text
    assert stored(assistant) == {}
    assert pending_of(assistant, lea) is None
    assert PURPOSE_STEP in await answer(lea, "reprendre")


async def test_i13_6_choosing_answer_stores_the_kept_text(assistant: Assistant):
    lea = await at_purpose_step(assistant)
    await lea.send("Pourquoi pas aider les gens à rouler ?")
    text = render_all(await lea.send("1"))  # "C'est ma réponse"
    assert "C'est noté" in text and "Étape 2/6" in text
    assert stored(assistant) == {"purpose": "Pourquoi pas aider les gens à rouler ?"}


async def test_i13_6_the_kept_text_survives_a_restart(assistant: Assistant, settings: Settings):
    lea = await at_purpose_step(assistant)
    await lea.send("Comment vous définissez une raison d'être ?")
    restarted = Assistant.build(settings)  # a new process over the same home
    try:
        again = ConsoleSession(restarted, client="acme", user_id="lea", role="community_manager")
        text = render_all(await again.click(PENDING_ACTION, ANSWER))
        assert "C'est noté" in text
        assert stored(restarted) == {"purpose": "Comment vous définissez une raison d'être ?"}
    finally:
        await restarted.aclose()


async def test_i13_6_a_kept_answer_is_not_filed_under_a_later_step(assistant: Assistant):
    lea = await at_purpose_step(assistant)
    await lea.send("Est-ce que ça doit tenir en une phrase ?")
    await answer(lea, "Rendre le vélo évident.")  # answered the step meanwhile
    text = render_all(await lea.click(PENDING_ACTION, ANSWER))
    assert "L'étape a changé entre-temps" in text
    assert stored(assistant) == {"purpose": "Rendre le vélo évident."}


async def test_i13_6_a_stale_or_forged_choice_is_refused(assistant: Assistant):
    lea = await at_purpose_step(assistant)
    assert "n'est plus actif" in render_all(await lea.click(PENDING_ACTION, ANSWER))
    await lea.send("c'est quoi un KPI ?")
    assert "n'est plus actif" in render_all(await lea.click(PENDING_ACTION, "drop table"))
    assert pending_of(assistant, lea)  # still kept: nothing lost on a bad click


def test_i13_6_workshop_words_are_declared_to_the_registry(assistant: Assistant):
    assert {"retour", "passer", "pause", "reprendre", "statut"} <= set(
        assistant.registry.flow_words
    )
    assert WorkshopBase.out_of_flow


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("C'est quoi un KPI ?", True),
        ("c’est quoi un indicateur", True),
        ("Comment je dois répondre", True),
        ("pouvez-vous reformuler", True),
        ("je ne comprends pas la question", True),
        ("What does purpose mean", True),
        ("Pourquoi pas ?", True),
        ("Aider chaque cycliste à oser le vélo.", False),
        ("Quand nos clients parlent de nous, ils vendent mieux.", False),
        ("1, 3", False),
        ("8", False),
        ("Est-ce " + "vraiment " * 30 + "utile ?", False),  # long: an answer, not a question
    ],
)
def test_i13_6_what_looks_like_a_question_to_the_bot(message: str, question: bool):
    assert looks_like_question(message) is question
