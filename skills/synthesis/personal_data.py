"""What syntheses keep about a person: a label (P1…) mapped to them, and their words.

Their words are found by the workshops' store (`writings`) before anything is erased.
"""

from __future__ import annotations

from bot.data_rights.labelled import labelled_versions_store
from bot.data_rights.registry import PersonalDataStore
from skills.synthesis.tables import SynthesisVersion


def synthesis_store() -> PersonalDataStore:
    return labelled_versions_store(
        SynthesisVersion,
        name="syntheses",
        keeps="which synthesis label (P1, P2…) stands for them, their words quoted in it, "
        "and the syntheses they asked for",
    )
