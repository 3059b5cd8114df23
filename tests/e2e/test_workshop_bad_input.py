"""Workshops meet bad input, several sessions, navigation and broken flow files."""

from __future__ import annotations

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from bot.core.messages import Action, Incoming, Platform
from bot.notices.notice import is_notice
from bot.settings import Settings
from bot.tenants import ClientConfig
from tests.e2e.workshop_support import answer, code_of, person, repository


async def start(assistant: Assistant, args: str = "nous") -> str:
    return code_of(await person(assistant, "hugo", "facilitator").send(f"atelier {args}"))


async def test_workshop_start_is_refused_without_a_facilitator_role(assistant: Assistant):
    replies = await person(assistant, "lea").send("atelier nous")
    assert "réservée" in replies[0].text and "animateur d'atelier" in replies[0].text
    assert repository(assistant).open_sessions("acme") == []


async def test_unknown_workshop_flow_gets_the_list_of_flows(assistant: Assistant):
    text = await answer(person(assistant, "hugo", "facilitator"), "atelier zumba")
    assert "Je ne connais pas l'atelier « zumba »" in text
    assert "nous (Atelier NOUS)" in text and "je (Atelier JE)" in text and "action" in text


async def test_workshop_scale_out_of_range_or_not_a_number_is_reasked_with_the_reason(
    assistant: Assistant,
):
    code = await start(assistant)
    lea = person(assistant, "lea", "community_manager")
    await answer(lea, f"rejoindre {code}", "Notre raison d'être.", "1", "tout")
    text = await answer(lea, "11")
    assert "11 est hors de l'échelle" in text and "de 0 à 10" in text
    assert "Étape 4/6" in text  # the same question again
    assert "J'attends un nombre entier de 0 à 10" in await answer(lea, "beaucoup")
    assert "hors de l'échelle" in await answer(lea, "-2")
    assert "Étape 5/6" in await answer(lea, "5")


async def test_workshop_empty_required_answer_is_reasked_and_cannot_be_skipped(
    assistant: Assistant,
):
    code = await start(assistant)
    lea = person(assistant, "lea", "community_manager")
    await answer(lea, f"rejoindre {code}")
    text = await answer(lea, "...")
    assert "Il me faut une réponse" in text and "Étape 1/6" in text
    text = await answer(lea, "passer")
    assert "ne peut pas être passée" in text and "Étape 1/6" in text
    assert repository(assistant).participant_answers("acme", "nous")[0].answers == {}


async def test_workshop_kpi_without_a_measure_is_reasked(assistant: Assistant):
    code = await start(assistant)
    lea = person(assistant, "lea", "community_manager")
    await answer(lea, f"rejoindre {code}", "Raison.", "1")
    text = await answer(lea, "1\nvisites du site")
    assert "précisez comment on le mesure" in text and "Étape 3/6" in text
    assert "Étape 4/6" in await answer(lea, "1\nvisites du site : visites mensuelles")


async def test_workshop_non_participant_answering_in_the_thread_is_politely_refused(
    assistant: Assistant,
):
    base = dict(platform=Platform.SLACK, workspace_id="T-ACME", channel_id="C-ATELIER")
    started = await assistant.handle(
        Incoming(
            **base,
            user_id="U-HUGO",
            user_groups=("facilitators",),
            text="atelier nous @U-LEA",
            thread_id="1700.1",
        )
    )
    code = code_of(started)
    replies = await assistant.handle(
        Incoming(**base, user_id="U-OTHER", text="Ma raison d'être à moi", thread_id="1700.1")
    )
    replies = [r for r in replies if not is_notice(r)]  # their first words: a notice first
    assert "ne faites pas partie de l'atelier" in replies[0].text and replies[0].ephemeral
    # The invited person answers in the same thread once joined.
    await assistant.handle(
        Incoming(**base, user_id="U-LEA", thread_id="1700.1", action=Action("workshop.join", code))
    )
    replies = await assistant.handle(
        Incoming(**base, user_id="U-LEA", text="Oser le vélo.", thread_id="1700.1")
    )
    assert replies[0].text == "C'est noté." and "Étape 2/6" in replies[1].text
    # Someone else joining an invitation-only session is refused.
    replies = await assistant.handle(Incoming(**base, user_id="U-OTHER", text=f"rejoindre {code}"))
    assert "sur invitation" in replies[0].text


async def test_workshop_unknown_join_code_is_explained(assistant: Assistant):
    text = await answer(person(assistant, "lea"), "rejoindre ZZZZZ")
    assert "aucun atelier avec le code « ZZZZZ »" in text


