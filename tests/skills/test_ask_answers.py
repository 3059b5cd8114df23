"""End to end through the console: questions answered from the client's own documents."""

from __future__ import annotations

from bot.adapters.console import render_all
from bot.assistant import Assistant
from tests.conftest import SessionFactory
from tests.skills.ask_support import (
    POINTS_QUESTION,
    SECRET_QUESTION,
    UNANSWERABLE,
    answer_records,
    only,
)


async def test_ambassador_gets_a_quoted_answer_with_numbered_sources(
    documented: Assistant, session: SessionFactory
):
    reply = only(await session("lea", role="ambassador").send(POINTS_QUESTION))
    assert "« Un témoignage vidéo rapporte 60 points." in reply.text
    assert "[1]" in reply.text
    assert reply.context is not None
    assert reply.context.startswith("Sources :")
    assert (
        "[1] Charte des ambassadeurs Acme › Points" in reply.context and "Points" in reply.context
    )
    assert [c.label for c in reply.choices] == ["👍 Utile", "👎 Pas utile"]
    assert reply.action_id == "ask.feedback"


async def test_every_question_is_stored_before_the_reply(
    documented: Assistant, session: SessionFactory
):
    await session("lea", role="ambassador").send(POINTS_QUESTION)
    [record] = answer_records(documented)
    assert (record.client, record.user_id, record.role) == ("acme", "lea", "ambassador")
    assert record.answered and record.question == POINTS_QUESTION
    assert record.language == "fr" and record.generated_by == "extractive"
    assert record.sources[0]["document"] == "charte.md" and record.sources[0]["n"] == 1


async def test_ambassador_never_sees_a_confidential_document_a_community_manager_does(
    documented: Assistant, session: SessionFactory
):
    manager = only(await session("camille", role="community_manager").send(SECRET_QUESTION))
    assert "vélo cargo électrique pliant" in manager.text
    assert "Feuille de route 2028 › Projet Héron" in (manager.context or "")

    ambassador = await session("lea", role="ambassador").send(SECRET_QUESTION)
    shown = render_all(ambassador)
    assert "cargo" not in shown and "3 990" not in shown and "Feuille de route" not in shown
    assert "Je ne sais pas" in shown
    stored = answer_records(documented)[-1]
    assert not stored.answered and stored.sources == []


async def test_unanswerable_question_says_so_offers_a_human_and_is_stored_as_a_gap(
    documented: Assistant, session: SessionFactory
):
    reply = only(await session("lea", role="ambassador").send(UNANSWERABLE))
    assert reply.text.startswith("Je ne sais pas")
    assert reply.action_id == "handoff:request"
    assert [(c.label, c.value) for c in reply.choices] == [("🙋 Parler à une personne", "ask")]
    [record] = answer_records(documented)
    assert not record.answered and record.question == UNANSWERABLE


async def test_an_i_dont_know_points_to_the_closest_passages_when_there_are_some(
    documented: Assistant, session: SessionFactory
):
    lea = session("lea", role="ambassador")
    near = only(await lea.send("Un nouvel arrivant a droit à quel cadeau ?"))
    assert near.text.startswith("Je ne sais pas") and near.action_id == "handoff:request"
    assert (near.context or "").startswith(
        "Ces passages en parlent peut-être :\n[1] Charte des ambassadeurs Acme › "
    )
    assert "Kit de bienvenue" in (near.context or "")
    assert not answer_records(documented)[-1].answered

    # Nothing close enough: no pointer (another asker: two misses in a row bring a person).
    far = only(await session("hugo", role="ambassador").send(UNANSWERABLE))
    assert far.text.startswith("Je ne sais pas") and far.context is None


async def test_english_question_is_answered_in_english(
    documented: Assistant, session: SessionFactory
):
    reply = only(
        await session("lea", role="ambassador").send("When is the Vélo-Expo fair in Lyon?")
    )
    assert reply.text.startswith("According to the program documents")
    assert "3 au 5 mars 2027" in reply.text  # quoted in the document's own words
    assert (reply.context or "").startswith("Sources:")
    assert [c.label for c in reply.choices] == ["👍 Helpful", "👎 Not helpful"]
    assert answer_records(documented)[-1].language == "en"


async def test_english_speaker_gets_an_english_i_dont_know(
    documented: Assistant, session: SessionFactory
):
    reply = only(await session("lea", role="ambassador", lang="en").send(UNANSWERABLE))
    assert reply.text.startswith("I don't know")
    assert reply.choices[0].label == "🙋 Talk to a person"


async def test_two_clients_with_the_same_words_never_see_each_others_answers(
    documented: Assistant, session: SessionFactory
):
    acme = only(await session("camille", role="community_manager").send(POINTS_QUESTION))
    bravo = only(
        await session("nina", role="community_manager", client="bravo").send(POINTS_QUESTION)
    )
    assert "60 points" in acme.text and "25 points" not in acme.text
    assert "25 points" in bravo.text and "60 points" not in bravo.text
    assert "Bravo" not in (acme.context or "") and "Acme" not in (bravo.context or "")
    # Not even acme's confidential roadmap reaches bravo's community manager.
    secret = render_all(
        await session("nina", role="community_manager", client="bravo").send(SECRET_QUESTION)
    )
    assert "cargo" not in secret and "Je ne sais pas" in secret
    clients = {(r.client, r.user_id) for r in answer_records(documented)}
    assert clients == {("acme", "camille"), ("bravo", "nina")}


async def test_a_client_without_documents_says_so(assistant: Assistant, session: SessionFactory):
    reply = only(await session("lea", role="ambassador").send(POINTS_QUESTION))
    assert "aucun document" in reply.text and "Acme Vélos" in reply.text
    assert reply.action_id == "handoff:request"
    assert not answer_records(assistant)[0].answered


async def test_a_message_with_no_words_is_not_taken_for_a_question(
    documented: Assistant, session: SessionFactory
):
    reply = only(await session("lea", role="ambassador").send("?!"))
    assert reply.text.startswith("Je n'ai pas compris")
    assert answer_records(documented) == []


async def test_two_i_dont_knows_in_a_row_bring_a_person_in(
    documented: Assistant, session: SessionFactory
):
    lea = session("lea", role="ambassador")
    first = render_all(await lea.send(UNANSWERABLE))
    assert "Parler à une personne" in first and "Je passe la main" not in first
    second = render_all(await lea.send("Combien de places de parking a le siège de Nantes ?"))
    assert "Je passe la main" in second
    assert [r.answered for r in answer_records(documented)] == [False, False]


async def test_thanks_are_welcomed_not_taken_for_unanswered_questions(
    documented: Assistant, session: SessionFactory
):
    lea = session("lea", role="ambassador")
    for thanks in ("Merci beaucoup !", "ok super, merci", "Thanks a lot!"):
        reply = only(await lea.send(thanks))
        assert reply.text.startswith(("Avec plaisir", "You're welcome")), thanks
    assert "Je passe la main" not in render_all(await lea.send("merci"))
    assert answer_records(documented) == []
    # A question that starts with thanks is still a question.
    question = only(await lea.send("Merci ! Et combien de points rapporte un témoignage vidéo ?"))
    assert "60 points" in question.text
