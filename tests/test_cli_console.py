"""Items 10, 13 and 14 of issue 13: tolerant scripts, one language per person, the console."""

from __future__ import annotations

import contextlib
import os
import pty
import select
import signal
import stat
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.adapters.console import ConsoleSession
from bot.adapters.console_loop import HISTORY_FILE, ConsoleLoop
from bot.assistant import Assistant
from bot.cli import app
from bot.cli.text_input import decode_tolerantly
from bot.settings import Settings, get_settings
from bot.tenants import ClientConfig, ClientDirectory
from prompts.catalog import text

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]


def invoke(*args: str, input: str | bytes | None = None):
    get_settings.cache_clear()
    # Wide enough that a table's headings are not wrapped.
    return runner.invoke(app, list(args), input=input, env={"COLUMNS": "200"})


# -- item 10: scripts and piped input in any encoding ------------------------------------


def test_i13_10_decoding_takes_utf8_then_latin1() -> None:
    assert decode_tolerantly("café".encode()) == "café"
    assert decode_tolerantly(b"\xef\xbb\xbfcaf\xc3\xa9") == "café"  # UTF-8 with a BOM
    assert decode_tolerantly("café".encode("latin-1")) == "café"
    assert decode_tolerantly(bytes(range(256)))  # any bytes at all: never an error


def test_i13_10_a_latin1_demo_script_runs_without_a_traceback(tmp_path: Path) -> None:
    script = tmp_path / "script.txt"
    script.write_bytes("# démo en Latin-1\nlangue en\n@@lea aide café\n".encode("latin-1"))
    result = invoke("demo", "--script", str(script))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "[lea] aide café" in result.output
    assert "Noted: I'll talk to you in English" in result.output


def test_i13_10_latin1_on_stdin_for_demo_chat_redact_and_triage() -> None:
    latin1 = "aide\nJe m'appelle Hélène, hélène@exemple.fr\n".encode("latin-1")
    demo = invoke("demo", "--script", "-", input=latin1)
    assert demo.exit_code == 0 and "vous ▸ Je m'appelle Hélène" in demo.output
    invoke("clients", "add", "volta")
    chat = invoke("chat", "--client", "volta", "--user", "lea", input=latin1)
    assert chat.exit_code == 0, chat.output
    assert "Voici ce que je peux faire" in chat.output
    redact = invoke("redact", "-", input="Écris à marie@exemple.fr\n".encode("latin-1"))
    assert redact.exit_code == 0 and redact.stdout.strip() == "Écris à <EMAIL>"
    triage = invoke("triage", "-", input="je veux parler à un humain\n".encode("latin-1"))
    assert triage.exit_code == 0 and "Traceback" not in triage.output


def test_i13_10_a_missing_or_folder_script_is_a_clear_error(tmp_path: Path) -> None:
    for path in (tmp_path / "nope.txt", tmp_path):
        result = invoke("demo", "--script", str(path))
        assert result.exit_code == 2
        assert "script introuvable" in result.output and "Traceback" not in result.output


# -- item 13: one language for each person -----------------------------------------------


def test_i13_13_clients_follow_the_cli_language() -> None:
    assert "aucun client pour l'instant" in invoke("clients", "list").output
    assert "no client yet" in invoke("--lang", "en", "clients", "list").output
    invoke("--lang", "fr", "clients", "add", "volta")
    assert "nom affiché" in invoke("--lang", "fr", "clients", "list").output
    assert "display name" in invoke("--lang", "en", "clients", "list").output
    again = invoke("--lang", "fr", "clients", "add", "volta")
    assert "existe déjà" in again.output and "--force" in again.output
    bad = invoke("--lang", "fr", "clients", "add", "other", "--lang", "de")
    assert bad.exit_code == 2 and "« de »" in bad.output


@pytest.mark.parametrize(
    "command",
    [
        ("redact", "--client", "nobody", "bonjour"),
        ("triage", "--client", "nobody", "bonjour"),
        ("audit", "--client", "nobody"),
        ("clients", "show", "nobody"),
        ("chat", "--client", "nobody", "--user", "x"),
    ],
)
def test_i13_13_an_unknown_client_is_told_in_the_cli_language(command: tuple[str, ...]) -> None:
    french = invoke("--lang", "fr", *command)
    assert french.exit_code == 2
    assert "erreur : client inconnu « nobody »" in " ".join(french.output.split())
    english = invoke("--lang", "en", *command)
    assert "error: unknown client 'nobody'" in " ".join(english.output.split())


