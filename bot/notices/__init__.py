"""Transparency and consent (issue 20): the first-contact notice and its evidence, model
consent, retention of records, and people leaving the program."""
