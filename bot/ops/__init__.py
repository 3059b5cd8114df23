"""Running the bot in production (issue 21): health checks, graceful shutdown, doctor."""
