"""Step logic: which step comes next, and what an answer means for each step kind.

Pure functions over a flow and a participant's answers (step id → typed value):
no database, no messages. A bad answer comes back as `Invalid` with the reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from bot.core.numbers import NumberProblem, parse_id, shorten
from skills.workshop.schema import SCALE_MAX, SCALE_MIN, Condition, Flow, Option, Step, StepKind

Answers = dict[str, Any]  # step id -> value; a skipped step is absent

_YES = {"oui", "o", "yes", "y", "ok", "d'accord", "daccord", "bien sur", "sure", "1"}
_NO = {"non", "n", "no", "pas du tout", "0"}
_ALL = {"tout", "tous", "toutes", "all", "ok", "oui", "yes", "tout garder", "keep all"}
_NONE = {"aucun", "aucune", "rien", "none", "no", "non", "tout rejeter", "reject all"}
_ENTRY_SPLIT = re.compile(r"\s*(?:\n|;)\s*")
_CHOICE_SPLIT = re.compile(r"\s*(?:\n|;|,|\bet\b|\band\b)\s*")
_BULLET = re.compile(r"^\s*(?:[-•*·]|\d+[.)])\s+")
_EDIT = re.compile(r"^(\d+)\s*=\s*(.+)$", re.S)
_NUMBERS = re.compile(r"^\d+(?:\s*[, ]\s*\d+)*$")
_SCALE = re.compile(r"^(-?\d+(?:[.,]\d+)?)\s*(?:/\s*10)?$")


@dataclass(frozen=True)
class Invalid:
    """Why an answer was refused: a catalogue key under `workshop.invalid.` and its values."""

    reason: str
    values: dict[str, Any] = field(default_factory=dict)


def fold(text: str) -> str:
    """Case- and accent-insensitive form, to compare what people type with labels."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def has_content(text: str) -> bool:
    return any(c.isalnum() for c in text)


# -- navigation ------------------------------------------------------------------------------
def is_skipped(condition: Condition | None, answers: Answers) -> bool:
    if condition is None:
        return False
    value = answers.get(condition.step)
    if condition.equals is not None:
        return value == condition.equals
    if condition.one_of is not None:
        return value in condition.one_of
    if condition.empty is not None:
        return (value in (None, "", [])) == condition.empty
    if condition.contains is not None:
        return isinstance(value, list) and condition.contains in value
    if condition.lacks is not None:
        return not (isinstance(value, list) and condition.lacks in value)
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    if condition.below is not None:
        return value < condition.below
    return condition.above is not None and value > condition.above


def next_step(flow: Flow, answers: Answers, after: str | None = None) -> Step | None:
    """The first step after `after` (or the first step) whose skip condition does not hold."""
    start = 0 if after is None else flow.index(after) + 1
    return next((s for s in flow.steps[start:] if not is_skipped(s.skip_when, answers)), None)


def first_unanswered(flow: Flow, answers: Answers) -> Step | None:
    """Where to resume when the current step no longer exists (the flow file changed)."""
    return next(
        (s for s in flow.steps if s.id not in answers and not is_skipped(s.skip_when, answers)),
        None,
    )


def previous_step(flow: Flow, answers: Answers, before: str) -> Step | None:
    earlier = flow.steps[: flow.index(before)]
    return next((s for s in reversed(earlier) if not is_skipped(s.skip_when, answers)), None)


def find_step(flow: Flow, typed: str, language: str) -> Step | None:
    """A step named by its id, its title (either language) or its number."""
    wanted = fold(typed)
    number = parse_id(wanted, maximum=len(flow.steps), prefixed=False)
    if isinstance(number, int):
        return flow.steps[number - 1]
    for step in flow.steps:
        if wanted in {step.id, fold(step.title.fr), fold(step.title.en)}:
            return step
    return None


# -- answers ---------------------------------------------------------------------------------
def entries(text: str) -> list[str]:
    """The entries of a list answer: one per line or separated by ';', bullets removed."""
    items = (_BULLET.sub("", part).strip() for part in _ENTRY_SPLIT.split(text.strip()))
    return [item for item in items if has_content(item)]


def option_for(options: list[Option], token: str) -> Option | None:
    folded = fold(token)
    number = parse_id(folded, maximum=len(options), prefixed=False)
    if isinstance(number, int):
        return options[number - 1]
    if number.problem is not NumberProblem.NOT_A_NUMBER:
        return None
    for option in options:
        if folded in {option.value, fold(option.label.fr), fold(option.label.en)}:
            return option
    return None


def _parse_single(step: Step, text: str) -> Any:
    option = option_for(step.options, text)
    if option is not None:
        return option.value
    if fold(text).isdigit():
        return Invalid("unknown_number", {"value": shorten(text), "count": len(step.options)})
    return text.strip() if step.allow_other else Invalid("unknown_option", {"value": text.strip()})


