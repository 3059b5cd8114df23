"""Slack: Bolt listeners around the platform-neutral core (translate, render, send)."""

from bot.adapters.slack.app import SlackAdapter
from bot.adapters.slack.runner import SlackConfigError, run_slack, slack_problems

__all__ = ["SlackAdapter", "SlackConfigError", "run_slack", "slack_problems"]
