"""Documents in chat: a community manager sees each document's level and opens or restricts one."""

from skills.documents.skill import DocumentsSkill, setup

__all__ = ["DocumentsSkill", "setup"]
