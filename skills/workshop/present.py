"""How a step is shown: its question, its choices, and drafts labelled as such."""

from __future__ import annotations

from typing import Any

from bot.core.messages import Choice, ChoiceStyle, Reply, Target
from prompts.catalog import text
from skills.workshop.schema import Flow, Step, StepKind
from skills.workshop.tables import WorkshopSession

ANSWER_ACTION = "workshop.answer"
JOIN_ACTION = "workshop.join"
PICK_ACTION = "workshop.pick"


def answer_action(session: WorkshopSession, step: Step) -> str:
    return f"{ANSWER_ACTION}|{session.id}|{step.id}"


def _statements(items: list[dict[str, Any]]) -> list[str]:
    return [str(i.get("text") or i.get("label") or "") for i in items if isinstance(i, dict)]


def context_values(
    definition: dict[str, Any], language: str, *, for_ambassador: bool
) -> dict[str, str]:
    """What a question may quote from the program definition (or says it is not set yet).

    Ambassadors see it only if the NOUS workshop agreed to share it.
    """
    if for_ambassador and not definition.get("shared_with_ambassadors", True):
        hidden = text(language, "workshop.context.not_shared")
        return {"program_purpose": hidden, "program_objectives": hidden}
    purpose = " / ".join(f"« {s} »" for s in _statements(definition["purpose"]))
    objectives = ", ".join(_statements(definition["objectives"]))
    return {
        "program_purpose": purpose or text(language, "workshop.context.no_purpose"),
        "program_objectives": objectives or text(language, "workshop.context.no_objectives"),
    }


def _proposal_lines(proposals: list[dict[str, Any]], language: str) -> list[str]:
    lines = []
    for number, item in enumerate(proposals, start=1):
        measure = f" — {item['measure']}" if item.get("measure") else ""
        source = (
            text(language, "workshop.suggest.source", source=item["source"])
            if item.get("source")
            else ""
        )
        lines.append(f"{number}. {item['label']}{measure}{source}")
    return lines


def _choices(step: Step, language: str) -> tuple[Choice, ...]:
    """Buttons for one-click steps; multiple choices are typed ("1, 3") on every platform."""
    if step.kind == StepKind.CONFIRM:
        return (
            Choice(text(language, "workshop.answer_yes"), "yes", ChoiceStyle.PRIMARY),
            Choice(text(language, "workshop.answer_no"), "no"),
        )
    if step.kind == StepKind.SINGLE:
        return tuple(Choice(o.label.get(language), o.value) for o in step.options)
    return ()


def step_reply(
    session: WorkshopSession,
    flow: Flow,
    step: Step,
    language: str,
    *,
    definition: dict[str, Any],
    for_ambassador: bool = False,
    proposals: list[dict[str, Any]] | None = None,
    target: Target = Target.SAME,
    user_id: str | None = None,
) -> Reply:
    header = text(
        language,
        "workshop.step_header",
        flow=flow.title.get(language),
        code=session.code,
        number=flow.index(step.id) + 1,
        total=len(flow.steps),
        title=step.title.get(language),
    )
    lines = [
        header,
        step.ask.get(language).format(
            **context_values(definition, language, for_ambassador=for_ambassador)
        ),
    ]
    if step.help:
        lines.append(step.help.get(language))
    context = None
    if step.kind == StepKind.SUGGEST:
        if proposals:
            lines.append(text(language, "workshop.suggest.title"))
            lines += _proposal_lines(proposals, language)
        else:
            lines.append(text(language, "workshop.suggest.none"))
        lines.append(
            text(language, f"workshop.suggest.how_{'measure' if step.needs_measure else 'plain'}")
        )
        context = text(language, "workshop.suggest.draft_label")
    elif step.kind == StepKind.SCALE:
        lines.append(text(language, "workshop.hint.scale"))
    elif step.kind == StepKind.LIST:
        lines.append(text(language, "workshop.hint.list"))
    elif step.kind == StepKind.MULTIPLE:
        lines += [f"{n}. {o.label.get(language)}" for n, o in enumerate(step.options, start=1)]
        lines.append(text(language, "workshop.hint.multiple"))
    if not step.required:
        lines.append(text(language, "workshop.hint.optional"))
    choices = _choices(step, language)
    return Reply(
        text="\n".join(lines),
        choices=choices,
        action_id=answer_action(session, step) if choices else None,
        context=context,
        target=target,
        user_id=user_id,
    )
