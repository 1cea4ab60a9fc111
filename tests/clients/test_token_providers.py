"""token_provider= against the sandbox over real sockets: tokens fetched when needed, replaced before they expire and
once when the API says one expired, one fetch for many concurrent calls, failures typed, tokens never shown.

The sandbox's tokens expire by its own clock, which these tests move forward as requests are answered: hours of
15-minute tokens pass in a second, and the client reads expiries against that same clock (`wall_clock=`).
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_rollbacks import (
    AccessToken,
    AppKeysTokenProvider,
    AsyncVoucherify,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    ServiceKeyTokenProvider,
    TokenRefreshError,
    Voucherify,
)
from voucherify_sandbox import Sandbox

from tests.support.stacks import build_stacks

TOKEN = ("POST", "oauth-token")


class Tracked:
    """A sandbox whose answers are counted by (method, operation id, status), and whose clock moves `step`
    seconds forward with every answer to an API call once `ticking` is set (token requests leave it still)."""

    def __init__(self, **options: Any) -> None:
        self.seen: Counter[tuple[str, str, int]] = Counter()
        self.step = 0.0
        self._lock = threading.Lock()
        self.sandbox = Sandbox(faults=True, on_response=self._observe, **options)

    def _observe(self, operation_id: Any, method: str, _path: str, status: int, *_: Any) -> None:
        with self._lock:
            self.seen[(method, str(operation_id), status)] += 1
        if self.step and operation_id != "oauth-token":
            self.sandbox.advance_time(seconds=self.step)

    def count(self, method: str, operation_id: str, status: int | None = None) -> int:
        return sum(n for (m, o, s), n in self.seen.items() if (m, o) == (method, operation_id) and status in (None, s))

    def wall_clock(self) -> float:
        return self.sandbox.now().timestamp()

    def app_keys(self) -> AppKeysTokenProvider:
        return AppKeysTokenProvider(self.sandbox.app_id, self.sandbox.app_token)

    def client(self, provider: Any = None, **options: Any) -> Voucherify:
        return Voucherify(
            base_url=self.sandbox.base_url,
            token_provider=provider or self.app_keys(),
            wall_clock=self.wall_clock,
            **options,
        )

    def async_client(self, provider: Any = None, **options: Any) -> AsyncVoucherify:
        return AsyncVoucherify(
            base_url=self.sandbox.base_url,
            token_provider=provider or self.app_keys(),
            wall_clock=self.wall_clock,
            **options,
        )

    def expired_401s(self) -> int:
        return sum(n for (_, o, s), n in self.seen.items() if s == 401 and o != "oauth-token")


@pytest.fixture
def tracked(tmp_path: Path) -> Iterator[Tracked]:
    db = str(tmp_path / "stacks.sqlite")
    tracked = Tracked(db=db)
    tracked.parents = build_stacks(db, 40)  # type: ignore[attr-defined]
    with tracked.sandbox:
        yield tracked


def _unexpiring(tracked: Tracked, calls: list[int]) -> Callable[[], AccessToken]:
    """A provider of the sandbox's v1 tokens that does not say when they expire: only a 401 tells the client."""

    def provide() -> AccessToken:
        calls.append(1)
        answer = httpx.post(
            tracked.sandbox.base_url + "/v1/oauth/token",
            headers={"X-App-Id": tracked.sandbox.app_id, "X-App-Token": tracked.sandbox.app_token},
            data={"grant_type": "client_credentials", "scope": "api redemptions"},
        )
        answer.raise_for_status()
        return AccessToken(answer.json()["access_token"])

    return provide


# --- long runs under short-lived tokens -------------------------------------------------------------------------------


def test_two_hours_of_rollbacks_under_15_minute_tokens_refresh_before_expiry_without_a_failed_call(
    tracked: Tracked, tmp_path: Path
) -> None:
    parents: list[str] = tracked.parents  # type: ignore[attr-defined]
    tracked.step = 180.0  # 40 rollbacks, 3 minutes of the sandbox's clock each: two hours
    started = tracked.sandbox.now()
    with tracked.client() as vf:
        outcomes = list(
            vf.rollback_many(parents, journal=str(tmp_path / "run.sqlite"), concurrency=1, requests_per_minute=None)
        )
    assert tracked.sandbox.now() - started >= datetime.timedelta(hours=2)
    assert {o.status for o in outcomes} == {"rolled_back"} and len(outcomes) == 40
    assert tracked.expired_401s() == 0  # every token was replaced before it expired
    # 2 hours / 15 minutes: at least 8 tokens, and one a minute before each expiry at most (5 calls a token here).
    assert 8 <= tracked.sandbox.tokens.issued == tracked.count(*TOKEN, 200) <= 10


