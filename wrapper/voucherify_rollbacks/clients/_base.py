"""What both clients share besides their operations: settings, retry policy, the connection, secrets and closing."""

from __future__ import annotations

import os
import random as _random
import time
import typing
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Self

import httpx

from .._constants import (
    API_VERSION_HEADER,
    CHANNEL_HEADER,
    CHANNEL_NAME,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    ENV_WEBHOOK_SECRET,
)
from .._http.body import ACCEPT_ENCODING
from .._http.tokens import TokenSource
from .._http.transport import Connection
from .._version import __version__
from ..core.events import Hooks
from ..core.extras import check_headers, check_query, check_text, secret_values, with_headers
from ..core.options import (
    ClientOptions,
    RequestOptions,
    Settings,
    check_deadline,
    check_markers,
    check_max_response_bytes,
    check_max_retries,
    check_option_names,
    check_rate_limit_plan,
    resolve_settings,
    to_timeout,
)
from ..core.plans import CallOptions
from ..core.retries import RetryPolicy
from ..core.tokens import OAuthTokenProvider, TokenProvider, is_async_provider
from ..errors import ConfigurationError, InvalidArgumentError, InvalidArgumentTypeError
from ..errors.redaction import configure_from_env, remember_secrets

if TYPE_CHECKING:
    import datetime

    from .._http import pool
    from ..webhooks import Event, Headers


