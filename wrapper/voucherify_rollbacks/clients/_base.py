"""What both clients share besides their operations: settings, retry policy, the connection, secrets and closing."""

from __future__ import annotations

import random as _random
import time
import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import httpx

from .._constants import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES
from .._http.body import ACCEPT_ENCODING
from .._http.transport import Connection
from .._version import __version__
from ..core.options import (
    ClientOptions,
    RequestOptions,
    Settings,
    check_deadline,
    check_markers,
    check_max_response_bytes,
    check_max_retries,
    check_option_names,
    resolve_settings,
    to_timeout,
)
from ..core.plans import CallOptions
from ..core.retries import RetryPolicy
from ..errors import ConfigurationError
from ..errors.redaction import configure_from_env, remember_secrets

if TYPE_CHECKING:
    from .._http import pool


class ClientBase:
    """Settings, retry policy, log redaction and the connection of a client; `_options` makes each call's options."""

    _connection: Connection
    _own: pool.OwnPool | None

    def __init__(self, options: ClientOptions) -> None:
        check_option_names(options, ClientOptions, f"{type(self).__name__}()")
        deadline = options.get("deadline")
        max_response_bytes = options.get("max_response_bytes")
        self._settings: Settings = resolve_settings(
            app_id=options.get("app_id"),
            app_token=options.get("app_token"),
            bearer_token=options.get("bearer_token"),
            cluster=options.get("cluster"),
            base_url=options.get("base_url"),
            timeout=options.get("timeout"),
            max_retries=options.get("max_retries"),
        )
        self._policy = RetryPolicy(
            max_retries=self._settings.max_retries,
            deadline=DEFAULT_DEADLINE if deadline is None else check_deadline(deadline),
        )
        self._max_response_bytes = (
            DEFAULT_MAX_RESPONSE_BYTES if max_response_bytes is None else check_max_response_bytes(max_response_bytes)
        )
        self._markers = check_markers(options.get("markers"))
        self._clock = options.get("clock") or time.monotonic
        self._random = options.get("random") or _random.random
        self._headers = {
            **self._settings.auth_headers(),
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": f"voucherify-rollbacks/{__version__} (python; httpx)",
        }
        configure_from_env()
        # The process-wide log filter and every error this client raises redact these; forgotten on close (or when
        # the client is garbage collected unclosed), so log records never pay for clients long gone.
        self._secrets = tuple(self._settings.secrets())
        self._forget_secrets = remember_secrets(self._secrets)
        weakref.finalize(self, self._forget_secrets)
        self._closed = False

    @property
    def base_url(self) -> str:
        """The API's base URL this client sends to."""
        return self._settings.base_url

    def __repr__(self) -> str:
        auth = "app keys" if self._settings.app_token else "bearer token"
        retries = self._policy.max_retries
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={auth!r}, max_retries={retries})"

    def _options(self, request_options: RequestOptions) -> CallOptions:
        """One call's options: the client's, with what the call passed instead."""
        self._check_open()
        check_option_names(request_options, RequestOptions, "the call")
        max_retries = request_options.get("max_retries")
        timeout = request_options.get("timeout")
        deadline = request_options.get("deadline")
        policy = self._policy
        if max_retries is not None:
            policy = replace(policy, max_retries=check_max_retries(max_retries))
        if deadline is not None:
            policy = replace(policy, deadline=check_deadline(deadline))
        call_timeout = self._settings.timeout if timeout is None else to_timeout(timeout)
        return CallOptions(
            policy=policy,
            timeout=call_timeout,
            clock=self._clock,
            random=self._random,
            max_response_bytes=self._max_response_bytes,
        )

    def _connect(self, http_client: Any, sync: bool, sleep: Callable[[float], Any]) -> None:
        """Adopt the caller's httpx client (never closed by the SDK) or make the SDK's own pool; wire the connection."""
        # Only the SDK's own pool gets the deadline-bounded sockets: a caller's httpx.Client is never modified.
        self._own = None
        if http_client is None:
            from .._http.pool import OwnPool  # httpcore (and anyio) load with the first client, not with the package

            self._own = OwnPool(self.base_url, self._headers, self._settings.timeout, sync=sync)
        self._connection = Connection(
            http_client,
            self.base_url,
            self._headers,
            sleep,
            self._secrets,
            max_response_bytes=self._max_response_bytes,
            own=self._own,
        )

    def _check_open(self) -> None:
        if self._closed:
            raise ConfigurationError("this client is closed; create a new one")

    def _release(self) -> None:
        self._closed = True
        self._forget_secrets()


def check_http_client(http_client: object, expected: type[httpx.Client] | type[httpx.AsyncClient], hint: str) -> None:
    """Refuse an http_client of the other kind (or none at all) before anything is set up."""
    if http_client is not None and not isinstance(http_client, expected):
        raise ConfigurationError(f"http_client must be an {expected.__module__}.{expected.__name__} ({hint})")
