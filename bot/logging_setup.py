"""Logging: readable lines by default, JSON lines with `--log-format json` or
`AMBASSADE_LOG_FORMAT=json` (one object a line: time, level, logger, message, and the
event id and client of the turn for every line written inside one).

Logs go to stderr and to `$AMBASSADE_HOME/logs/ambassade.log`.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
from datetime import UTC, datetime

from bot.core.log_context import current_turn_fields
from bot.settings import get_settings

_HANDLER_MARK = "_ambassade_handler"
_NOISY = ("httpx", "httpcore", "chromadb", "alembic", "openai", "urllib3", "discord", "slack_bolt")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **current_turn_fields(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def _formatter(log_format: str) -> logging.Formatter:
    if log_format == "json":
        return JsonFormatter()
    return logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")


def configure_logging(log_format: str | None = None, log_level: str | None = None) -> None:
    settings = get_settings()
    log_format = log_format or settings.log_format
    level = (log_level or settings.log_level).upper()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _HANDLER_MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    stderr = logging.StreamHandler()
    handlers: list[logging.Handler] = [stderr]
    try:
        settings.logs_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                settings.logs_dir / "ambassade.log",
                maxBytes=5_000_000,
                backupCount=3,
                encoding="utf-8",
            )
        )
    except OSError:
        pass  # a read-only home still gets stderr logs
    for handler in handlers:
        handler.setFormatter(_formatter(log_format))
        setattr(handler, _HANDLER_MARK, True)
        root.addHandler(handler)
    root.setLevel(level)
    for name in _NOISY:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))


def quiet_stderr() -> None:
    """Interactive commands keep stderr for warnings only; the log file keeps the rest."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, _HANDLER_MARK, False) and type(handler) is logging.StreamHandler:
            handler.setLevel(logging.WARNING)
