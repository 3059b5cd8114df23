"""A person's public-recognition opt-ins: named on the board, celebrated in the community
channel. Each answer is also kept as evidence (when, where) in `consent`; the survey's
opt-in lives there alone (`bot.notices.consent`)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock, SystemClock
from bot.contributions.tables import PersonPreference
from bot.notices.consent import record
from bot.notices.tables import ConsentTopic
from bot.people.tables import Person
from bot.store.database import Database

OPTIONS = ("board_opt_in", "channel_opt_in")
TOPICS = {"board_opt_in": ConsentTopic.BOARD, "channel_opt_in": ConsentTopic.CHANNEL}


@dataclass(frozen=True, slots=True)
class Preferences:
    board_opt_in: bool = False
    channel_opt_in: bool = False


class PreferenceBook:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def get(self, person_id: int) -> Preferences:
        with self.db.session() as session:
            row = session.get(PersonPreference, person_id)
            if row is None:
                return Preferences()
            return Preferences(row.board_opt_in, row.channel_opt_in)

    def set(self, person_id: int, option: str, value: bool, *, platform: str = "unknown") -> bool:
        """Set one option, and keep the answer as evidence (`platform`: where it was
        given); False when it already had that value (the evidence is dated anew)."""
        if option not in OPTIONS:
            raise ValueError(f"unknown option {option}")
        now = self.clock.now()
        with self.db.session() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise LookupError(person_id)
            record(session, person.client, person_id, TOPICS[option], value, platform, now)
            row = session.get(PersonPreference, person_id)
            current = getattr(row, option) if row is not None else False  # all default off
            if current == value:
                return False
            if row is None:
                row = PersonPreference(person_id=person_id, client=person.client)
            setattr(row, option, value)
            row.updated_at = now
            session.add(row)
            return True
