"""Issue 18 item 6, in the console: a JE workshop of eight closed, then `personas` drafts
the shared set, a community manager edits and validates it, ambassadors never see a draft;
bad input gets clear localised messages; a model's made-up quote is never shown."""

from __future__ import annotations

import json
import re

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from tests.e2e.synthesis_support import run_console_je, typed_texts
from tests.e2e.workshop_support import answer, person
from tests.fakes.openai_server import FakeOpenAIServer, echo_responder
from tests.synthesis_chat.support import run_je

QUOTE = re.compile(r"^\s*« (.+?) » \((P\d+)\)$", re.MULTILINE)
PERSONA = re.compile(r"^\s*\*\*(\d)\. (.+?)\*\* — (\d+) participant\(s\)", re.MULTILINE)


async def _english(assistant: Assistant, user: str, role: str | None, message: str) -> str:
    session = ConsoleSession(assistant, client="acme", user_id=user, role=role, language="en")
    return render_all(await session.send(message))


async def test_i18_6_acceptance_personas_drafted_edited_validated_in_console(
    assistant: Assistant,
):
    code, _ = await run_console_je(assistant)
    hugo = person(assistant, "hugo", "facilitator")
    carla = person(assistant, "carla", "community_manager")
    lea = person(assistant, "amb1")

    shown = await answer(hugo, "personas")
    assert "Nouveau brouillon (version 1) tiré de 8 participants." in shown
    assert f"**Personas — version 1 (brouillon)** · 8 participant(s), ateliers {code}" in shown
    assert "Brouillons à discuter" in shown
    personas = PERSONA.findall(shown)
    assert 2 <= len(personas) <= 6
    assert sum(int(count) for _, _, count in personas) == 8
    assert all(int(count) >= 2 for _, _, count in personas)  # never a persona of one
    quotes = QUOTE.findall(shown)
    assert len(quotes) >= 2 * len(personas)
    typed = [t.casefold() for t in typed_texts()]
    for quote, _ in quotes:  # their own words, anonymised
        assert any(quote.casefold() in t for t in typed), quote
    assert "Amb1" not in shown and "amb1" not in shown

    assert "Aucun persona n'est encore publié" in await answer(lea, "personas")  # no draft
    refused = await answer(hugo, "personas valider")
    assert "Seul un community manager peut valider les personas." in refused

    edited = await answer(carla, "personas modifier 1 nom Les convaincus du présentiel")
    assert "Persona 1 modifié (nom) dans le brouillon (version 1)." in edited
    assert "**1. Les convaincus du présentiel** — " in edited and "_modifié : nom_" in edited
    described = await answer(carla, "personas modifier 2 description Curieux, peu disponibles")
    assert re.search(r"^\s*Curieux, peu disponibles$", described, re.MULTILINE)
    assert "Aucun persona n'est encore publié" in await answer(lea, "personas")

    validated = await answer(carla, "personas valider")
    assert "Version 1 validée par Carla : c'est désormais la référence partagée" in validated
    assert "**Personas — version 1 (validé)**" in validated
    assert "Aucun persona n'est encore publié" in await answer(lea, "personas")  # not yet
    assert "Version 1 publiée" in await answer(carla, "personas publier")
    public = await answer(lea, "personas")
    assert "**1. Les convaincus du présentiel** — " in public and "Curieux" in public
    assert not QUOTE.search(public) and "P1" not in public  # no quotes, no labels

    # An edit of the published set opens version 2 as a draft; ambassadors keep version 1.
    reopened = await answer(carla, "personas modifier 1 nom Les habitués")
    assert "Nouveau brouillon (version 2) ouvert à partir de la version 1." in reopened
    assert "Les convaincus du présentiel" in await answer(lea, "personas")
    await answer(carla, "personas modifier 2 description Comme Sophie Leroy, peu de temps")
    await answer(carla, "personas valider")
    assert "Version 2 publiée" in await answer(carla, "personas publier")
    public = await answer(lea, "personas")
    assert "**1. Les habitués** — " in public  # version 2 now
    assert "Sophie Leroy" not in public and "description retenue" in public
    history = await answer(carla, "personas historique")
    assert "Versions des personas (2) :" in history
    assert "version 2 — publié" in history and "version 1 — publié" in history
    assert "validée par Carla" in history


