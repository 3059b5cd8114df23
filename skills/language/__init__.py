"""Language: French by default, English on request, remembered per person."""

from skills.language.skill import LanguageSkill, setup

__all__ = ["LanguageSkill", "setup"]
