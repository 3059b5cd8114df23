"""Benchmarks (`ambassade bench …`): quality and speed against a baseline in the same process.

Kept out of the runtime packages: nothing the bot runs imports them.
"""
