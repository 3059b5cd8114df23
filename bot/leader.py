"""One scheduler leader among the processes that share a database (issue 21).

Every process that may run the scheduled jobs and the outbox sender (`ambassade run
scheduler`, `run all`) runs a `Leadership`: it tries the lease (`bot.store.lease`) every
`every` seconds. The one that holds it is the leader and runs the work (`on_elected`);
the others wait. A leader that loses the lease (its database session broke, it could not
renew a row lease in time) stops the work at once (`on_deposed`), before anything else;
a leader that stops gracefully releases the lease so that a follower takes it at its
next try. When the leader dies without a word (SIGKILL), PostgreSQL frees its advisory
lock with the session, and a row lease expires after `ROW_LEASE_TTL`: a follower takes
over within `every` seconds of that.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

from bot.store.lease import Lease

log = logging.getLogger(__name__)

# How often a follower tries the lease, and a leader renews it (seconds).
LEASE_EVERY = 5.0


class Leadership:
    def __init__(
        self,
        lease: Lease,
        on_elected: Callable[[], None],
        on_deposed: Callable[[], None],
        *,
        every: float = LEASE_EVERY,
    ) -> None:
        self.lease = lease
        self.on_elected = on_elected
        self.on_deposed = on_deposed
        self.every = every
        self.leader = False
        self.elected_at: float | None = None  # time.time() of the last election
        self._attempt: asyncio.Future[bool] | None = None

    async def run(self, stop: asyncio.Event) -> None:
        """Try or renew the lease until `stop`; then stop the work and release the lease."""
        log.info("leader: %s waits for the %s lease", self.lease.holder, self.lease.name)
        try:
            while not stop.is_set():
                await self.step()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.every)
        finally:
            self._depose("stopping")
            await asyncio.to_thread(self.lease.release)

    async def step(self) -> bool:
        """One try (or renewal) of the lease; whether this process leads after it."""
        # One try at a time: a slow one is awaited again, never doubled on the connection.
        if self._attempt is None or self._attempt.done():
            self._attempt = asyncio.ensure_future(asyncio.to_thread(self.lease.hold))
        try:
            # A renewal that takes longer than a period may already be too late: give up.
            held = await asyncio.wait_for(asyncio.shield(self._attempt), self.every)
        except Exception as exc:  # the database is away: nobody may lead on it
            log.warning("leader: lease %s not reachable (%s)", self.lease.name, exc)
            held = False
        if held and not self.leader:
            self.leader = True
            self.elected_at = time.time()
            log.info("leader: %s elected at %.3f", self.lease.holder, self.elected_at)
            try:
                self.on_elected()
            except Exception:
                log.exception("leader: the work did not start; giving the lease back")
                self._depose("the work did not start")
                await asyncio.to_thread(self.lease.release)
                return False
        elif not held:
            self._depose("lease lost")
        return self.leader

    def _depose(self, why: str) -> None:
        if not self.leader:
            return
        self.leader = False
        log.warning("leader: %s stops leading (%s)", self.lease.holder, why)
        try:
            self.on_deposed()
        except Exception:
            log.exception("leader: stopping the work failed")
