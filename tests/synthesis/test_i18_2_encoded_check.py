"""Issue 18, item 2 (attribution precision): the big groups `encoded.recheck`'s budget
leaves unread get a cheap look (`bot.synthesis.encoded_check`): one whose central answers
do not hold together is no theme."""

from __future__ import annotations

from bot.synthesis import encoded, encoded_check
from bot.synthesis.features import build
from tests.synthesis.test_i18_2_encoded import TopicEncoder, _group, _workshop


def _lexical(rows: dict[str, list[int]]) -> list:  # type: ignore[type-arg]
    loose = [*rows["time"][3:], rows["goodies"][2], *rows["noise"][:2]]  # 5 people, 3 ideas
    return [
        _group(loose),
        _group(rows["meet"]),
        _group(rows["goodies"][:2]),
        _group(rows["time"][:3]),
    ]


def test_i18_2_encoded_check_drops_an_unread_big_group_that_does_not_hold_together(
    monkeypatch,
) -> None:
    answers, every, rows = _workshop()
    features = build(every, None)
    monkeypatch.setattr(encoded, "MIN_TEXTS", 2)
    monkeypatch.setattr(encoded, "BUDGET", 9)  # 2 + 3 + 4: the 5-person group is left unread
    lexical = _lexical(rows)
    encoder = TopicEncoder()
    found = encoded.recheck(lexical, every, answers, features, encoder)
    assert encoder.calls == [9, 4]  # then its 4 central answers, one per participant
    assert not any(set(g.rows) & set(lexical[0].rows) for g in found)
    assert any(set(rows["meet"]) <= set(g.rows) for g in found)


def test_i18_2_encoded_check_within_its_budget_only(monkeypatch) -> None:
    answers, every, rows = _workshop()
    features = build(every, None)
    monkeypatch.setattr(encoded, "MIN_TEXTS", 2)
    monkeypatch.setattr(encoded, "BUDGET", 9)
    monkeypatch.setattr(encoded_check, "CHECK_BUDGET", 3)  # fewer than the group's 4
    lexical = _lexical(rows)
    encoder = TopicEncoder()
    found = encoded.recheck(lexical, every, answers, features, encoder)
    assert encoder.calls == [9]
    assert lexical[0] in found  # unread: its lexical reading stands
