"""Human handoff, in one package. What other code uses of it is `bot.handoff.api`.

- `detection/`: the offline triage (rules as data, the learned model, a second opinion);
- `flow.py` (`HandoffFlow`) and the modules it names: the pipeline's stages 5 and 9, opening,
  relaying and escalating a handoff;
- `settings.py`: per-client settings (`PerClientSettings` keeps what is compiled per client);
- `records.py` (the `handoff` table), `card.py` (the staff card), `transcript.py`;
- `keys.py`: action ids, state keys, job and reply keys, each defined once.

The staff commands are a skill like the others, in `skills/handoff/`; it imports from
`bot.handoff.api`. This file imports nothing: the CLI reads `detection/` without the flow.
"""
