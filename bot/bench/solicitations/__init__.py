"""`ambassade bench solicitations`: fair choice over a simulated year (`fairness_sim`,
`simulation`, `world`, `outcome`), delivery exactly once to a fake Slack (`delivery`,
`sender_process`, `fake_slack`, `clock`), the run and its tables (`run`, `report`)."""