async def test_workshop_participant_in_two_sessions_chooses_explicitly(assistant: Assistant):
    nous, je = await start(assistant, "nous"), await start(assistant, "je")
    lea = person(assistant, "lea", "community_manager")
    await answer(lea, f"rejoindre {nous}", f"rejoindre {je}")
    replies = await lea.send("8")
    assert "plusieurs ateliers" in replies[0].text
    assert [c.label for c in replies[0].choices] == [f"Atelier NOUS ({nous})", f"Atelier JE ({je})"]
    text = render_all(await lea.send("2"))  # picks JE: the pending "8" answers its scale
    assert f"Atelier JE ({je})" in text and "C'est noté." in text and "Étape 3/11" in text
    assert "Étape 4/11" in await answer(lea, "Rencontrer du monde")  # stays with JE
    answers = {
        p.session_code: p.answers for p in repository(assistant).participant_answers("acme", "je")
    }
    assert answers[je]["purpose_fit"].value == 8


async def test_workshop_back_skip_edit_pause_and_resume(assistant: Assistant):
    code = await start(assistant, "je")
    amb = person(assistant, "amb")
    await answer(amb, f"rejoindre {code}", "3")  # low fit: the optional follow-up is asked
    text = await answer(amb, "passer")
    assert "Étape passée." in text and "Étape 3/11" in text
    assert "Étape 2/11" in await answer(amb, "retour")
    await answer(amb, "Plus de concret", "Des rencontres")
    assert "en pause" in await answer(amb, "pause")
    # While paused, other messages are not taken as answers (they go to the other skills).
    assert "noté" not in await answer(amb, "Quels sont les avantages ?")
    assert "Étape 4/11" in await answer(amb, "reprendre")
    text = await answer(amb, "modifier needs")
    assert "Étape 3/11" in text
    assert "Étape 4/11" in await answer(amb, "Des rencontres ; Des formations")  # back where it was
    assert "Je ne trouve pas l'étape « couleur »" in await answer(amb, "modifier couleur")
    [mine] = repository(assistant).participant_answers("acme", "je")
    assert mine.answers["needs"].value == ["Des rencontres", "Des formations"]
    assert mine.answers["purpose_gap"].value == "Plus de concret"


async def test_workshop_facilitator_status_nudge_and_close(assistant: Assistant):
    code = await start(assistant, "nous @lea @paul")
    lea = person(assistant, "lea", "community_manager")
    await answer(lea, f"rejoindre {code}", "Raison.")
    hugo = person(assistant, "hugo", "facilitator")
    status = await answer(hugo, "atelier statut")
    assert "Lea : en cours (étape 2/6 : objectifs)" in status
    assert "paul : invité·e, pas encore venu·e" in status
    replies = await hugo.send("atelier relancer")
    direct = {r.user_id: r for r in replies if r.user_id}
    assert set(direct) == {"lea", "paul"} and direct["paul"].choices  # paul gets the Join button
    assert "Relance envoyée à 2 personne(s)" in replies[-1].text
    closing = await hugo.send("atelier clore")
    assert "version 1" in closing[0].text
    [notice] = closing[1:]  # lea was midway; paul never joined
    assert notice.user_id == "lea" and "a été clos par l'animateur" in notice.text
    assert "est clos" in await answer(person(assistant, "paul"), f"rejoindre {code}")
    assert "Aucun atelier n'est ouvert" in await answer(hugo, "atelier statut")
    assert "Objectifs :" not in await answer(hugo, "atelier résultats")  # nobody finished NOUS


async def test_workshop_answer_is_acknowledged_only_after_it_is_stored(assistant: Assistant):
    code = await start(assistant)
    lea = person(assistant, "lea", "community_manager")
    await answer(lea, f"rejoindre {code}")
    skill = assistant.registry.skills["workshop"]

    def broken(*args, **kwargs):
        raise OSError("disk full")

    skill.repo.record_answer = broken
    text = render_all(await lea.send("Notre raison d'être."))
    assert "noté" not in text and "référence" in text


async def test_workshop_runs_in_english_on_request(assistant: Assistant):
    code = await start(assistant, "je")
    amb = person(assistant, "amb")
    await answer(amb, "langue en")
    text = await answer(amb, f"join {code}")
    assert "JE workshop" in text and "how much does it speak to you" in text
    assert "off the scale" in await answer(amb, "42")


