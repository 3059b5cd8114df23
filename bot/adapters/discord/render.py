"""`Reply` → Discord messages: pure functions, no I/O.

Discord limits shape the rendering: 2,000 characters of content, an embed
description of 4,096, 25 embed fields (name 256, value 1,024), a footer of
2,048 and 6,000 characters per embed; 5 buttons per row, 25 options per
select, 80 characters per button label, 100 per custom id. Long text is split
at paragraph, line or sentence boundaries into several messages; text longer
than `FILE_ABOVE` goes out as a preview and a `.txt` file.

Replies with a title, fields or small print (answers with sources) become
embeds; the others are plain content. Buttons and selects go on the last
message of a reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.core.messages import Choice, ChoiceStyle, Reply

CONTENT_LIMIT = 2000
DESCRIPTION_LIMIT = 4096
EMBED_TOTAL = 6000
TITLE_LIMIT = 256
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELDS_PER_EMBED = 25
FOOTER_LIMIT = 2048
BUTTONS_PER_ROW = 5
MAX_BUTTONS = 5  # more choices than this become a select
MAX_OPTIONS = 25
LABEL_LIMIT = 80
OPTION_DESCRIPTION_LIMIT = 100
FILE_ABOVE = 12_000
PREVIEW_CHARS = 1500
LONG_TEXT_FILE = "ambassade.txt"
EMBED_COLOUR = 0x2B6CB0

_SENTENCE_END = re.compile(r"[.!?…»)](?=\s)")


@dataclass(frozen=True, slots=True)
class EmbedField:
    name: str
    value: str


@dataclass(frozen=True, slots=True)
class EmbedSpec:
    description: str = ""
    title: str | None = None
    fields: tuple[EmbedField, ...] = ()
    footer: str | None = None
    image_filename: str | None = None  # shown inside the embed: `attachment://<name>`


@dataclass(frozen=True, slots=True)
class FileSpec:
    filename: str
    data: bytes
    description: str | None = None


@dataclass(frozen=True, slots=True)
class ChoicesSpec:
    """What can be clicked on a message: buttons, or one select when there are many."""

    action_id: str
    choices: tuple[Choice, ...]

    @property
    def as_select(self) -> bool:
        return len(self.choices) > MAX_BUTTONS


@dataclass(frozen=True, slots=True)
class OutMessage:
    """One Discord message: what `Messageable.send` gets, before discord.py objects exist."""

    content: str | None = None
    embed: EmbedSpec | None = None
    files: tuple[FileSpec, ...] = ()
    choices: ChoicesSpec | None = None
    form_label: str | None = None  # a button that opens the reply's form as a modal


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _cut_point(window: str, limit: int) -> int:
    """Where to cut `window`: paragraph > line > sentence > word > hard limit."""
    floor = limit // 2
    for separator in ("\n\n", "\n"):
        cut = window.rfind(separator)
        if cut >= floor:
            return cut
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if sentence_ends and sentence_ends[-1] >= floor:
        return sentence_ends[-1]
    cut = window.rfind(" ")
    return cut if cut >= floor else limit


def split_text(text: str, limit: int = CONTENT_LIMIT) -> list[str]:
    """Chunks of at most `limit` characters, cut at a paragraph, line or sentence if possible."""
    chunks: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut_point(rest[:limit], limit)
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not chunks:
        chunks.append(rest)
    return chunks


def _embed_size(spec: EmbedSpec) -> int:
    fields = sum(len(f.name) + len(f.value) for f in spec.fields)
    return len(spec.description) + len(spec.title or "") + len(spec.footer or "") + fields


def _embeds(reply: Reply, body: str) -> list[EmbedSpec]:
    """The reply as embeds: the title on the first, fields and footer on the last ones."""
    title = truncate(reply.title, TITLE_LIMIT) if reply.title else None
    footer = truncate(reply.context, FOOTER_LIMIT) if reply.context else None
    parts = split_text(body, DESCRIPTION_LIMIT) if body.strip() else [""]
    embeds = [EmbedSpec(description=part) for part in parts]
    embeds[0] = EmbedSpec(description=embeds[0].description, title=title)
    fields = [
        EmbedField(
            truncate(f.label, FIELD_NAME_LIMIT) or "-", truncate(f.value, FIELD_VALUE_LIMIT) or "-"
        )
        for f in reply.fields
    ]
    last = embeds.pop()
    current: list[EmbedField] = []
    for item in fields:
        candidate = EmbedSpec(last.description, last.title, (*current, item), footer)
        if len(current) == FIELDS_PER_EMBED or _embed_size(candidate) > EMBED_TOTAL:
            embeds.append(EmbedSpec(last.description, last.title, tuple(current)))
            last, current = EmbedSpec(), []
        current.append(item)
    embeds.append(EmbedSpec(last.description, last.title, tuple(current), footer))
    return embeds


def uses_embed(reply: Reply) -> bool:
    return bool(reply.title or reply.fields or reply.context)


def render_reply(reply: Reply) -> list[OutMessage]:
    """The messages that show one reply, in order."""
    files: list[FileSpec] = []
    body = reply.text
    if len(body) > FILE_ABOVE:
        files.append(FileSpec(LONG_TEXT_FILE, body.encode("utf-8"), reply.title))
        body = truncate(body, PREVIEW_CHARS)
    if reply.image is not None:
        files.append(FileSpec(reply.image.filename, reply.image.data, reply.image.alt))
    if reply.attachment is not None:
        document = reply.attachment
        files.append(FileSpec(document.filename, document.data, reply.title))
    messages: list[OutMessage]
    if uses_embed(reply):
        messages = [OutMessage(embed=spec) for spec in _embeds(reply, body)]
    else:
        messages = [OutMessage(content=chunk) for chunk in split_text(body)]
    if reply.choices and not reply.action_id:  # nothing to click: list them
        listing = "\n".join(f"• {c.label}" for c in reply.choices)
        messages.append(OutMessage(content=truncate(listing, CONTENT_LIMIT)))
    last = messages[-1]
    embed = last.embed
    if embed is not None and reply.image is not None:
        embed = replace(embed, image_filename=reply.image.filename)
    choices = None
    if reply.choices and reply.action_id:
        choices = ChoicesSpec(reply.action_id, reply.choices[:MAX_OPTIONS])
    messages[-1] = replace(
        last,
        embed=embed,
        files=tuple(files),
        choices=choices,
        form_label=truncate(reply.form.open_label, LABEL_LIMIT) if reply.form else None,
    )
    return [m for m in (_nonempty(m) for m in messages) if m is not None]


def _nonempty(message: OutMessage) -> OutMessage | None:
    """Discord refuses a message with nothing in it: drop empty chunks, keep clickable ones."""
    if message.content is not None and not message.content.strip():
        message = replace(message, content=None)
    if message.content or message.embed or message.files or message.choices or message.form_label:
        return message
    return None


def button_style_name(style: ChoiceStyle) -> str:
    """The discord.ButtonStyle member for a choice style."""
    return {"primary": "primary", "danger": "danger"}.get(style.value, "secondary")
