"""Discord components for `Reply.choices` and `Reply.form`, and the message kwargs.

Buttons and selects are `DynamicItem`s: the client re-registers their custom
id templates at start (`add_dynamic_items`), so a click on a message sent
before a restart still reaches the adapter. Views never time out.
"""

from __future__ import annotations

import io
import logging
import re
from typing import TYPE_CHECKING, Any, Protocol

import discord

from bot.adapters.discord.render import (
    BUTTONS_PER_ROW,
    EMBED_COLOUR,
    LABEL_LIMIT,
    OPTION_DESCRIPTION_LIMIT,
    ChoicesSpec,
    EmbedSpec,
    OutMessage,
    button_style_name,
    truncate,
)
from bot.adapters.discord.translate import (
    BUTTON_TEMPLATE,
    FORM_TEMPLATE,
    SELECT_TEMPLATE,
    STASHED_BUTTON_TEMPLATE,
    Click,
    Stash,
    button_click,
    button_custom_id,
    number_or_none,
    option_value,
    select_custom_id,
)
from bot.core.messages import FieldKind, Form

if TYPE_CHECKING:
    from collections.abc import Mapping

log = logging.getLogger(__name__)

MODAL_TITLE_LIMIT = 45
MODAL_FIELDS = 5
TEXT_INPUT_LIMIT = 4000
PLACEHOLDER_LIMIT = 100
NO_MENTIONS = discord.AllowedMentions.none()


class ComponentHandler(Protocol):
    """What the clicks and submissions are handed to (the adapter)."""

    async def on_click(
        self, interaction: discord.Interaction, action_id: str, value: str | None, label: str
    ) -> None: ...

    async def on_select(self, interaction: discord.Interaction, action_id: str) -> None: ...

    async def on_form_button(self, interaction: discord.Interaction, key: str) -> None: ...

    async def on_form_submit(
        self, interaction: discord.Interaction, form: Form, values: dict[str, Any]
    ) -> None: ...

    async def on_form_invalid(self, interaction: discord.Interaction, field_label: str) -> None: ...


def handler_of(interaction: discord.Interaction) -> ComponentHandler:
    return interaction.client.ambassade  # type: ignore[attr-defined]


class ChoiceButton(discord.ui.DynamicItem[discord.ui.Button], template=BUTTON_TEMPLATE):
    def __init__(self, button: discord.ui.Button) -> None:
        super().__init__(button)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ChoiceButton:
        return cls(item)  # type: ignore[arg-type]

    async def callback(self, interaction: discord.Interaction) -> None:
        click = button_click(self.item.custom_id or "")
        assert click is not None  # the template matched it
        label = self.item.label or click.value
        await handler_of(interaction).on_click(interaction, click.action_id, click.value, label)


class StashedButton(discord.ui.DynamicItem[discord.ui.Button], template=STASHED_BUTTON_TEMPLATE):
    """A button whose action and value did not fit its custom id."""

    def __init__(self, button: discord.ui.Button) -> None:
        super().__init__(button)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> StashedButton:
        return cls(item)  # type: ignore[arg-type]

    async def callback(self, interaction: discord.Interaction) -> None:
        key = (self.item.custom_id or "").removeprefix("amb#")
        handler = handler_of(interaction)
        click = handler.clicks.get(key)  # type: ignore[attr-defined]
        action_id, value = (click.action_id, click.value) if click else ("", None)
        await handler.on_click(interaction, action_id, value, self.item.label or "")


class ChoiceSelect(discord.ui.DynamicItem[discord.ui.Select], template=SELECT_TEMPLATE):
    def __init__(self, select: discord.ui.Select) -> None:
        super().__init__(select)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ChoiceSelect:
        return cls(item)  # type: ignore[arg-type]

    async def callback(self, interaction: discord.Interaction) -> None:
        action_id = (self.item.custom_id or "").removeprefix("ambs|")
        await handler_of(interaction).on_select(interaction, action_id)


class FormButton(discord.ui.DynamicItem[discord.ui.Button], template=FORM_TEMPLATE):
    def __init__(self, button: discord.ui.Button) -> None:
        super().__init__(button)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> FormButton:
        return cls(item)  # type: ignore[arg-type]

    async def callback(self, interaction: discord.Interaction) -> None:
        key = (self.item.custom_id or "").removeprefix("ambf#")
        await handler_of(interaction).on_form_button(interaction, key)


DYNAMIC_ITEMS = (ChoiceButton, StashedButton, ChoiceSelect, FormButton)


