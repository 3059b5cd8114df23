"""A process that only competes for the scheduler lease, for the SIGKILL tests.

    python -m tests.scale.leader_probe DATABASE_URL LEASE_NAME OUT_FILE

Writes `ready <holder>`, then `elected <holder> <time>` / `deposed <holder> <time>` lines to
OUT_FILE as its `Leadership` (product defaults: try every 5 s, row lease of 15 s) changes.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from bot.leader import Leadership
from bot.store.database import Database
from bot.store.lease import lease_for


async def main(url: str, name: str, out: Path) -> None:
    lease = lease_for(Database(url), name)

    def write(what: str) -> None:
        with out.open("a", encoding="utf-8") as file:
            file.write(f"{what} {lease.holder} {time.time():.3f}\n")

    leadership = Leadership(lease, lambda: write("elected"), lambda: write("deposed"))
    write("ready")
    await leadership.run(asyncio.Event())


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