def test_i13_13_a_broken_client_file_is_told_in_the_cli_language(tmp_path: Path) -> None:
    clients = tmp_path / "home" / "clients"
    clients.mkdir(parents=True)
    (clients / "broken.yaml").write_text("language: [fr\n", encoding="utf-8")
    french = " ".join(invoke("--lang", "fr", "redact", "-c", "broken", "x").output.split())
    assert "est inutilisable" in french and "broken.yaml" in french
    english = " ".join(invoke("--lang", "en", "redact", "-c", "broken", "x").output.split())
    assert "cannot be used" in english and "not valid YAML" in english


def test_i13_13_audit_speaks_the_readers_language_not_the_clients(settings: Settings) -> None:
    english_client = ClientConfig(name="london", display_name="London Bikes", language="en")
    ClientDirectory(settings.clients_dir).save(english_client)
    french = invoke("audit", "--client", "london")
    assert "Aucun appel à un modèle externe enregistré pour London Bikes." in french.output
    english = invoke("--lang", "en", "audit", "--client", "london", "--since", "30d")
    assert "No external model call recorded for London Bikes since" in english.output
    for since in ("30d", "2026-11-01", "12h"):  # the formats `gaps --since` takes too
        assert invoke("audit", "--client", "london", "--since", since).exit_code == 0
    bad = invoke("--lang", "en", "audit", "--client", "london", "--since", "last week")
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_i13_13_triage_and_run_follow_the_cli_language() -> None:
    assert "pas de relais" in invoke("triage", "Merci pour le kit !").output
    assert "no handoff" in invoke("--lang", "en", "triage", "Merci pour le kit !").output
    human = invoke("--lang", "fr", "triage", "je veux parler à un humain").output
    assert "relais" in human and "règle" in human
    french = " ".join(invoke("--lang", "fr", "run").output.split())
    assert "aucune plate-forme de discussion n'est configurée" in french
    missing = " ".join(invoke("--lang", "fr", "run", "slack").output.split())
    assert "SLACK_BOT_TOKEN n'est pas défini" in missing
    unknown = invoke("--lang", "fr", "run", "irc").output
    assert "plate-forme inconnue « irc »" in unknown


def test_i13_13_chat_lang_is_the_persons_language_for_answers_and_messages() -> None:
    invoke("clients", "add", "volta")  # a French client
    result = invoke("--lang", "en", "chat", "--client", "volta", "--user", "lea", input="aide\n")
    assert result.exit_code == 0, result.output
    assert "Here is what I can do for you" in result.output
    local = invoke("chat", "--client", "volta", "--user", "hugo", "--lang", "en", input="x\n")
    assert local.exit_code == 0 and "Voici" not in local.output
    bad_role = invoke("chat", "--client", "volta", "--user", "x", "--role", "boss", "--lang", "fr")
    assert "--role doit valoir" in bad_role.output


@pytest.mark.parametrize("word", ["/quitter", "/QUIT", "/exit", " /sortir "])
def test_a_typed_slash_quit_ends_the_console_and_nothing_after_it_is_read(word: str) -> None:
    invoke("clients", "add", "volta")
    result = invoke("chat", "--client", "volta", "--user", "lea", input=f"{word}\naide\n")
    assert result.exit_code == 0, result.output
    assert "À bientôt !" in result.output
    assert "Voici" not in result.output  # "aide" after the quit line is never answered


def test_a_bare_quitter_is_a_message_not_the_end_of_the_console() -> None:
    invoke("clients", "add", "volta")
    result = invoke("chat", "--client", "volta", "--user", "lea", input="quitter\naide\n")
    assert result.exit_code == 0, result.output
    assert "Voici" in result.output  # the line after it is still answered


async def test_i13_13_the_console_prompt_follows_langue_en(
    assistant: Assistant, acme: ClientConfig
) -> None:
    written: list[str] = []
    loop = ConsoleLoop(assistant, ConsoleSession(assistant, "acme", "lea"), written.append)
    assert loop.prompt(loop.default) == "vous ▸ "
    await loop.say("langue en", echo=True)
    assert written[0] == "vous ▸ langue en"
    assert loop.prompt(loop.default) == "you ▸ "
    await loop.say("aide", echo=True)
    assert written[-2] == "you ▸ aide"


