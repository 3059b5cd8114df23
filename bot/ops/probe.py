"""The container's HEALTHCHECK: `python -m bot.ops.probe [PATH]`.

Asks `http://127.0.0.1:$AMBASSADE_HEALTH_PORT/healthz` (or PATH, e.g. /readyz);
exit 0 on HTTP 200, 1 otherwise. Standard library only: it runs every few seconds and
must not load the bot.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request

DEFAULT_PORT = "8080"


def probe(path: str = "/healthz", port: str | None = None, timeout: float = 3.0) -> bool:
    port = port or os.environ.get("AMBASSADE_HEALTH_PORT") or DEFAULT_PORT
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as answer:
            return bool(answer.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


if __name__ == "__main__":
    sys.exit(0 if probe(*sys.argv[1:2]) else 1)
