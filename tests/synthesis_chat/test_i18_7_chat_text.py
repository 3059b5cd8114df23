"""Issue 18, item 7: the summary in chat, in sections that split cleanly on every platform."""

from __future__ import annotations

from dataclasses import replace

from bot.adapters.discord.render import CONTENT_LIMIT, render_reply
from bot.adapters.slack.render import SECTION_LIMIT, render_message
from bot.core.messages import Attachment, Reply
from bot.synthesis.model import Synthesis, Theme, Verbatim
from skills.synthesis import chat
from tests.synthesis_chat.test_i18_5_collect_share import SYNTHESIS


def _many(count: int) -> Synthesis:
    themes = tuple(
        Theme(
            label=f"thème numéro {n} sur les rencontres entre clients",
            kind="convergence",
            participants=tuple(f"P{i}" for i in range(1, 3 + n % 5)),
            answer_ids=(f"a{n}",),
            verbatims=(
                Verbatim(
                    f"a{n}", f"J'aimerais surtout rencontrer d'autres clients, idée {n}. " * 3
                ),
            ),
        )
        for n in range(count)
    )
    return replace(SYNTHESIS, themes=themes + SYNTHESIS.themes)


def test_i18_7_summary_shows_each_part_with_quotes_and_who_said_it():
    shown = chat.summary(
        SYNTHESIS, language="fr", heading="**Synthèse**", who=lambda a: a.removeprefix("a-")
    )
    text = shown.text
    assert shown.complete
    assert "_Brouillon pour discussion._" in text
    assert "**Convergences**\n• rencontrer d'autres clients — 4 participant(s)" in text
    assert "  « Rencontrer d'autres clients » (P1)" in text
    assert "• vidéo : à l'aise (2) ↔ mal à l'aise (2)" in text
    assert "• Vue minoritaire : le temps — 2 participant(s)" in text
    assert "• « Plus d'avis » ← rencontrer d'autres clients, le temps" in text
    assert "• Besoins qu'aucun objectif ne sert : le temps" in text
    assert "adhésion : 8 (3), 2 (1)" in text
    english = chat.summary(SYNTHESIS, language="en", heading="**Synthesis**", who=lambda a: None)
    assert "**Convergence**" in english.text and "Minority view: le temps" in english.text
    assert "(P1)" not in english.text


def test_i18_7_long_synthesis_is_cut_between_points_and_says_what_is_left():
    shown = chat.summary(_many(40), language="fr", heading="**Synthèse**", who=lambda a: "P1")
    assert not shown.complete
    sections = shown.text.split("\n\n")
    assert all(len(s) <= chat.SECTION_CHARS for s in sections)
    assert "autre(s) point(s) : voir la synthèse complète" in sections[1]
    assert "Vue minoritaire" in shown.text  # a later section still shows

    reply = Reply(shown.text)
    for message in render_reply(reply):  # Discord: each message under 2,000 characters
        assert message.content is not None and len(message.content) <= CONTENT_LIMIT
        assert not message.content.startswith("  «")  # never a quote torn from its point
    for block in render_message(reply).blocks:  # Slack: sections under 3,000
        assert len(block["text"]["text"]) <= SECTION_LIMIT


def test_i18_7_attachment_goes_as_a_file_on_every_platform(tmp_path):
    from bot.adapters.console import render

    document = Attachment("synthese-acme-all-v1.md", "# Synthèse\n".encode(), "text/markdown")
    reply = Reply("Synthèse complète", attachment=document, title="Synthèse")
    [message] = render_reply(reply)
    assert [f.filename for f in message.files] == ["synthese-acme-all-v1.md"]
    assert render_message(reply).uploads[0].content == document.data
    shown = render(reply, image_dir=tmp_path)
    assert f"[fichier : synthese-acme-all-v1.md → {tmp_path / 'synthese-acme-all-v1.md'}]" in shown
    assert (tmp_path / "synthese-acme-all-v1.md").read_text() == "# Synthèse\n"


def test_i18_7_brief_is_a_few_lines():
    lines = chat.brief(SYNTHESIS, language="fr", heading="Dernière synthèse").splitlines()
    assert lines[0] == "Dernière synthèse"
    assert lines[1] == "Convergences : rencontrer d'autres clients (4)."
    assert lines[2].startswith("Divergences : vidéo (4), le temps (2), les avantages (3)")
    assert "« synthèse »" in lines[-1] and len(lines) <= 5
