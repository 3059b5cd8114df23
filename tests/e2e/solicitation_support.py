"""A small program with a manual clock and a sender loop that records what it delivers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from typer.testing import CliRunner

from bot.assistant import Assistant
from bot.clock import ManualClock
from bot.core.messages import Incoming, Reply
from bot.outbox import Outbox, SenderLoop
from bot.people.roster import RosterEntry
from bot.settings import Settings
from bot.solicitations.delivery import outbox_send
from bot.solicitations.quiet import Quiet
from bot.tenants import ClientConfig, ClientDirectory, QuietHours

PARIS = ZoneInfo("Europe/Paris")
TOKYO = ZoneInfo("Asia/Tokyo")
ZONES = {"lea": PARIS, "marc": PARIS, "zoe": PARIS, "kenji": TOKYO, "camille": PARIS}
GROUP = "ambassadeurs"


def set_rules(
    assistant: Assistant, settings: Settings, acme: ClientConfig, **rules: object
) -> None:
    """Change the client's solicitation settings (saved, and read again by the bot)."""
    config = acme.model_copy(deep=True)
    config.solicitations = config.solicitations.model_copy(update=rules)
    ClientDirectory(settings.clients_dir).save(config, overwrite=True)
    assistant.services.clients.load_all()


def roster(assistant: Assistant) -> None:
    people = [
        RosterEntry("console", "lea", "Léa", groups=(GROUP,), timezone="Europe/Paris"),
        RosterEntry("console", "marc", "Marc", groups=(GROUP,), timezone="Europe/Paris"),
        RosterEntry("console", "zoe", "Zoé", groups=(GROUP,), timezone="Europe/Paris"),
        RosterEntry(
            "console", "kenji", "Kenji", groups=(GROUP,), timezone="Asia/Tokyo", language="en"
        ),
        RosterEntry("console", "camille", "Camille", groups=("staff",)),
    ]
    assistant.services.roster.import_entries("acme", people)


def create(deadline: str, places: int, *extra: str) -> None:
    from bot.cli import app

    result = CliRunner().invoke(
        app,
        [
            "solicitations",
            "add",
            "--client",
            "acme",
            "--title",
            "Témoignage vidéo",
            "--kind",
            "testimonial",
            "--deadline",
            deadline,
            "--places",
            str(places),
            "--group",
            GROUP,
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output


@dataclass
class Delivered:
    at: datetime
    reply: Reply

    @property
    def to(self) -> str:
        return self.reply.user_id or ""


@dataclass
class Postman:
    """The sender loop of the test, on the manual clock, and what it delivered when."""

    assistant: Assistant
    clock: ManualClock
    delivered: list[Delivered] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.outbox = Outbox(self.assistant.services.db, self.clock)
        self.loop = SenderLoop(
            self.outbox, outbox_send(self.assistant, lambda _: self.deliver), clock=self.clock
        )

    async def deliver(self, incoming: Incoming, replies: list[Reply]) -> None:
        self.delivered += [Delivered(self.clock.now(), r) for r in replies]

    async def run_until(self, end: datetime) -> list[Delivered]:
        """Move the clock from one due message to the next, sending each, up to `end`."""
        start = len(self.delivered)
        while True:
            await self.loop.arun_once()
            due = self.outbox.next_due()
            if due is None or due > end:
                break
            self.clock.set(max(due, self.clock.now()))
        self.clock.set(max(end, self.clock.now()))
        await self.loop.arun_once()
        return self.delivered[start:]

    def to(self, user: str) -> list[Delivered]:
        return [d for d in self.delivered if d.to == user]


def in_quiet_hours(delivered: Delivered) -> bool:
    return Quiet.of(QuietHours()).is_quiet(delivered.at.astimezone(ZONES[delivered.to]))


def paris(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PARIS)


START = "2027-03-01T14:00"  # a Monday afternoon in Paris


def manual_program(assistant: Assistant) -> ManualClock:
    clock = ManualClock(paris(START))
    assistant.services.clock = clock
    roster(assistant)
    return clock
