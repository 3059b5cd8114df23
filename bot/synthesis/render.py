"""Markdown rendering of a synthesis (for the chat and `--format md`).

Sections: caveat, convergence, divergence (oppositions with their two sides, minority
views), objectives × needs, choice and scale distributions, participation, and the footnote
on points removed by the verbatim check. Participants are shown as P1, P2… (numbered in
order of first appearance) unless `names` maps their ids to names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.synthesis.model import Side, Synthesis, Theme, Verbatim
from prompts.catalog import text

MAX_IDS_SHOWN = 8


class _Renderer:
    def __init__(
        self, synthesis: Synthesis, language: str, names: Mapping[str, str] | None
    ) -> None:
        self.synthesis = synthesis
        self.language = language
        self.names = names
        self.aliases: dict[str, str] = {}
        self.lines: list[str] = []

    def t(self, key: str, **values: object) -> str:
        return text(self.language, f"synthesis.render.{key}", **values)

    def who(self, participant: str) -> str:
        if self.names and participant in self.names:
            return self.names[participant]
        if participant not in self.aliases:
            self.aliases[participant] = self.t("anonymous", n=len(self.aliases) + 1)
        return self.aliases[participant]

    def quotes(self, verbatims: Iterable[Verbatim], owner: Mapping[str, str]) -> None:
        for verbatim in verbatims:
            person = owner.get(verbatim.answer_id)
            by = f" — {self.who(person)}" if person else ""
            self.lines.append(
                f"  > « {verbatim.text} »{by}"
                if self.language == "fr"
                else f"  > “{verbatim.text}”{by}"
            )

    def ids(self, answer_ids: tuple[str, ...]) -> str:
        shown = ", ".join(answer_ids[:MAX_IDS_SHOWN])
        more = "…" if len(answer_ids) > MAX_IDS_SHOWN else ""
        return self.t("answers", ids=shown + more)

    def theme(self, theme: Theme, owner: Mapping[str, str]) -> None:
        note = (
            f" — _{self.t('minority_note', n=len(theme.participants))}_" if theme.minority else ""
        )
        people = self.t("people", n=len(theme.participants))
        self.lines.append(f"- **{theme.label}** ({people}){note} · {self.ids(theme.answer_ids)}")
        self.quotes(theme.verbatims, owner)

    def side(self, side: Side, owner: Mapping[str, str]) -> None:
        head = self.t("side", label=side.label, n=len(side.participants))
        self.lines.append(f"  - {head} · {self.ids(side.answer_ids)}")
        for verbatim in side.verbatims:
            person = owner.get(verbatim.answer_id)
            by = f" — {self.who(person)}" if person else ""
            self.lines.append(
                f"    > « {verbatim.text} »{by}"
                if self.language == "fr"
                else f"    > “{verbatim.text}”{by}"
            )

    def render(self, owner: Mapping[str, str]) -> str:
        s = self.synthesis
        self.lines += [
            f"## {self.t('title')} ({self.t('participants', n=s.participants)})",
            "",
            f"_{s.caveat}_",
            "",
        ]
        if not s.themes:
            self.lines += [self.t("none"), ""]
        if s.convergences:
            self.lines.append(f"### {self.t('convergence')}")
            for theme in s.convergences:
                self.theme(theme, owner)
            self.lines.append("")
        if s.oppositions or s.minorities:
            self.lines.append(f"### {self.t('divergence')}")
            if s.oppositions:
                self.lines.append(f"**{self.t('oppositions')}**")
                for theme in s.oppositions:
                    self.lines.append(
                        f"- **{theme.label}** ({self.t('people', n=len(theme.participants))})"
                    )
                    for side in theme.sides:
                        self.side(side, owner)
            if s.minorities:
                self.lines.append(f"**{self.t('minorities')}**")
                for theme in s.minorities:
                    self.theme(theme, owner)
            self.lines.append("")
        self.alignment()
        self.figures()
        if s.dropped_unverifiable:
            self.lines += ["---", f"¹ {self.t('dropped', n=s.dropped_unverifiable)}", ""]
        return "\n".join(self.lines).rstrip() + "\n"

    def alignment(self) -> None:
        s = self.synthesis
        if not s.objectives and not s.unserved_needs:
            return
        self.lines.append(f"### {self.t('alignment')}")
        for link in s.objectives:
            if link.supported_by:
                self.lines.append(
                    "- "
                    + self.t(
                        "objective_supported",
                        objective=link.text,
                        themes=", ".join(link.supported_by),
                    )
                )
            else:
                self.lines.append("- " + self.t("objective_unsupported", objective=link.text))
        if s.unserved_needs:
            self.lines.append(f"**{self.t('unserved')}**")
            for need in s.unserved_needs:
                self.lines.append(f"- {need.label} · {self.ids(need.answer_ids)}")
        self.lines.append("")

    def figures(self) -> None:
        s = self.synthesis
        if s.distributions:
            self.lines.append(f"### {self.t('distributions')}")
            for distribution in s.distributions:
                counts = " · ".join(
                    f"{value} : {count}" if self.language == "fr" else f"{value}: {count}"
                    for value, count in distribution.counts
                )
                self.lines.append(f"- {distribution.question} — {counts}")
            self.lines.append("")
        if s.participation:
            self.lines.append(f"### {self.t('participation')}")
            for row in s.participation:
                self.lines.append(
                    "- "
                    + self.t(
                        "participation_row",
                        question=row.question,
                        answered=row.answered,
                        skipped=row.skipped,
                    )
                )
            self.lines.append("")


def render_markdown(
    synthesis: Synthesis,
    *,
    language: str,
    names: Mapping[str, str] | None = None,
    owners: Mapping[str, str] | None = None,
) -> str:
    """The synthesis as Markdown; participants shown as P1, P2… unless `names` maps their
    ids to names (only on the facilitator's explicit request). `owners` (answer id →
    participant id) lets each quote say whose it is; without it, quotes are unsigned."""
    return _Renderer(synthesis, language, names).render(owners or {})
