"""Acceptance: NOUS with 3, JE with 5 (restarted midway), ACTION with 3, in the console."""

from __future__ import annotations

from bot.assistant import Assistant
from bot.settings import Settings
from bot.tenants import ClientConfig
from tests.e2e.workshop_support import answer, code_of, person, repository

NOUS_ANSWERS = {
    "lea": ["Aider chaque cycliste à oser le vélo au quotidien.", "1, 2", "tout", "8", "oui"],
    "paul": [
        "Faire grandir une communauté qui transmet le goût du vélo.",
        "1, 4, ateliers de quartier",
        "1\nrecos signées : contrats signés via un ambassadeur",
        "4",
        "pas d'outil de suivi des recommandations",
        "oui",
    ],
    "zoe": [
        "Rendre le vélo évident pour tous.",
        "2",
        "aucun\nmentions : nombre par mois",
        "9",
        "non",
    ],
}

JE_ANSWERS = {
    "amb1": [
        "9",
        "Rencontrer d'autres clients ; Tester les nouveautés",
        "1, 3",
        "2",
        "passer",
        "2, 6",
        "7",
        "1, 2",
        "Manquer de temps",
        "oui",
    ],
    "amb2": [
        "4",
        "Je ne vois pas ce que j'y gagne",
        "Être écouté·e",
        "2, 5",
        "1",
        "Pas le week-end",
        "1",
        "1",
        "Être trop sollicité·e",
        "non",
    ],
    "amb3": ["7", "Apprendre à réparer", "learning", "3", "passer", "3, 8", "5", "passer", "oui"],
    "amb4": [
        "10",
        "Partager mes trajets",
        "6, 7",
        "4",
        "Disponible le soir",
        "6, 7",
        "4, 6",
        "Rien",
        "oui",
    ],
    "amb5": ["7", "Plus de retours produit", "4", "2", "passer", "8, 9", "3", "passer", "non"],
}


async def run_nous(bot: Assistant) -> str:
    hugo = person(bot, "hugo", "facilitator")
    started = await hugo.send("atelier nous @lea @paul @zoe")
    code = code_of(started)
    invitations = [r for r in started if r.user_id in {"lea", "paul", "zoe"}]
    assert len(invitations) == 3 and all(r.choices for r in invitations)
    for user, answers in NOUS_ANSWERS.items():
        member = person(bot, user, "community_manager")
        joined = await member.click("workshop.join", code)
        assert "raison d'être" in joined[-1].text and "je ne la proposerai pas" in joined[-1].text
        last = await answer(member, *answers)
        assert "sont toutes enregistrées" in last, (user, last)
    closed = await answer(hugo, f"atelier clore {code}")
    assert "version 1" in closed
    return code