def _choice_items(spec: ChoicesSpec, clicks: Stash[Click]) -> list[discord.ui.Item[Any]]:
    if spec.as_select:
        options = [
            discord.SelectOption(
                label=truncate(choice.label, LABEL_LIMIT) or "-",
                value=option_value(choice.value, clicks),
            )
            for choice in spec.choices
        ]
        select = discord.ui.Select(
            custom_id=select_custom_id(spec.action_id, clicks), options=options
        )
        return [ChoiceSelect(select)]
    items: list[discord.ui.Item[Any]] = []
    for index, choice in enumerate(spec.choices):
        custom_id = button_custom_id(spec.action_id, choice.value, clicks)
        button = discord.ui.Button(
            label=truncate(choice.label, LABEL_LIMIT) or "-",
            custom_id=custom_id,
            style=getattr(discord.ButtonStyle, button_style_name(choice.style)),
            row=index // BUTTONS_PER_ROW,
        )
        items.append(
            StashedButton(button) if custom_id.startswith("amb#") else ChoiceButton(button)
        )
    return items


def build_view(
    message: OutMessage, clicks: Stash[Click], form_key: str | None
) -> discord.ui.View | None:
    items: list[discord.ui.Item[Any]] = []
    if message.choices is not None:
        items += _choice_items(message.choices, clicks)
    if message.form_label and form_key:
        button = discord.ui.Button(
            label=message.form_label,
            custom_id=f"ambf#{form_key}",
            style=discord.ButtonStyle.primary,
        )
        items.append(FormButton(button))
    if not items:
        return None
    view = discord.ui.View(timeout=None)
    for item in items:
        view.add_item(item)
    return view


def build_embed(spec: EmbedSpec) -> discord.Embed:
    embed = discord.Embed(
        title=spec.title, description=spec.description or None, colour=EMBED_COLOUR
    )
    for item in spec.fields:
        embed.add_field(name=item.name, value=item.value, inline=False)
    if spec.footer:
        embed.set_footer(text=spec.footer)
    if spec.image_filename:
        embed.set_image(url=f"attachment://{spec.image_filename}")
    return embed


def send_kwargs(
    message: OutMessage, clicks: Stash[Click], form_key: str | None = None
) -> dict[str, Any]:
    """What `Messageable.send` / `followup.send` get for one rendered message."""
    kwargs: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
    if message.content:
        kwargs["content"] = message.content
    if message.embed is not None:
        kwargs["embed"] = build_embed(message.embed)
    if message.files:
        kwargs["files"] = [
            discord.File(io.BytesIO(f.data), filename=f.filename, description=f.description)
            for f in message.files
        ]
    view = build_view(message, clicks, form_key)
    if view is not None:
        kwargs["view"] = view
    return kwargs


class FormModal(discord.ui.Modal):
    """A `Form` as a modal (at most 5 fields: Discord's limit)."""

    def __init__(self, form: Form) -> None:
        super().__init__(title=truncate(form.title, MODAL_TITLE_LIMIT), timeout=None)
        self.form = form
        self.inputs: dict[str, discord.ui.TextInput[Any] | discord.ui.Select[Any]] = {}
        if len(form.fields) > MODAL_FIELDS:
            log.warning(
                "form %s: Discord shows %d fields of %d",
                form.form_id,
                MODAL_FIELDS,
                len(form.fields),
            )
        for item in form.fields[:MODAL_FIELDS]:
            component: discord.ui.TextInput[Any] | discord.ui.Select[Any]
            if item.kind == FieldKind.SELECT:
                component = discord.ui.Select(
                    custom_id=item.name,
                    required=item.required,
                    min_values=1 if item.required else 0,
                    options=[
                        discord.SelectOption(
                            label=truncate(c.label, LABEL_LIMIT),
                            value=c.value[:OPTION_DESCRIPTION_LIMIT],
                            default=c.value == item.initial,
                        )
                        for c in item.options[:25]
                    ],
                )
            else:
                component = discord.ui.TextInput(
                    custom_id=item.name,
                    style=discord.TextStyle.paragraph
                    if item.kind == FieldKind.LONG_TEXT
                    else discord.TextStyle.short,
                    required=item.required,
                    default=item.initial,
                    placeholder=truncate(item.placeholder, PLACEHOLDER_LIMIT)
                    if item.placeholder
                    else None,
                    max_length=TEXT_INPUT_LIMIT,
                )
            self.inputs[item.name] = component
            self.add_item(discord.ui.Label(text=truncate(item.label, 45), component=component))

    def values(self) -> Mapping[str, Any]:
        """{field name: typed value}; raises ValueError naming the label of a bad number."""
        values: dict[str, Any] = {}
        for item in self.form.fields[:MODAL_FIELDS]:
            component = self.inputs[item.name]
            if isinstance(component, discord.ui.Select):
                values[item.name] = component.values[0] if component.values else None
            elif item.kind == FieldKind.NUMBER:
                try:
                    values[item.name] = number_or_none(component.value)
                except ValueError as exc:
                    raise ValueError(item.label) from exc
            else:
                values[item.name] = component.value or None
        return values

    async def on_submit(self, interaction: discord.Interaction) -> None:
        handler = handler_of(interaction)
        try:
            values = dict(self.values())
        except ValueError as exc:
            await handler.on_form_invalid(interaction, str(exc))
            return
        await handler.on_form_submit(interaction, self.form, values)