async def test_i18_6_bad_input_gets_clear_localised_messages(assistant: Assistant):
    carla = person(assistant, "carla", "community_manager")
    assert (
        "il n'y a pas de brouillon à valider" in (await answer(carla, "personas valider")).lower()
    )
    assert "Aucun atelier JE n'a encore de réponse" in await answer(carla, "personas")
    few = {f"amb{n}": {"needs": ["Rencontrer d'autres clients"]} for n in range(4)}
    run_je(assistant.services.db, few)
    refused = await answer(carla, "personas")
    assert "il faut au moins 5 participants pour qu'un persona ne décrive pas une seule" in (
        refused
    )
    assert "n'en comptent que 4" in refused
    english = await _english(assistant, "carla", "community_manager", "personas")
    assert "at least 5 participants are needed so that a persona does not describe one" in (english)

    await run_console_je(assistant)
    assert "version 1 (brouillon)" in await answer(carla, "personas")
    missing = await answer(carla, "personas modifier 9 nom X")
    assert re.search(r"Il n'y a pas de persona n° 9 : le brouillon en compte \d", missing)
    field = await answer(carla, "personas modifier 1 couleur bleu")
    assert "Je ne peux pas modifier « couleur » : les champs modifiables sont nom et" in field
    assert "Il manque le nouveau texte" in await answer(carla, "personas modifier 1 nom")
    assert "Je ne comprends pas « supprimer »" in await answer(carla, "personas supprimer")
    assert "trop long" in await answer(carla, "personas modifier 1 nom " + "x" * 90)
    assert "Il n'y a pas de version validée à publier" in await answer(carla, "personas publier")
    en_missing = await _english(assistant, "carla", "community_manager", "personas edit 9 name X")
    assert "There is no persona number 9" in en_missing
    en_field = await _english(assistant, "carla", "community_manager", "personas edit 1 colour x")
    assert 'I cannot edit "colour": the editable fields are name and description' in en_field
    assert "Version 1 validated by" in await _english(
        assistant, "carla", "community_manager", "personas validate"
    )
    assert "There is no draft to validate" in await _english(
        assistant, "carla", "community_manager", "personas validate"
    )
    usage = "personas · personas générer · personas modifier <n> nom|description <texte>"
    assert usage in await answer(carla, "aide")


MADE_UP = "Je rêve de licornes gratuites pour tous"
FIRST = re.compile(r"^\[1\] .+$\n(?:  [-*] .+\n)*?  - \((\S+)\) [^:]+: (.+)$", re.MULTILINE)


def inventive_model(messages: list[dict]) -> str:
    """Renames persona 1, quoting one real answer and one sentence nobody wrote."""
    found = FIRST.search(messages[-1]["content"])
    if found is None or "Personas" not in messages[-1]["content"]:
        return echo_responder(messages)
    answer_id, said = found.groups()
    quotes = [{"answer_id": answer_id, "text": said}, {"answer_id": answer_id, "text": MADE_UP}]
    proposal = {
        "id": "1",
        "label": "Les amateurs de rencontres",
        "description": "Ils veulent voir du monde.",
        "answer_ids": [answer_id],
        "verbatims": quotes,
    }
    return json.dumps({"personas": [proposal]})


async def test_i18_6_a_model_quote_that_nobody_wrote_is_never_shown(settings, acme):
    async with FakeOpenAIServer(responder=inventive_model) as served:
        configured = settings.model_copy(
            update={"openai_base_url": served.base_url, "chat_model": "fake-chat"}
        )
        bot = Assistant.build(configured)
        try:
            await run_console_je(bot)
            shown = await answer(person(bot, "hugo", "facilitator"), "personas")
        finally:
            await bot.aclose()
        sent = json.dumps([r.json for r in served.requests if r.json], ensure_ascii=False)
    assert "**1. Les amateurs de rencontres** — " in shown  # backed by a real quote
    assert "Ils veulent voir du monde." in shown
    assert MADE_UP not in shown and "licornes" not in shown
    assert re.search(r"[1-9] élément\(s\) retiré\(s\) faute de citation vérifiable", shown)
    assert "amb1" not in sent and "Amb1" not in sent  # participants are labels
