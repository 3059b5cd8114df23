"""Why a contribution change is refused: a code and values for the localised message."""

from __future__ import annotations


class ContributionError(Exception):
    """`code` names the text `contributions.errors.<code>`; `values` fill it in."""

    def __init__(self, code: str, **values: str) -> None:
        super().__init__(code)
        self.code = code
        self.values = values