class ClientBase:
    """Settings, retry policy, log redaction and the connection of a client; `_options` makes each call's options."""

    _connection: Connection
    _own: pool.OwnPool | None

    def __init__(self, options: ClientOptions) -> None:
        check_option_names(options, ClientOptions, f"{type(self).__name__}()")
        self._given = options
        deadline = options.get("deadline")
        max_response_bytes = options.get("max_response_bytes")
        # The async client is the one closed with `aclose`: an async provider is for it alone.
        is_async = callable(getattr(type(self), "aclose", None))
        self._token_provider = check_token_provider(options.get("token_provider"), is_async=is_async)
        self._wall_clock = options.get("wall_clock") or time.time
        self._settings: Settings = resolve_settings(
            app_id=options.get("app_id"),
            app_token=options.get("app_token"),
            bearer_token=options.get("bearer_token"),
            cluster=options.get("cluster"),
            base_url=options.get("base_url"),
            timeout=options.get("timeout"),
            max_retries=options.get("max_retries"),
            token_provider=self._token_provider is not None,
        )
        self._policy = RetryPolicy(
            max_retries=self._settings.max_retries,
            deadline=DEFAULT_DEADLINE if deadline is None else check_deadline(deadline),
        )
        self._max_response_bytes = (
            DEFAULT_MAX_RESPONSE_BYTES if max_response_bytes is None else check_max_response_bytes(max_response_bytes)
        )
        self._markers = check_markers(options.get("markers"))
        self._rate_limit_plan = check_rate_limit_plan(options.get("rate_limit_plan"))
        self._hooks = options.get("hooks")
        if self._hooks is not None and not isinstance(self._hooks, Hooks):
            raise ConfigurationError(f"hooks must be a voucherify_rollbacks.Hooks, got {type(self._hooks).__name__}")
        self._clock = options.get("clock") or time.monotonic
        self._random = options.get("random") or _random.random
        channel = options.get("channel")
        api_version = options.get("api_version")
        default_headers = check_headers(options.get("default_headers"), "default_headers")
        self._default_query = check_query(options.get("default_query"), "default_query")
        own_headers = {
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": f"voucherify-rollbacks/{__version__} (python; httpx)",
            CHANNEL_HEADER: f"{CHANNEL_NAME}/{__version__}" if channel is None else check_text(channel, "channel"),
        }
        if api_version is not None:
            own_headers[API_VERSION_HEADER] = check_text(api_version, "api_version")
        self._headers = {**self._settings.auth_headers(), **with_headers(own_headers, default_headers)}
        configure_from_env()
        # The process-wide log filter and every error this client raises redact these; forgotten on close (or when
        # the client is garbage collected unclosed), so log records never pay for clients long gone. A call's own
        # credential-like headers join them (`_options`) until the client is closed.
        self._webhook_secrets = _webhook_secrets(options.get("webhook_secret"))
        provider_secrets = (
            self._token_provider.secrets() if isinstance(self._token_provider, OAuthTokenProvider) else ()
        )
        self._secrets = (
            *self._settings.secrets(),
            *provider_secrets,
            *secret_values(default_headers),
            *self._webhook_secrets,
        )
        self._call_secrets: set[str] = set(self._secrets)
        self._forgets = [remember_secrets(self._secrets)]
        weakref.finalize(self, _forget_all, self._forgets)
        self._closed = False

    @property
    def base_url(self) -> str:
        """The API's base URL this client sends to."""
        return self._settings.base_url

    def __repr__(self) -> str:
        auth = "app keys" if self._settings.app_token else "bearer token"
        if self._token_provider is not None:
            auth = "token provider"
        retries = self._policy.max_retries
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={auth!r}, max_retries={retries})"

    def unwrap_webhook(
        self,
        body: bytes,
        headers: Headers,
        *,
        max_age: float | None = None,
        clock: Callable[[], datetime.datetime] | None = None,
    ) -> Event:
        """`voucherify_rollbacks.webhooks.unwrap` with this client's `webhook_secret` (or VOUCHERIFY_WEBHOOK_SECRET):
        verify a webhook request's raw body against its `x-voucherify-signature` and return its typed event.
        Without a secret it raises WebhookSignatureError, as for a bad signature: nothing passes unchecked."""
        from ..webhooks import unwrap  # the generated event models load with the first webhook, not the client

        return unwrap(body, headers, secret=self._webhook_secrets, max_age=max_age, clock=clock)

    def _options(self, request_options: RequestOptions, *, sends_body: bool = True) -> CallOptions:
        """One call's options: the client's, with what the call passed instead (and added: headers, query, body
        fields; `extra_body` is refused when the operation sends no body)."""
        self._check_open()
        check_option_names(request_options, RequestOptions, "the call")
        headers = check_headers(request_options.get("extra_headers"), "extra_headers")
        api_version = request_options.get("api_version")
        if api_version is not None:
            headers = with_headers({API_VERSION_HEADER: check_text(api_version, "api_version")}, headers)
        query = {**self._default_query, **check_query(request_options.get("extra_query"), "extra_query")}
        body = self._extra_body(request_options.get("extra_body"), sends_body)
        secrets = secret_values(headers)
        new = [secret for secret in secrets if secret not in self._call_secrets]
        if new:
            self._call_secrets.update(new)
            self._forgets.append(remember_secrets(new))
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
            headers=tuple(headers.items()),
            query=query,
            body=body,
            secrets=tuple(secrets),
            renews_token=self._token_provider is not None,
            wall_clock=self._wall_clock,
        )

    @staticmethod
    def _extra_body(extra_body: object, sends_body: bool) -> dict[str, Any] | None:
        if extra_body is None:
            return None
        if not sends_body:
            raise InvalidArgumentError("extra_body: this operation sends no body (a GET)", argument="extra_body")
        if not isinstance(extra_body, Mapping) or not all(isinstance(key, str) for key in extra_body):
            raise InvalidArgumentTypeError("extra_body must be a mapping with string keys", argument="extra_body")
        from ..operations.redemptions import jsonable  # the operations' own JSON conversion (models, dates, enums)

        ready: dict[str, Any] = jsonable(extra_body, "extra_body")
        return ready

    def _token_options(self, seconds_left: float | None) -> CallOptions:
        """The options of a token exchange: the client's, within what the waiting call's deadline leaves."""
        policy = self._policy
        if seconds_left is not None and (policy.deadline is None or seconds_left < policy.deadline):
            policy = replace(policy, deadline=max(seconds_left, 1e-3))
        return CallOptions(
            policy=policy,
            timeout=self._settings.timeout,
            clock=self._clock,
            wall_clock=self._wall_clock,
            random=self._random,
            max_response_bytes=self._max_response_bytes,
        )

    def _account_of_provider(self) -> str | None:
        """The account a built-in token provider acts for (its app id or service key id), for a bulk journal."""
        provider = self._token_provider
        return getattr(provider, "app_id", None) or getattr(provider, "client_id", None)

    def _remember_token(self, values: Iterable[str]) -> None:
        self._forgets.append(remember_secrets(values))

    def _connect(
        self,
        http_client: Any,
        sync: bool,
        sleep: Callable[[float], Any],
        sharing: pool.OwnPool | None = None,
        tokens: TokenSource | None = None,
    ) -> None:
        """Adopt the caller's httpx client (never closed by the SDK) or make the SDK's own pool (or share the pool
        of the client this one is derived from); wire the connection."""
        # Only the SDK's own pool gets the deadline-bounded sockets: a caller's httpx.Client is never modified.
        self._http_client, self._sync, self._sleep = http_client, sync, sleep
        self._own = None
        if http_client is None:
            from .._http.pool import OwnPool  # httpcore (and anyio) load with the first client, not with the package

            self._own = OwnPool(self.base_url, self._headers, self._settings.timeout, sync=sync, sharing=sharing)
        if tokens is None and self._token_provider is not None:
            tokens = TokenSource(
                self._token_provider,
                options_for=self._token_options,
                wall_clock=self._wall_clock,
                remember=self._remember_token,
            )
        self._tokens = tokens
        self._connection = Connection(
            http_client,
            self.base_url,
            self._headers,
            sleep,
            self._secrets,
            max_response_bytes=self._max_response_bytes,
            own=self._own,
            tokens=tokens,
            hooks=self._hooks,
        )

    def _derive(self, changes: ClientOptions) -> Self:
        """A client of this one's type with this one's options and `changes`, sharing its connection pool (or the
        caller's httpx client): the body of `with_options`."""
        self._check_open()
        check_option_names(changes, ClientOptions, "with_options()")
        for name in ("base_url", "cluster"):
            if name in changes:
                raise ConfigurationError(
                    f"with_options() cannot change {name}: the new client shares this one's connections, made for "
                    f"{self.base_url}; create a new client instead"
                )
        settings = self._settings
        options: dict[str, Any] = {**self._given, "base_url": settings.base_url}
        options.pop("cluster", None)
        if not any(name in changes for name in ("app_id", "app_token", "bearer_token", "token_provider")):
            # The credentials as resolved (perhaps from the environment), not looked up again.
            options.update(app_id=settings.app_id, app_token=settings.app_token, bearer_token=settings.bearer_token)
        derived = object.__new__(type(self))
        ClientBase.__init__(derived, typing.cast(ClientOptions, {**options, **changes}))
        # The same provider keeps the same token: the derived client shares it (and its one refresh at a time).
        same_tokens = self._tokens if derived._token_provider is self._token_provider else None
        derived._connect(self._http_client, self._sync, self._sleep, sharing=self._own, tokens=same_tokens)
        return derived

    def _check_open(self) -> None:
        if self._closed:
            raise ConfigurationError("this client is closed; create a new one")
        if self._own is not None and self._own.closed:
            raise ConfigurationError(
                "the client this one was made from (with_options) is closed, and its connection pool with it"
            )

    def _release(self) -> None:
        self._closed = True
        _forget_all(self._forgets)