async def test_workshop_nous_je_action_with_a_restart_keeps_every_answer(
    settings: Settings, acme: ClientConfig
):
    bot = Assistant.build(settings)
    await run_nous(bot)
    definition = repository(bot).program_definition("acme")
    assert {p["text"] for p in definition["purpose"]} == {
        NOUS_ANSWERS["lea"][0],
        NOUS_ANSWERS["paul"][0],
        NOUS_ANSWERS["zoe"][0],
    }
    kpis = {k["label"]: k for k in definition["kpis"]}
    assert kpis["recos signées"]["measure"] == "contrats signés via un ambassadeur"
    assert kpis["recos signées"]["origin"] == "own"
    assert all(k.get("measure") for k in definition["kpis"])
    assert "ateliers de quartier" in {o["label"] for o in definition["objectives"]}

    # JE with five ambassadors; the assistant dies midway.
    hugo = person(bot, "hugo", "facilitator")
    code = code_of(await hugo.send("atelier je ouvert"))
    halfway = {"amb1": 10, "amb2": 10, "amb3": 4, "amb4": 1, "amb5": 0}
    for user, count in halfway.items():
        member = person(bot, user)
        joined = await answer(member, f"rejoindre {code}")
        assert NOUS_ANSWERS["lea"][0] in joined  # JE quotes the purpose NOUS produced
        await answer(member, *JE_ANSWERS[user][:count])
    await bot.aclose()

    bot = Assistant.build(settings)  # a new process over the same home
    status = await answer(person(bot, "hugo", "facilitator"), "atelier statut")
    assert "Amb3 : en cours (étape 6/11 : contraintes)" in status
    assert "Amb1 : terminé" in status
    for user, count in halfway.items():
        if count < len(JE_ANSWERS[user]):
            last = await answer(person(bot, user), *JE_ANSWERS[user][count:])
            assert "sont toutes enregistrées" in last, (user, last)
    assert "version 1" in await answer(person(bot, "hugo", "facilitator"), f"atelier clore {code}")

    je = {p.user_id: p for p in repository(bot).participant_answers("acme", "je")}
    assert set(je) == set(JE_ANSWERS) and all(p.status == "done" for p in je.values())
    assert je["amb1"].answers["needs"].value == [
        "Rencontrer d'autres clients",
        "Tester les nouveautés",
    ]
    assert je["amb1"].answers["time_available"].value == "h1_3_month"
    assert je["amb1"].answers["video_comfort"].value == 7
    assert "constraints" in je["amb1"].skipped
    assert je["amb2"].answers["purpose_gap"].value == "Je ne vois pas ce que j'y gagne"
    assert "purpose_gap" not in je["amb1"].answers  # skipped by its condition (9 > 6)
    assert "video_comfort" not in je["amb3"].answers  # no video among amb3's contributions
    assert je["amb3"].answers["motivations"].value == ["learning"]
    assert je["amb4"].answers["channels"].value == ["linkedin", "video_calls"]
    assert je["amb5"].answers["named_in_synthesis"].value is False
    assert all(a.created_at <= a.updated_at for p in je.values() for a in p.answers.values())
    je_output = repository(bot).latest_output("acme", "je")
    assert je_output is not None and len(je_output.data["answers"]) == 5

    # ACTION with three: the purpose is validated or rewritten by people.
    hugo = person(bot, "hugo", "facilitator")
    code = code_of(await hugo.send("atelier action"))
    action_answers = {
        "lea": [
            "oui",
            "1, 2",
            "1, 2",
            "Vidéastes : témoignage vidéo | vidéos publiées",
            "Présentation à la soirée clients de mars",
            "Atelier prise de vue",
            "Un apéro par mois",
        ],
        "paul": [
            "non",
            "Aider chaque cycliste à oser, ensemble.",
            "1",
            "tout",
            "Mentors : entraide, ateliers | membres aidés\nRelais : avis en ligne | avis publiés",
            "Lettre mensuelle",
            "passer",
            "Des défis trimestriels",
        ],
        "zoe": [
            "oui",
            "2",
            "aucun\nsécurité à vélo",
            "Relais : partage sur les réseaux | partages",
            "Réseaux sociaux",
            "passer",
            "Rencontres en atelier",
        ],
    }
    for user, answers in action_answers.items():
        member = person(bot, user, "community_manager")
        joined = await answer(member, f"rejoindre {code}")
        assert NOUS_ANSWERS["paul"][0] in joined
        before_themes = 3 if user == "paul" else 2  # paul rewrites the purpose
        themes_step = await answer(member, *answers[:before_themes])
        # Drafted themes: what JE ambassadors said they would contribute, labelled as drafts.
        assert "témoignage vidéo" in themes_step and "brouillon" in themes_step
        last = await answer(member, *answers[before_themes:])
        assert "sont toutes enregistrées" in last, (user, last)
    await answer(hugo, "atelier clore")

    summary = await answer(hugo, "atelier résultats")
    assert "(NOUS version 1, ACTION version 1)" in summary
    assert "• Aider chaque cycliste à oser, ensemble. (Paul)" in summary
    assert "recos signées — contrats signés via un ambassadeur (Paul)" in summary
    assert "[suggestion acceptée]" in summary
    assert "Mentors : thèmes entraide, ateliers | indicateurs membres aidés (Paul)" in summary
    assert "Atelier JE : réponses de 5 participant(s)" in summary

    program = repository(bot).program_definition("acme")
    assert [p["text"] for p in program["purpose"]] == ["Aider chaque cycliste à oser, ensemble."]
    groups = {g["name"]: g for g in program["groups"]}
    assert groups["Mentors"]["themes"] == ["entraide", "ateliers"]
    assert groups["Mentors"]["kpis"] == ["membres aidés"]
    assert set(groups["Relais"]["by"]) == {"Paul", "Zoe"}
    assert "sécurité à vélo" in {t["label"] for t in program["themes"]}
    assert program["kpis"] == definition["kpis"]  # NOUS's KPIs are untouched
    assert program["versions"] == {"nous": 1, "action": 1}
    assert {c["text"] for c in program["animation_plan"]} == {
        "Un apéro par mois",
        "Des défis trimestriels",
        "Rencontres en atelier",
    }
    await bot.aclose()
