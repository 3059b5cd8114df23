"""The pure halves of the Slack adapter: payload → Incoming, Reply → Block Kit."""

from __future__ import annotations

from bot.adapters.slack.forms import FormStash
from bot.adapters.slack.render import (
    FILE_ABOVE,
    mark_chosen,
    mrkdwn,
    render_home,
    render_message,
    render_modal,
    split_text,
    submission_errors,
)
from bot.adapters.slack.translate import (
    SlackPlace,
    clicked,
    form_values,
    from_command,
    from_event,
    from_view_submission,
    strip_bot_mention,
)
from bot.core.messages import Choice, Field, FieldKind, Form, FormField, Image, Platform, Reply
from tests.adapters.slack_harness import PROBE_FORM, direct_message, event_body, mention


def test_slack_mention_becomes_incoming_in_its_own_thread() -> None:
    inbound = from_event(event_body(mention("aide &amp; plus", ts="1.5")), "UBOT")
    assert inbound is not None
    incoming = inbound.incoming
    assert (incoming.platform, incoming.workspace_id) == (Platform.SLACK, "T-ACME")
    assert (incoming.text, incoming.thread_id, incoming.event_id) == ("aide & plus", "1.5", "Ev1")
    assert not incoming.is_direct
    assert inbound.place == SlackPlace("T-ACME", "U-AMB", "C-GEN", "1.5")


def test_slack_dm_and_what_is_ignored() -> None:
    inbound = from_event(event_body(direct_message("salut")), "UBOT")
    assert inbound is not None and inbound.incoming.is_direct
    assert inbound.incoming.thread_id is None
    ignored = [
        direct_message("x") | {"subtype": "message_changed"},
        direct_message("x") | {"bot_id": "B1"},
        mention("x", channel="DU-AMB"),  # a DM mention also comes as a message
        direct_message("x") | {"channel_type": "channel", "channel": "C1"},
    ]
    assert [from_event(event_body(e), "UBOT") for e in ignored] == [None] * 4


def test_slack_only_the_bot_mention_is_stripped() -> None:
    assert strip_bot_mention("<@UBOT>  relais pour <@U42>", "UBOT") == "relais pour <@U42>"
    assert strip_bot_mention("<@UBOT|ambassade> aide", "UBOT") == "aide"


def test_slack_command_text_and_bare_command() -> None:
    command = {"team_id": "T", "user_id": "U", "channel_id": "C", "text": "", "response_url": "R"}
    inbound = from_command(command)
    assert inbound.incoming.text == "aide" and inbound.place.response_url == "R"
    assert from_command(command | {"text": " ask quoi ? "}).incoming.text == "ask quoi ?"


def test_slack_click_ids_and_values() -> None:
    button = {"type": "button", "action_id": "flow.a|b|2", "value": "v", "text": {"text": "L"}}
    assert clicked(button) == ("flow.a|b", "v", "L")
    select = {
        "type": "static_select",
        "action_id": "x|select",
        "selected_option": {"value": "o", "text": {"text": "O"}},
    }
    assert clicked(select) == ("x", "o", "O")


def test_slack_form_values_are_typed() -> None:
    state = {
        "a": {"a": {"type": "plain_text_input", "value": "texte"}},
        "n": {"n": {"type": "number_input", "value": "12"}},
        "f": {"f": {"type": "number_input", "value": "1.5"}},
        "e": {"e": {"type": "number_input", "value": None}},
        "s": {"s": {"type": "static_select", "selected_option": {"value": "x"}}},
        "z": {"z": {"type": "static_select", "selected_option": None}},
    }
    assert form_values(state) == {"a": "texte", "n": 12, "f": 1.5, "e": None, "s": "x", "z": None}


def test_slack_submission_comes_back_where_the_form_was_offered() -> None:
    place = SlackPlace("T-ACME", "U1", "C1", "9.9", response_url=None)
    view = render_modal(PROBE_FORM, private_metadata=place.to_metadata())
    body = {
        "team": {"id": "T-ACME"},
        "user": {"id": "U1"},
        "view": view | {"state": {"values": {}}},
    }
    inbound = from_view_submission(body)
    assert inbound.place == place
    assert inbound.incoming.action is not None
    assert inbound.incoming.action.action_id == "probe.form"
    assert inbound.incoming.thread_id == "9.9"