def _parse_multiple(step: Step, text: str) -> Any:
    chosen: list[str] = []
    for token in (t for t in _CHOICE_SPLIT.split(text.strip()) if has_content(t)):
        option = option_for(step.options, token)
        if option is not None:
            value = option.value
        elif fold(token).isdigit():
            return Invalid("unknown_number", {"value": shorten(token), "count": len(step.options)})
        elif step.allow_other:
            value = token
        else:
            return Invalid("unknown_option", {"value": token})
        if value not in chosen:
            chosen.append(value)
    return chosen or Invalid("empty")


def _parse_scale(text: str) -> Any:
    match = _SCALE.match(text.strip())
    if match is None:
        return Invalid("not_a_number", {"low": SCALE_MIN, "high": SCALE_MAX})
    number = float(match[1].replace(",", "."))
    if not number.is_integer() or not SCALE_MIN <= number <= SCALE_MAX:
        return Invalid("out_of_range", {"value": match[1], "low": SCALE_MIN, "high": SCALE_MAX})
    return int(number)


def _parse_confirm(text: str) -> Any:
    folded = fold(text).rstrip(" !.")
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    return Invalid("yes_no")


def _parse_entry_fields(step: Step, entry: str) -> dict[str, Any] | Invalid:
    head, _, rest = entry.partition(":")
    if not has_content(head) or not rest.strip():
        return Invalid("entry_format", {"entry": entry})
    values: dict[str, Any] = {step.fields[0]: head.strip()}
    parts = rest.split("|")
    for name, part in zip(step.fields[1:], parts + [""] * len(step.fields), strict=False):
        values[name] = [p.strip() for p in part.split(",") if has_content(p)]
    return values


def _parse_list(step: Step, text: str) -> Any:
    items = entries(text)
    if not items:
        return Invalid("empty")
    if not step.fields:
        return items
    parsed = [_parse_entry_fields(step, item) for item in items]
    return next((p for p in parsed if isinstance(p, Invalid)), parsed)


def _item(text: str, origin: str, needs_measure: bool) -> Any:
    label, sep, measure = text.partition(":")
    item: dict[str, Any] = {"label": label.strip() if sep else text.strip(), "origin": origin}
    if sep and measure.strip():
        item["measure"] = measure.strip()
    elif needs_measure:
        return Invalid("needs_measure", {"entry": text.strip()})
    return item


def parse_suggest(step: Step, text: str, proposals: list[dict[str, Any]]) -> Any:
    """Keep, edit or reject drafted proposals, and add one's own items.

    "tout" keeps all, "aucun" rejects all, "1, 3" keeps those, "2 = new text" edits
    proposal 2, any other line is one's own item ("label : how it is measured").
    """
    folded = fold(text).rstrip(" !.")
    if folded in _ALL:
        return [dict(p, origin="suggested") for p in proposals] or Invalid("nothing_to_keep")
    if folded in _NONE:
        return [] if not step.required else Invalid("empty_suggest")
    kept: list[dict[str, Any]] = []
    for part in entries(text):
        folded_part = fold(part).rstrip(" !.")
        if folded_part in _ALL:
            kept += [dict(p, origin="suggested") for p in proposals]
            continue
        if folded_part in _NONE:
            continue
        if _NUMBERS.match(part):
            numbers = [int(n) for n in re.findall(r"\d+", part)]
            for number in numbers:
                if not 1 <= number <= len(proposals):
                    return Invalid("unknown_number", {"value": number, "count": len(proposals)})
                kept.append(dict(proposals[number - 1], origin="suggested"))
            continue
        edit = _EDIT.match(part)
        if edit is not None:
            number = int(edit[1])
            if not 1 <= number <= len(proposals):
                return Invalid("unknown_number", {"value": number, "count": len(proposals)})
            edited = {**proposals[number - 1], **_item(edit[2], "edited", False)}
            if step.needs_measure and not edited.get("measure"):
                return Invalid("needs_measure", {"entry": edit[2].strip()})
            kept.append(edited)
            continue
        item = _item(part, "own", step.needs_measure)
        if isinstance(item, Invalid):
            return item
        kept.append(item)
    if not kept and step.required:
        return Invalid("empty_suggest")
    return kept


def parse_answer(step: Step, text: str, proposals: list[dict[str, Any]] | None = None) -> Any:
    """The typed value of a typed answer, or `Invalid` with the reason."""
    if not has_content(text):
        return Invalid("empty")
    match step.kind:
        case StepKind.TEXT:
            return text.strip()
        case StepKind.LIST:
            return _parse_list(step, text)
        case StepKind.SINGLE:
            return _parse_single(step, text)
        case StepKind.MULTIPLE:
            return _parse_multiple(step, text)
        case StepKind.SCALE:
            return _parse_scale(text)
        case StepKind.CONFIRM:
            return _parse_confirm(text)
        case StepKind.SUGGEST:
            return parse_suggest(step, text, proposals or [])
    raise AssertionError(step.kind)


def parse_click(step: Step, value: str) -> Any:
    """The typed value of a clicked choice (single or confirm steps)."""
    if step.kind == StepKind.CONFIRM:
        return value == "yes"
    if step.kind == StepKind.SINGLE and option_for(step.options, value) is not None:
        return value
    return Invalid("unknown_option", {"value": value})
