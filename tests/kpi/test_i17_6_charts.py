"""Issue 17 item 6: the charts are real PNGs (decoded), of the right size, not blank, with
data and without."""

from __future__ import annotations

import io
from datetime import date

import numpy as np
import pytest
from PIL import Image

from bot.kpi.charts import SIZE, render_all
from bot.kpi.period import Period
from bot.kpi.settings import KpiSettings
from bot.store import Database
from bot.tenants import ClientConfig
from tests.kpi.program import CLIENT, NOW, build, scope_of
from tests.kpi.test_i17_5_kpis import KINDS, LEVELS


def card_of(db: Database, period: Period, client: str = CLIENT):
    from bot.kpi.card import compute

    scope = scope_of(db, config=ClientConfig(name=client))
    with db.engine.connect() as connection:
        return compute(
            connection, scope, period, levels=LEVELS, kinds=KINDS,
            settings=KpiSettings(min_n=2), zone="Europe/Paris", now=NOW,
        )  # fmt: skip


def decoded(png: bytes) -> np.ndarray:
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    image.load()  # decodes every pixel (a truncated file fails here)
    assert image.size == SIZE
    return np.asarray(image.convert("RGB"))


def not_blank(pixels: np.ndarray) -> bool:
    """More than a frame: many pixels away from white, and many distinct colours."""
    inked = (pixels.min(axis=2) < 200).mean()
    colours = len(np.unique(pixels.reshape(-1, 3), axis=0))
    return inked > 0.01 and colours > 20


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_i17_6_five_charts_are_real_images(database: Database) -> None:
    build(database)
    charts = render_all(card_of(database, Period(date(2026, 1, 1), date(2026, 6, 30))), "fr")
    assert [c.name for c in charts] == ["active", "kinds", "levels", "delay", "nps"]
    for chart in charts:
        assert not_blank(decoded(chart.png)), chart.name
        assert "2026-01-01" in chart.alt and chart.filename == f"kpi-{chart.name}.png"
    # The kinds chart carries one colour per kind: more colours than the NPS chart's two.
    kinds, nps = decoded(charts[1].png), decoded(charts[4].png)
    assert len(np.unique(kinds.reshape(-1, 3), axis=0)) > len(np.unique(nps.reshape(-1, 3), axis=0))


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_i17_6_charts_without_data_say_so(database: Database) -> None:
    charts = render_all(
        card_of(database, Period(date(2026, 1, 1), date(2026, 1, 31)), "nobody"), "en"
    )
    for chart in charts:
        pixels = decoded(chart.png)
        assert not_blank(pixels)  # the title, the caption and "no data in the period"


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_i17_6_charts_differ_with_the_data(database: Database) -> None:
    build(database)
    first = render_all(card_of(database, Period(date(2026, 1, 1), date(2026, 6, 30))), "fr")
    other = render_all(card_of(database, Period(date(2026, 1, 1), date(2026, 3, 31))), "fr")
    assert first[0].png != other[0].png
