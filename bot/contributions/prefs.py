"""A person's opt-ins: on the board, celebrated in the community channel, surveyed."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock, SystemClock
from bot.contributions.tables import PersonPreference
from bot.people.tables import Person
from bot.store.database import Database

OPTIONS = ("board_opt_in", "channel_opt_in", "surveys_opt_out")


@dataclass(frozen=True, slots=True)
class Preferences:
    board_opt_in: bool = False
    channel_opt_in: bool = False
    surveys_opt_out: bool = False


class PreferenceBook:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def get(self, person_id: int) -> Preferences:
        with self.db.session() as session:
            row = session.get(PersonPreference, person_id)
            if row is None:
                return Preferences()
            return Preferences(row.board_opt_in, row.channel_opt_in, row.surveys_opt_out)

    def set(self, person_id: int, option: str, value: bool) -> bool:
        """Set one option; False when it already had that value."""
        if option not in OPTIONS:
            raise ValueError(f"unknown option {option}")
        with self.db.session() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise LookupError(person_id)
            row = session.get(PersonPreference, person_id)
            current = getattr(row, option) if row is not None else False  # all default off
            if current == value:
                return False
            if row is None:
                row = PersonPreference(person_id=person_id, client=person.client)
            setattr(row, option, value)
            row.updated_at = self.clock.now()
            session.add(row)
            return True
