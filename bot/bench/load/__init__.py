"""`ambassade bench load`: the scale-out targets of issue 21, one part at a time
(`leader`: two schedulers, the leader SIGKILLed mid-run; `conversations`: concurrent
conversations over signed Slack HTTP requests to `run slack` replicas)."""
