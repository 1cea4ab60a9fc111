"""`TokenSource`: the access token of a client with a `token_provider`, fetched when first needed, replaced before
it expires or when the API says it expired, and shared by every call of the client (and of the clients
`with_options` made from it): one fetch at a time, under a thread lock for the sync client and an anyio lock for
the async one, so that calls meeting an expired token together cause one refresh. Waiting for that lock counts
against the waiting call's deadline. The tokens are redacted like the client's keys from the moment they arrive.
"""

from __future__ import annotations

import inspect
import math
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..core.plans import CallOptions, Plan, read_after, send
from ..core.tokens import AccessToken, OAuthTokenProvider, is_async_provider, refresh_due
from ..errors import APITimeoutError, TokenRefreshError, VoucherifyError
from ..errors.redaction import scrub

if TYPE_CHECKING:
    import anyio

    from .transport import Connection

# The client's way to make the options of the exchange call, given what the waiting call's deadline leaves.
OptionsFor = Callable[[float | None], CallOptions]


class TokenSource:
    """The current token of one client and the fetching of the next; see the module docstring."""

    def __init__(
        self,
        provider: Any,
        *,
        options_for: OptionsFor,
        wall_clock: Callable[[], float] = time.time,
        remember: Callable[[Iterable[str]], None],
    ) -> None:
        self._provider = provider
        self._options_for = options_for
        self._wall_clock = wall_clock
        self._remember = remember
        self._token: AccessToken | None = None
        self._obtained_at = -math.inf
        self._lock = threading.Lock()
        self._async_lock: anyio.Lock | None = None
        self._values: list[str] = []
        self.fetches = 0
        """How many tokens this source has fetched (tests and hooks read it)."""

    def __repr__(self) -> str:
        return f"TokenSource(provider={type(self._provider).__name__}, fetches={self.fetches})"

    def values(self) -> tuple[str, ...]:
        """Every token this source was given, for redaction."""
        return tuple(self._values)

    def _usable(self, stale: AccessToken | None = None) -> AccessToken | None:
        token = self._token
        if token is None or token is stale:
            return None
        if refresh_due(token, self._obtained_at, self._wall_clock()):
            return None
        return token

    # --- sync ---------------------------------------------------------------------------------------------------
    def get_sync(
        self, connection: Connection, seconds_left: float | None, stale: AccessToken | None = None
    ) -> AccessToken:
        """The token to send now: the current one, or (when it is due, or is `stale`, the one the API just said
        expired) a new one, fetched by one caller while the others wait for it."""
        token = self._usable(stale)
        if token is not None:
            return token
        started = time.monotonic()
        if not self._lock.acquire(timeout=-1 if seconds_left is None else max(seconds_left, 0.0)):
            raise _waited_too_long()
        try:
            token = self._usable(stale)
            if token is not None:
                return token
            left = None if seconds_left is None else seconds_left - (time.monotonic() - started)
            return self._install(self._fetch_sync(connection, left))
        finally:
            self._lock.release()

    def _fetch_sync(self, connection: Connection, seconds_left: float | None) -> tuple[AccessToken, float]:
        from .transport import drive_sync

        sent_at = self._wall_clock()
        provider = self._provider
        try:
            if isinstance(provider, OAuthTokenProvider):
                plan = self._exchange(provider, seconds_left, sent_at)
                got: object = drive_sync(plan, replace(connection, tokens=None), "oauth_token")
            else:
                got = provider()
                if inspect.isawaitable(got):
                    _discard(got)
                    raise TokenRefreshError(
                        "token_provider returned an awaitable: an async token_provider needs AsyncVoucherify"
                    )
        except TokenRefreshError:
            raise
        except Exception as error:
            raise self._failed(error) from error
        return self._checked(got), sent_at

    # --- async --------------------------------------------------------------------------------------------------
    async def get_async(
        self, connection: Connection, seconds_left: float | None, stale: AccessToken | None = None
    ) -> AccessToken:
        """The async twin of `get_sync` (an async provider is awaited, a plain function called in a worker
        thread so it cannot block the event loop)."""
        import anyio

        token = self._usable(stale)
        if token is not None:
            return token
        if self._async_lock is None:
            self._async_lock = anyio.Lock()
        lock = self._async_lock
        started = time.monotonic()
        with anyio.move_on_after(math.inf if seconds_left is None else max(seconds_left, 0.0)):
            async with lock:
                token = self._usable(stale)
                if token is not None:
                    return token
                left = None if seconds_left is None else seconds_left - (time.monotonic() - started)
                return self._install(await self._fetch_async(connection, left))
        raise _waited_too_long()

    async def _fetch_async(self, connection: Connection, seconds_left: float | None) -> tuple[AccessToken, float]:
        import anyio.to_thread

        from .transport import drive_async

        sent_at = self._wall_clock()
        provider = self._provider
        try:
            if isinstance(provider, OAuthTokenProvider):
                plan = self._exchange(provider, seconds_left, sent_at)
                got: object = await drive_async(plan, replace(connection, tokens=None), "oauth_token")
            elif is_async_provider(provider):
                got = await provider()
            else:
                got = await anyio.to_thread.run_sync(provider)
                if inspect.isawaitable(got):
                    got = await got
        except TokenRefreshError:
            raise
        except Exception as error:
            raise self._failed(error) from error
        return self._checked(got), sent_at

    # --- shared -------------------------------------------------------------------------------------------------
    def _exchange(self, provider: OAuthTokenProvider, seconds_left: float | None, sent_at: float) -> Plan[AccessToken]:
        options = self._options_for(seconds_left)
        request = provider.token_request(options.timeout)
        return read_after(send(request, options), lambda response: provider.read_token(response, sent_at))

    def _install(self, fetched: tuple[AccessToken, float]) -> AccessToken:
        token, obtained_at = fetched
        if token.value not in self._values:
            self._values.append(token.value)
            self._remember([token.value])
        self._token, self._obtained_at = token, obtained_at
        self.fetches += 1
        return token

    def _checked(self, got: object) -> AccessToken:
        if not isinstance(got, AccessToken):
            raise TokenRefreshError(f"token_provider returned {type(got).__name__}, not an AccessToken")
        return got

    def _failed(self, error: Exception) -> TokenRefreshError:
        # The provider's own exception may hold what it was given: scrubbed of every known secret.
        text = str(error) if isinstance(error, VoucherifyError) else scrub(f"{type(error).__name__}: {error}")
        return TokenRefreshError(f"could not get an access token from the token_provider: {text}", error)


def _discard(awaitable: object) -> None:
    close = getattr(awaitable, "close", None)
    if callable(close):  # a coroutine never awaited would warn at garbage collection
        close()


def _waited_too_long() -> APITimeoutError:
    return APITimeoutError(
        "the call's deadline passed while waiting for an access token (another call was fetching it)",
        request_sent=False,
    )
