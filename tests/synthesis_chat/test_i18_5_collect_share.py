"""Issue 18, items 1 and 5: JE answers as the engine reads them; the participant-safe version."""

from __future__ import annotations

import pytest

from bot.policy.pii import PiiDetector
from bot.synthesis.model import (
    Distribution,
    Need,
    ObjectiveLink,
    Side,
    Synthesis,
    Theme,
    Verbatim,
)
from skills.synthesis.collect import collect, objectives_of
from skills.synthesis.share import identifier_check, participant_safe
from skills.synthesis.skill import BadArgument, Request, read_request
from skills.workshop.repository import WorkshopRepository
from tests.synthesis_chat.support import je_flow, run_je


def test_i18_1_answers_keep_their_kind_and_participants_become_labels(database):
    code = run_je(
        database,
        {
            "lea": {
                "purpose_fit": 8,
                "needs": ["Rencontrer d'autres clients", "Tester les nouveautés"],
                "motivations": ["network", "ateliers de quartier"],
                "time_available": "h1_3_month",
                "named_in_synthesis": True,
            },
            "paul": {"purpose_fit": 3, "fears": "Être trop sollicité", "named_in_synthesis": False},
        },
        skipped={"paul": ["constraints", "needs"]},
    )
    rows = WorkshopRepository(database).participant_answers("acme", "je")
    found = collect(rows, je_flow(), "fr")
    by_id = {a.id: a for a in found.answers}
    assert by_id[f"{code}-P1-purpose_fit"].kind == "scale"
    assert by_id[f"{code}-P1-purpose_fit"].text == "8"
    assert by_id[f"{code}-P1-needs-2"].text == "Tester les nouveautés"
    assert by_id[f"{code}-P1-needs-2"].question == "besoins"
    assert (by_id[f"{code}-P1-motivations-1"].kind, by_id[f"{code}-P1-motivations-1"].text) == (
        "choice",
        "rencontrer d'autres clients",
    )
    assert by_id[f"{code}-P1-motivations-2"].kind == "text"  # a free "other" entry
    assert by_id[f"{code}-P1-time_available"].text == "1 à 3 heures par mois"
    assert by_id[f"{code}-P2-fears"].participant == "P2"
    assert not any("named" in a.id for a in found.answers)  # consent is not an answer
    assert {a.participant for a in found.answers} == {"P1", "P2"}
    assert not any("lea" in a.participant or "Lea" in a.text for a in found.answers)
    assert found.skipped["contraintes"] == 1 and found.skipped["besoins"] == 1
    assert found.people == {"P1": "console:lea", "P2": "console:paul"}
    assert found.names == {"P1": "Lea"}  # Paul said no
    english = collect(rows, je_flow(), "en")
    assert {a.question for a in english.answers} >= {"needs", "fit with the purpose"}


def test_i18_5_a_person_is_named_only_if_every_session_had_their_consent(database):
    run_je(database, {"lea": {"purpose_fit": 8, "named_in_synthesis": True}, "zoe": {}})
    run_je(database, {"lea": {"purpose_fit": 9, "named_in_synthesis": False}, "marc": {}})
    run_je(database, {"zoe": {"purpose_fit": 5, "named_in_synthesis": True}})
    found = collect(WorkshopRepository(database).participant_answers("acme", "je"), je_flow(), "fr")
    assert found.people == {"P1": "console:lea", "P2": "console:zoe", "P3": "console:marc"}
    assert found.names == {"P2": "Zoe"}
    assert len(found.sessions) == 3


def test_i18_1_objectives_come_from_the_program_definition():
    definition = {
        "objectives": [{"label": "Plus d'avis"}, {"text": "Recommandations"}, "Plus d'avis"]
    }
    assert objectives_of(definition) == ["Plus d'avis", "Recommandations"]
    assert objectives_of({"objectives": []}) == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", Request()),
        ("k7p2q", Request(code="K7P2Q")),
        ("K7P2Q noms", Request(code="K7P2Q", names=True)),
        ("names", Request(names=True)),
        ("partage K7P2Q", Request(code="K7P2Q", share=True)),
        ("share", Request(share=True)),
        ("historique", Request(history=True)),
    ],
)
def test_i18_1_what_the_command_reads(typed, expected):
    assert read_request(typed) == expected


def test_i18_1_bad_words_are_named():
    with pytest.raises(BadArgument) as bad:
        read_request("K7P2")
    assert bad.value.key == "synthchat.errors.no_such_session"
    with pytest.raises(BadArgument) as bad:
        read_request("s'il-te-plaît")
    assert bad.value.key == "synthchat.errors.bad_argument"


