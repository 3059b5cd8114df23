"""Texts shared by several commands and skills, rendered in the right language."""
