"""`Reply` → Block Kit: pure functions, no I/O.

Slack limits shape the rendering: a section holds 3,000 characters, a message
50 blocks, a button label 75 characters, a modal title 24. Text longer than
`FILE_ABOVE` goes out as a file with a preview; shorter long text is split
into several sections. Images are uploaded (an image block needs a public URL).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.adapters.slack.translate import FORM_OPEN_ACTION
from bot.core.messages import Choice, ChoiceStyle, FieldKind, Form, FormField, Reply

log = logging.getLogger(__name__)

SECTION_LIMIT = 3000
FILE_ABOVE = 12_000
MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
MAX_BUTTONS = 5
FIELDS_PER_SECTION = 10
FIELD_LIMIT = 2000
BUTTON_LABEL = 75
BUTTON_VALUE = 2000
OPTION_VALUE = 150
MAX_OPTIONS = 100
HEADER_LIMIT = 150
MODAL_TITLE = 24
FALLBACK_LIMIT = 3000
WORKING_TEXT = "⏳"
LONG_TEXT_FILE = "ambassade.txt"

Block = dict[str, Any]

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")


@dataclass(frozen=True, slots=True)
class Upload:
    filename: str
    content: bytes
    title: str
    alt: str | None = None


@dataclass(frozen=True, slots=True)
class SlackMessage:
    text: str  # notification and accessibility fallback, always set
    blocks: list[Block]
    uploads: tuple[Upload, ...] = ()


def escape(text: str) -> str:
    """Slack control characters: keeps `<!channel>` typed by someone from pinging everyone."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mrkdwn(text: str) -> str:
    """Escaped text with the bits of Markdown skills use turned into Slack mrkdwn."""
    escaped = escape(text)
    escaped = _BOLD.sub(r"*\1*", escaped)
    return _LINK.sub(lambda m: f"<{m.group(2)}|{m.group(1)}>", escaped)


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_text(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Chunks of at most `limit` characters, cut at a paragraph, line or word when possible."""
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = window.rfind("\n\n")  # a paragraph first, as the docstring says
        if cut < limit // 2:
            cut = window.rfind("\n")
        if cut < limit // 2:
            cut = window.rfind(" ")
        if cut < limit // 2:
            cut = limit
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not chunks:
        chunks.append(rest)
    return chunks


def plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": truncate(text, limit) or " ", "emoji": True}


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text or " "}}


def _text_sections(text: str) -> list[Block]:
    # Split before escaping would be wrong: escaping can lengthen a chunk past the limit.
    return [section(chunk) for chunk in split_text(mrkdwn(text))]


def _choice_blocks(action_id: str, choices: Sequence[Choice]) -> Block:
    if len(choices) <= MAX_BUTTONS:
        buttons = []
        for index, choice in enumerate(choices):
            button: Block = {
                "type": "button",
                "action_id": f"{action_id}|{index}",
                "text": plain(choice.label, BUTTON_LABEL),
                "value": truncate(choice.value, BUTTON_VALUE),
            }
            if choice.style != ChoiceStyle.DEFAULT:
                button["style"] = choice.style.value
            buttons.append(button)
        return {"type": "actions", "elements": buttons}
    if any(len(c.value) > OPTION_VALUE for c in choices):
        log.warning("choice values of %s cut to %d characters in a select", action_id, OPTION_VALUE)
    select = {
        "type": "static_select",
        "action_id": f"{action_id}|select",
        "options": [_option(c) for c in choices[:MAX_OPTIONS]],
    }
    return {"type": "actions", "elements": [select]}


def _option(choice: Choice) -> Block:
    return {"text": plain(choice.label, BUTTON_LABEL), "value": choice.value[:OPTION_VALUE]}


def _fields_blocks(reply: Reply) -> list[Block]:
    items = [
        {"type": "mrkdwn", "text": truncate(f"*{escape(f.label)}*\n{mrkdwn(f.value)}", FIELD_LIMIT)}
        for f in reply.fields
    ]
    return [
        {"type": "section", "fields": items[start : start + FIELDS_PER_SECTION]}
        for start in range(0, len(items), FIELDS_PER_SECTION)
    ]


def reply_blocks(
    reply: Reply, *, form_ref: str | None = None, text: str | None = None
) -> list[Block]:
    """The blocks of one reply; `text` replaces the reply's text (a preview of a long one)."""
    blocks: list[Block] = []
    if reply.title:
        blocks.append({"type": "header", "text": plain(reply.title, HEADER_LIMIT)})
    body = reply.text if text is None else text
    if body.strip():
        blocks += _text_sections(body)
    blocks += _fields_blocks(reply)
    if reply.choices and reply.action_id:
        blocks.append(_choice_blocks(reply.action_id, reply.choices))
    elif reply.choices:  # nothing to click: list them
        blocks.append(section("\n".join(f"• {escape(c.label)}" for c in reply.choices)))
    if reply.form is not None and form_ref is not None:
        button = {
            "type": "button",
            "action_id": FORM_OPEN_ACTION,
            "text": plain(reply.form.open_label, BUTTON_LABEL),
            "value": form_ref,
            "style": "primary",
        }
        blocks.append({"type": "actions", "elements": [button]})
    if reply.context:
        context_text = {"type": "mrkdwn", "text": truncate(mrkdwn(reply.context), SECTION_LIMIT)}
        blocks.append({"type": "context", "elements": [context_text]})
    return blocks


def fallback_text(reply: Reply) -> str:
    head = f"{reply.title}\n" if reply.title else ""
    return truncate(escape(head + reply.text), FALLBACK_LIMIT) or " "


def render_message(reply: Reply, *, form_ref: str | None = None) -> SlackMessage:
    """A reply as one chat message, plus the files that go with it."""
    uploads: list[Upload] = []
    preview: str | None = None
    if len(reply.text) > FILE_ABOVE:
        preview = truncate(reply.text, SECTION_LIMIT - 200)
        uploads.append(
            Upload(LONG_TEXT_FILE, reply.text.encode("utf-8"), reply.title or LONG_TEXT_FILE)
        )
    if reply.image is not None:
        image = reply.image
        uploads.append(Upload(image.filename, image.data, image.alt, alt=image.alt))
    if reply.attachment is not None:
        document = reply.attachment
        uploads.append(Upload(document.filename, document.data, reply.title or document.filename))
    blocks = reply_blocks(reply, form_ref=form_ref, text=preview) or [section(" ")]
    if len(blocks) > MESSAGE_BLOCKS:
        log.warning("reply cut from %d to %d blocks", len(blocks), MESSAGE_BLOCKS)
        blocks = blocks[:MESSAGE_BLOCKS]
    return SlackMessage(fallback_text(reply), blocks, tuple(uploads))


def _form_element(item: FormField) -> Block:
    element: Block = {"action_id": item.name}
    if item.kind == FieldKind.SELECT:
        element |= {"type": "static_select", "options": [_option(c) for c in item.options]}
        initial = next((c for c in item.options if c.value == item.initial), None)
        if initial is not None:
            element["initial_option"] = _option(initial)
    elif item.kind == FieldKind.NUMBER:
        element |= {"type": "number_input", "is_decimal_allowed": True}
    else:
        element |= {"type": "plain_text_input", "multiline": item.kind == FieldKind.LONG_TEXT}
    if item.initial is not None and item.kind != FieldKind.SELECT:
        element["initial_value"] = item.initial
    if item.placeholder:
        element["placeholder"] = plain(item.placeholder, 150)
    return element


def render_modal(form: Form, *, private_metadata: str = "") -> Block:
    """A form as a modal; each input's block id is the field name (see `form_values`)."""
    blocks = [
        {
            "type": "input",
            "block_id": item.name,
            "label": plain(item.label, 2000),
            "element": _form_element(item),
            "optional": not item.required,
        }
        for item in form.fields
    ]
    return {
        "type": "modal",
        "callback_id": form.form_id,
        "title": plain(form.title, MODAL_TITLE),
        "submit": plain(form.submit_label, MODAL_TITLE),
        "blocks": blocks[:VIEW_BLOCKS],
        "private_metadata": private_metadata,
    }


def submission_errors(reply: Reply, field_names: Iterable[str]) -> dict[str, str]:
    """`response_action: errors` for a reply that asks the same form again.

    The reply's fields whose label is a field name say what is wrong with that
    field; without any, the reply's text goes under the first field.
    """
    names = list(field_names)
    errors = {f.label: truncate(f.value, FIELD_LIMIT) for f in reply.fields if f.label in names}
    if not errors and names:
        errors[names[0]] = truncate(reply.text, FIELD_LIMIT)
    return errors


def render_home(sections: Sequence[Reply]) -> Block:
    """The App Home tab: each section is a reply (title, text, fields, buttons, context)."""
    blocks: list[Block] = []
    for index, item in enumerate(sections):
        if index:
            blocks.append({"type": "divider"})
        blocks += reply_blocks(item)
    return {"type": "home", "blocks": blocks[:VIEW_BLOCKS]}


def mark_chosen(blocks: Sequence[Block], block_id: str, label: str, user_id: str) -> list[Block]:
    """A clicked message with its buttons replaced by who chose what (no second click)."""
    chosen = {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": f"✅ *{escape(label)}* — <@{user_id}>"}],
    }
    return [chosen if b.get("block_id") == block_id else b for b in blocks]
