"""The card as people read it: localised numbers, one line per KPI with its n, and rows.

Used by the chat card (fields of a `Reply`), the CLI table, and the CLI's CSV (one row per
figure: name, value, n, since, until, reason).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.kpi.card import Card
from bot.tenants import ClientConfig
from prompts.catalog import normalize_language, text


def fmt_int(value: int, lang: str) -> str:
    grouped = f"{value:,}"
    return grouped.replace(",", "\u202f") if normalize_language(lang) == "fr" else grouped


def fmt_num(value: float, lang: str, digits: int = 1) -> str:
    shown = f"{value:,.{digits}f}"
    if normalize_language(lang) == "fr":
        return shown.replace(",", "\u202f").replace(".", ",")
    return shown


def fmt_pct(value: float, lang: str) -> str:
    number = fmt_num(100 * value, lang, 1)
    return f"{number}\u202f%" if normalize_language(lang) == "fr" else f"{number}%"


def kind_label(config: ClientConfig | None, kind: str, lang: str) -> str:
    """The client's label of a contribution kind, else the solicitation kind's, else the id."""
    if config is not None:
        for own in config.contributions.kinds:
            if own.id == kind and own.labels:
                return own.labels.get(lang) or next(iter(own.labels.values()))  # type: ignore[call-overload]
        from bot.solicitations.kinds import kind_label as solicitation_label

        return solicitation_label(config, kind, lang)
    return kind


class CardText:
    """One card, in one language."""

    def __init__(self, card: Card, lang: str, config: ClientConfig | None = None) -> None:
        self.card = card
        self.lang = normalize_language(lang)
        self.config = config

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, f"kpi.card.{key}", **values)

    def gated(self, key: str, show: Callable[[float], str]) -> str:
        gate = self.card.gates[key]
        if gate.value is not None:
            return show(gate.value)
        if gate.reason == "too_few":
            return self.t("too_few")
        return self.t("no_data")

    def n(self, key: str) -> str:
        return self.t("n", n=fmt_int(self.card.gates[key].n, self.lang))

    def title(self) -> str:
        client = self.config.title if self.config is not None else self.card.client
        if self.card.group is None:
            return self.t("title", client=client)
        return self.t("title_group", client=client, group=self.card.group)

    def period(self) -> str:
        since, until = self.card.period.since, self.card.period.until
        return self.t("period", since=since.isoformat(), until=until.isoformat())

    def fields(self) -> list[tuple[str, str]]:
        card, lang = self.card, self.lang
        p = card.people
        pct = lambda v: fmt_pct(v, lang)  # noqa: E731
        up, held, down = card.moves()
        cohorts = "".join(
            " ; "
            + self.t("cohort", year=year, value=self.gated(f"retention_by_cohort.{year}", pct))
            for year in p.retention
        )
        inactive = self.t("inactive_value", count=fmt_int(p.inactive_total, lang))
        if p.inactive:
            names = ", ".join(person.name or f"#{person.person_id}" for person in p.inactive[:8])
            inactive += "\n" + self.t("inactive_names", names=names)
        production = ", ".join(
            f"{kind_label(self.config, kind, lang)} {fmt_int(count, lang)}"
            for kind, count in card.production_by_kind().items()
            if count
        )
        hours = lambda v: self.t("hours", value=fmt_num(v, lang))  # noqa: E731
        return [
            (
                self.t("ambassadors"),
                self.t("ambassadors_value", value=fmt_int(p.ambassadors, lang)),
            ),
            (
                self.t("active"),
                self.t(
                    "active_value",
                    a30=fmt_int(p.active_30d, lang),
                    s30=self.gated("active_30d.share", pct),
                    a90=fmt_int(p.active_90d, lang),
                    s90=self.gated("active_90d.share", pct),
                    until=card.period.until.isoformat(),
                ),
            ),
            (self.t("inactive"), inactive),
            (self.t("contributions"), fmt_int(p.contributions, lang)),
            (
                self.t("per_ambassador"),
                self.t(
                    "per_ambassador_value",
                    mean=self.gated(
                        "contributions_per_ambassador.mean", lambda v: fmt_num(v, lang, 2)
                    ),
                    median=self.gated(
                        "contributions_per_ambassador.median", lambda v: fmt_num(v, lang, 1)
                    ),
                    n=self.n("contributions_per_ambassador.mean"),
                ),
            ),
            (
                self.t("participation"),
                self.t(
                    "participation_value",
                    value=self.gated("participation_rate", pct),
                    n=self.n("participation_rate"),
                ),
            ),
            (
                self.t("delay"),
                self.t(
                    "delay_value",
                    median=self.gated("response_delay_hours.median", hours),
                    n_median=self.n("response_delay_hours.median"),
                    within=self.gated("response_delay_hours.within_48h", pct),
                    n_within=self.n("response_delay_hours.within_48h"),
                ),
            ),
            (
                self.t("promotion"),
                self.t(
                    "promotion_value",
                    up=self.gated("promotion_rate", pct),
                    held=self.gated("levels.held_rate", pct),
                    down=self.gated("levels.moved_down_rate", pct),
                    n=self.n("promotion_rate"),
                )
                + f" — {fmt_int(up, lang)} / {fmt_int(held, lang)} / {fmt_int(down, lang)}",
            ),
            (
                self.t("retention"),
                self.t(
                    "retention_value",
                    value=self.gated("retention_yoy", pct),
                    n=self.n("retention_yoy"),
                    cohorts=cohorts,
                ),
            ),
            (
                self.t("nps"),
                self.t(
                    "nps_value",
                    value=self.gated("nps", lambda v: fmt_num(v, lang, 0)),
                    n=self.n("nps"),
                ),
            ),
            (self.t("production"), production or self.t("none")),
        ]

    def footer(self) -> str:
        return self.t("min_n", min_n=self.card.min_n)


def csv_rows(card: Card) -> list[list[str]]:
    """One row per figure: kpi, value, n, since, until, reason (empty when shown)."""
    since, until = card.period.since.isoformat(), card.period.until.isoformat()
    rows = [["kpi", "value", "n", "since", "until", "reason"]]
    p = card.people
    counts = {
        "ambassadors": (p.ambassadors, p.ambassadors),
        "active_30d": (p.active_30d, p.ambassadors),
        "active_90d": (p.active_90d, p.ambassadors),
        "recently_inactive": (p.inactive_total, p.ranked),
        "contributions": (p.contributions, p.ambassadors),
    }
    for key, (count, n) in counts.items():
        rows.append([key, str(count), str(n), since, until, ""])
    for key, gate in card.gates.items():
        shown = "" if gate.value is None else f"{gate.value:.4f}".rstrip("0").rstrip(".")
        rows.append([key, shown, str(gate.n), since, until, gate.reason or ""])
    for kind, count in card.production_by_kind().items():
        rows.append(
            [f"production_by_kind.{kind}", str(count), str(p.contributions), since, until, ""]
        )
    return rows
