"""Errors of the roster, importable without the database code."""

from __future__ import annotations


class RosterError(Exception):
    """A roster change that cannot be made; the message says why."""
