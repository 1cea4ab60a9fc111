"""The options of clients and calls: one type for each (`ClientOptions`, `RequestOptions`), the client's settings
resolved from arguments first and the environment second, and the checks every option goes through."""

from __future__ import annotations

import ipaddress
import math
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypedDict
from urllib.parse import urlsplit

import httpx

from .._constants import (
    CLUSTER_ALIASES,
    CLUSTERS,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RETRIES,
    ENV_APP_ID,
    ENV_APP_TOKEN,
    ENV_BASE_URL,
    ENV_BEARER_TOKEN,
    ENV_CLUSTER,
    ENV_PREFIX,
    RATE_LIMIT_PLANS,
    RECOVERY_RESERVE_MAX,
    RECOVERY_RESERVE_SHARE,
)
from .._constants import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT_SECONDS
from ..errors import ConfigurationError, InvalidArgumentTypeError
from .events import Hooks
from .tokens import OAuthTokenProvider, TokenProvider

QueryValue = str | int | float | bool | Sequence[str | int | float | bool]
"""A query parameter's value; a sequence repeats the parameter."""

DEFAULT_TIMEOUT = httpx.Timeout(DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT)


class _CallDefaults(TypedDict, total=False):
    """The options a client sets for every call and a call can change for itself."""

    max_retries: int | None
    """Retries after the first attempt (default 2); what may be retried depends on the operation."""
    timeout: float | httpx.Timeout | None
    """Seconds for each socket operation (default 30, connect 5), or an httpx.Timeout."""
    deadline: float | None
    """Seconds for the whole call: every attempt, wait and recovery look-up (default 120)."""
    api_version: str | None
    """Sent as `X-Voucherify-API-Version` (e.g. "v2018-08-01"); unset, the project's setting applies."""


class RequestOptions(_CallDefaults, total=False):
    """What every call takes as keyword arguments (the first four also a client, as its defaults)."""

    extra_headers: Mapping[str, str] | None
    """Headers added to every request of the call (a rollback's look-ups included), over the client's. The
    credentials (X-App-Id, X-App-Token, Authorization) and the framing (Host, Content-Length, Transfer-Encoding)
    cannot be set: InvalidArgumentError naming the header. A credential-like header (its name holds token, secret,
    auth or key, e.g. X-Api-Key) is redacted from logs and errors like the credentials."""
    extra_query: Mapping[str, QueryValue] | None
    """Query parameters added to every request of the call; a name the operation also sends takes this value."""
    extra_body: Mapping[str, object] | None
    """Fields merged into the top level of the JSON body the operation sends (a key in both: this value wins).
    Refused (InvalidArgumentError) by an operation that only reads (a GET)."""


REQUEST_OPTION_NAMES = frozenset(RequestOptions.__annotations__)


class ClientOptions(_CallDefaults, total=False):
    """What both clients' constructors (and `with_options`) take, besides their own `http_client` and `sleep`."""

    app_id: str | None
    app_token: str | None
    bearer_token: str | None
    cluster: str | None
    """eu1, us1 or as1 (the region of the project); `base_url` wins over it."""
    base_url: str | None
    max_response_bytes: int | None
    """A larger response body (after decompression) is not read further: ResponseTooLargeError. Default 4 MiB."""
    clock: Callable[[], float] | None
    """A monotonic clock (tests inject one so retries run instantly)."""
    random: Callable[[], float] | None
    """The jitter's random source in [0, 1) (tests pin it)."""
    markers: bool | None
    """True: every rollback call of this client sends a fresh marker (`new_marker()`) in the rollback's metadata
    unless it passes its own, so that a rollback found after a lost answer is proved this call's or someone else's.
    Default False: without one, a lost answer can end in RollbackAuthorshipUnknownError."""
    default_headers: Mapping[str, str] | None
    """Headers sent with every request of the client (a call's `extra_headers` win); refused as `extra_headers`."""
    default_query: Mapping[str, QueryValue] | None
    """Query parameters sent with every request of the client (a call's `extra_query` wins)."""
    channel: str | None
    """Sent as `X-Voucherify-Channel`, the channel Voucherify records for what the requests do; default
    `voucherify-rollbacks-python/<version>`."""
    webhook_secret: str | Sequence[str] | None
    """The secret of the project's webhook (Project Settings > Webhooks), or several while rotating it, for
    `unwrap_webhook`; default `VOUCHERIFY_WEBHOOK_SECRET`. Never shown in reprs, logs or errors."""
    token_provider: TokenProvider | OAuthTokenProvider | None
    """Where the OAuth bearer token comes from, instead of app keys or a fixed bearer_token: a function (or async
    function, with AsyncVoucherify) returning an `AccessToken`, or a built-in `AppKeysTokenProvider` /
    `ServiceKeyTokenProvider`. The token is fetched when first needed, replaced before it expires and once when the
    API says it expired (the refused request is sent again with the new one), one fetch at a time for all calls."""
    wall_clock: Callable[[], float] | None
    """The wall clock, as Unix seconds, that token expiries and the server's Unix times are read against (tests
    inject one)."""
    hooks: Hooks | None
    """Functions told of every call's attempts, answers, retries, recovery look-ups and outcome (`Hooks`)."""
    rate_limit_plan: str | None
    """The Voucherify plan of the project, whose ceiling `rollback_many` keeps under besides its
    `requests_per_minute`: "sandbox" (100 requests an hour), "business" (100 a minute), "organization" (2,000 a
    minute). Unset: the run's own cap, lowered to what the server announces in `X-Rate-Limit-Limit`."""


