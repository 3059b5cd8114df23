"""Issue 17 acceptance, in the console: log, approve, level up — and the bad input."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlmodel import select

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.clock import ManualClock
from bot.contributions.tables import Contribution, LevelChange
from bot.core.messages import Attachment
from bot.settings import Settings
from bot.tenants import ClientConfig
from skills.contributions.render import DRAFT_ACTION, REVIEW_ACTION
from tests.e2e.solicitation_support import Postman, manual_program, paris


@pytest.fixture
async def program(settings: Settings, acme: ClientConfig) -> AsyncIterator[Assistant]:
    bot = Assistant.build(settings)
    manual_program(bot)  # Léa, Marc, Zoé, Kenji, Camille; Monday 1 March 2027, 14:00 Paris
    yield bot
    await bot.aclose()


def someone(program: Assistant, user: str, role: str = "ambassador", lang: str | None = None):
    return ConsoleSession(program, client="acme", user_id=user, role=role, language=lang)


def contributions(program: Assistant) -> list[Contribution]:
    with program.services.db.session() as session:
        return list(session.exec(select(Contribution).order_by(Contribution.id)))  # type: ignore[arg-type]


def clock_of(program: Assistant) -> ManualClock:
    clock = program.services.clock
    assert isinstance(clock, ManualClock)
    return clock


async def test_i17_1_console_log_approve_level_up(program: Assistant):
    lea, camille = someone(program, "lea"), someone(program, "camille", "community_manager")
    postman = Postman(program, clock_of(program))

    # A sentence: the bot proposes the kind and the day; Léa confirms with the button.
    [proposal] = await lea.send("J'ai fait un témoignage vidéo hier pour le blog")
    assert proposal.text == "Je note une contribution : Témoignage, le 28/02/2027. C'est bien ça ?"
    assert [c.label for c in proposal.choices] == [
        "Oui, enregistrer",
        "Autre type",
        "Autre date",
        "Annuler",
    ]
    [logged] = await lea.send("1")
    assert "C'est noté (n° 1) : Témoignage le 28/02/2027" in logged.text
    assert "Un·e community manager la validera" in logged.text  # testimonials need approval

    # A review and a share count at once (no approval for them).
    [review] = await lea.send("contribution avis hier https://www.g2.com/acme?utm_source=mail")
    assert "+20 points" in review.text and "Nouveau badge : Première contribution" in review.text
    [share] = await lea.send("contribution partage aujourd'hui https://linkedin.com/post/42")
    assert "+10 points" in share.text
    [mine] = await lea.send("mes points")
    assert "30 points, niveau Membre" in mine.text
    assert "En attente de validation : 1." in mine.text
    assert "Prochain niveau, Actif·ve : encore 70 points." in mine.text

    # Camille sees what waits and approves it with the button: 80 points, 3 kinds → Actif·ve.
    [title, card] = await camille.send("contributions en attente")
    assert title.text == "Contributions à valider : 1."
    assert "n° 1 — Léa : Témoignage le 28/02/2027 (50 points)" in card.text
    [approved] = await camille.click(REVIEW_ACTION, "approve:1")
    assert "Contribution n° 1 de Léa validée" in approved.text
    assert "Léa passe au niveau" not in approved.text  # 80 points: not yet
    [more] = await lea.send("contribution retour produit hier sur la bêta")
    assert "+25 points" in more.text and "Bravo, vous passez au niveau Actif·ve !" in more.text

    # Léa is told of the approval by DM (the outbox), with the badge it brought.
    delivered = await postman.run_until(clock_of(program).now())
    [dm] = [d for d in delivered if d.to == "lea"]
    assert "Votre contribution n° 1 (Témoignage, le 28/02/2027) est validée : +50 points" in (
        dm.reply.text
    )
    assert "Nouveau badge : Premier témoignage" in dm.reply.text
    [mine] = await lea.send("mes points")
    assert "105 points, niveau Actif·ve" in mine.text
    assert "Badges : Première contribution, Premier témoignage, Touche-à-tout." in mine.text
    with program.services.db.session() as session:
        [change] = session.exec(select(LevelChange)).all()
    assert (change.from_level, change.to_level, change.changed_by) == ("member", "active", None)
    # Nothing more is sent: each message was decided once.
    assert await postman.run_until(paris("2027-03-05T12:00")) == []


async def test_i17_1_correcting_the_kind_and_the_date(program: Assistant):
    lea = someone(program, "lea")
    [proposal] = await lea.send("j'ai publié un avis sur le site du salon")
    assert "Avis en ligne, le 01/03/2027" in proposal.text
    [kinds] = await lea.send("Autre type")
    assert [c.label for c in kinds.choices][:3] == ["Témoignage", "Avis en ligne", "Événement"]
    [again] = await lea.send("Événement")
    assert "Événement, le 01/03/2027" in again.text
    [ask] = await lea.send("Autre date")
    assert [c.label for c in ask.choices] == ["Aujourd'hui", "Hier", "Avant-hier"]
    [bad] = await lea.send("le 31/02")
    assert "Je ne comprends pas la date" in bad.text
    [fixed] = await lea.send("26/02")
    assert "Événement, le 26/02/2027" in fixed.text
    [done] = await lea.send("Oui, enregistrer")
    assert "Événement le 26/02/2027" in done.text
    [row] = contributions(program)
    assert (row.kind, row.occurred_on.isoformat(), row.source) == ("event", "2027-02-26", "chat")
    [stale] = await lea.click(DRAFT_ACTION, f"confirm:{'0' * 6}")
    assert len(contributions(program)) == 1 and stale.text  # an old button logs nothing


async def test_i17_1_bad_input_is_told_clearly(program: Assistant):
    lea, marc = someone(program, "lea"), someone(program, "marc")
    [unknown] = await lea.send("contribution tricot hier")
    assert "Je ne connais pas le type « tricot »" in unknown.text
    assert "Recommandation" in [c.label for c in unknown.choices]  # the list is offered
    [picked] = await lea.send("Avis en ligne")  # one click completes the command
    assert "C'est noté (n° 1) : Avis en ligne le 28/02/2027" in picked.text
    [future] = await lea.send("contribution avis demain")
    assert future.text.startswith("La date 02/03/2027 est dans le futur")
    await lea.send("contribution avis https://g2.com/acme")
    [twice] = await marc.send("contribution avis https://www.g2.com/acme/")
    assert "Cette preuve a déjà été déclarée (contribution n° 2 du 01/03/2027)" in twice.text
    shot = Attachment("capture.png", b"\x89PNG the same screenshot", "image/png")
    [first] = await lea.send("contribution partage", attachments=[shot])
    assert "C'est noté" in first.text
    [same] = await marc.send("contribution partage", attachments=[shot])
    assert "Cette preuve a déjà été déclarée" in same.text
    [refused] = await marc.send("approuver 1")
    assert "Seule l'équipe du programme" in refused.text
    [refused] = await marc.click(REVIEW_ACTION, "approve:1")
    assert "Seule l'équipe du programme" in refused.text
    [not_for_others] = await marc.send("contribution pour @lea avis hier")
    assert "Seule l'équipe du programme peut déclarer une contribution pour" in (
        not_for_others.text
    )
    [refused] = await marc.send("contributions en attente")
    assert "réservée aux rôles suivants" in refused.text
    assert [r.person_id for r in contributions(program)] == [1, 1, 1]


async def test_i17_1_a_community_manager_logs_for_someone(program: Assistant):
    camille = someone(program, "camille", "community_manager")
    [logged] = await camille.send(
        "contribution pour @lea événement hier stand tenu toute la journée"
    )
    assert "C'est noté (n° 1) : Événement le 28/02/2027, +40 points" in logged.text
    [row] = contributions(program)
    assert (row.status, row.source, row.reviewed_by) == ("approved", "staff", "console:camille")
    assert row.note == "stand tenu toute la journée"
    delivered = await Postman(program, clock_of(program)).run_until(clock_of(program).now())
    [dm] = [d for d in delivered if d.to == "lea"]
    assert "L'équipe du programme a enregistré pour vous une contribution" in dm.reply.text
    [unknown] = await camille.send("contribution pour @personne avis")
    assert "Personne inconnue dans l'annuaire : @personne" in unknown.text
    [down] = await camille.send("niveau @lea champion")
    assert "Léa passe de Membre à Champion·ne" in down.text


async def test_i17_1_a_solicitation_done_is_a_contribution(program: Assistant):
    from skills.solicitations.render import ANSWER_ACTION, PLAN_ACTION
    from tests.e2e.solicitation_support import create

    create("2027-03-12T18:00", 1, "--points", "70")
    camille = someone(program, "camille", "community_manager")
    await camille.send("sollicitation proposer 1")
    await camille.click(PLAN_ACTION, "confirm:1")
    await Postman(program, clock_of(program)).run_until(clock_of(program).now())
    lea = someone(program, "lea")
    [done] = await lea.click(ANSWER_ACTION, "done:1")
    assert done.text.startswith("Votre contribution est enregistrée (n° 1) ; elle comptera")
    assert "joindre une preuve" in done.text
    [saved] = await lea.send("https://acme.example/temoignage-lea")
    assert "Preuve enregistrée" in saved.text
    [row] = contributions(program)
    assert (row.kind, row.points, row.solicitation_id, row.status) == (
        "testimonial",
        70,
        1,
        "pending",
    )
    assert row.proof_url == "https://acme.example/temoignage-lea"


async def test_i17_4_the_board_is_opt_in_and_shows_neighbours(program: Assistant):
    people = {u: someone(program, u) for u in ("lea", "marc", "zoe", "kenji")}
    shares = {"lea": 4, "marc": 2, "zoe": 3, "kenji": 1}
    for user, count in shares.items():
        for n in range(count):
            await people[user].send(f"contribution partage https://example.org/{user}/{n}")
    [board] = await people["lea"].send("tableau")
    assert "Vous n'apparaissez pas sur le tableau" in board.text
    assert "Autour de vous" not in board.text and "Marc" not in board.text
    assert "• Partage sur les réseaux : 10 — 4 personne(s)" in board.text
    for user in ("marc", "zoe", "kenji"):
        await people[user].send("tableau oui")
    [joined, shown] = await people["lea"].click("contrib:pref", "board:on")
    assert "vous apparaissez sur le tableau" in joined.text
    lines = shown.text.splitlines()
    assert "Vous : 40 points." in lines
    # Two neighbours each side at most, no rank number, never the full ranking by default.
    assert lines[lines.index("Autour de vous :") + 1 :][:3] == [
        "• Léa (vous) — 40 points",
        "• Zoé — 30 points",
        "• Marc — 20 points",
    ]
    assert "Kenji" not in shown.text.split("Merci")[0]
    assert "Tout le tableau" not in shown.text
    [left] = await people["zoe"].send("tableau non")
    assert "vous n'apparaissez plus" in left.text
    [after] = await people["lea"].send("tableau")
    assert "Zoé" not in after.text.split("Merci")[0] and "Marc" in after.text


async def test_i17_7_my_points_in_english(program: Assistant):
    kenji = someone(program, "kenji", lang="en")
    [empty] = await kenji.send("my points")
    assert "No contribution yet" in empty.text and "Member level" in empty.text
    [logged] = await kenji.send("contribution review yesterday https://g2.com/kenji")
    assert logged.text.startswith("Logged (no. 1): Online review on 28/02/2027, +20 points")
    [mine] = await kenji.send("my level")
    assert "Kenji — 20 points, Member level." in mine.text
    assert "Next level, Active: 80 more points and 1 more kind(s) of contribution." in mine.text
    assert "Badges: First contribution." in mine.text
    assert "no. 1" in mine.text and "approved (20 points)" in mine.text
