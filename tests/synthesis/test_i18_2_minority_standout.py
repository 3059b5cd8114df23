"""Issue 18, item 2 (b): a minority pair a little less alike than `minority.PAIR_AT` is
still a view when its likeness stands out from what each holder finds in every other
answer left (`minority.STANDOUT`), and is none when it does not."""

from __future__ import annotations

import numpy as np

from bot.synthesis import minority

UNITS = 12
PAIR = 0.26  # between STANDOUT_PAIR_AT and PAIR_AT


def _similarity(background: np.ndarray) -> np.ndarray:
    """Units 0 and 1 alike at `PAIR`, every other likeness from `background`."""
    similarity = background.copy()
    similarity[0, 1] = similarity[1, 0] = PAIR
    np.fill_diagonal(similarity, -np.inf)  # each unit is its own participant
    return similarity


def _background(spread: float, seed: int = 7) -> np.ndarray:
    noise = np.random.default_rng(seed).uniform(-spread, spread, (UNITS, UNITS))
    return np.minimum((noise + noise.T) / 2, PAIR - 0.01)


def test_i18_2_minority_pair_that_stands_out_is_a_view() -> None:
    assert minority.STANDOUT_PAIR_AT <= PAIR < minority.PAIR_AT
    similarity = _similarity(_background(0.1))  # others lie in ±0.1: the pair stands out
    asked = np.array(["q"] * UNITS)
    assert [0, 1] in minority._seeds_and_joins(similarity, similarity, asked)


def test_i18_2_minority_pair_lost_among_as_close_answers_is_none() -> None:
    background = _background(0.1)
    close = np.linspace(0.05, PAIR - 0.01, UNITS - 2)  # many nearly as close to both
    background[0, 2:] = background[2:, 0] = close
    background[1, 2:] = background[2:, 1] = close[::-1]
    similarity = _similarity(background)
    asked = np.array(["q"] * UNITS)
    seeds = minority._seeds_and_joins(similarity, similarity, asked)
    assert not any(seed[:2] == [0, 1] for seed in seeds)


def test_i18_2_minority_standing_out_is_no_excuse_across_questions() -> None:
    similarity = _similarity(_background(0.1))
    asked = np.array(["q1", "q2"] + ["q1"] * (UNITS - 2))
    seeds = minority._seeds_and_joins(similarity, similarity, asked)
    assert not any(seed[:2] == [0, 1] for seed in seeds)
