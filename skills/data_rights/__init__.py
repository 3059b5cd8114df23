"""`mes données` / `my data` and `oubli` / `forget me`: a person's own data rights."""

from skills.data_rights.skill import DataRightsSkill, setup

__all__ = ["DataRightsSkill", "setup"]
