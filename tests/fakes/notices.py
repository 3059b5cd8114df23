"""How the first-contact notice (issue 20) starts, so test doubles can keep it apart from
the answers (`FakeSlackAPI.notices`, `DiscordHarness.notices`, `ConsoleSession.notices`)."""

from __future__ import annotations

from prompts.catalog import text

# `notices.intro` in prompts/notices_*.yaml, up to the client's name.
NOTICE_STARTS = tuple(
    text(language, "notices.intro", client="\0").split("\0")[0] for language in ("fr", "en")
)
