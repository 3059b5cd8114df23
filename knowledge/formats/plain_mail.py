"""An e-mail pasted as plain text: its message without the mail's furniture.

When a text opens with mail headers ("De :", "À :", "Objet :"; "From:", "To:", "Subject:"),
the message is what lies between them and the signature: the headers, the sign-off
("Bonne soirée,\\nAnaïs"), the signature block after its "-- " delimiter and the line
introducing a quoted reply ("Le … a écrit :") are no section of it; the replies it quotes
are read below it, their "> " markers off, as the thread's earlier messages. The subject,
without its "RE:" / "TR:" / "Fwd:", is the document's title when its body names none.

The headers stay in the document's head (`LoadedDocument.head`): who a mail was sent to
is part of its marking.
"""

from __future__ import annotations

import re

_HEADER = re.compile(
    r"^\s*(?P<name>de|from|[àa]|to|cc|cci|bcc|date|envoy[ée]|sent|objet|subject|sujet)"
    r"\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_SUBJECT = ("objet", "subject", "sujet")
_SENDER_OR_SUBJECT = ("de", "from", *_SUBJECT)
_REPLY_PREFIX = re.compile(r"^(?:(?:re|tr|fw|fwd|réf)\s*:\s*)+", re.IGNORECASE)
# The signature delimiter ("-- ", often saved without its space), a forwarded or replied
# original's banner, and the line that introduces a quoted reply.
_SIGNATURE = re.compile(r"^--\s?$")
_ORIGINAL = re.compile(
    r"^\s*-{2,}\s*(?:original message|message d['’]origine|forwarded message"
    r"|message transféré)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(r"(?:a écrit|wrote)\s*:\s*$", re.IGNORECASE)
SIGN_OFF_WORDS = 4


def _headers(lines: list[str]) -> tuple[int, dict[str, str]]:
    """How many lines the mail headers take at the text's start (blank lines before them
    included) and their values by lower-cased name; (0, {}) when it has none."""
    found: dict[str, str] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines) and (match := _HEADER.match(lines[i])):
        found.setdefault(match.group("name").casefold(), match.group("value").strip())
        i += 1
    if len(found) < 2 or not any(name in found for name in _SENDER_OR_SUBJECT):
        return 0, {}
    return i, found


def _quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _tail_start(lines: list[str]) -> int:
    """Where the mail's tail starts: its signature or the original message below it, else
    the quoted thread that ends it (with the line introducing it); len(lines) without one.
    A quote answered below it is part of the message."""
    end = next(
        (i for i, line in enumerate(lines) if _SIGNATURE.match(line) or _ORIGINAL.match(line)),
        len(lines),
    )
    start = end
    while start and (_quoted(lines[start - 1]) or not lines[start - 1].strip()):
        start -= 1
    if not any(_quoted(line) for line in lines[start:end]):
        return end
    if start and _ATTRIBUTION.search(lines[start - 1]):
        start -= 1
    return start


def _without_sign_off(lines: list[str]) -> list[str]:
    """Without a closing paragraph of at most two short lines ("Bonne soirée,", a first name)
    just before the signature."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and lines[start - 1].strip():
        start -= 1
    closing = lines[start:end]
    short = all(len(line.split()) <= SIGN_OFF_WORDS for line in closing)
    if closing and len(closing) <= 2 and short and not closing[-1].rstrip().endswith((".", ":")):
        return lines[:start]
    return lines


_QUOTE_MARKER = re.compile(r"^\s*> ?")
MAX_QUOTE_DEPTH = 8


def _unquoted(lines: list[str]) -> list[str]:
    """The quoted thread below a message (its first run of "> " lines), one marker off."""
    start = next((i for i, line in enumerate(lines) if _quoted(line)), len(lines))
    end = start
    while end < len(lines) and (_quoted(lines[end]) or not lines[end].strip()):
        end += 1
    quoted = [_QUOTE_MARKER.sub("", line, count=1) for line in lines[start:end]]
    first = next((i for i, line in enumerate(quoted) if line.strip()), 0)
    if quoted and _ATTRIBUTION.search(quoted[first]):
        return quoted[first + 1 :]  # "Le … a écrit :" quoted with the message it introduces
    return quoted


def _thread(body: list[str], depth: int = 0) -> list[str]:
    """A message then, below it, the replies it quotes, each as its author wrote it: the
    "> " markers off, without the signatures, sign-offs and "… a écrit :" lines."""
    end = _tail_start(body)
    quoted_reply = depth > 0  # a quoted message ends with its author's sign-off
    message = _without_sign_off(body[:end]) if end < len(body) or quoted_reply else body
    quoted = _unquoted(body[end:]) if depth < MAX_QUOTE_DEPTH else []
    later = _thread(quoted, depth + 1) if any(line.strip() for line in quoted) else []
    return ["\n".join(message), *later]


def mail_thread(text: str) -> tuple[str, list[str]] | None:
    """(subject, messages) of a text that opens with mail headers, None for any other text:
    the message, then the replies it quotes, each a text of its own (`_thread`)."""
    lines = text.splitlines()
    count, headers = _headers(lines)
    if not count:
        return None
    subject = next((headers[name] for name in _SUBJECT if name in headers), "")
    return _REPLY_PREFIX.sub("", subject).strip(), _thread(lines[count:])


def mail_message(text: str) -> tuple[str, str] | None:
    """(subject, message) of a text that opens with mail headers, None for any other text:
    the message with the replies it quotes below it."""
    thread = mail_thread(text)
    return None if thread is None else (thread[0], "\n\n".join(thread[1]))