# -- item 14: the interactive console -------------------------------------------------------


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "guide-velo.md"
    path.write_text(
        "# Guide\n\nClassification : public\n\n## Kit\n\n"
        "Le kit de bienvenue des ambassadeurs contient un maillot orange.\n",
        encoding="utf-8",
    )
    return path


async def test_i13_14_fichier_ingests_a_community_managers_document(
    assistant: Assistant, acme: ClientConfig, document: Path
) -> None:
    written: list[str] = []
    manager = ConsoleSession(assistant, "acme", "camille", role="cm-team")
    loop = ConsoleLoop(assistant, manager, written.append)
    await loop.say(f"/fichier {document}", echo=False)
    assert "📄 guide-velo.md : ajouté" in written[-1] and "public" in written[-1]
    await loop.say("Que contient le kit de bienvenue ?", echo=False)
    assert "maillot orange" in written[-1]
    await loop.say(f'/file "{document}"', echo=False)  # quoted, English alias
    assert "déjà à jour" in written[-1]


async def test_i13_14_fichier_is_refused_to_an_ambassador_as_in_slack(
    assistant: Assistant, acme: ClientConfig, document: Path
) -> None:
    written: list[str] = []
    loop = ConsoleLoop(
        assistant, ConsoleSession(assistant, "acme", "cm", role="cm-team"), written.append
    )
    await loop.say(f"@@lea:amb /fichier {document}", echo=False)
    assert text("fr", "ask.upload.refused") in written[-1]
    await loop.say("Que contient le kit de bienvenue ?", echo=False)
    assert "maillot" not in written[-1]  # nothing was ingested


async def test_i13_14_a_missing_or_unreadable_path_gets_a_localised_message(
    assistant: Assistant, acme: ClientConfig, tmp_path: Path
) -> None:
    written: list[str] = []
    loop = ConsoleLoop(
        assistant, ConsoleSession(assistant, "acme", "cm", role="cm-team"), written.append
    )
    await loop.say(f"/fichier {tmp_path / 'absent.pdf'}", echo=False)
    assert "Aucun fichier à cet emplacement" in written[-1]
    await loop.say(f"/fichier {tmp_path}", echo=False)
    assert "n'est pas un fichier" in written[-1]
    await loop.say("/fichier", echo=False)
    assert "/fichier CHEMIN" in written[-1]
    await loop.say("langue en", echo=False)
    await loop.say(f"/file {tmp_path / 'absent.pdf'}", echo=False)
    assert "No file at this path" in written[-1]
    assert "Traceback" not in "\n".join(written)


