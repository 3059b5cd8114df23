"""Human handoff: the flow around the offline triage of `bot.handoff.detection`."""
