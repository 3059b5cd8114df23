"""Pure Discord converters: Discord → `Incoming`, `Reply` → messages, custom ids."""

from __future__ import annotations

from bot.adapters.discord.client import needed_intents
from bot.adapters.discord.render import (
    CONTENT_LIMIT,
    DESCRIPTION_LIMIT,
    EMBED_TOTAL,
    FIELDS_PER_EMBED,
    FILE_ABOVE,
    render_reply,
    split_text,
)
from bot.adapters.discord.translate import (
    CUSTOM_ID_LIMIT,
    Click,
    Stash,
    button_click,
    button_custom_id,
    chosen_value,
    command_text,
    number_or_none,
    option_value,
    strip_bot_mention,
)
from bot.adapters.discord.views import build_embed, send_kwargs
from bot.core.messages import Choice, Field, Form, FormField, Image, Reply
from bot.tenants import ClientConfig


def test_discord_only_the_bot_mention_is_stripped() -> None:
    assert strip_bot_mention("<@42>  bonjour <@!7> et <@42>", 42) == "bonjour <@!7> et"
    assert strip_bot_mention("<@!42> aide", 42) == "aide"


def test_discord_app_command_becomes_router_text() -> None:
    assert command_text("aide", None) == "/aide"
    assert command_text("langue", "en") == "/langue en"


def test_discord_split_prefers_paragraphs_then_sentences() -> None:
    text = "Première phrase. " * 200  # one paragraph of about 3,400 characters
    chunks = split_text(text.strip())
    assert len(chunks) == 2 and all(len(c) <= CONTENT_LIMIT for c in chunks)
    assert chunks[0].endswith("phrase.") and chunks[1].startswith("Première")
    paragraphs = "A" * 1200 + "\n\n" + "B" * 1200
    assert split_text(paragraphs) == ["A" * 1200, "B" * 1200]
    assert split_text("x" * 4500) == ["x" * 2000, "x" * 2000, "x" * 500]  # no boundary: hard cut


def test_discord_plain_reply_is_content_and_mentions_nobody() -> None:
    [message] = render_reply(Reply(text="Bonjour @everyone"))
    assert message.content == "Bonjour @everyone" and message.embed is None


def test_discord_reply_with_sources_is_an_embed() -> None:
    reply = Reply(
        text="Le kit contient une gourde.",
        title="Kit de bienvenue",
        fields=(Field("Niveau", "Argent"),),
        context="Sources : [1] charte.md",
    )
    [message] = render_reply(reply)
    assert message.content is None
    embed = build_embed(message.embed).to_dict()
    assert embed["title"] == "Kit de bienvenue"
    assert embed["description"] == "Le kit contient une gourde."
    assert embed["fields"] == [{"name": "Niveau", "value": "Argent", "inline": False}]
    assert embed["footer"]["text"] == "Sources : [1] charte.md"


def test_discord_long_embed_and_many_fields_stay_within_limits() -> None:
    fields = tuple(Field(f"Champ {i}", "v" * 900) for i in range(30))
    reply = Reply(text="Mot. " * 2000, title="Synthèse", fields=fields, context="Brouillon")
    messages = render_reply(reply)
    embeds = [m.embed for m in messages]
    assert all(e is not None for e in embeds)
    for embed in embeds:
        data = build_embed(embed).to_dict()
        assert len(data.get("description") or "") <= DESCRIPTION_LIMIT
        assert len(data.get("fields", [])) <= FIELDS_PER_EMBED
        size = len(data.get("description") or "") + len(data.get("title") or "")
        size += sum(len(f["name"]) + len(f["value"]) for f in data.get("fields", []))
        size += len(data.get("footer", {}).get("text", ""))
        assert size <= EMBED_TOTAL
    assert embeds[0].title == "Synthèse" and embeds[-1].footer == "Brouillon"
    assert sum(len(e.fields) for e in embeds) == 30