class Terminal:
    """`ambassade chat` in a real pseudo-terminal, in its own process: keys in, screen out."""

    def __init__(self, home: Path) -> None:
        env = {
            **os.environ,
            "AMBASSADE_HOME": str(home),
            "PYTHONPATH": str(ROOT),
            "TERM": "xterm",
            "PROMPT_TOOLKIT_NO_CPR": "1",  # no cursor-position query to answer
        }
        command = "from bot.cli import main; main()"
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child becomes the command, on the terminal's side
            args = [sys.executable, "-c", command, "chat", "--client", "acme", "--user", "lea"]
            os.execve(sys.executable, args, env)
        self.screen = b""
        self._poll = select.poll()  # not select(): a long test run may hold fds above 1024
        self._poll.register(self.fd, select.POLLIN)

    def type(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def _read(self, seconds: float) -> None:
        if self._poll.poll(seconds * 1000):
            try:
                self.screen += os.read(self.fd, 65536)
            except OSError:  # the other side closed
                time.sleep(seconds)

    def count(self, text: str) -> int:
        return self.screen.count(text.encode())

    def wait_for(self, text: str, times: int = 1, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while self.count(text) < times:
            assert time.monotonic() < deadline, self.screen.decode("utf-8", "replace")[-2000:]
            self._read(0.1)

    def exit_code(self, timeout: float) -> int | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self._read(0.2)
                return os.waitstatus_to_exitcode(status)
            self._read(0.05)
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        return None

    def close(self) -> None:
        with contextlib.suppress(ChildProcessError, ProcessLookupError):
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")
def test_i13_14_in_a_terminal_arrows_recall_history_and_ctrl_c_quits_at_once(
    acme: ClientConfig, settings: Settings
) -> None:
    help_text = "Voici ce que je peux faire"
    terminal = Terminal(settings.home)
    try:
        terminal.wait_for("vous ▸")  # the greeting (with the help) and the prompt
        greeted = terminal.count(help_text)
        assert "Ctrl-D ou Ctrl-C : quitter" in terminal.screen.decode()
        terminal.type(b"aide\r")
        terminal.wait_for(help_text, greeted + 1)
        terminal.type(b"\x1b[A")  # ↑ brings "aide" back; ← and → edit it
        terminal.type(b"\x1b[D\x1b[D\x1b[C\x1b[C\r")
        terminal.wait_for(help_text, greeted + 2)
        terminal.type(b"une question pas finie\x03")  # Ctrl-C, at the prompt or not yet
        started = time.monotonic()
        assert terminal.exit_code(timeout=10) == 130
        assert time.monotonic() - started < 5
        screen = terminal.screen.decode("utf-8", "replace")
        assert "Traceback" not in screen
        # "À bientôt" from the prompt or the bot; "interrompu." in the instant between the two
        assert "À bientôt" in screen or "interrompu." in screen
    finally:
        terminal.close()
    history = (settings.home / HISTORY_FILE).read_text("utf-8")
    assert history.count("+aide") == 1  # typed then recalled: kept once, like a shell
    assert stat.S_IMODE((settings.home / HISTORY_FILE).stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")
@pytest.mark.parametrize("when", ["at the prompt", "right after a line is sent"])
def test_i13_14_a_sigint_from_outside_ends_the_session_with_130_and_no_traceback(
    acme: ClientConfig, settings: Settings, when: str
) -> None:
    """SIGINT, not the Ctrl-C key, at the prompt and during a turn: exit 130, no traceback."""
    terminal = Terminal(settings.home)
    try:
        terminal.wait_for("vous ▸")
        if when != "at the prompt":
            terminal.type(b"aide\r")
        os.kill(terminal.pid, signal.SIGINT)
        assert terminal.exit_code(timeout=10) == 130
        screen = terminal.screen.decode("utf-8", "replace")
        assert "Traceback" not in screen and "Error" not in screen, screen[-1500:]
        assert "À bientôt" in screen
    finally:
        terminal.close()


async def test_i13_14_ctrl_c_is_ours_at_every_prompt_and_turn_not_pythons_default(
    assistant: Assistant, acme: ClientConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between two prompts Python's default handler raised KeyboardInterrupt wherever the code
    was, once inside a database commit: a traceback and exit 1 instead of 130 (seen in CI)."""
    import prompt_toolkit

    seen: list[object] = []

    class Prompt:  # a terminal's prompt that records who would take a SIGINT as it opens
        def __init__(self, **_: object) -> None:
            self.lines = ["aide", "aide"]

        async def prompt_async(self, *_: object, **options: object) -> str:
            assert options.get("handle_sigint") is False  # it must not install and remove its own
            seen.append(signal.getsignal(signal.SIGINT))
            if not self.lines:
                raise EOFError
            return self.lines.pop()

    monkeypatch.setattr(prompt_toolkit, "PromptSession", Prompt)
    written: list[str] = []
    loop = ConsoleLoop(assistant, ConsoleSession(assistant, "acme", "lea"), written.append)
    await loop.run_interactive()
    assert len(seen) == 3 and signal.default_int_handler not in seen
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # given back at the end


def test_i13_14_chat_help_documents_history_at_at_user_and_fichier() -> None:
    said = " ".join(invoke("chat", "--help").output.split())
    for needle in ("@@lea message", "/fichier PATH", "Ctrl-C", "console-history"):
        assert needle in said, needle


def test_i13_14_the_console_command_exits_130_on_ctrl_c_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import bot.cli.console as console_command

    async def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(console_command, "_converse", interrupted)
    invoke("clients", "add", "volta")
    result = invoke("chat", "--client", "volta", "--user", "lea", input="")
    assert result.exit_code == 130
    assert "interrompu" in result.output and "Traceback" not in result.output
