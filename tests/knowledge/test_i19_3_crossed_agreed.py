"""Issue 19 item 3: when the sentence encoder and the words agree on a passage in the other
language than the question's, it answers at a lower share of the question's words
(`CROSSED_AGREED_SUPPORT`): its words are found through the bilingual lexicon only."""

from __future__ import annotations

from knowledge.answer import AGREED_SUPPORT, CROSSED_AGREED_SUPPORT, _agreed, _Verdict


def test_i19_3_a_passage_in_the_other_language_is_agreed_at_a_lower_share() -> None:
    share = (AGREED_SUPPORT + CROSSED_AGREED_SUPPORT) / 2
    cosines = [0.84, 0.83]
    crossed = [_Verdict(share, False, True, True), _Verdict(0.1, False, True, True)]
    same = [_Verdict(share, False, True, False), _Verdict(0.1, False, True, False)]
    assert _agreed(crossed, cosines) == 0
    assert _agreed(same, cosines) is None