def test_concurrent_bulk_run_under_short_tokens_fails_no_call_and_refreshes_once_per_expiry(
    tracked: Tracked, tmp_path: Path
) -> None:
    parents: list[str] = tracked.parents  # type: ignore[attr-defined]
    tracked.step = 180.0
    with tracked.client() as vf:
        outcomes = list(
            vf.rollback_many(parents, journal=str(tmp_path / "run.sqlite"), concurrency=4, requests_per_minute=None)
        )
    assert {o.status for o in outcomes} == {"rolled_back"} and len(outcomes) == 40
    assert all(tracked.sandbox.count_rollbacks(p) == 1 for p in parents)
    # Calls in flight while the clock moves may meet an expired token: each such 401 is renewed and sent again.
    assert 6 <= tracked.sandbox.tokens.issued <= 8 + tracked.expired_401s() + 2


def test_async_bulk_run_under_short_tokens_refreshes_without_a_failed_call(tracked: Tracked, tmp_path: Path) -> None:
    parents: list[str] = tracked.parents  # type: ignore[attr-defined]
    tracked.step = 180.0

    async def run() -> list[Any]:
        async with tracked.async_client() as vf:
            journal = str(tmp_path / "run.sqlite")
            return [
                o async for o in vf.rollback_many(parents, journal=journal, concurrency=4, requests_per_minute=None)
            ]

    outcomes = asyncio.run(run())
    assert {o.status for o in outcomes} == {"rolled_back"} and len(outcomes) == 40
    assert all(tracked.sandbox.count_rollbacks(p) == 1 for p in parents)
    # Several tokens were needed (calls in flight together take the clock further than their checks saw).
    assert tracked.sandbox.tokens.issued >= 6


# --- one refresh for many calls ---------------------------------------------------------------------------------------


def test_concurrent_sync_calls_share_one_token_and_one_refresh(tracked: Tracked) -> None:
    parents: list[str] = tracked.parents  # type: ignore[attr-defined]
    with tracked.client() as vf, ThreadPoolExecutor(8) as pool:
        assert len(list(pool.map(vf.get_redemption, parents[:16]))) == 16
        assert tracked.sandbox.tokens.issued == 1
        tracked.sandbox.advance_time(minutes=15)
        assert len(list(pool.map(vf.get_redemption, parents[16:32]))) == 16
    assert tracked.sandbox.tokens.issued == 2
    assert tracked.expired_401s() == 0


def test_concurrent_async_calls_share_one_token_and_one_refresh(tracked: Tracked) -> None:
    parents: list[str] = tracked.parents  # type: ignore[attr-defined]

    async def run() -> None:
        async with tracked.async_client() as vf:
            await asyncio.gather(*(vf.get_redemption(p) for p in parents[:16]))
            assert tracked.sandbox.tokens.issued == 1
            tracked.sandbox.advance_time(minutes=15)
            await asyncio.gather(*(vf.get_redemption(p) for p in parents[16:32]))

    asyncio.run(run())
    assert tracked.sandbox.tokens.issued == 2


def test_many_calls_meeting_one_expired_token_cause_one_refresh_and_each_is_sent_again(tracked: Tracked) -> None:
    parents: list[str] = tracked.parents  # type: ignore[attr-defined]
    calls: list[int] = []
    with tracked.client(_unexpiring(tracked, calls)) as vf:
        vf.get_redemption(parents[0])
        tracked.sandbox.advance_time(minutes=16)
        with ThreadPoolExecutor(8) as pool:
            found = list(pool.map(vf.get_redemption, parents[:8]))
    assert [r.id for r in found] == parents[:8]
    assert len(calls) == 2  # the first token, and one more for all eight calls
    # Each call that met the expired token was sent again (those starting after the refresh never met it).
    assert 1 <= tracked.expired_401s() <= 8


# --- a 401 that says the token expired --------------------------------------------------------------------------------


