"""Issue 18 acceptance, chat side: a JE workshop run and closed in the console, then
`synthèse` shows convergence, divergence and alignment with the participants' own words;
names only with consent; `partage` safe for participants; versions; bad input; roles."""

from __future__ import annotations

import json
import re

from sqlmodel import select

from bot.adapters.console import render_all
from bot.assistant import Assistant
from skills.synthesis.tables import SynthesisVersion
from tests.e2e.synthesis_support import OBJECTIVES, run_console_je, typed_texts
from tests.e2e.workshop_support import answer, person
from tests.fakes.openai_server import FakeOpenAIServer, echo_responder
from tests.synthesis_chat.support import run_je, set_objectives

QUOTE = re.compile(r"^\s*« (.+?) »(?: \(([\w ]+)\))?$", re.MULTILINE)  # a quote line


def _quotes(transcript: str) -> list[tuple[str, str]]:
    return [(m[1], m[2] or "") for m in QUOTE.finditer(transcript)]


def _section(transcript: str, title: str) -> str:
    start = transcript.index(f"**{title}**")
    end = transcript.find("**", transcript.index("\n", start))
    return transcript[start : end if end > 0 else None]


async def test_i18_acceptance_je_closed_then_synthesis_in_console(assistant: Assistant):
    db = assistant.services.db
    set_objectives(db, OBJECTIVES)
    code, closed = await run_console_je(assistant)
    assert f"Écrivez « synthèse {code} »" in closed  # offered on closing

    hugo = person(assistant, "hugo", "facilitator")
    shown = await answer(hugo, "synthèse")
    assert "**Synthèse — tous les ateliers JE (1), version 1** · 8 participant(s)" in shown
    assert "Brouillon pour discussion" in shown  # the caveat
    convergence = _section(shown, "Convergences")
    assert re.search(r"• [^\n]*[Cc]lients — [5-8] participant\(s\)", convergence)
    assert re.search(r"• [^\n]*[Nn]ouveautés[^\n]* — [4-8] participant\(s\)", convergence)
    divergence = _section(shown, "Divergences")
    assert re.search(r"• [^\n]*présentiel[^\n]* ↔ [^\n]*visio", divergence, re.IGNORECASE)
    assert re.search(r"Vue minoritaire : [^\n]*[Dd]onnées[^\n]* — 2 participant\(s\)", divergence)
    alignment = _section(shown, "Objectifs et besoins")
    assert f"• « {OBJECTIVES[0]} » ← " in alignment
    assert f"ne soutient : « {OBJECTIVES[2]} »" in alignment  # reviews: no need behind them
    quotes = _quotes(shown)
    assert len(quotes) >= 6
    typed = [t.casefold() for t in typed_texts()]
    for quote, who in quotes:  # every verbatim shown is someone's own words, anonymised
        assert any(quote.casefold() in t for t in typed), quote
        assert re.fullmatch(r"P[1-8]", who), (quote, who)
    assert "Amb1" not in shown and "amb1" not in shown

    # Names on request, for those who agreed only (amb2 and amb6 said no).
    named = await answer(hugo, f"synthèse {code} noms")
    assert f"atelier JE {code}, version 1" in named
    assert "Noms affichés pour 6 participant(s) sur 8" in named
    authors = {who for _, who in _quotes(named)}
    assert "Amb1" in authors
    assert not {"Amb2", "Amb6"} & authors and not {"P1", "P3"} & authors

    # The version to share: the boss's name and the two-person minority are gone.
    assert "Sophie Leroy" in shown or "Marc Dupont" in shown  # the full version quotes one
    shared = await answer(hugo, "synthèse partage")
    assert "Synthèse à partager" in shared and "Brouillon pour discussion" in shared
    assert "Sophie Leroy" not in shared and "Marc Dupont" not in shared
    assert "onnées personnelles" not in shared  # 3 of 8 (the employer's consent) may stay
    assert not re.search(r"Vue minoritaire : [^\n]* — [12] participant\(s\)", shared)
    assert re.search(r"Pour protéger les participants, [1-9] citation\(s\) et [1-9]", shared)
    assert not any(who for _, who in _quotes(shared))  # nobody tagged, not even P1
    assert _section(shared, "Convergences").count("•") == convergence.count("•")

    # Versions: asking again changes nothing; a new answer makes version 2.
    assert "version 1 (inchangée)" in await answer(hugo, "synthèse")
    run_je(db, {"amb9": {"needs": ["Rencontrer d'autres clients"], "purpose_fit": 9}})
    assert "tous les ateliers JE (2), version 2** · 9 participant(s)" in await answer(
        hugo, "synthèse"
    )
    history = await answer(hugo, "synthèse historique")
    assert "Synthèses enregistrées (3) :" in history
    lines = history.splitlines()
    assert "tous les ateliers JE — version 2" in lines[1] and "par Hugo" in lines[1]
    assert f"atelier JE {code} — version 1" in history

    # The ACTION workshop starts with the latest synthesis, in a few lines.
    started = await answer(hugo, "atelier action")
    assert "Dernière synthèse JE (tous les ateliers JE, version 2" in started
    assert re.search(r"Convergences : [^\n]*[Cc]lients \(\d\)", started)
    assert "Écrivez « synthèse » pour la synthèse complète" in started


