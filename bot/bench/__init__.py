"""Benchmarks (`ambassade bench …`): quality and speed against a baseline in the same process.

Kept out of the runtime packages: nothing the bot runs imports them. The commands in
`bot/cli/` only read their options and print: `handoff`, `pii` and `gateway`, `retrieval`
(and `retrieval_speed`), `kpi` (`kpi_data`, `kpi_load`, `kpi_report`), `solicitations/`;
`database` says whether a bench can use the database URL it was given.
"""