async def test_broken_flow_file_is_named_and_the_other_flows_still_work(
    settings: Settings, acme: ClientConfig
):
    flows = settings.home / "flows"
    flows.mkdir(parents=True)
    (flows / "je.yaml").write_text("id: je\nsteps: [1, 2", encoding="utf-8")  # broken override
    (flows / "retro.yaml").write_text(
        "id: retro\ntitle: {fr: Rétro, en: Retro}\nintro: {fr: Bonjour, en: Hello}\n"
        "collective: true\nsteps:\n  - id: mood\n    kind: scale\n"
        '    title: {fr: humeur, en: mood}\n    ask: {fr: "Humeur ?"}\n',
        encoding="utf-8",
    )
    bot = Assistant.build(settings)
    try:
        hugo = person(bot, "hugo", "facilitator")
        text = await answer(hugo, "atelier")
        assert "je.yaml, file: unreadable YAML" in text
        assert "retro.yaml, step 'mood': ask.en: Field required" in text
        assert "je (Atelier JE)" in text  # the packaged JE flow still works
        started = await answer(hugo, "atelier je")
        assert "Atelier JE ouvert" in started
    finally:
        await bot.aclose()


async def test_workshop_answer_in_a_thread_goes_to_that_threads_session(assistant: Assistant):
    base = dict(platform=Platform.SLACK, workspace_id="T-ACME", channel_id="C-ATELIER")
    facilitator = dict(user_id="U-HUGO", user_groups=("facilitators",))
    nous = code_of(
        await assistant.handle(
            Incoming(**base, **facilitator, text="atelier nous", thread_id="1.1")
        )
    )
    je = code_of(
        await assistant.handle(Incoming(**base, **facilitator, text="atelier je", thread_id="2.2"))
    )
    for code, thread in ((nous, "1.1"), (je, "2.2")):
        await assistant.handle(
            Incoming(**base, user_id="U-LEA", text=f"rejoindre {code}", thread_id=thread)
        )
    replies = await assistant.handle(Incoming(**base, user_id="U-LEA", text="6", thread_id="2.2"))
    assert replies[0].text == "C'est noté." and f"Atelier JE · {je}" in replies[1].text
    replies = await assistant.handle(
        Incoming(**base, user_id="U-LEA", text="Oser le vélo.", thread_id="1.1")
    )
    assert replies[0].text == "C'est noté." and f"Atelier NOUS · {nous}" in replies[1].text
    answers = {
        p.session_code: p.answers for p in repository(assistant).participant_answers("acme", "je")
    }
    assert answers[je]["purpose_fit"].value == 6


async def test_workshop_for_a_group_admits_only_its_members(assistant: Assistant):
    code = await start(assistant, "je groupe amb")
    base = dict(platform=Platform.SLACK, workspace_id="T-ACME", channel_id="D1", is_direct=True)
    refused = await assistant.handle(
        Incoming(**base, user_id="U-CM", user_groups=("cm-team",), text=f"rejoindre {code}")
    )
    refused = [r for r in refused if not is_notice(r)]  # their first words: a notice first
    assert "réservé au groupe amb" in refused[0].text
    admitted = await assistant.handle(
        Incoming(**base, user_id="U-LEA", user_groups=("amb",), text=f"rejoindre {code}")
    )
    assert "Étape 1/11" in admitted[-1].text
    by_role = await start(assistant, "je groupe ambassador")  # a role name works too
    assert "Étape 1/11" in await answer(person(assistant, "lea"), f"rejoindre {by_role}")
    hugo = person(assistant, "hugo", "facilitator")
    assert "Précisez le groupe" in await answer(hugo, "atelier je groupe")


async def test_workshop_commands_appear_in_the_help_of_each_role(assistant: Assistant):
    staff = await answer(person(assistant, "hugo", "facilitator"), "aide")
    assert "atelier nous|je|action" in staff and "rejoindre [code]" in staff
    ambassador = await answer(person(assistant, "lea"), "aide")
    assert "rejoindre [code]" in ambassador and "atelier nous" not in ambassador


async def test_workshop_je_hides_the_purpose_when_nous_chose_not_to_share_it(
    assistant: Assistant,
):
    code = await start(assistant, "nous")
    cm = person(assistant, "camille", "community_manager")
    await answer(cm, f"rejoindre {code}", "Secret de fabrication.", "1", "tout", "9", "non")
    await answer(person(assistant, "hugo", "facilitator"), "atelier clore")
    je = await start(assistant, "je")
    shown = await answer(person(assistant, "lea"), f"rejoindre {je}")
    assert "Secret de fabrication" not in shown and "pas encore partagée" in shown
    staff_view = await answer(person(assistant, "hugo", "facilitator"), f"rejoindre {je}")
    assert "Secret de fabrication" in staff_view


