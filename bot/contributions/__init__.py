"""Contributions: what ambassadors did for the program, and how it is recognised.

One log per client (`contribution`): a kind, a date, a proof, a status (pending, approved,
rejected), who logged it and who reviewed it. Points, levels and badges come from the
client's `contributions:` settings (`settings.py`); level changes and badge awards are kept
as history (`level_change`, `badge_award`); `person_preference` holds each person's opt-ins
(the board, the community channel) and `nps_answer` the ambassadors' survey answers.

This package's `__init__` imports nothing, so that `bot.tenants` can load the settings
without the database code.
"""
