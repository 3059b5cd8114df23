"""The words every section of a client file shares: roles, languages, sensitivity levels,
and the strict base model (an unknown key is an error, never silently ignored)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict


class Role(StrEnum):
    AMBASSADOR = "ambassador"
    FACILITATOR = "facilitator"
    COMMUNITY_MANAGER = "community_manager"


Language = Literal["fr", "en"]
Sensitivity = Literal["public", "internal", "confidential"]


class StrictModel(BaseModel):
    """A section of a client file: an unknown key is refused, naming the key."""

    model_config = ConfigDict(extra="forbid")