async def test_workshop_sessions_never_cross_clients(assistant: Assistant, settings: Settings):
    from bot.tenants import ClientDirectory

    ClientDirectory(settings.clients_dir).save(ClientConfig(name="globex"))
    code = await start(assistant, "nous")
    lea = person(assistant, "lea", "community_manager")
    await answer(lea, f"rejoindre {code}")
    # The same user id, in another client's workspace.
    outsider = ConsoleSession(assistant, client="globex", user_id="lea", role="community_manager")
    assert "aucun atelier avec le code" in await answer(outsider, f"rejoindre {code}")
    session = repository(assistant).session_by_code("acme", code)
    replies = await outsider.click(f"workshop.answer|{session.id}|share_with_ambassadors", "yes")
    assert "noté" not in render_all(replies)
    assert "noté" not in await answer(outsider, "Une réponse égarée")
    [only] = repository(assistant).participant_answers("acme", "nous")
    assert only.answers == {}
    globex_facilitator = ConsoleSession(
        assistant, client="globex", user_id="hugo", role="facilitator"
    )
    assert "Aucun atelier n'est ouvert" in await answer(globex_facilitator, "atelier statut")


RETRO = """id: retro
title: {fr: Rétro, en: Retro}
intro: {fr: Bonjour, en: Hello}
collective: true
steps:
  - id: mood
    kind: scale
    title: {fr: humeur, en: mood}
    ask: {fr: "Humeur ?", en: "Mood?"}
  - id: wish
    kind: text
    title: {fr: souhait, en: wish}
    ask: {fr: "Un souhait ?", en: "A wish?"}
"""


async def test_workshop_flow_file_broken_while_a_session_runs_keeps_the_answers(
    settings: Settings, acme: ClientConfig
):
    flow_file = settings.home / "flows" / "retro.yaml"
    flow_file.parent.mkdir(parents=True)
    flow_file.write_text(RETRO, encoding="utf-8")
    bot = Assistant.build(settings)
    code = code_of(await person(bot, "hugo", "facilitator").send("atelier retro"))
    await answer(person(bot, "lea"), f"rejoindre {code}", "7")
    await bot.aclose()

    flow_file.write_text(RETRO.replace("kind: text", "kind: telepathy"), encoding="utf-8")
    bot = Assistant.build(settings)
    try:
        text = await answer(person(bot, "lea"), "Plus de vélos")
        assert "indisponible pour l'instant" in text and "gardées" in text
        listing = await answer(person(bot, "hugo", "facilitator"), "atelier")
        assert "retro.yaml, step 'wish'" in listing
        [lea] = repository(bot).participant_answers("acme", "retro")
        assert lea.answers["mood"].value == 7
    finally:
        await bot.aclose()

    flow_file.write_text(RETRO.replace("id: wish", "id: hope"), encoding="utf-8")  # fixed, renamed
    bot = Assistant.build(settings)
    try:
        text = await answer(person(bot, "lea"), "Plus de vélos")
        assert "C'est noté." in text and "sont toutes enregistrées" in text
        [lea] = repository(bot).participant_answers("acme", "retro")
        assert lea.answers["hope"].value == "Plus de vélos"
    finally:
        await bot.aclose()


async def test_workshop_join_without_a_code_finds_the_one_meant(assistant: Assistant):
    lea = person(assistant, "lea")
    assert "Aucun atelier ouvert ne vous attend" in await answer(lea, "rejoindre")
    invited = await start(assistant, "je @lea")
    await start(assistant, "nous")  # open to all, but lea was invited to the other one
    assert f"[Atelier JE · {invited}] Étape 1/11" in await answer(lea, "rejoindre")
    paul = person(assistant, "paul")
    assert "Plusieurs ateliers vous sont ouverts" not in await answer(paul, "rejoindre")
    await start(assistant, "action")
    assert "Plusieurs ateliers vous sont ouverts" in await answer(person(assistant, "zoe"), "join")


async def test_workshop_answers_that_look_like_commands_stay_answers(assistant: Assistant):
    code = await start(assistant, "je")
    amb = person(assistant, "amb")
    await answer(amb, f"rejoindre {code}", "9")
    text = await answer(amb, "Atelier je ne sais pas trop ; rejoindre des gens comme moi")
    assert "C'est noté." in text and "Étape 4/11" in text
    [mine] = repository(assistant).participant_answers("acme", "je")
    assert mine.answers["needs"].value == [
        "Atelier je ne sais pas trop",
        "rejoindre des gens comme moi",
    ]