def check_option_names(given: Mapping[str, object], allowed: type, where: str) -> None:
    """Refuse a keyword argument the options type does not name, as Python would for a misspelt argument."""
    unknown = sorted(set(given) - set(allowed.__annotations__))
    if unknown:
        raise InvalidArgumentTypeError(
            f"{where} got an unexpected keyword argument {unknown[0]!r}", argument=unknown[0]
        )


@dataclass(frozen=True)
class Settings:
    """What a client needs to talk to Voucherify; secrets never appear in its repr."""

    base_url: str
    app_id: str | None = field(repr=False)
    app_token: str | None = field(repr=False)
    bearer_token: str | None = field(repr=False)
    timeout: httpx.Timeout
    max_retries: int

    def auth_headers(self) -> dict[str, str]:
        """The headers that authenticate every request: the app key pair, or the OAuth bearer token."""
        if self.app_id is not None and self.app_token is not None:
            return {"X-App-Id": self.app_id, "X-App-Token": self.app_token}
        if self.bearer_token is None:
            return {}  # a token provider's token is set on each request
        return {"Authorization": f"Bearer {self.bearer_token}"}

    def secrets(self) -> list[str]:
        """Every secret string, for log redaction."""
        return [s for s in (self.app_token, self.bearer_token) if s]


def resolve_settings(
    *,
    app_id: str | None,
    app_token: str | None,
    bearer_token: str | None,
    cluster: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    environ: Mapping[str, str] | None = None,
    token_provider: bool = False,
) -> Settings:
    """Merge arguments with VOUCHERIFY_* variables and check them, raising ConfigurationError naming what is wrong.
    With a `token_provider`, no credential is taken (nor read from the environment): the provider's tokens are."""
    env = os.environ if environ is None else environ
    passed = {"app_id": app_id, "app_token": app_token, "bearer_token": bearer_token}
    given = {name: _credential(value, name) for name, value in passed.items()}
    if token_provider:
        named = [name for name, value in given.items() if value is not None]
        if named:
            raise ConfigurationError(
                f"pass either token_provider or {' and '.join(named)}, not both (a provider exchanging app keys "
                "takes them itself: AppKeysTokenProvider(app_id, app_token))"
            )
        return Settings(
            base_url=_base_url(base_url, cluster, env),
            app_id=None,
            app_token=None,
            bearer_token=None,
            timeout=to_timeout(timeout) if timeout is not None else DEFAULT_TIMEOUT,
            max_retries=check_max_retries(DEFAULT_MAX_RETRIES if max_retries is None else max_retries),
        )
    if given["bearer_token"] is not None and (given["app_id"] is not None or given["app_token"] is not None):
        raise ConfigurationError("pass either app_id and app_token, or bearer_token, not both")
    if not any(value is not None for value in given.values()):
        # Only when no credential is passed does the environment supply them: an explicit bearer_token is never
        # overridden (or joined) by app keys from the environment, nor explicit app keys by an env bearer token.
        given = {name: _credential(env.get(_ENV_OF[name]) or None, _ENV_OF[name]) for name in given}
    elif given["bearer_token"] is None:
        for name in ("app_id", "app_token"):
            if given[name] is None:
                given[name] = _credential(env.get(_ENV_OF[name]) or None, _ENV_OF[name])
    app_id, app_token, bearer_token = given["app_id"], given["app_token"], given["bearer_token"]
    if app_id is None and app_token is None and bearer_token is None:
        raise ConfigurationError(
            f"no credentials: pass app_id and app_token (or set {ENV_APP_ID} and {ENV_APP_TOKEN}), "
            f"or pass bearer_token (or set {ENV_BEARER_TOKEN})"
        )
    if bearer_token is None:
        if app_id is None:
            raise ConfigurationError(f"app_token is set but app_id is missing: pass app_id or set {ENV_APP_ID}")
        if app_token is None:
            raise ConfigurationError(f"app_id is set but app_token is missing: pass app_token or set {ENV_APP_TOKEN}")
    url = _base_url(base_url, cluster, env)
    return Settings(
        base_url=url,
        app_id=app_id,
        app_token=app_token,
        bearer_token=bearer_token,
        timeout=to_timeout(timeout) if timeout is not None else DEFAULT_TIMEOUT,
        max_retries=check_max_retries(DEFAULT_MAX_RETRIES if max_retries is None else max_retries),
    )


