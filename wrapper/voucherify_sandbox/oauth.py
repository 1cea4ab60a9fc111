"""OAuth access tokens as Voucherify issues them (its facts §1, §13), on the sandbox's clock.

`POST /v1/oauth/token` with the app keys (`X-App-Id`/`X-App-Token`) and a form `grant_type=client_credentials`,
`scope=...`; `POST /v2/oauth/token` with the OAuth Service key as Basic auth. Both answer `{access_token,
client_id, expires_at, expires_in, scope, token_type: "Bearer"}`; a token works as `Authorization: Bearer ...`
until `expires_at` by the sandbox's clock (15 minutes unless `token_lifetime` says otherwise, so a test that moves
the clock runs hours of tokens in seconds), then gets a 401 whose details say it expired. Voucherify documents no
body for that 401: the sandbox's wording is its own. At most 1000 tokens live per project, as Voucherify says; the
oldest is forgotten first.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import threading
from collections import OrderedDict
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

from .clock import Clock, iso
from .errors import ApiError

OAUTH_V1_PATH = "/v1/oauth/token"
OAUTH_V2_PATH = "/v2/oauth/token"
OAUTH_OPERATION = "oauth-token"
DEFAULT_TOKEN_LIFETIME = 900.0
MAX_LIVE_TOKENS = 1000
EXPIRED_DETAILS = "The access token has expired."


class TokenIssuer:
    """Issues and checks the sandbox's expiring OAuth tokens; thread-safe. `issued` counts tokens given out."""

    def __init__(
        self,
        clock: Clock,
        *,
        app_id: str,
        app_token: str,
        client_id: str,
        client_secret: str,
        lifetime: float = DEFAULT_TOKEN_LIFETIME,
    ) -> None:
        if lifetime <= 0:
            raise ValueError("token_lifetime must be > 0 seconds")
        self._clock, self.lifetime = clock, lifetime
        self._app_id, self._app_token = app_id, app_token
        self.client_id, self._client_secret = client_id, client_secret
        self._tokens: OrderedDict[str, datetime] = OrderedDict()
        self._lock = threading.Lock()
        self.issued = 0

    def __repr__(self) -> str:
        return f"TokenIssuer(client_id={self.client_id!r}, lifetime={self.lifetime}, issued={self.issued})"

    def answer(self, path: str, environ: dict[str, Any], body: bytes) -> dict[str, Any]:
        """The token endpoint's 200 payload, or ApiError (401 for wrong keys, 400 for a bad form)."""
        form = {name: values[-1] for name, values in parse_qs(body.decode("utf-8", "replace")).items()}
        if path == OAUTH_V1_PATH:
            if not (
                _same(environ.get("HTTP_X_APP_ID"), self._app_id)
                and _same(environ.get("HTTP_X_APP_TOKEN"), self._app_token)
            ):
                raise ApiError(401, "unauthorized", "Unauthorized", "Send the app keys as X-App-Id and X-App-Token.")
            client_id = self._app_id
            scope = form.get("scope", "").strip()
            if not scope:
                raise ApiError(400, "invalid_scope", "Invalid scope", "Name one or more scopes in `scope`.")
        else:
            if not self._basic_matches(environ.get("HTTP_AUTHORIZATION") or ""):
                raise ApiError(401, "unauthorized", "Unauthorized", "Send the OAuth Service key as Basic auth.")
            client_id = self.client_id
            scope = form.get("scope", "api").strip() or "api"
        if form.get("grant_type") != "client_credentials":
            raise ApiError(400, "invalid_grant_type", "Invalid grant type", "Use grant_type=client_credentials.")
        token = secrets.token_urlsafe(32)
        expires_at = self._clock.now() + timedelta(seconds=self.lifetime)
        with self._lock:
            self._tokens[token] = expires_at
            while len(self._tokens) > MAX_LIVE_TOKENS:
                self._tokens.popitem(last=False)
            self.issued += 1
        return {
            "access_token": token,
            "client_id": client_id,
            "expires_at": iso(expires_at),
            "expires_in": int(self.lifetime),
            "scope": scope,
            "token_type": "Bearer",
        }

    def live_tokens(self) -> list[str]:
        """Every token issued and not yet forgotten, expired or not (tests look for them where none may be)."""
        with self._lock:
            return list(self._tokens)

    def state(self, bearer: str) -> str | None:
        """ "valid", "expired" (issued here, past its expiry by the sandbox's clock) or None (not issued here)."""
        with self._lock:
            expires_at = self._tokens.get(bearer)
        if expires_at is None:
            return None
        return "valid" if self._clock.now() < expires_at else "expired"

    def _basic_matches(self, header: str) -> bool:
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        client_id, _, secret = decoded.partition(":")
        return _same(client_id, self.client_id) and _same(secret, self._client_secret)


def expired_error() -> ApiError:
    return ApiError(401, "unauthorized", "Unauthorized", EXPIRED_DETAILS)


def _same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode("latin-1", "replace"), expected.encode())
