"""The SDK's logger, the `VOUCHERIFY_LOG` switch, and the guards that keep credentials out of logs.

Nothing is logged unless the application configures logging or sets `VOUCHERIFY_LOG=info|debug`. Request lines carry
the path only: query strings and bodies can hold customer data (emails, order details), so they are never logged.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from typing import TextIO

__all__ = [
    "LOG_ENV_VAR",
    "REDACTED",
    "SecretsFilter",
    "configure_from_env",
    "is_secret_header",
    "log_request",
    "log_response",
    "log_retry",
    "logger",
    "redact_headers",
]

logger = logging.getLogger("voucherify_rollbacks")

LOG_ENV_VAR = "VOUCHERIFY_LOG"
REDACTED = "<redacted>"

_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
_SECRET_HEADERS = frozenset(
    {"x-app-token", "x-app-id", "authorization", "cookie", "set-cookie", "x-client-token", "x-client-application-id"}
)
# Substrings catch what the list above misses, e.g. X-Voucherify-OAuth or a proxy's X-Api-Key.
_SECRET_HEADER_PARTS = ("token", "secret", "auth", "key")


class _EnvHandler(logging.StreamHandler[TextIO]):
    """The handler `configure_from_env` installs; its own class lets a second call find it instead of adding another."""


def configure_from_env(environ: Mapping[str, str] | None = None) -> None:
    """Send the SDK's log records to stderr when `VOUCHERIFY_LOG` is `info` or `debug`; otherwise change nothing.

    Calling it again does not add a second handler; it only updates the level.
    """
    value = (os.environ if environ is None else environ).get(LOG_ENV_VAR, "")
    level = _LEVELS.get(value.strip().lower())
    if level is None:
        return
    handler = next((h for h in logger.handlers if isinstance(h, _EnvHandler)), None)
    if handler is None:
        handler = _EnvHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    handler.setLevel(level)
    logger.setLevel(level)


def is_secret_header(name: str) -> bool:
    """Tell whether a header may carry a credential and must not be logged or kept on an exception."""
    lowered = name.lower()
    return lowered in _SECRET_HEADERS or any(part in lowered for part in _SECRET_HEADER_PARTS)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Return a plain copy of `headers` with the value of every credential-like header replaced by `<redacted>`."""
    return {name: REDACTED if is_secret_header(name) else value for name, value in headers.items()}


class SecretsFilter(logging.Filter):
    """Replace known secret strings (the client's own tokens) in log records by `<redacted>`.

    Install it on `logger` with `logger.addFilter(...)` and remove it with `logger.removeFilter(...)`; both are
    no-ops when repeated. The secrets are frozen at construction, so one instance is safe to share across threads.
    """

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        # Longest first, so a secret that contains another one is redacted whole.
        self._secrets = tuple(sorted({s for s in secrets if s}, key=len, reverse=True))

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is logging's error to report, not ours
            return True
        if self._contains_secret(message):
            # Freeze the already formatted text: args rendered again by another handler could leak the secret.
            record.msg = self._scrub(message)
            record.args = ()
        elif isinstance(record.args, tuple):
            record.args = tuple(self._scrub(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, Mapping):
            record.args = {k: self._scrub(v) if isinstance(v, str) else v for k, v in record.args.items()}
        return True

    def _contains_secret(self, text: str) -> bool:
        return any(secret in text for secret in self._secrets)

    def _scrub(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text


def log_request(method: str, path: str, attempt: int) -> None:
    """Log (DEBUG) that an attempt is about to be sent."""
    logger.debug("Request %s %s (attempt %d)", method, _path_only(path), attempt)


def log_response(method: str, path: str, status: int, request_id: str | None, attempt: int, elapsed: float) -> None:
    """Log (INFO) the status and Voucherify request id of a finished attempt."""
    logger.info(
        "Response %s %s -> %d in %.3fs (attempt %d, request_id=%s)",
        method,
        _path_only(path),
        status,
        elapsed,
        attempt,
        request_id,
    )


def log_retry(method: str, path: str, attempt: int, delay: float, reason: str) -> None:
    """Log (INFO) that a failed attempt will be retried after `delay` seconds, and why."""
    logger.info("Retrying %s %s in %.2fs after attempt %d: %s", method, _path_only(path), delay, attempt, reason)


def _path_only(path: str) -> str:
    return path.split("?", 1)[0].split("#", 1)[0]