async def test_i18_1_ambassadors_are_refused_and_nothing_is_stored(assistant: Assistant):
    run_je(assistant.services.db, {"lea": {"needs": ["Rencontrer d'autres clients"]}})
    refused = render_all(await person(assistant, "lea").send("synthèse partage"))
    assert "réservée aux rôles suivants : community manager, animateur d'atelier" in refused
    english = await _english(assistant, "lea", "ambassador", "synthesis")
    assert "community manager" in english and "réservée" not in english
    with assistant.services.db.session() as session:
        assert session.exec(select(SynthesisVersion)).all() == []
    cm = render_all(await person(assistant, "carla", "community_manager").send("synthèse"))
    assert "**Synthèse — tous les ateliers JE (1), version 1**" in cm
    usage = "synthèse [code] [noms] · synthèse partage [code] · synthèse historique"
    assert usage in render_all(await person(assistant, "hugo", "facilitator").send("aide"))
    assert "synthèse" not in render_all(await person(assistant, "lea").send("aide"))
    help_en = await _english(assistant, "hugo", "facilitator", "help")
    assert "synthesis [code] [names] · synthesis share [code] · synthesis history" in help_en


async def _english(assistant: Assistant, user: str, role: str | None, message: str) -> str:
    from bot.adapters.console import ConsoleSession

    session = ConsoleSession(assistant, client="acme", user_id=user, role=role, language="en")
    return render_all(await session.send(message))


async def test_i18_1_bad_codes_and_nothing_to_synthesise_get_clear_messages(
    assistant: Assistant,
):
    hugo = person(assistant, "hugo", "facilitator")
    nothing = await answer(hugo, "synthèse")
    assert "Aucun atelier JE n'a encore eu lieu" in nothing
    assert "No JE workshop has taken place" in await _english(
        assistant, "hugo", "facilitator", "synthesis"
    )
    unknown = await answer(hugo, "synthèse ZZZZZ")
    assert "Je ne trouve pas d'atelier « ZZZZZ »" in unknown
    other = run_je(assistant.services.db, {"zoe": {"needs": ["Des goodies"]}}, client="globex")
    assert f"Je ne trouve pas d'atelier « {other} »" in await answer(hugo, f"synthèse {other}")
    assert "Aucun atelier JE n'a encore eu lieu" in await answer(hugo, "synthèse")  # not globex's
    assert 'cannot find a workshop "ZZZ9"' in await _english(
        assistant, "hugo", "facilitator", "synthesis ZZZ9"
    )
    weird = await answer(hugo, "synthèse s'il-vous-plaît")
    assert "Je ne comprends pas « s'il-vous-plaît »" in weird and "synthèse historique" in weird

    nous = await answer(hugo, "atelier nous")
    nous_code = re.search(r"code ([A-Z0-9]{5})", nous)[1]
    assert f"L'atelier {nous_code} est un Atelier NOUS" in await answer(
        hugo, f"synthèse {nous_code}"
    )
    empty = re.search(r"code ([A-Z0-9]{5})", await answer(hugo, "atelier je"))[1]
    assert f"Pas encore de réponse à synthétiser (atelier JE {empty})" in await answer(
        hugo, f"synthèse {empty}"
    )
    assert "Aucune synthèse enregistrée" in await answer(hugo, "synthèse historique")
    with assistant.services.db.session() as session:
        assert session.exec(select(SynthesisVersion)).all() == []