async def test_discord_choices_become_buttons_or_a_select() -> None:
    stash: Stash[Click] = Stash()
    few = Reply(text="?", choices=(Choice("Oui", "yes"), Choice("Non", "no")), action_id="w.a")
    kwargs = send_kwargs(render_reply(few)[-1], stash)
    buttons = [item.to_component_dict() for item in kwargs["view"].children]
    assert [b["custom_id"] for b in buttons] == ["amb|w.a|yes", "amb|w.a|no"]
    assert kwargs["view"].timeout is None
    many = Reply(text="?", choices=tuple(Choice(f"N{i}", f"v{i}") for i in range(8)), action_id="w")
    kwargs = send_kwargs(render_reply(many)[-1], stash)
    [select] = [item.to_component_dict() for item in kwargs["view"].children]
    assert select["custom_id"] == "ambs|w" and len(select["options"]) == 8


def test_discord_choices_without_an_action_are_listed() -> None:
    messages = render_reply(Reply(text="Options :", choices=(Choice("A", "a"), Choice("B", "b"))))
    assert messages[-1].content == "• A\n• B" and messages[-1].choices is None


def test_discord_long_custom_ids_and_values_go_to_the_stash() -> None:
    stash: Stash[Click] = Stash()
    custom_id = button_custom_id("workshop.answer", "x" * 200, stash)
    assert custom_id.startswith("amb#") and len(custom_id) <= CUSTOM_ID_LIMIT
    assert stash.get(custom_id.removeprefix("amb#")) == Click("workshop.answer", "x" * 200)
    raw = option_value("y" * 150, stash)
    assert chosen_value(raw, stash) == "y" * 150
    assert chosen_value("#" + "0" * 32, stash) is None  # gone after a restart
    assert chosen_value("short", stash) == "short"


def test_discord_very_long_text_becomes_a_file_and_images_files() -> None:
    reply = Reply(
        text="Phrase. " * (FILE_ABOVE // 8 + 10), image=Image(b"PNG", "Graphique", "g.png")
    )
    [message] = render_reply(reply)
    assert [f.filename for f in message.files] == ["ambassade.txt", "g.png"]
    assert len(message.content or "") <= CONTENT_LIMIT
    with_embed = render_reply(Reply(text="Vue", title="KPI", image=Image(b"P", "KPI", "k.png")))
    assert with_embed[-1].embed.image_filename == "k.png"


def test_discord_form_gets_an_open_button() -> None:
    form = Form("f", "Titre", (FormField("a", "A"),), open_label="Répondre")
    [message] = render_reply(Reply(text="Un formulaire", form=form))
    assert message.form_label == "Répondre"


def test_discord_numbers_typed_in_a_modal() -> None:
    assert number_or_none("12") == 12 and number_or_none("2,5") == 2.5
    assert number_or_none(" ") is None


def test_discord_intents_ask_for_message_content_only_when_needed() -> None:
    quiet = ClientConfig(name="acme", discord={"guilds": ["1"]})
    chatty = ClientConfig(name="bravo", discord={"guilds": ["2"], "free_chat_channels": ["3"]})
    intents = needed_intents([quiet])
    assert intents.guilds and intents.guild_messages and intents.dm_messages
    assert not intents.message_content and not intents.members and not intents.presences
    assert needed_intents([quiet, chatty]).message_content


def test_discord_empty_reply_sends_nothing() -> None:
    assert render_reply(Reply(text="  ")) == []


def test_discord_action_ids_with_separators_survive_the_custom_id() -> None:
    stash: Stash[Click] = Stash()
    custom_id = button_custom_id("workshop.answer|12|purpose", "a|b", stash)
    assert custom_id == "amb|workshop.answer%7C12%7Cpurpose|a|b"
    assert button_click(custom_id) == Click("workshop.answer|12|purpose", "a|b")
    assert button_click(button_custom_id("100%|x", "v", stash)) == Click("100%|x", "v")
