"""A fixture person who does a bit of everything, in the console, on a manual clock.

Léonie asks questions, answers a JE workshop, logs contributions, answers a solicitation
(with a proof file) and opens a handoff that staff answer and give back. Marc, another
ambassador, does some of it too: his data must survive her erasure.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import create_engine, inspect, text

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.clock import ManualClock
from bot.core.messages import Attachment
from bot.people.roster import RosterEntry
from skills.solicitations.render import ANSWER_ACTION, PLAN_ACTION
from tests.e2e.solicitation_support import GROUP, Postman, create, paris
from tests.e2e.workshop_support import answer, code_of

USER = "leonie_q7x"
NAME = "Léonie Vasseur"
EMAIL = "leonie.vasseur@example.org"
QUESTION = "Le guidon ergonomique zébré convient-il aux longues distances ?"
JE_ANSWERS = [
    "10",
    "Partager mes balades au lac Chambon",
    "6, 7",
    "4",
    "Disponible le mercredi après-midi seulement",
    "6, 7",
    "4, 6",
    "Crainte de parler devant des inconnus",
    "oui",
]
MARC_JE = ["7", "Rencontrer d'autres clients", "1", "2", "passer", "2", "3", "Rien", "non"]
NOTE_LINK = "https://linkedin.com/post/leonie-lac-chambon-777"
PROOF_FILE = b"preuve-video-leonie-chambon"
HANDOFF_ASK = "Je voudrais parler à une vraie personne : ma sacoche Zébulon fuit."
STAFF_REPLY = "Bonjour, je regarde votre sacoche tout de suite"
THANKS = "Merci, la sacoche Zébulon est la grise"
# What must be nowhere once she is erased (searched case-insensitively).
NEEDLES = (
    USER,
    NAME,
    "Vasseur",
    EMAIL,
    "guidon ergonomique zébré",
    "balades au lac Chambon",
    "mercredi après-midi seulement",
    "parler devant des inconnus",
    "leonie-lac-chambon-777",
    "sacoche Zébulon",
    "preuve-video-leonie",
    STAFF_REPLY,  # a staff reply in her handoff goes with her
)


def person(bot: Assistant, user: str, role: str = "ambassador") -> ConsoleSession:
    names = {USER: NAME, "marc": "Marc", "camille": "Camille", "hugo": "Hugo"}
    return ConsoleSession(bot, client="acme", user_id=user, role=role, user_name=names[user])


def roster(bot: Assistant) -> None:
    bot.services.roster.import_entries(
        "acme",
        [
            RosterEntry("console", USER, NAME, EMAIL, (GROUP,), "Europe/Paris"),
            RosterEntry("console", "marc", "Marc", None, (GROUP,), "Europe/Paris"),
            RosterEntry("console", "camille", "Camille", None, ("staff",)),
        ],
    )


@dataclass
class Story:
    bot: Assistant
    clock: ManualClock
    workshop_code: str


async def live(bot: Assistant) -> Story:
    """Everything Léonie (and Marc) do; returns what the tests need to look further."""
    clock = ManualClock(paris("2027-03-01T14:00"))
    bot.services.clock = clock
    roster(bot)
    leonie, marc = person(bot, USER), person(bot, "marc")
    camille, hugo = person(bot, "camille", "community_manager"), person(bot, "hugo", "facilitator")

    await leonie.send(QUESTION)
    await marc.send("Comment devenir ambassadeur confirmé ?")

    code = code_of(await hugo.send("atelier je ouvert"))
    for who in (leonie, marc):
        await answer(who, f"rejoindre {code}")
        answers = JE_ANSWERS if who is leonie else MARC_JE
        last = await answer(who, *answers)
        for _ in range(3):  # steps a condition adds: named in the synthesis? no
            if "sont toutes enregistrées" in last:
                break
            last = await answer(who, "2")
        assert "sont toutes enregistrées" in last, last
    assert "version 1" in await answer(hugo, f"atelier clore {code}")
    await hugo.send(f"synthèse {code}")  # its `people` maps a label to her

    review = await leonie.send(f"contribution partage aujourd'hui {NOTE_LINK}")
    assert "+10 points" in review[0].text, review[0].text
    await marc.send("contribution partage aujourd'hui https://linkedin.com/post/marc-1")

    create("2027-03-12 18:00", 2)
    await camille.send("sollicitation proposer 1")
    await camille.click(PLAN_ACTION, "confirm:1")
    postman = Postman(bot, clock)
    await postman.run_until(clock.now())
    assert postman.to(USER), [d.to for d in postman.delivered]
    await leonie.click(ANSWER_ACTION, "accept:1")
    await leonie.click(ANSWER_ACTION, "done:1")
    await leonie.send("", [Attachment("preuve-video-leonie.txt", PROOF_FILE)])

    await leonie.send(HANDOFF_ASK)
    await camille.send("prendre 1")
    await camille.send(f"repondre 1 {STAFF_REPLY}")
    await leonie.send(THANKS)
    await camille.send("rendre 1")
    return Story(bot, clock, code)


def rows_everywhere(url: str) -> Iterator[tuple[str, str]]:
    """(table, text of one row) for every row of every table, the job store included."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            for table in inspect(connection).get_table_names():
                for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                    yield table, " | ".join(_text(value) for value in row)
    finally:
        engine.dispose()


def _text(value: Any) -> str:
    if isinstance(value, bytes | memoryview):
        return bytes(value).decode("utf-8", errors="replace")
    return str(value)


def found_in(haystack: str) -> list[str]:
    """The needles in a text, written plainly or escaped as JSON (`L\\u00e9onie`)."""
    folded = haystack.casefold()
    return [
        n for n in NEEDLES if n.casefold() in folded or json.dumps(n)[1:-1].casefold() in folded
    ]


@contextmanager
def noop() -> Iterator[None]:
    yield


TODAY = date(2027, 3, 31)
