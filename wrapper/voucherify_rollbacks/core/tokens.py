"""OAuth access tokens, sans-IO: the token a provider hands out (`AccessToken`), the two built-in providers that
exchange keys for one (their request and the reading of the answer), when a token is due for replacement, and
whether a 401 says the token expired. Fetching, caching and sharing a token between calls is `_http.tokens`.

Voucherify (facts §1, §13): `POST /v1/oauth/token` takes the app keys (`X-App-Id`/`X-App-Token`) and a form with
`grant_type=client_credentials` and space-separated `scope`, and answers `{access_token, client_id, expires_at,
expires_in: 900, scope, token_type: "Bearer"}`; `POST /v2/oauth/token` takes an OAuth Service key as Basic auth.
Both tokens live 15 minutes. The v2 answer is not documented beyond that: it is read like the v1 answer.
"""

from __future__ import annotations

import base64
import datetime
import inspect
import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx

from .._constants import (
    OAUTH_DEFAULT_SCOPES,
    OAUTH_V1_TOKEN_PATH,
    OAUTH_V2_TOKEN_PATH,
    TOKEN_REFRESH_MARGIN,
    TOKEN_REFRESH_SHARE,
)
from ..errors import InvalidArgumentError, InvalidArgumentTypeError, MalformedResponseError
from .plans import Request, request_id

__all__ = [
    "AccessToken",
    "AppKeysTokenProvider",
    "OAuthTokenProvider",
    "ServiceKeyTokenProvider",
    "TokenProvider",
    "is_async_provider",
    "refresh_due",
]


@dataclass(frozen=True)
class AccessToken:
    """An OAuth access token and when it stops working: what a `token_provider` returns.

    `value` is sent as `Authorization: Bearer <value>` and never shown (not in the repr, logs or errors);
    `expires_at` is a timezone-aware datetime, or None for a token the client replaces only when the API says it
    expired (a 401 naming an expired token).
    """

    value: str = field(repr=False)
    expires_at: datetime.datetime | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.value, str):
            raise InvalidArgumentTypeError("AccessToken.value must be a string", argument="value")
        if not self.value.strip() or not self.value.isascii() or not self.value.isprintable():
            raise InvalidArgumentError(
                "AccessToken.value must be non-empty printable ASCII (it travels in a header)", argument="value"
            )
        if self.expires_at is not None:
            if not isinstance(self.expires_at, datetime.datetime):
                raise InvalidArgumentTypeError(
                    "AccessToken.expires_at must be a datetime or None", argument="expires_at"
                )
            if self.expires_at.tzinfo is None:
                raise InvalidArgumentError(
                    "AccessToken.expires_at must be timezone-aware (datetime.now(UTC) + ...)", argument="expires_at"
                )


TokenProvider = Callable[[], "AccessToken | Awaitable[AccessToken]"]
"""A function (or async function) that returns a fresh AccessToken each time it is called."""


class OAuthTokenProvider:
    """A built-in provider: exchanges keys for access tokens at Voucherify's OAuth endpoint, over the client's own
    connection (its base URL, pool, timeouts, retries and redaction)."""

    path: str

    def secrets(self) -> tuple[str, ...]:
        """What this provider sends that must never be shown (its keys, as they travel)."""
        raise NotImplementedError

    def _auth_headers(self) -> tuple[tuple[str, str], ...]:
        raise NotImplementedError

    def _form(self) -> dict[str, str]:
        raise NotImplementedError

    def token_request(self, timeout: httpx.Timeout | None = None) -> Request:
        """The exchange as one request: form-encoded, authenticated with the keys. Repeating it costs one more
        token (at most 1000 live per project), so it is retried like a read."""
        headers = (("Content-Type", "application/x-www-form-urlencoded"), *self._auth_headers())
        body = urlencode(self._form()).encode("ascii")
        return Request("POST", self.path, "read", body=body, headers=headers, timeout=timeout)

    @staticmethod
    def read_token(response: httpx.Response, sent_at: float) -> AccessToken:
        """The token of a 2xx answer; its expiry from `expires_in` counted from `sent_at` (this machine's Unix
        time when the exchange was sent: never later than the server's start of the token's life), else from
        `expires_at`. MalformedResponseError when the answer holds no token."""
        try:
            data: Any = json.loads(response.content)
        except ValueError:
            data = None
        token = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token.strip():
            raise MalformedResponseError(
                f"the OAuth token endpoint answered {response.status_code} without an access_token",
                status_code=response.status_code,
                request_id=request_id(response),
            )
        assert isinstance(data, dict)
        return AccessToken(token.strip(), _expiry(data.get("expires_in"), data.get("expires_at"), sent_at))


