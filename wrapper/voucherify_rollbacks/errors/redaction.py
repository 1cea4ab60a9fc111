"""The SDK's logger, the `VOUCHERIFY_LOG` switch, and the guards that keep credentials out of logs.

Nothing is logged unless the application configures logging or sets `VOUCHERIFY_LOG=info|debug`. Request lines carry
the path only: query strings and bodies can hold customer data (emails, order details), so they are never logged.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TextIO

from .._constants import ENV_LOG

__all__ = [
    "LOG_ENV_VAR",
    "PROCESS_FILTER",
    "REDACTED",
    "SecretsFilter",
    "carried_secrets",
    "configure_from_env",
    "current_secrets",
    "is_secret_header",
    "log_request",
    "log_response",
    "log_retry",
    "logger",
    "redact_exception",
    "redact_headers",
    "remember_secrets",
    "scrub",
]

logger = logging.getLogger("voucherify_rollbacks")

LOG_ENV_VAR = ENV_LOG
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
    """Return a plain copy of `headers` with the value of every credential-like header replaced by `<redacted>`,
    and any open client's token that a server echoed in another header redacted too."""
    secrets = _REGISTRY.current()
    return {name: REDACTED if is_secret_header(name) else secrets.scrub(value) for name, value in headers.items()}


class SecretsFilter(logging.Filter):
    """Replace secret strings in log records by `<redacted>`: the given ones, or (by default) every credential of
    every open client in the process.

    One instance, `PROCESS_FILTER`, is installed once on the SDK's, httpx's and httpcore's loggers when this module
    is first imported; clients only register and forget their secrets, so the cost of a log record does not grow
    with the number of clients ever made.
    """

    def __init__(self, secrets: Iterable[str] | None = None) -> None:
        super().__init__()
        self._fixed = None if secrets is None else _Secrets(secrets)

    def secrets(self) -> tuple[str, ...]:
        """The secrets this filter redacts now."""
        return (self._fixed or _REGISTRY.current()).values

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = self._fixed or _REGISTRY.current()
        carried = _carried_by(record)
        if carried:  # an SDK error logged after its client closed still keeps that client's tokens out
            secrets = secrets.union(_Secrets(carried))
        if not secrets.values:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is logging's error to report, not ours
            return True
        if secrets.found_in(message):
            # Freeze the already formatted text: args rendered again by another handler could leak the secret.
            record.msg = secrets.scrub(message)
            record.args = ()
        elif isinstance(record.args, tuple):
            record.args = tuple(secrets.scrub(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, Mapping):
            record.args = {k: secrets.scrub(v) if isinstance(v, str) else v for k, v in record.args.items()}
        if record.exc_info and record.exc_info[1] is not None:
            # A traceback is rendered by the handler, after every filter: when it would show a secret, render it
            # now, redacted (other records keep their exc_info for handlers that want the exception itself).
            text = logging.Formatter().formatException(record.exc_info)
            if secrets.found_in(text):
                record.exc_text, record.exc_info = secrets.scrub(text), None
        return True


def _carried_by(record: logging.LogRecord) -> tuple[str, ...]:
    errors = [a for a in (record.args if isinstance(record.args, tuple) else ()) if isinstance(a, BaseException)]
    if record.exc_info and record.exc_info[1] is not None:
        errors.append(record.exc_info[1])
    return tuple(secret for error in errors for secret in carried_secrets(error))


class _Secrets:
    """A frozen set of secrets and one compiled pattern matching any of them (longest first, so a secret that
    contains another is redacted whole): one regex search per text, however many clients are open."""

    def __init__(self, secrets: Iterable[str]) -> None:
        self.values = tuple(sorted({s for s in secrets if s}, key=len, reverse=True))
        self._pattern = re.compile("|".join(map(re.escape, self.values))) if self.values else None

    def __repr__(self) -> str:
        return f"<{len(self.values)} secret(s)>"  # an error's vars() may be printed: never the values

    def union(self, other: _Secrets) -> _Secrets:
        return self if set(other.values) <= set(self.values) else _Secrets((*self.values, *other.values))

    def found_in(self, text: str) -> bool:
        return self._pattern is not None and self._pattern.search(text) is not None

    def scrub(self, text: str) -> str:
        return text if self._pattern is None else self._pattern.sub(REDACTED, text)


def current_secrets() -> tuple[str, ...]:
    """The credentials of every client open now."""
    return _REGISTRY.current().values


def scrub(text: str, secrets: Iterable[str] | None = None) -> str:
    """`text` with every secret (by default: every open client's) replaced by `<redacted>`."""
    return (_REGISTRY.current() if secrets is None else _Secrets(secrets)).scrub(text)


class _SecretRegistry:
    """The credentials of every open client, counted: two clients sharing a token forget it only when both do."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}
        self._current = _Secrets(())
        self._lock = threading.Lock()

    def add(self, secrets: Iterable[str]) -> None:
        with self._lock:
            for secret in secrets:
                self._counts[secret] = self._counts.get(secret, 0) + 1
            self._current = _Secrets(self._counts)

    def discard(self, secrets: Iterable[str]) -> None:
        with self._lock:
            for secret in secrets:
                left = self._counts.get(secret, 0) - 1
                if left > 0:
                    self._counts[secret] = left
                else:
                    self._counts.pop(secret, None)
            self._current = _Secrets(self._counts)

    def current(self) -> _Secrets:
        return self._current


_REGISTRY = _SecretRegistry()


def remember_secrets(secrets: Iterable[str]) -> Callable[[], None]:
    """Redact `secrets` everywhere from now on; returns the (idempotent) function that forgets them again."""
    kept = [s for s in secrets if s]
    _REGISTRY.add(kept)
    forgotten = False

    def forget() -> None:
        nonlocal forgotten
        if not forgotten:
            forgotten = True
            _REGISTRY.discard(kept)

    return forget


def redact_exception(error: BaseException, secrets: Iterable[str] | None = None) -> BaseException:
    """Remove secrets from the text of `error` and of the exceptions chained to it (its args, message, details,
    reprs and tracebacks follow), and give every SDK error among them the secrets to keep out of what it shows
    later: `to_dict()` and `str()` scrub with them after the client is closed, and in another process after
    pickling. `body`, the raw response text, is kept as it came."""
    found = _Secrets(secrets) if secrets is not None else _REGISTRY.current()
    if not found.values:
        return error
    for current in _chain(error):
        if hasattr(type(current), "_secrets"):  # a VoucherifyError: it keeps them (see errors.exceptions)
            kept: _Secrets | None = getattr(current, "_secrets", None)
            current._secrets = found if kept is None else kept.union(found)  # type: ignore[attr-defined]
        current.args = tuple(found.scrub(a) if isinstance(a, str) else a for a in current.args)
        for name, value in list(vars(current).items()):
            if name == "body" or name.startswith("_"):
                continue
            if isinstance(value, str):
                setattr(current, name, found.scrub(value))
            elif isinstance(value, dict):  # the response headers kept on an APIError
                setattr(current, name, {k: found.scrub(v) if isinstance(v, str) else v for k, v in value.items()})
    return error


def carried_secrets(error: BaseException | None) -> tuple[str, ...]:
    """The secrets `error` and the errors chained to it were given when raised (by `redact_exception`)."""
    if error is None:
        return ()
    found: list[str] = []
    for current in _chain(error):
        kept = getattr(current, "_secrets", None)
        if isinstance(kept, _Secrets):
            found.extend(kept.values)
    return tuple(found)


def _chain(error: BaseException) -> Iterator[BaseException]:
    """`error`, its causes and contexts, and the errors it holds as attributes (`last_error`), each once."""
    seen: set[int] = set()
    waiting: list[BaseException] = [error]
    while waiting:
        current = waiting.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        held = [v for n, v in vars(current).items() if isinstance(v, BaseException) and not n.startswith("__")]
        waiting.extend(e for e in (current.__cause__, current.__context__, *held) if e is not None)


# Where a secret could reach a log line: the SDK's records, httpx's request lines, httpcore's debug traces (which
# print response headers, so a server echoing a token would put it there). Logger filters do not see records
# propagated from child loggers, so each httpcore logger gets it too.
_FILTERED_LOGGERS = (
    "voucherify_rollbacks",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
PROCESS_FILTER = SecretsFilter()
for _name in _FILTERED_LOGGERS:
    logging.getLogger(_name).addFilter(PROCESS_FILTER)


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
