"""Issue 17 item 6: `kpi [période] [groupe]` in chat — the card, its charts as images (the
console writes them and prints their paths), staff only, and bad input."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from bot.adapters.console import render_all
from bot.assistant import Assistant
from bot.core.messages import Target
from tests.conftest import SessionFactory
from tests.kpi.program import build


async def test_i17_6_kpi_card_with_charts_in_the_console(
    assistant: Assistant, session: SessionFactory, tmp_path: Path
) -> None:
    build(assistant.services.db)
    staff = session("camille", role="community_manager")
    replies = await staff.send("kpi 2026-01-01..2026-06-30")
    card, *charts = replies
    assert card.title == "Santé du programme — Acme Vélos"
    assert card.text.startswith("Période : du 2026-01-01 au 2026-06-30")
    fields = {f.label: f.value for f in card.fields}
    assert fields["Ambassadeurs"].startswith("5 ")
    assert fields["Contributions approuvées"] == "10"
    assert fields["NPS des ambassadeurs"] == "trop peu de réponses (n = 5)"
    assert "Personne H" in fields["Récemment inactifs"]
    assert card.sensitivity == "internal" and card.target == Target.SAME
    assert len(charts) == 5
    for chart in charts:
        assert chart.image is not None and chart.sensitivity == "internal"
        Image.open(io.BytesIO(chart.image.data)).load()
    # The console writes each image and prints where.
    shown = render_all(replies, image_dir=tmp_path / "console")
    for chart in charts:
        path = tmp_path / "console" / chart.image.filename
        assert path.is_file() and str(path) in shown
    assert charts[0].image.filename == "kpi-acme-20260101-20260630-active.png"


async def test_i17_6_kpi_for_a_group_and_in_english(assistant: Assistant, session: SessionFactory):
    build(assistant.services.db)
    staff = session("camille", role="community_manager", lang="en")
    card, *_ = await staff.send("kpi 2026-01-01..2026-06-30 sud")
    assert card.title == "Program health — Acme Vélos, group Sud"
    fields = {f.label: f.value for f in card.fields}
    assert fields["Ambassadors"].startswith("2 ")  # B and D (F joined after the period)


async def test_i17_6_kpi_is_for_staff_and_says_what_is_wrong(
    assistant: Assistant, session: SessionFactory
) -> None:
    build(assistant.services.db)
    [refused] = await session("lea", role="ambassador").send("kpi")
    assert "kpi" in refused.text and refused.ephemeral
    staff = session("camille", role="community_manager")
    [bad] = await staff.send("kpi 2026-13")
    assert bad.text == "mois impossible : « 2026-13 »"
    [unknown] = await staff.send("kpi 2026 Ouest")
    assert unknown.text == "groupe inconnu « Ouest » (groupes connus : Nord, Sud)"
    [neither] = await staff.send("kpi hier")
    assert neither.text.startswith("« hier » n'est ni une période ni un groupe connu.")
    [future] = await staff.send("kpi 2999")
    assert "après aujourd'hui" in future.text
