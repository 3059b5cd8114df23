"""Issue 18 item 2b: alternatives that carry no stance word, named by markers of a kind:
a regular rhythm ("tous les mois", "once a month") against help now and then ("au coup
par coup", "only when I offer", "once a year"); a video or a talk ("filmé", "webinaire")
against something written ("rédiger", "a blog post")."""

from __future__ import annotations

from bot.synthesis import contrast, kinds
from bot.synthesis.encoded import Memo
from bot.synthesis.kind_markers import named
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses
from tests.synthesis.idea_encoder import IdeaEncoder

Q_OFTEN = "How often could we ask you for a hand?"
Q_WHY = "Why would you join?"

OFTEN = [
    ("P1", "Once a month is perfect for me"),
    ("P2", "monthly, on a fixed date I can plan around"),
    ("P3", "a regular slot, same day each time"),
    ("P4", "only when I offer, don't chase me"),
    ("P5", "as and when, I'll put my hand up"),
    ("P6", "I'm not sure yet"),
]


def test_i18_2_rhythm_markers_name_one_pole():
    assert named("tous les mois, c'est parfait", "rhythm") == 0
    assert named("un créneau fixe le jeudi soir", "rhythm") == 0
    assert named("weekly is fine", "rhythm") == 0
    assert named("au coup par coup, selon les projets", "rhythm") == 1
    assert named("Ponctuellement, quand vous en avez besoin", "rhythm") == 1
    assert named("once a year at the big fair", "rhythm") == 1
    # Both poles, or neither: no choice.
    assert named("monthly calls and a yearly meetup", "rhythm") is None
    assert named("peut-être, on verra", "rhythm") is None


def test_i18_2_medium_markers_name_one_pole():
    assert named("Une vidéo de deux minutes dans l'atelier", "medium") == 0
    assert named("happy to be filmed at the counter", "medium") == 0
    assert named("un webinaire à l'heure du déjeuner", "medium") == 0
    assert named("plutôt rédiger un petit article", "medium") == 1
    assert named("a written piece for the newsletter", "medium") == 1
    assert named("une vidéo ou un texte, comme vous voulez", "medium") is None


def _sides(answers: list[tuple[str, str]]) -> list[set[str]] | None:
    said = [Answer(f"a{i}", who, Q_OFTEN, text) for i, (who, text) in enumerate(answers)]
    said += [
        Answer(f"b{i}", who, Q_WHY, f"I like the shop, {who}.")
        for i, (who, _) in enumerate(answers)
    ]
    cut = [c for i, a in enumerate(said) for c in clauses(i, a.text, "en")]
    memo = Memo(IdeaEncoder({}, 256, 4))  # reads every text apart: no pole by meaning
    memo.queries([a.text for a in said])
    rows = [r for r, c in enumerate(cut) if said[c.answer_index].question == Q_OFTEN]
    found = kinds.sides(rows, cut, said, memo, contrast.EncoderBudget(memo.encoder, 60))
    if found is None:
        return None
    return [{said[cut[r].answer_index].participant for r in side} for side in found]


def test_i18_2_rhythm_markers_make_the_sides_of_a_kind():
    assert _sides(OFTEN) == [{"P1", "P2", "P3"}, {"P4", "P5"}]
    # One holder of the ad hoc pole makes no side.
    assert _sides([a for a in OFTEN if a[0] != "P5"]) is None


def test_i18_2_a_negated_marker_names_no_pole():
    # "aucune mise en avant" refuses the spotlight: only "discrète" names a pole.
    assert named("rester discrète, aucune mise en avant", "exposure") == 1
    assert named("pas de vidéo, un petit texte plutôt", "medium") == 1
    assert named("sans caméra, par écrit", "medium") == 1
    assert named("no leaderboard, just a quiet thank-you", "recognition") == 1
    assert named("je ne suis jamais en ligne", "presence") is None


def test_i18_2_presence_markers_of_visits_and_remote_tools():
    assert named("Happy for them to come and see the workshop", "presence") == 0
    assert named("des visites sur place le mercredi", "presence") == 0
    assert named("a quick Teams call at lunch", "presence") == 1
    assert named("un webinaire de vingt minutes", "presence") == 1


def test_i18_2_contact_markers_of_messaging_and_email():
    assert named("un petit message WhatsApp, c'est le plus simple", "contact") == 0
    assert named("ping me on Slack, never by email", "contact") == 0
    assert named("by email please, I check my inbox every evening", "contact") == 1
    assert named("Par courriel uniquement", "contact") == 1
    assert named("un mail ou un SMS, peu importe", "contact") is None
