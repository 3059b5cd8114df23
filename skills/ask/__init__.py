"""Questions answered from the client's documents, feedback, knowledge gaps, uploads."""

from skills.ask.skill import setup

__all__ = ["setup"]
