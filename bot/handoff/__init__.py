"""Human handoff: the flow around the offline triage of `bot.policy.handoff`."""
