"""The `ambassade` command as a user runs it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings

runner = CliRunner()


def invoke(*args: str, input: str | None = None):
    get_settings.cache_clear()
    return runner.invoke(app, list(args), input=input)


def test_every_command_has_help():
    result = invoke("--help")
    assert result.exit_code == 0
    for name in ("chat", "demo", "clients", "run", "bench"):
        assert name in result.output
        assert invoke(name, "--help").exit_code == 0


def test_clients_add_list_show(tmp_path: Path):
    result = invoke(
        "clients",
        "add",
        "volta",
        "--lang",
        "fr",
        "--slack-team",
        "T1",
        "--slack-team",
        "T2",
        "--discord-guild",
        "42",
        "--confidential-term",
        "Projet Houblon",
    )
    assert result.exit_code == 0, result.output
    listed = invoke("clients", "list")
    assert "volta" in listed.output and "T1, T2" in listed.output
    shown = invoke("clients", "show", "volta")
    assert "Projet Houblon" in shown.output and "'42'" in shown.output


def test_clients_add_refuses_duplicates_bad_names_and_stolen_teams():
    assert invoke("clients", "add", "volta", "--slack-team", "T1").exit_code == 0
    again = invoke("--lang", "en", "clients", "add", "volta")
    assert again.exit_code == 2 and "already exists" in again.output
    bad = invoke("clients", "add", "Bad Name")
    assert bad.exit_code == 2 and "key 'name'" in bad.output
    stolen = invoke("--lang", "fr", "clients", "add", "other", "--slack-team", "T1")
    assert stolen.exit_code == 2 and "appartient déjà au client « volta »" in stolen.output
    lang = invoke("clients", "add", "third", "--lang", "de")
    assert lang.exit_code == 2 and "--lang" in lang.output


def test_malformed_client_file_is_reported_not_crashed_on(tmp_path: Path):
    clients = tmp_path / "home" / "clients"
    clients.mkdir(parents=True)
    (clients / "broken.yaml").write_text("language: [fr\n", encoding="utf-8")
    listed = invoke("clients", "list")
    assert listed.exit_code == 0
    assert "non chargé" in listed.output and "broken.yaml" in listed.output
    shown = invoke("clients", "show", "broken")
    assert shown.exit_code == 2 and "not valid YAML" in shown.output
    chat = invoke("chat", "--client", "broken", "--user", "x", input="aide\n")
    assert chat.exit_code == 2 and "Traceback" not in chat.output


def test_chat_reads_piped_messages_and_ends_cleanly_at_end_of_input():
    invoke("clients", "add", "volta")
    result = invoke("chat", "--client", "volta", "--user", "lea", input="aide\n\nlangue en\nhelp\n")
    assert result.exit_code == 0, result.output
    assert "Voici ce que je peux faire" in result.output
    assert "Votre message est vide" in result.output
    assert "Here is what I can do for you" in result.output


def test_chat_with_unknown_client_or_bad_role():
    invoke("clients", "add", "volta")
    unknown = invoke("--lang", "en", "chat", "--client", "nope", "--user", "x")
    assert unknown.exit_code == 2 and "unknown client 'nope'" in unknown.output
    role = invoke("chat", "--client", "volta", "--user", "x", "--role", "boss")
    assert role.exit_code == 2 and "--role" in role.output


def test_demo_greets_in_french_and_shows_the_community_manager_help():
    result = invoke("demo", input="")
    assert result.exit_code == 0, result.output
    assert "Bonjour camille" in result.output
    assert "community manager, programme Cycles Colibri" in result.output


def test_demo_runs_a_script_and_prints_the_transcript(tmp_path: Path):
    script = tmp_path / "script.txt"
    script.write_text("# a comment\nlangue en\n\n@@lea langue\n", encoding="utf-8")
    result = invoke("demo", "--script", str(script))
    assert result.exit_code == 0, result.output
    assert "vous ▸ langue en" in result.output
    assert "Noted: I'll talk to you in English" in result.output
    assert "you ▸ [lea] langue" in result.output  # the prompt follows `langue en`
    assert "a comment" not in result.output
    missing = invoke("demo", "--script", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2 and "script introuvable" in missing.output


def test_json_logs_go_to_the_home_log_file(tmp_path: Path):
    import json
    import logging

    from bot.logging_setup import configure_logging

    get_settings.cache_clear()
    configure_logging(log_format="json", log_level="INFO")
    logging.getLogger("ambassade.test").info("bonjour %s", "Léa")
    for handler in logging.getLogger().handlers:
        handler.flush()
    lines = (tmp_path / "home" / "logs" / "ambassade.log").read_text("utf-8").splitlines()
    entry = json.loads(lines[-1])
    assert entry["message"] == "bonjour Léa" and entry["level"] == "INFO"
    configure_logging(log_format="text", log_level="WARNING")


def test_clients_add_takes_the_ambassadors_names_and_warns_on_a_staff_word():
    result = invoke(
        "clients", "add", "aurbeze", "--ambassador-name", "Isards", "--ambassador-name", "Équipe"
    )
    assert result.exit_code == 0, result.output
    assert "« Équipe » désigne l'équipe ou un niveau" in result.output
    assert "Isards »" not in result.output
    shown = invoke("clients", "show", "aurbeze")
    assert "ambassador_names:\n- Isards\n- Équipe" in shown.output
    short = invoke("--lang", "en", "clients", "add", "other", "--ambassador-name", "x")
    assert short.exit_code == 2 and "ambassador_names" in short.output
    assert "2 to 40 characters" in short.output


def test_clients_add_without_names_says_how_to_give_them():
    fr = invoke("clients", "add", "brivade")
    assert fr.exit_code == 0, fr.output
    assert "ambassador_names: [Isards]" in fr.output and "brivade.yaml" in fr.output
    named = invoke("--lang", "en", "clients", "add", "sorbe", "--ambassador-name", "Sorbiers")
    assert named.exit_code == 0 and "ambassador_names: [Isards]" not in named.output


def test_clients_add_asks_the_ambassadors_names_at_a_terminal(monkeypatch):
    monkeypatch.setattr("bot.cli.clients._at_terminal", lambda: True)
    asked = invoke("clients", "add", "verlaine", input="Paliers, membres du Cercle\n")
    assert asked.exit_code == 0, asked.output
    assert "Comment vos documents appellent-ils les ambassadeurs" in asked.output
    shown = invoke("clients", "show", "verlaine")
    assert "ambassador_names:\n- Paliers\n- membres du Cercle" in shown.output
    skipped = invoke("--lang", "en", "clients", "add", "helioz", input="\n")
    assert skipped.exit_code == 0 and "ambassador_names: [Isards]" in skipped.output
    quiet = invoke("clients", "add", "brodard", "--no-ask")
    assert quiet.exit_code == 0 and "Comment vos documents" not in quiet.output
