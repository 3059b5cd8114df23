"""`python -m bot.cli` runs the `ambassade` command."""

from bot.cli.root import main

main()
