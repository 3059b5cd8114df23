"""What personas keep about a person: the label (P1…) standing for them in a persona, their
words quoted as verbatims, and who drafted, edited, validated or published a set."""

from __future__ import annotations

from bot.data_rights.labelled import labelled_versions_store
from bot.data_rights.registry import PersonalDataStore
from skills.personas.tables import PersonaSetVersion


def personas_store() -> PersonalDataStore:
    return labelled_versions_store(
        PersonaSetVersion,
        name="personas",
        keeps="which persona label (P1, P2…) stands for them, their words quoted as "
        "verbatims, and the persona sets they drafted, edited, validated or published",
        actor_columns=("created_by", "edited_by", "validated_by", "published_by"),
    )