def to_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """A finite httpx.Timeout from seconds or a Timeout; infinite or non-positive values are refused."""
    if isinstance(timeout, httpx.Timeout):
        parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if any(p is None or not math.isfinite(p) or p <= 0 for p in parts):
            raise ConfigurationError("timeout: every part of an httpx.Timeout must be a finite number of seconds > 0")
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not math.isfinite(timeout) or timeout <= 0:
        raise ConfigurationError(f"timeout must be a finite number of seconds > 0, got {timeout!r}")
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_CONNECT_TIMEOUT))


def recovery_reserve(deadline: float | None) -> float:
    """The seconds of a rollback call's deadline kept for its look-up."""
    return 0.0 if deadline is None else min(deadline * RECOVERY_RESERVE_SHARE, RECOVERY_RESERVE_MAX)


def check_deadline(deadline: float) -> float:
    """A call deadline as finite seconds > 0, or ConfigurationError."""
    number = isinstance(deadline, int | float) and not isinstance(deadline, bool)
    if not number or not math.isfinite(deadline) or deadline <= 0:
        raise ConfigurationError(f"deadline must be a finite number of seconds > 0, got {deadline!r}")
    return float(deadline)


def check_max_response_bytes(limit: int) -> int:
    """A response size limit as an int >= 1, or ConfigurationError."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ConfigurationError(f"max_response_bytes must be an int >= 1, got {limit!r}")
    return limit


def check_rate_limit_plan(plan: object) -> str | None:
    """A plan name of RATE_LIMIT_PLANS, or None; ConfigurationError otherwise."""
    if plan is not None and plan not in RATE_LIMIT_PLANS:
        raise ConfigurationError(f"rate_limit_plan must be one of {', '.join(RATE_LIMIT_PLANS)}, got {plan!r}")
    return plan if plan is None else str(plan)


def check_markers(markers: object) -> bool:
    """The `markers` option as a bool (None: the default, False), or ConfigurationError."""
    if markers is None:
        return False
    if not isinstance(markers, bool):
        raise ConfigurationError(f"markers must be True or False, got {markers!r}")
    return markers


def check_max_retries(max_retries: int) -> int:
    """max_retries as a non-negative int, or ConfigurationError."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, got {max_retries!r}")
    return max_retries


_ENV_OF = {"app_id": ENV_APP_ID, "app_token": ENV_APP_TOKEN, "bearer_token": ENV_BEARER_TOKEN}


def _credential(value: object, name: str) -> str | None:
    """A credential as it will travel in a header: surrounding whitespace stripped (a token read from a file ends
    in a newline); anything else a header cannot carry is refused, naming the setting and never showing the value."""
    if value is None:
        return None
    setting = name if name.islower() else f"{name} ({name.removeprefix(ENV_PREFIX).lower()})"
    if not isinstance(value, str):
        raise ConfigurationError(f"{setting} must be a string, got {type(value).__name__}")
    value = value.strip()
    if not value:
        raise ConfigurationError(f"{setting} must be a non-empty string")
    if not value.isascii() or not value.isprintable():
        raise ConfigurationError(
            f"{setting} holds a control or non-ASCII character, which an HTTP header cannot carry: "
            "check where it was copied from"
        )
    return value


def _base_url(base_url: str | None, cluster: str | None, env: Mapping[str, str]) -> str:
    if base_url is not None and cluster is not None:
        raise ConfigurationError("pass either base_url or cluster, not both")
    if base_url is None and cluster is None:
        base_url = env.get(ENV_BASE_URL) or None
        cluster = None if base_url else (env.get(ENV_CLUSTER) or None)
    if base_url is None:
        name = CLUSTER_ALIASES.get(cluster or "eu1", cluster or "eu1")
        if name not in CLUSTERS:
            raise ConfigurationError(f"unknown cluster {cluster!r}: use one of {', '.join(CLUSTERS)} or base_url")
        return CLUSTERS[name]
    return check_base_url(base_url)


def check_base_url(base_url: str) -> str:
    """The base URL without a trailing slash; plain http is allowed only to a loopback host (credentials travel)."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {base_url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            f"refusing to send credentials over plain http to {parts.hostname!r}: use https (http is allowed only "
            "for loopback hosts such as the local sandbox)"
        )
    return base_url.strip().rstrip("/")


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host.lower() in ("localhost", "localhost.localdomain") or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