def _theme(label, people, quotes, *, kind="convergence", minority=False, sides=()):
    return Theme(
        label=label,
        kind=kind,
        participants=tuple(people),
        answer_ids=tuple(f"a-{p}" for p in people),
        verbatims=tuple(Verbatim(f"a-{p}", q) for p, q in zip(people, quotes, strict=False)),
        minority=minority,
        sides=tuple(sides),
    )


SYNTHESIS = Synthesis(
    participants=8,
    themes=(
        _theme(
            "rencontrer d'autres clients",
            ["P1", "P2", "P3", "P4"],
            [
                "Rencontrer d'autres clients",
                "J'aimerais rencontrer Marc Dupont et les autres clients",
                "échanger avec d'autres clients",
                "appelez-moi au 06 12 34 56 78 pour en parler",
            ],
        ),
        _theme("le temps", ["P5", "P6"], ["Je manque de temps"], kind="divergence", minority=True),
        _theme(
            "les avantages",
            ["P6", "P7", "P8"],
            ["Les réductions comptent"],
            kind="divergence",
            minority=True,
        ),
        _theme(
            "vidéo",
            ["P1", "P2", "P5", "P6"],
            [],
            kind="divergence",
            sides=(
                Side("à l'aise", ("P1", "P2"), ("a-P1",), (Verbatim("a-P1", "j'adore filmer"),)),
                Side("mal à l'aise", ("P5", "P6"), ("a-P5",), (Verbatim("a-P5", "Zoé filme"),)),
            ),
        ),
    ),
    objectives=(
        ObjectiveLink("Plus d'avis", ("rencontrer d'autres clients", "le temps"), ("a-P1",)),
    ),
    unserved_needs=(Need("le temps", ("a-P5",)), Need("les avantages", ("a-P6",))),
    distributions=(Distribution("adhésion", "scale", (("8", 3), ("2", 1)), ()),),
    caveat="Brouillon pour discussion.",
)


def test_i18_5_share_drops_naming_verbatims_and_small_minorities():
    identifies = identifier_check(PiiDetector(), ["Zoé", "Léa"])
    shared = participant_safe(SYNTHESIS, identifies)
    safe = shared.synthesis
    labels = [t.label for t in safe.themes]
    assert "le temps" not in labels  # a view of 2 people
    assert "les avantages" in labels  # 3 people: kept
    meet = safe.themes[0]
    assert [v.text for v in meet.verbatims] == [
        "Rencontrer d'autres clients",
        "échanger avec d'autres clients",
    ]
    video = next(t for t in safe.themes if t.label == "vidéo")
    assert [v.text for side in video.sides for v in side.verbatims] == ["j'adore filmer"]
    assert shared.withheld_verbatims == 3  # a name, a phone number, a participant's name
    assert shared.withheld_points == 1
    assert safe.objectives[0].supported_by == ("rencontrer d'autres clients",)
    assert safe.caveat == SYNTHESIS.caveat
    # A need naming nobody stays; the 2-person view does not come back as a need.
    assert safe.unserved_needs == (Need("les avantages", ("a-P6",)),)
    assert participant_safe(safe, identifies).withheld_verbatims == 0  # nothing left to drop


def test_i18_5_a_label_that_names_someone_withholds_the_point():
    theme = _theme("merci Léa", ["P1", "P2", "P3"], ["merci pour tout"])
    shared = participant_safe(
        Synthesis(participants=3, themes=(theme,)), identifier_check(PiiDetector(), ["Léa"])
    )
    assert shared.synthesis.themes == () and shared.withheld_points == 1


@pytest.mark.parametrize(
    "verbatim",
    [
        "Les apéros avec l'équipe de Dubois",  # a surname alone
        "comme l'a dit jean-marc",  # a compound first name, lower case
        "Marc avait raison",  # one part of the compound
        "j'en ai parlé à helene",  # accents dropped
    ],
)
def test_i18_5_a_part_of_a_participants_name_withholds_the_verbatim(verbatim):
    identifies = identifier_check(
        PiiDetector(use_ner=False), ["Jean-Marc Dubois", "Hélène Le Gall"]
    )
    assert identifies(verbatim)


def test_i18_5_short_name_particles_withhold_nothing():
    identifies = identifier_check(PiiDetector(use_ner=False), ["Hélène Le Gall", "lea.martin"])
    assert not identifies("Le programme de parrainage me plaît")
    assert identifies("Merci Martin pour les photos")  # a handle's part
