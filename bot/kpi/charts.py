"""The card's charts as PNG bytes (matplotlib's Agg canvas: no display, no pyplot state).

Five charts, each captioned with its period, its scope and its n: active ambassadors per
month, contributions by kind per month, levels (distribution at both ends, and moves),
response delays, NPS by survey wave (a wave under the minimum n is drawn hollow, unvalued).
Every chart has the same size (`SIZE` pixels); with no data it says so instead of an
empty frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from bot.kpi.card import Card
from bot.kpi.sources import month_first_day
from prompts.catalog import text

WIDTH, HEIGHT, DPI = 8.0, 4.5, 100
SIZE = (int(WIDTH * DPI), int(HEIGHT * DPI))  # 800 x 450 pixels
PALETTE = ("#2f6f9f", "#e07b39", "#4c9a5b", "#c4514e", "#8467b0", "#8c6d31", "#6b7b8c", "#d17fb5")


@dataclass(frozen=True)
class Chart:
    name: str  # file stem: "active", "kinds", "levels", "delay", "nps"
    png: bytes
    alt: str

    @property
    def filename(self) -> str:
        return f"kpi-{self.name}.png"


def _bars(
    axes: Axes,
    xs: list[float],
    heights: list[float],
    *,
    bottoms: list[float] | None = None,
    width: float = 0.8,
    color: str | list[str] = PALETTE[0],
) -> None:
    """Bars as one collection (much cheaper to draw than one patch per bar)."""
    bottoms = bottoms or [0.0] * len(xs)
    boxes = [
        [(x - width / 2, b), (x - width / 2, b + h), (x + width / 2, b + h), (x + width / 2, b)]
        for x, h, b in zip(xs, heights, bottoms, strict=True)
    ]
    colors = color if isinstance(color, list) else [color] * len(boxes)
    axes.add_collection(PolyCollection(boxes, facecolors=colors, edgecolors="none"))
    top = max([b + h for b, h in zip(bottoms, heights, strict=True)] + [0.0])
    low = min([b + h for b, h in zip(bottoms, heights, strict=True)] + [0.0])
    axes.update_datalim([(min(xs) - width, low), (max(xs) + width, top)])
    axes.autoscale_view()


def _few_ticks(axes: Axes) -> None:
    """Few y ticks: every tick is a set of artists to lay out and draw."""
    axes.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    axes.tick_params(labelsize=8)


class _Painter:
    def __init__(self, card: Card, language: str, kind_labels: dict[str, str]) -> None:
        self.card = card
        self.lang = language
        self.kind_labels = kind_labels
        self.since = card.period.since.isoformat()
        self.until = card.period.until.isoformat()

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, f"kpi.charts.{key}", **values)

    def scope(self) -> str:
        if self.card.group is None:
            return self.t("scope_all")
        return self.t("scope_group", group=self.card.group)

    def caption(self, n: int | None = None) -> str:
        if n is None:
            return self.t("caption", since=self.since, until=self.until, scope=self.scope())
        return self.t("caption_n", since=self.since, until=self.until, scope=self.scope(), n=n)

    def month_labels(self, months: list[int]) -> list[str]:
        names = self.t("months").split(",")
        labels = []
        for m in months:
            first = month_first_day(m)
            labels.append(f"{names[first.month - 1]} {first.year % 100:02d}")
        return labels

    def figure(self, title: str, caption: str) -> tuple[Figure, Axes]:
        figure = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot(1, 1, 1)
        _few_ticks(axes)
        axes.set_title(title, fontsize=12, loc="left")
        figure.text(0.01, 0.01, caption, fontsize=8, color="#555555")
        return figure, axes

    def empty(self, axes: Axes) -> None:
        axes.text(
            0.5,
            0.5,
            self.t("no_data"),
            ha="center",
            va="center",
            fontsize=14,
            color="#777777",
            transform=axes.transAxes,
        )
        axes.set_xticks([])
        axes.set_yticks([])

    @staticmethod
    def png(figure: Figure) -> bytes:
        figure.subplots_adjust(left=0.09, right=0.98, top=0.9, bottom=0.2)
        buffer = BytesIO()
        # Fast zlib: the charts are flat colours, level 1 is nearly as small and much quicker.
        figure.savefig(buffer, format="png", dpi=DPI, pil_kwargs={"compress_level": 1})
        return buffer.getvalue()

    # -- the charts ------------------------------------------------------------------------
    def active(self) -> Chart:
        months = self.card.months()
        values = [self.card.active_by_month.get(m, 0) for m in months]
        figure, axes = self.figure(self.t("active"), self.caption(self.card.people.ambassadors))
        if any(values):
            axes.plot(range(len(months)), values, marker="o", color=PALETTE[0])
            axes.fill_between(range(len(months)), values, alpha=0.15, color=PALETTE[0])
            self._months_axis(axes, months)
            axes.set_ylabel(self.t("active_axis"))
            axes.set_ylim(bottom=0)
        else:
            self.empty(axes)
        return Chart(
            "active", self.png(figure), self.t("alt_active", since=self.since, until=self.until)
        )

    def kinds(self) -> Chart:
        months = self.card.months()
        totals = self.card.production_by_kind()
        kinds = [kind for kind, count in totals.items() if count]
        figure, axes = self.figure(self.t("kinds"), self.caption(self.card.people.contributions))
        if kinds:
            xs = [float(x) for x in range(len(months))]
            bottom = [0.0] * len(months)
            legend = []
            for i, kind in enumerate(kinds):
                heights = [float(self.card.kinds_by_month.get((m, kind), 0)) for m in months]
                color = PALETTE[i % len(PALETTE)]
                _bars(axes, xs, heights, bottoms=bottom, color=color)
                legend.append(Patch(color=color, label=self.kind_labels.get(kind, kind)))
                bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
            self._months_axis(axes, months)
            axes.set_ylim(0, max(bottom) * 1.25 or 1)
            axes.set_ylabel(self.t("kinds_axis"))
            axes.legend(handles=legend, fontsize=7, ncol=3, loc="upper left")
        else:
            self.empty(axes)
        return Chart(
            "kinds", self.png(figure), self.t("alt_kinds", since=self.since, until=self.until)
        )

    def levels(self) -> Chart:
        card = self.card
        figure = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
        FigureCanvasAgg(figure)
        left, right = figure.add_subplot(1, 2, 1), figure.add_subplot(1, 2, 2)
        _few_ticks(left)
        _few_ticks(right)
        figure.suptitle(self.t("levels"), fontsize=12, x=0.01, ha="left")
        figure.text(0.01, 0.01, self.caption(card.people.ambassadors), fontsize=8, color="#555555")
        if card.people.ambassadors:
            start, end = card.level_distribution(False), card.level_distribution(True)
            positions = [float(p) for p in range(len(card.levels))]
            _bars(
                left,
                [p - 0.2 for p in positions],
                [float(v) for v in start.values()],
                width=0.4,
                color=PALETTE[6],
            )
            _bars(
                left,
                [p + 0.2 for p in positions],
                [float(v) for v in end.values()],
                width=0.4,
                color=PALETTE[0],
            )
            left.set_xticks(positions, card.levels, fontsize=8)
            left.set_ylabel(self.t("levels_axis"))
            left.set_ylim(bottom=0)
            left.legend(
                handles=[
                    Patch(color=PALETTE[6], label=self.t("levels_start", since=self.since)),
                    Patch(color=PALETTE[0], label=self.t("levels_end", until=self.until)),
                ],
                fontsize=7,
            )
            up, held, down = card.moves()
            names = [self.t("moves_up"), self.t("moves_held"), self.t("moves_down")]
            _bars(
                right,
                [0.0, 1.0, 2.0],
                [float(up), float(held), float(down)],
                color=[PALETTE[2], PALETTE[6], PALETTE[3]],
            )
            right.set_xticks([0, 1, 2], names, fontsize=8)
            right.set_ylim(0, max(up, held, down, 1) * 1.15)
            for i, value in enumerate((up, held, down)):
                right.text(i, value, str(value), ha="center", va="bottom", fontsize=8)
        else:
            self.empty(left)
            self.empty(right)
        return Chart(
            "levels", self.png(figure), self.t("alt_levels", since=self.since, until=self.until)
        )

    def delay(self) -> Chart:
        solicit = self.card.solicit
        figure, axes = self.figure(self.t("delay"), self.caption(solicit.answered))
        if solicit.answered:
            labels = self.t("buckets").split(",")
            xs = [float(x) for x in range(len(labels))]
            _bars(axes, xs, [float(b) for b in solicit.buckets], color=PALETTE[1])
            axes.set_xticks(xs, labels, fontsize=8)
            axes.set_ylim(0, max(solicit.buckets) * 1.15)
            axes.set_ylabel(self.t("delay_axis"))
            gate = self.card.gates.get("response_delay_hours.median")
            if gate is not None and gate.value is not None:
                axes.text(
                    0.98,
                    0.92,
                    self.t("delay_median", value=f"{gate.value:.1f}"),
                    ha="right",
                    transform=axes.transAxes,
                    fontsize=9,
                )
        else:
            self.empty(axes)
        return Chart(
            "delay", self.png(figure), self.t("alt_delay", since=self.since, until=self.until)
        )

    def nps(self) -> Chart:
        waves = self.card.nps.waves
        figure, axes = self.figure(self.t("nps"), self.caption(self.card.nps.n))
        if waves:
            shown = [self.card.gates[f"nps_by_wave.{w.survey}"].value for w in waves]
            xs = list(range(len(waves)))
            for x, value, wave in zip(xs, shown, waves, strict=True):
                if value is None:  # under the minimum n: a hollow marker at 0, no value
                    axes.plot([x], [0], marker="o", markerfacecolor="none", color="#999999")
                    axes.text(
                        x,
                        5,
                        self.t("nps_hidden", min_n=self.card.min_n),
                        ha="center",
                        fontsize=7,
                        color="#777777",
                    )
                else:
                    _bars(axes, [float(x)], [value], color=PALETTE[2] if value >= 0 else PALETTE[3])
                    axes.text(
                        x,
                        value,
                        f"{value:.0f}\nn={wave.n}",
                        ha="center",
                        va="bottom" if value >= 0 else "top",
                        fontsize=7,
                    )
            axes.set_xticks(xs, [w.survey for w in waves], fontsize=8)
            axes.set_ylim(-100, 100)
            axes.axhline(0, color="#333333", linewidth=0.8)
            axes.set_ylabel(self.t("nps_axis"))
        else:
            self.empty(axes)
        return Chart("nps", self.png(figure), self.t("alt_nps", since=self.since, until=self.until))

    def _months_axis(self, axes: Axes, months: list[int]) -> None:
        step = max(1, len(months) // 12)
        ticks = list(range(0, len(months), step))
        labels = self.month_labels([months[i] for i in ticks])
        axes.set_xticks(ticks, labels, fontsize=8, rotation=45)


def render_all(card: Card, language: str, kind_labels: dict[str, str] | None = None) -> list[Chart]:
    """Every chart of the card, in the card's order (`kind_labels`: kind id → its label)."""
    painter = _Painter(card, language, kind_labels or {})
    return [painter.active(), painter.kinds(), painter.levels(), painter.delay(), painter.nps()]