@pytest.mark.parametrize("use_async", [False, True])
def test_an_expired_token_401_renews_once_and_repeats_the_rollback(tracked: Tracked, use_async: bool) -> None:
    parent: str = tracked.parents[0]  # type: ignore[attr-defined]
    calls: list[int] = []
    if use_async:

        async def run() -> Any:
            async with tracked.async_client(_unexpiring(tracked, calls)) as vf:
                await vf.get_redemption(parent)
                tracked.sandbox.advance_time(minutes=16)
                return await vf.rollback_stacked(parent, reason="expired token")

        result = asyncio.run(run())
    else:
        with tracked.client(_unexpiring(tracked, calls)) as vf:
            vf.get_redemption(parent)
            tracked.sandbox.advance_time(minutes=16)
            result = vf.rollback_stacked(parent, reason="expired token")
    assert result.ok and not result.recovered
    assert len(calls) == 2
    assert tracked.count("POST", "rollback-stacked-redemptions", 401) == 1
    assert tracked.count("POST", "rollback-stacked-redemptions", 200) == 1
    assert tracked.sandbox.count_rollbacks(parent) == 1


def test_a_token_refused_again_after_the_renewal_raises_authentication_error_after_two_attempts(
    tracked: Tracked,
) -> None:
    parent: str = tracked.parents[0]  # type: ignore[attr-defined]
    calls: list[int] = []
    fetch = _unexpiring(tracked, calls)

    def already_expired() -> AccessToken:
        token = fetch()
        tracked.sandbox.advance_time(minutes=16)  # dead before it is used
        return token

    with tracked.client(already_expired) as vf, pytest.raises(AuthenticationError) as raised:
        vf.get_redemption(parent)
    assert len(calls) == 2
    assert tracked.count("GET", "get-redemption", 401) == 2
    assert "expired" in str(raised.value)


def test_a_401_that_does_not_say_expired_is_raised_without_a_refresh(tracked: Tracked) -> None:
    calls: list[int] = []

    def wrong() -> AccessToken:
        calls.append(1)
        return AccessToken("not-a-token-the-sandbox-issued")

    with tracked.client(wrong) as vf, pytest.raises(AuthenticationError):
        vf.get_redemption(tracked.parents[0])  # type: ignore[attr-defined]
    assert calls == [1]


# --- failures are typed -----------------------------------------------------------------------------------------------


def test_wrong_app_keys_raise_token_refresh_error_with_the_endpoints_status_and_no_secret(tracked: Tracked) -> None:
    provider = AppKeysTokenProvider(tracked.sandbox.app_id, "wrong-app-token-123456")
    with tracked.client(provider) as vf, pytest.raises(TokenRefreshError) as raised:
        vf.get_redemption(tracked.parents[0])  # type: ignore[attr-defined]
    error = raised.value
    assert (error.status_code, error.key, error.request_sent) == (401, "unauthorized", False)
    assert isinstance(error.last_error, AuthenticationError)
    for shown in (str(error), repr(error), str(error.to_dict()), repr(provider), repr(vf)):
        assert "wrong-app-token-123456" not in shown
    assert tracked.count("GET", "get-redemption") == 0  # the call's own request was never sent


@pytest.mark.parametrize("fault", ["500", "reset-before"])
def test_a_failing_token_endpoint_raises_token_refresh_error_after_its_retries(tracked: Tracked, fault: str) -> None:
    tracked.sandbox.inject_fault("oauth-token", fault, times=3)
    with tracked.client(max_retries=2) as vf, pytest.raises(TokenRefreshError) as raised:
        vf.get_redemption(tracked.parents[0])  # type: ignore[attr-defined]
    assert tracked.sandbox.faults_pending() == {}  # three attempts: the first and two retries
    assert raised.value.status_code == (500 if fault == "500" else None)
    assert tracked.count("GET", "get-redemption") == 0


def test_a_token_endpoint_failing_once_is_retried_and_the_call_succeeds(tracked: Tracked) -> None:
    tracked.sandbox.inject_fault("oauth-token", "reset-before", times=1)
    with tracked.client(sleep=lambda _: None) as vf:
        assert vf.get_redemption(tracked.parents[0]).id == tracked.parents[0]  # type: ignore[attr-defined]


