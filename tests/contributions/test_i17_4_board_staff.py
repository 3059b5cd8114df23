"""Issue 17, item 4: the board leaves staff out by the KPIs' one staff rule — the last role
seen, a roster group the settings map to a staff role, or a handoff contact."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from bot.contributions.board import board
from bot.contributions.prefs import PreferenceBook
from bot.people import Roster
from bot.people.roster import RosterEntry
from bot.people.tables import Person
from bot.store import Database
from bot.tenants import ClientConfig
from tests.contributions.support import TODAY, program

SETTINGS = {
    "roles": {"facilitator": ["Équipe animation"]},  # Nour's roster group
    "handoff": {"contacts": ["U2"]},  # Marc takes handoffs
    "contributions": {"board": {"full_ranking": True}},
}


def test_i17_4_board_staff_by_the_kpi_rule(database: Database, tmp_path: Path) -> None:
    staffed = ClientConfig.model_validate({"name": "acme", **SETTINGS})
    p = program(database, tmp_path, staffed)
    Roster(database).import_entries(
        "acme", [RosterEntry("slack", "U4", "Nour", groups=("équipe ANIMATION",))]
    )
    with database.session() as session:
        nour = session.exec(select(Person).where(Person.name == "Nour")).one()
    assert nour.id is not None
    p.ids["U4"] = nour.id
    prefs = PreferenceBook(database, p.clock)
    for user in ("U1", "U2", "U3", "U4", "U9"):  # Camille (U9): community manager by role
        prefs.set(p.ids[user], "board_opt_in", True)
        p.add(user, "review", approved=True)
    with database.session() as session:
        lea = session.get(Person, p.ids["U1"])
    assert lea is not None

    shown = board(database, staffed, lea, TODAY)
    assert shown.ranking is not None
    assert sorted(e.name for e in shown.ranking) == ["Léa", "Zoé"]
    [reviews] = shown.thanks
    assert (reviews.kind, reviews.count, reviews.names, reviews.others) == (
        "review",
        2,
        ["Léa", "Zoé"],
        0,
    )

    # Without those settings only the role counts: Marc and Nour are ambassadors then.
    plain = ClientConfig.model_validate(
        {"name": "acme", "contributions": SETTINGS["contributions"]}
    )
    everyone = board(database, plain, lea, TODAY)
    assert everyone.ranking is not None
    assert sorted(e.name for e in everyone.ranking) == ["Léa", "Marc", "Nour", "Zoé"]
    assert everyone.thanks[0].count == 4