def _forget_all(forgets: list[Callable[[], None]]) -> None:
    for forget in forgets:
        forget()


def check_token_provider(provider: object, *, is_async: bool) -> TokenProvider | OAuthTokenProvider | None:
    """A token_provider the client can call: a built-in provider or a function; an async function only for the
    async client."""
    if provider is None or isinstance(provider, OAuthTokenProvider):
        return provider
    if not callable(provider):
        raise ConfigurationError(
            "token_provider must be a function returning an AccessToken, or AppKeysTokenProvider / "
            f"ServiceKeyTokenProvider, got {type(provider).__name__}"
        )
    if is_async_provider(provider) and not is_async:
        raise ConfigurationError("token_provider is an async function: use it with AsyncVoucherify")
    return typing.cast(TokenProvider, provider)


def check_http_client(http_client: object, expected: type[httpx.Client] | type[httpx.AsyncClient], hint: str) -> None:
    """Refuse an http_client of the other kind (or none at all) before anything is set up."""
    if http_client is not None and not isinstance(http_client, expected):
        raise ConfigurationError(f"http_client must be an {expected.__module__}.{expected.__name__} ({hint})")


def _webhook_secrets(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """The webhook secrets of a client: those given, else VOUCHERIFY_WEBHOOK_SECRET's, else none (then every
    `unwrap_webhook` is refused)."""
    if value is None:
        value = os.environ.get(ENV_WEBHOOK_SECRET) or ()
    secrets = (value,) if isinstance(value, str) else tuple(value) if isinstance(value, Sequence) else None
    if secrets is None or not all(isinstance(secret, str) and secret.strip() for secret in secrets):
        raise ConfigurationError("webhook_secret must be a non-empty string or a sequence of them")
    return secrets
