"""The people of each program: one person per human, with their platform identities.

A person is who the program knows (an ambassador, a community manager): name, e-mail,
groups, language, time zone, quiet hours, status. An identity is how a platform knows
them (a Slack user id, a Discord user id, a console name); one human on two platforms is
one person with two identities.
"""

from typing import TYPE_CHECKING, Any

from bot.people.errors import RosterError
from bot.people.refs import PersonRef, PersonRefError, parse_person_ref

if TYPE_CHECKING:
    from bot.people.roster import Roster
    from bot.people.tables import Person, PersonIdentity, PersonStatus

# The tables and the roster load the database code: imported on first use only, so that
# a command naming a person (`slack:U0…`) starts fast.
_LAZY = {
    "Roster": "bot.people.roster",
    "Person": "bot.people.tables",
    "PersonIdentity": "bot.people.tables",
    "PersonStatus": "bot.people.tables",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'bot.people' has no attribute {name!r}")


__all__ = [
    "Person",
    "PersonIdentity",
    "PersonRef",
    "PersonRefError",
    "PersonStatus",
    "Roster",
    "RosterError",
    "parse_person_ref",
]
