"""Data rights (issue 20): what each store keeps about a person, their export and erasure.

`registry.py` holds the contract every feature implements (`PersonalDataStore`); the
features' stores live in their own packages (`personal_data.py`) and are registered by the
composition root (`bot.assistant.register_personal_data`). Nothing here imports a feature.
"""
