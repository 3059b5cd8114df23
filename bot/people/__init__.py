"""The people of each program: one person per human, with their platform identities.

A person is who the program knows (an ambassador, a community manager): name, e-mail,
groups, language, time zone, quiet hours, status. An identity is how a platform knows
them (a Slack user id, a Discord user id, a console name); one human on two platforms is
one person with two identities.
"""

from bot.people.refs import PersonRef, PersonRefError, parse_person_ref
from bot.people.roster import Roster, RosterError
from bot.people.tables import Person, PersonIdentity, PersonStatus

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