def test_a_provider_that_raises_or_returns_no_token_raises_token_refresh_error(tracked: Tracked) -> None:
    def broken() -> AccessToken:
        raise RuntimeError("vault unreachable")

    with tracked.client(broken) as vf, pytest.raises(TokenRefreshError) as raised:
        vf.get_redemption("r_x")
    assert isinstance(raised.value.__cause__, RuntimeError) and "vault unreachable" in str(raised.value)
    with tracked.client(lambda: "a string") as vf, pytest.raises(TokenRefreshError, match="not an AccessToken"):
        vf.get_redemption("r_x")


def test_a_rollback_whose_token_cannot_be_had_is_not_sent_and_raises_token_refresh_error(tracked: Tracked) -> None:
    tracked.sandbox.inject_fault("oauth-token", "500", times=3)
    with tracked.client() as vf, pytest.raises(TokenRefreshError):
        vf.rollback_stacked(tracked.parents[0])  # type: ignore[attr-defined]
    assert tracked.count("POST", "rollback-stacked-redemptions") == 0


# --- the v2 endpoint, async providers ---------------------------------------------------------------------------------


def test_service_key_provider_gets_tokens_from_v2_with_basic_auth(tracked: Tracked) -> None:
    sandbox = tracked.sandbox
    with tracked.client(ServiceKeyTokenProvider(sandbox.oauth_client_id, sandbox.oauth_client_secret)) as vf:
        assert vf.get_redemption(tracked.parents[0]).id == tracked.parents[0]  # type: ignore[attr-defined]
    assert sandbox.tokens.issued == 1
    wrong = ServiceKeyTokenProvider(sandbox.oauth_client_id, "not-the-secret-0000")
    with tracked.client(wrong) as vf, pytest.raises(TokenRefreshError) as raised:
        vf.get_redemption("r_x")
    assert raised.value.status_code == 401 and "not-the-secret-0000" not in repr(raised.value.to_dict())


def test_async_and_plain_providers_on_the_async_client(tracked: Tracked) -> None:
    calls: list[int] = []
    plain = _unexpiring(tracked, calls)

    async def provide() -> AccessToken:
        return await asyncio.to_thread(plain)

    async def run() -> None:
        async with tracked.async_client(provide) as vf:
            await vf.get_redemption(tracked.parents[0])  # type: ignore[attr-defined]
        async with tracked.async_client(plain) as vf:  # a plain function runs in a worker thread
            await vf.get_redemption(tracked.parents[0])  # type: ignore[attr-defined]

    asyncio.run(run())
    assert len(calls) == 2


def test_an_async_provider_on_the_sync_client_is_a_configuration_error(tracked: Tracked) -> None:
    async def provide() -> AccessToken:
        raise AssertionError("never called")

    with pytest.raises(ConfigurationError, match="AsyncVoucherify"):
        tracked.client(provide)
    with pytest.raises(ConfigurationError, match="not both"):
        Voucherify(base_url=tracked.sandbox.base_url, app_id="a", app_token="b", token_provider=tracked.app_keys())


def test_with_options_shares_the_token(tracked: Tracked) -> None:
    with tracked.client() as vf:
        vf.get_redemption(tracked.parents[0])  # type: ignore[attr-defined]
        vf.with_options(max_retries=0).get_redemption(tracked.parents[1])  # type: ignore[attr-defined]
    assert tracked.sandbox.tokens.issued == 1


# --- never shown ------------------------------------------------------------------------------------------------------


def test_tokens_never_appear_in_logs_reprs_or_errors(tracked: Tracked, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    calls: list[int] = []
    with tracked.client(_unexpiring(tracked, calls)) as vf:
        vf.get_redemption(tracked.parents[0])  # type: ignore[attr-defined]
        tracked.sandbox.advance_time(minutes=16)
        vf.get_redemption(tracked.parents[1])  # type: ignore[attr-defined]  # a 401 expired, then renewed
        with pytest.raises(NotFoundError) as raised:
            vf.get_redemption("r_missing")
        shown = [repr(vf), repr(vf._connection), repr(vf._tokens), str(raised.value), repr(raised.value.to_dict())]
    tokens = tracked.sandbox.tokens.live_tokens()
    assert len(tokens) == 2 and len(calls) == 2
    text = caplog.text + "\n".join(shown)
    assert "401" in caplog.text  # the expired answer was logged, without its token
    assert not [token for token in tokens if token in text]
