"""Consent to the external model: `consentement oui|non` / `consent yes|no` (issue 20)."""

from skills.consent.skill import ConsentSkill, setup

__all__ = ["ConsentSkill", "setup"]