def test_slack_text_is_escaped_and_markdown_converted() -> None:
    assert mrkdwn("<!channel> & **gras** [doc](https://x.fr/a)") == (
        "&lt;!channel&gt; &amp; *gras* <https://x.fr/a|doc>"
    )


def test_slack_split_text_respects_limits_and_words() -> None:
    text = " ".join(f"mot{i}" for i in range(2000))
    chunks = split_text(text, 3000)
    assert all(len(c) <= 3000 for c in chunks)
    assert " ".join(chunks) == text


def test_slack_message_rendering_of_every_reply_feature() -> None:
    reply = Reply(
        text="Corps",
        title="Titre",
        fields=tuple(Field(f"L{i}", f"V{i}") for i in range(12)),
        choices=(Choice("Oui", "yes"),),
        action_id="flow.q",
        context="Sources : a.md",
        form=PROBE_FORM,
    )
    message = render_message(reply, form_ref="ref")
    kinds = [b["type"] for b in message.blocks]
    assert kinds == ["header", "section", "section", "section", "actions", "actions", "context"]
    assert len(message.blocks[2]["fields"]) == 10 and len(message.blocks[3]["fields"]) == 2
    assert message.blocks[5]["elements"][0]["value"] == "ref"
    assert message.text == "Titre\nCorps" and message.uploads == ()


def test_slack_choices_without_action_are_listed_and_many_become_a_select() -> None:
    listed = render_message(Reply(text="t", choices=(Choice("a", "1"), Choice("b", "2"))))
    assert listed.blocks[-1] == {"type": "section", "text": {"type": "mrkdwn", "text": "• a\n• b"}}
    many = tuple(Choice(f"c{i}", str(i)) for i in range(6))
    [select] = render_message(Reply(text="t", choices=many, action_id="q")).blocks[-1]["elements"]
    assert select["type"] == "static_select" and select["action_id"] == "q|select"


def test_slack_long_text_and_images_become_uploads() -> None:
    long = render_message(Reply(text="x " * FILE_ABOVE))
    assert long.uploads[0].content == ("x " * FILE_ABOVE).encode()
    assert sum(len(b["text"]["text"]) for b in long.blocks) < 3000
    image = render_message(Reply(text="t", image=Image(b"PNG", "alt", "g.png"))).uploads[0]
    assert (image.filename, image.alt, image.content) == ("g.png", "alt", b"PNG")


def test_slack_modal_fields() -> None:
    form = Form(
        "f",
        "Un titre beaucoup trop long pour Slack",
        (
            FormField("n", "N", kind=FieldKind.NUMBER, initial="3"),
            FormField("s", "S", kind=FieldKind.SELECT, options=(Choice("A", "a"),), initial="a"),
            FormField("t", "T", placeholder="…", required=False),
        ),
    )
    view = render_modal(form)
    assert len(view["title"]["text"]) <= 24
    number, select, text = (b["element"] for b in view["blocks"])
    assert number["initial_value"] == "3"
    assert select["initial_option"]["value"] == "a"
    assert text["placeholder"]["text"] == "…" and view["blocks"][2]["optional"] is True


def test_slack_submission_errors() -> None:
    with_fields = Reply(text="t", form=PROBE_FORM, fields=(Field("count", "Positif"),))
    assert submission_errors(with_fields, ["idea", "count"]) == {"count": "Positif"}
    assert submission_errors(Reply(text="Non"), ["idea", "count"]) == {"idea": "Non"}


def test_slack_home_and_chosen_rendering() -> None:
    home = render_home([Reply(text="a", title="A"), Reply(text="b")])
    assert [b["type"] for b in home["blocks"]] == ["header", "section", "divider", "section"]
    blocks = [{"type": "section", "block_id": "s"}, {"type": "actions", "block_id": "b"}]
    marked = mark_chosen(blocks, "b", "Oui <3", "U1")
    assert marked[0] == blocks[0]
    assert marked[1]["elements"][0]["text"] == "✅ *Oui &lt;3* — <@U1>"


def test_slack_forms_travel_in_the_button_or_the_stash() -> None:
    stash = FormStash()
    packed = stash.pack(PROBE_FORM)
    assert not packed.startswith("stash:") and FormStash().unpack(packed) == PROBE_FORM
    big = Form("big", "Big", tuple(FormField(f"f{i}", "x" * 100) for i in range(30)))
    key = stash.pack(big)
    assert key.startswith("stash:") and stash.unpack(key) == big
    assert FormStash().unpack(key) is None and stash.unpack("{broken") is None
