"""Offline detection and pseudonymisation of personal and confidential data.

`PiiDetector` finds entities (e-mail, phone, IBAN, card, NIR, SIRET, SIREN,
street address, person, the client's confidential terms); `Pseudonymizer`
swaps them for placeholders such as `<PERSONNE_1>` before text leaves the
process and puts them back in the reply.
"""

from bot.policy.pii.detector import PiiDetector
from bot.policy.pii.entities import Entity, EntityType
from bot.policy.pii.pseudonymizer import Pseudonymizer
from bot.policy.pii.redaction import redact
from bot.policy.pii.terms import ConfidentialTermSpec, TermLike

__all__ = [
    "ConfidentialTermSpec",
    "Entity",
    "EntityType",
    "PiiDetector",
    "Pseudonymizer",
    "TermLike",
    "redact",
]