async def test_i18_7_long_synthesis_comes_with_the_markdown_file(assistant: Assistant, tmp_path):
    from tests.synthesis_chat.support import many_answers

    run_je(assistant.services.db, many_answers(72, topics=24))
    replies = await person(assistant, "hugo", "facilitator").send("synthèse")
    summary, note = replies
    assert note.attachment is not None and note.attachment.content_type == "text/markdown"
    assert summary.sensitivity == note.sensitivity == "internal"
    shown = render_all(replies, image_dir=tmp_path)
    path = tmp_path / "synthese-acme-all-v1.md"
    assert f"[fichier : synthese-acme-all-v1.md → {path}]" in shown
    markdown = path.read_text(encoding="utf-8")
    labels = re.findall(
        r"^• (?:Vue minoritaire : )?(.+?) — \d+ participant", summary.text, re.MULTILINE
    )
    assert labels and all(label in markdown for label in labels)  # the file has it all
    assert len(markdown) > len(_section(summary.text, "Convergences"))
    assert "Amb" not in markdown  # anonymous unless asked

    named, named_note = await person(assistant, "hugo", "facilitator").send("synthèse noms")
    assert named_note.attachment is not None
    signed = named_note.attachment.data.decode()
    quotes = _quotes(named.text)
    assert {who.rstrip("0123456789") for _, who in quotes} == {"Amb", "P"}  # half agreed
    for quote, who in quotes:  # the file signs each quote as the chat does
        assert f"« {quote} » — {who}" in signed or quote.endswith("…"), (quote, who)

    short = await person(assistant, "hugo", "facilitator").send("synthèse historique")
    assert all(r.attachment is None for r in short)


MADE_UP = "Je veux des licornes gratuites pour tous"
POINT = re.compile(r"^\[T1\] (.+)$\n  - \((\S+)\) (.+)$", re.MULTILINE)


def inventive_model(messages: list[dict]) -> str:
    """Renames the first theme, quoting one real answer and one made-up sentence."""
    found = POINT.search(messages[-1]["content"])
    if found is None:  # another call of the bot (not the synthesis): its usual reply
        return echo_responder(messages)
    _, answer_id, said = found.groups()
    quotes = [{"answer_id": answer_id, "text": said}, {"answer_id": answer_id, "text": MADE_UP}]
    return json.dumps(
        {"themes": [{"id": "T1", "label": "Le lien entre clients", "verbatims": quotes}]}
    )


async def test_i18_3_a_model_quote_that_nobody_wrote_is_never_shown(settings, acme):
    from tests.synthesis_chat.support import many_answers

    async with FakeOpenAIServer(responder=inventive_model) as served:
        configured = settings.model_copy(
            update={"openai_base_url": served.base_url, "chat_model": "fake-chat"}
        )
        bot = Assistant.build(configured)
        try:
            people = many_answers(24)
            for user in ("amb01", "amb13"):  # a colleague named beside a need
                people[user]["needs"][0] += ", comme Sophie Leroy"
            run_je(bot.services.db, people)
            shown = await answer(person(bot, "hugo", "facilitator"), "synthèse")
        finally:
            await bot.aclose()
        sent = json.dumps([r.json for r in served.requests if r.json], ensure_ascii=False)
    assert "• Le lien entre clients — " in shown  # the model's label, backed by a real quote
    assert MADE_UP not in shown and "licornes" not in shown
    assert re.search(r"[1-9] point\(s\) retiré\(s\) faute d'une citation vérifiable", shown)
    assert "Sophie Leroy" not in sent and "<PERSONNE_1>" in sent  # pseudonymised
    assert "amb01" not in sent and "Amb01" not in sent  # participants are labels
