"""Issue 18 item 2b: an answer that names a pole of a kind in so many words ("en visio",
"face à face", "anonymat") chooses it, though the sentence encoder reads it no closer to
that pole's phrases than to the other's."""

from __future__ import annotations

from bot.synthesis import contrast, kinds
from bot.synthesis.encoded import Memo
from bot.synthesis.kind_markers import named
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses
from tests.synthesis.idea_encoder import IdeaEncoder

Q_FORM = "Sous quelle forme voudriez-vous participer ?"
Q_WHY = "Pourquoi devenir ambassadeur ?"

FORMS = [
    ("P1", "Des rencontres en vrai, au café du coin"),
    ("P2", "En face à face avec les clients, au comptoir"),
    ("P3", "Sur place le samedi, à la boutique"),
    ("P4", "Tout en visio depuis la cuisine"),
    ("P5", "À distance, par écrit, le soir"),
    ("P6", "Je verrai bien le moment venu"),
]


def test_i18_2_kind_markers_name_one_pole():
    assert named("Tout en visio depuis la cuisine", "presence") == 1
    assert named("Des rencontres en vrai, au café du coin", "presence") == 0
    assert named("a public leaderboard at the entrance", "recognition") == 0
    assert named("quiet thank-yous are enough", "recognition") == 1
    assert named("anonymat complet, merci", "exposure") == 1
    assert named("Invitation only, a handful of regulars", "openness") == 0
    # Both poles, none, or a kind without markers: no choice.
    assert named("en vrai ou en visio, peu importe", "presence") is None
    assert named("Je verrai bien", "presence") is None
    assert named("en visio", "reward") is None


def _sides(forms: list[tuple[str, str]]) -> list[set[str]] | None:
    said = [Answer(f"a{i}", who, Q_FORM, text) for i, (who, text) in enumerate(forms)]
    said += [
        Answer(f"b{i}", who, Q_WHY, f"J'aime la marque, {who}.") for i, (who, _) in enumerate(forms)
    ]
    cut = [c for i, a in enumerate(said) for c in clauses(i, a.text, "fr")]
    memo = Memo(IdeaEncoder({}, 256, 4))  # reads every text apart: no pole by meaning
    memo.queries([a.text for a in said])
    rows = [r for r, c in enumerate(cut) if said[c.answer_index].question == Q_FORM]
    found = kinds.sides(rows, cut, said, memo, contrast.EncoderBudget(memo.encoder, 60))
    if found is None:
        return None
    return [{said[cut[r].answer_index].participant for r in side} for side in found]


def test_i18_2_kind_markers_make_the_sides_of_a_kind():
    assert _sides(FORMS) == [{"P1", "P2", "P3"}, {"P4", "P5"}]
    # One holder of a pole makes no side.
    assert _sides([f for f in FORMS if f[0] != "P5"]) is None