class AppKeysTokenProvider(OAuthTokenProvider):
    """Exchanges the project's app keys for access tokens with `scopes` (`POST /v1/oauth/token`), each valid 15
    minutes; the client asks for a new one before the current one expires.

    `Voucherify(token_provider=AppKeysTokenProvider(app_id, app_token))` then sends only the token.
    """

    path = OAUTH_V1_TOKEN_PATH

    def __init__(self, app_id: str, app_token: str, *, scopes: Sequence[str] = OAUTH_DEFAULT_SCOPES) -> None:
        self.app_id = _key(app_id, "app_id")
        self._app_token = _key(app_token, "app_token")
        self.scopes = _scopes(scopes)

    def __repr__(self) -> str:
        return f"AppKeysTokenProvider(app_id={self.app_id!r}, scopes={self.scopes!r})"

    def secrets(self) -> tuple[str, ...]:
        """The app token: redacted wherever it could show."""
        return (self._app_token,)

    def _auth_headers(self) -> tuple[tuple[str, str], ...]:
        return (("X-App-Id", self.app_id), ("X-App-Token", self._app_token))

    def _form(self) -> dict[str, str]:
        return {"grant_type": "client_credentials", "scope": " ".join(self.scopes)}


class ServiceKeyTokenProvider(OAuthTokenProvider):
    """Exchanges an OAuth Service key (`client_id`, `client_secret`, sent as Basic auth) for access tokens
    (`POST /v2/oauth/token`), each valid 15 minutes; `scopes`, when given, are asked for in the form."""

    path = OAUTH_V2_TOKEN_PATH

    def __init__(self, client_id: str, client_secret: str, *, scopes: Sequence[str] | None = None) -> None:
        self.client_id = _key(client_id, "client_id")
        self._client_secret = _key(client_secret, "client_secret")
        self.scopes = None if scopes is None else _scopes(scopes)

    def __repr__(self) -> str:
        return f"ServiceKeyTokenProvider(client_id={self.client_id!r}, scopes={self.scopes!r})"

    def _basic(self) -> str:
        return base64.b64encode(f"{self.client_id}:{self._client_secret}".encode()).decode("ascii")

    def secrets(self) -> tuple[str, ...]:
        """The client secret and the Basic credential made of it: redacted wherever they could show."""
        return (self._client_secret, self._basic())

    def _auth_headers(self) -> tuple[tuple[str, str], ...]:
        return (("Authorization", f"Basic {self._basic()}"),)

    def _form(self) -> dict[str, str]:
        form = {"grant_type": "client_credentials"}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        return form


def is_async_provider(provider: object) -> bool:
    """Whether calling `provider` gives a coroutine (an async function, or an object whose `__call__` is one)."""
    call = type(provider).__call__ if not inspect.isfunction(provider) and callable(provider) else None
    return inspect.iscoroutinefunction(provider) or (call is not None and inspect.iscoroutinefunction(call))


def refresh_due(token: AccessToken, obtained_at: float, now: float) -> bool:
    """Whether `token` (obtained at Unix time `obtained_at`) should be replaced before a request sent at `now`:
    within TOKEN_REFRESH_MARGIN seconds of its expiry, or past half its life when that is shorter."""
    if token.expires_at is None:
        return False
    expires = token.expires_at.timestamp()
    margin = min(TOKEN_REFRESH_MARGIN, max(expires - obtained_at, 0.0) * TOKEN_REFRESH_SHARE)
    return now >= expires - margin


def _expiry(expires_in: object, expires_at: object, sent_at: float) -> datetime.datetime | None:
    if isinstance(expires_in, int | float) and not isinstance(expires_in, bool) and expires_in > 0:
        return datetime.datetime.fromtimestamp(sent_at + float(expires_in), datetime.UTC)
    if isinstance(expires_at, str):
        try:
            parsed = datetime.datetime.fromisoformat(expires_at.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)
    return None


def _key(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidArgumentTypeError(f"{name} must be a string", argument=name)
    value = value.strip()
    if not value or not value.isascii() or not value.isprintable():
        raise InvalidArgumentError(f"{name} must be non-empty printable ASCII", argument=name)
    return value


def _scopes(scopes: Sequence[str]) -> tuple[str, ...]:
    if isinstance(scopes, str) or not all(isinstance(s, str) and s.strip() and " " not in s for s in scopes):
        raise InvalidArgumentError("scopes must be a list of scope names without spaces", argument="scopes")
    return tuple(s.strip() for s in scopes)
