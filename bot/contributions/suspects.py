"""`contributions suspectes`: what a community manager should look at twice.

- bursts: one person logging `burst_per_hour` or more contributions within an hour;
- duplicates: one person, one kind, one day, logged more than once without a proof and
  with the same note (or none), or the same note word for word on several contributions
  (rejected ones aside);
- reviewer pairs: one reviewer approving most of one person's reviewed contributions
  (at least 4, `reviewer_pair_share` of them), and two people approving each other's.
Nothing here decides: it lists, with the contribution numbers to open.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import col, select

from bot.contributions.kinds import find, solicitation_kind
from bot.contributions.tables import Contribution, ContributionStatus
from bot.people.tables import Person, PersonIdentity
from bot.solicitations.candidates import aware
from bot.store.database import Database
from bot.tenants import ClientConfig
from prompts.catalog import text

REJECTED = ContributionStatus.REJECTED.value
APPROVED = ContributionStatus.APPROVED.value
MIN_PAIR = 4
MIN_NOTE = 12  # shorter notes ("salon", "avis") repeat innocently


@dataclass
class Burst:
    person: str
    count: int
    start: datetime
    ids: list[int]


@dataclass
class Duplicate:
    person: str
    kind: str
    day: str
    ids: list[int]
    same_note: bool = False


@dataclass
class Pair:
    reviewer: str
    person: str
    approved: int
    share: float
    mutual: bool = False


@dataclass
class Suspects:
    since: datetime
    bursts: list[Burst] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.bursts or self.duplicates or self.pairs)


def suspects(db: Database, config: ClientConfig, now: datetime, days: int = 90) -> Suspects:
    since = now - timedelta(days=days)
    with db.session() as session:
        rows = session.exec(
            select(Contribution).where(
                Contribution.client == config.name,
                col(Contribution.logged_at) >= since,
                Contribution.status != REJECTED,
            )
        ).all()
        names = {
            p.id: p.name or f"#{p.id}"
            for p in session.exec(select(Person).where(Person.client == config.name))
        }
        owners = {
            f"{i.platform}:{i.user_id}": i.person_id
            for i in session.exec(
                select(PersonIdentity).where(PersonIdentity.client == config.name)
            )
        }
    found = Suspects(since)
    found.bursts = _bursts(rows, names, config.contributions.burst_per_hour)
    found.duplicates = _duplicates(rows, names)
    found.pairs = _pairs(rows, names, owners, config.contributions.reviewer_pair_share)
    return found


def _bursts(rows: list[Contribution], names: dict, limit: int) -> list[Burst]:
    by_person: dict[int, list[Contribution]] = defaultdict(list)
    for row in rows:
        by_person[row.person_id].append(row)
    found = []
    hour = timedelta(hours=1)
    for person_id, logged in by_person.items():
        logged.sort(key=lambda r: (aware(r.logged_at), r.id))
        best: list[Contribution] = []
        start = 0
        for end, row in enumerate(logged):
            while aware(row.logged_at) - aware(logged[start].logged_at) > hour:  # type: ignore[operator]
                start += 1
            if end - start + 1 > len(best):
                best = logged[start : end + 1]
        if len(best) >= limit:
            found.append(
                Burst(
                    names.get(person_id, "?"),
                    len(best),
                    aware(best[0].logged_at),
                    [r.id for r in best],
                )  # type: ignore[arg-type,misc]
            )
    return sorted(found, key=lambda b: -b.count)


def _duplicates(rows: list[Contribution], names: dict) -> list[Duplicate]:
    same_day: dict[tuple[int, str, str, str], list[int]] = defaultdict(list)
    same_note: dict[tuple[int, str], list[int]] = defaultdict(list)
    for row in rows:
        note = " ".join((row.note or "").casefold().split())
        if not (row.proof_url or row.proof_sha256):  # distinct proofs are distinct things
            key = (row.person_id, row.kind, row.occurred_on.isoformat(), note)
            same_day[key].append(row.id or 0)
        if len(note) >= MIN_NOTE:
            same_note[(row.person_id, note)].append(row.id or 0)
    found = [
        Duplicate(names.get(pid, "?"), kind, day, sorted(ids))
        for (pid, kind, day, _), ids in same_day.items()
        if len(ids) > 1
    ]
    listed = {tuple(d.ids) for d in found}
    for (pid, _), ids in same_note.items():
        if len(ids) > 1 and tuple(sorted(ids)) not in listed:
            found.append(Duplicate(names.get(pid, "?"), "", "", sorted(ids), same_note=True))
    return found


def _pairs(
    rows: list[Contribution], names: dict, owners: dict[str, int], share: float
) -> list[Pair]:
    reviewed: dict[int, int] = defaultdict(int)  # person → their contributions a person approved
    pairs: dict[tuple[str, int], int] = defaultdict(int)
    for row in rows:
        if row.status == APPROVED and row.reviewed_by and row.reviewed_by != "cli":
            reviewed[row.person_id] += 1
            pairs[(row.reviewed_by, row.person_id)] += 1
    approvals = {(owners.get(r), p): n for (r, p), n in pairs.items() if owners.get(r)}
    found = []
    for (reviewer, person_id), count in pairs.items():
        part = count / reviewed[person_id]
        reviewer_id = owners.get(reviewer)
        mutual = reviewer_id is not None and approvals.get((person_id, reviewer_id), 0) > 0
        if (count >= MIN_PAIR and part >= share) or (mutual and count >= 2):
            found.append(
                Pair(
                    reviewer=names.get(reviewer_id, reviewer),
                    person=names.get(person_id, "?"),
                    approved=count,
                    share=round(part, 2),
                    mutual=mutual,
                )
            )
    return sorted(found, key=lambda p: (-p.approved, p.person))


def suspects_lines(config: ClientConfig, lang: str, found: Suspects) -> list[str]:
    """The findings as text, for chat and the CLI."""

    def t(key: str, **values: object) -> str:
        return text(lang, f"contributions.chat.{key}", **values)

    lines = [t("suspects_title", date=f"{found.since:%d/%m/%Y}")]
    if found.empty:
        return [*lines, t("suspects_none")]
    if found.bursts:
        lines.append(t("suspects_bursts"))
        for b in found.bursts:
            ids = ", ".join(str(i) for i in b.ids)
            when = f"{b.start:%d/%m/%Y %H:%M}"
            lines.append(t("suspects_burst", name=b.person, count=b.count, date=when, ids=ids))
    if found.duplicates:
        lines.append(t("suspects_duplicates"))
        for d in found.duplicates:
            ids = ", ".join(str(i) for i in d.ids)
            if d.same_note:
                lines.append(t("suspects_same_note", name=d.person, ids=ids))
                continue
            kind = (find(config, d.kind) or solicitation_kind(config, d.kind)).label(lang)
            when = f"{date.fromisoformat(d.day):%d/%m/%Y}"
            lines.append(t("suspects_same_day", name=d.person, kind=kind, date=when, ids=ids))
    if found.pairs:
        lines.append(t("suspects_pairs"))
        for p in found.pairs:
            key = "suspects_mutual" if p.mutual else "suspects_pair"
            share = f"{round(p.share * 100)} %"
            lines.append(t(key, reviewer=p.reviewer, name=p.person, count=p.approved, share=share))
    return lines
