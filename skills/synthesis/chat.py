"""A synthesis as chat text: a short summary in sections, a brief, the list of versions.

The summary is one message made of sections (heading and caveat, convergence, divergence,
objectives and needs, answers) separated by blank lines; each section stays under
`SECTION_CHARS`, so Discord (2,000 characters a message) and Slack (3,000 a block) split
the message between sections, never inside a point. Points that do not fit are counted
("… and 3 more"), and the full Markdown then goes along as a file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.core.numbers import shorten
from bot.synthesis.model import Synthesis, Theme, Verbatim
from bot.tenants import ClientConfig
from bot.timezones import zone
from prompts.catalog import text
from skills.synthesis.tables import ALL_SESSIONS

SECTION_CHARS = 1_800
QUOTES_PER_POINT = 2
QUOTE_CHARS = 180
LABELS_IN_BRIEF = 3

Who = Callable[[str], str | None]  # answer id → how its author is shown (None: not shown)


@dataclass(frozen=True)
class Summary:
    text: str
    complete: bool  # every point of the synthesis is in `text`


class _Section:
    def __init__(self, language: str, title: str) -> None:
        self.language = language
        self.lines = [title]
        self.left_out = 0

    def add(self, item: list[str]) -> None:
        size = sum(len(line) + 1 for line in self.lines + item)
        if self.left_out or size > SECTION_CHARS - 80:  # room for the "… and N more" line
            self.left_out += 1
        else:
            self.lines += item

    def render(self) -> str:
        lines = list(self.lines)
        if self.left_out:
            lines.append(text(self.language, "synthchat.more", count=self.left_out))
        return "\n".join(lines)


def _quotes(verbatims: Sequence[Verbatim], language: str, who: Who) -> list[str]:
    lines = []
    for verbatim in verbatims[:QUOTES_PER_POINT]:
        author = who(verbatim.answer_id)
        tag = text(language, "synthchat.quote_who", who=author) if author else ""
        lines.append(
            text(language, "synthchat.quote", text=shorten(verbatim.text, QUOTE_CHARS), who=tag)
        )
    return lines


def _people(theme: Theme) -> int:
    return len(set(theme.participants))


def _convergence(synthesis: Synthesis, language: str, who: Who) -> _Section:
    section = _Section(language, text(language, "synthchat.convergence"))
    for theme in sorted(synthesis.convergences, key=lambda t: -_people(t)):
        head = text(language, "synthchat.theme", label=theme.label, count=_people(theme))
        section.add([head, *_quotes(theme.verbatims, language, who)])
    return section


def _divergence(synthesis: Synthesis, language: str, who: Who) -> _Section:
    section = _Section(language, text(language, "synthchat.divergence"))
    for theme in synthesis.oppositions:
        sides = text(language, "synthchat.versus").join(
            text(language, "synthchat.side", label=s.label, count=len(set(s.participants)))
            for s in theme.sides
        )
        quotes = [q for side in theme.sides for q in _quotes(side.verbatims[:1], language, who)]
        head = text(language, "synthchat.opposition", label=theme.label, sides=sides)
        section.add([head, *(quotes or _quotes(theme.verbatims, language, who))])
    for theme in synthesis.minorities:
        head = text(language, "synthchat.minority", label=theme.label, count=_people(theme))
        section.add([head, *_quotes(theme.verbatims, language, who)])
    return section


def _alignment(synthesis: Synthesis, language: str) -> _Section:
    section = _Section(language, text(language, "synthchat.alignment"))
    for link in synthesis.objectives:
        if not link.supported_by:  # listed below with the objectives no need supports
            continue
        themes = ", ".join(link.supported_by[:LABELS_IN_BRIEF])
        section.add([text(language, "synthchat.objective", objective=link.text, themes=themes)])
    if synthesis.unserved_needs:
        needs = ", ".join(n.label for n in synthesis.unserved_needs)
        section.add([text(language, "synthchat.unserved", needs=needs)])
    if synthesis.unsupported_objectives:
        listed = ", ".join(
            text(language, "synthchat.quoted", text=o) for o in synthesis.unsupported_objectives
        )
        section.add([text(language, "synthchat.unsupported", objectives=listed)])
    return section


def _answers(synthesis: Synthesis, language: str) -> _Section:
    section = _Section(language, text(language, "synthchat.answers"))
    for item in synthesis.distributions:
        counts = ", ".join(
            text(language, "synthchat.count", value=value, count=count)
            for value, count in item.counts
        )
        section.add(
            [text(language, "synthchat.distribution", question=item.question, counts=counts)]
        )
    skips = [
        text(language, "synthchat.count", value=p.question, count=p.skipped)
        for p in synthesis.participation
        if p.skipped
    ]
    if skips:
        section.add([text(language, "synthchat.skipped", items=", ".join(skips))])
    return section


def summary(synthesis: Synthesis, *, language: str, heading: str, who: Who) -> Summary:
    """The short version for the chat; `heading` is its first line."""
    parts = [heading]
    if synthesis.caveat:
        parts[0] += "\n" + text(language, "synthchat.caveat", caveat=synthesis.caveat)
    sections = [
        _convergence(synthesis, language, who),
        _divergence(synthesis, language, who),
        _alignment(synthesis, language),
        _answers(synthesis, language),
    ]
    parts += [s.render() for s in sections if len(s.lines) > 1 or s.left_out]
    if synthesis.dropped_unverifiable:
        parts.append(text(language, "synthchat.dropped", count=synthesis.dropped_unverifiable))
    return Summary("\n\n".join(parts), complete=not any(s.left_out for s in sections))


def labels(themes: Sequence[Theme]) -> str:
    shown = ", ".join(f"{t.label} ({_people(t)})" for t in themes[:LABELS_IN_BRIEF])
    more = len(themes) - LABELS_IN_BRIEF
    return shown + (f", +{more}" if more > 0 else "")


def brief(synthesis: Synthesis, *, language: str, heading: str) -> str:
    """A few lines: the latest synthesis when an ACTION workshop starts."""
    lines = [heading]
    convergences = sorted(synthesis.convergences, key=lambda t: -_people(t))
    if convergences:
        lines.append(text(language, "synthchat.brief_convergence", themes=labels(convergences)))
    divergent = [*synthesis.oppositions, *synthesis.minorities]
    if divergent:
        lines.append(text(language, "synthchat.brief_divergence", themes=labels(divergent)))
    if synthesis.unsupported_objectives:
        listed = ", ".join(
            text(language, "synthchat.quoted", text=o) for o in synthesis.unsupported_objectives
        )
        lines.append(text(language, "synthchat.brief_unsupported", objectives=listed))
    lines.append(text(language, "synthchat.brief_more"))
    return "\n".join(lines)


def when(moment: datetime, config: ClientConfig | None) -> str:
    """A stored time in the client's time zone."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    tz = zone(config.people.timezone if config else None)
    return f"{aware.astimezone(tz):%d/%m/%Y %H:%M}"


def scope_text(language: str, scope: str, sessions: int | None = None) -> str:
    """ "atelier JE K7P2Q", "tous les ateliers JE (3)"."""
    if scope != ALL_SESSIONS:
        return text(language, "synthchat.scope.session", code=scope)
    if sessions is None:
        return text(language, "synthchat.scope.every")
    return text(language, "synthchat.scope.all", count=sessions)
