"""One deadline bounds a whole call, whatever the server does: trickling headers, a trickling body, endless
`102 Processing`, or an answer delayed past it. Each hostile server finally answers *successfully*, so a client
that does not stop itself would return a result: the tests pin the outcome, never a duration."""

from __future__ import annotations

from typing import Any

import pytest
from voucherify_rollbacks import AsyncVoucherify, Voucherify
from voucherify_rollbacks.errors import APITimeoutError, ConfigurationError

from tests.support.fault_helpers import run_async
from tests.support.hostile import HostileServer, processing, trickle_body, trickle_headers

HOSTILE = {
    "trickled headers": trickle_headers(0.05),
    "trickled body": trickle_body(0.05),
    "102 Processing": processing(0.05),
}
KEYS = {"app_id": "app", "app_token": "token-abc"}


@pytest.mark.parametrize("behaviour", list(HOSTILE), ids=list(HOSTILE))
def test_sync_call_stops_at_its_deadline_against_a_trickling_server(behaviour: str) -> None:
    with (
        HostileServer(HOSTILE[behaviour]) as server,
        Voucherify(base_url=server.base_url, timeout=1, deadline=0.4, max_retries=0, **KEYS) as vf,
        pytest.raises(APITimeoutError) as caught,
    ):
        vf.get_redemption("r_1")
    assert "deadline" in str(caught.value)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@pytest.mark.parametrize("behaviour", list(HOSTILE), ids=list(HOSTILE))
def test_async_call_stops_at_its_deadline_against_a_trickling_server(behaviour: str, backend: str) -> None:
    async def scenario() -> None:
        async with AsyncVoucherify(base_url=server.base_url, timeout=1, deadline=0.4, max_retries=0, **KEYS) as vf:
            await vf.get_redemption("r_1")

    with HostileServer(HOSTILE[behaviour]) as server, pytest.raises(APITimeoutError):
        run_async(backend, scenario)


def test_the_per_call_deadline_overrides_the_clients() -> None:
    with (
        HostileServer(trickle_body(0.05)) as server,
        Voucherify(base_url=server.base_url, timeout=1, deadline=60, max_retries=0, **KEYS) as vf,
        pytest.raises(APITimeoutError),
    ):
        vf.get_redemption("r_1", deadline=0.3)


def test_retries_share_the_call_deadline_and_stop_when_it_is_spent() -> None:
    slept: list[float] = []
    with HostileServer(trickle_headers(0.05)) as server:
        client = Voucherify(
            base_url=server.base_url, timeout=1, deadline=0.5, max_retries=5, sleep=slept.append, **KEYS
        )
        with client, pytest.raises(APITimeoutError):
            client.get_redemption("r_1")
    assert len(server.requests) <= 2  # the first attempt took the budget; no backoff fits in what is left


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_async_retry_waits_work_under_asyncio_and_trio(backend: str) -> None:
    """The default async sleep goes through anyio: a retry after a 503 works under trio too."""
    answers = iter([b"HTTP/1.1 503 X\r\nContent-Length: 0\r\n\r\n"])

    def behaviour(conn: Any, request: bytes, stop: Any) -> None:
        reply = next(answers, None)
        if reply is None:
            body = b'{"id": "r_1", "object": "redemption"}'
            reply = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
        conn.sendall(reply)

    async def scenario() -> Any:
        async with AsyncVoucherify(base_url=server.base_url, random=lambda: 1.0, **KEYS) as vf:
            return await vf.get_redemption("r_1", deadline=5)

    with HostileServer(behaviour) as server:
        found = run_async(backend, scenario)
    assert found.id == "r_1"
    assert len(server.requests) == 2


@pytest.mark.parametrize("deadline", [0, -1, float("inf"), float("nan"), "5", True])
def test_a_deadline_must_be_finite_seconds(deadline: Any) -> None:
    with pytest.raises(ConfigurationError, match="deadline"):
        Voucherify(base_url="http://127.0.0.1:9", deadline=deadline, **KEYS)


# --- the caller's own httpx client: bounded too (the SDK cannot modify it, so it stops waiting) ---------------------


@pytest.mark.serial
@pytest.mark.parametrize("behaviour", list(HOSTILE), ids=list(HOSTILE))
def test_sync_call_over_the_callers_own_client_ends_within_the_deadline_plus_a_second(behaviour: str) -> None:
    import threading
    import time

    import httpx

    before = {t.ident for t in threading.enumerate()}
    with HostileServer(HOSTILE[behaviour]) as server, httpx.Client() as own:
        vf = Voucherify(base_url=server.base_url, http_client=own, timeout=30, deadline=1, max_retries=0, **KEYS)
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            vf.get_redemption("r_1")
        ended = time.monotonic() - started
        vf.close()
    assert ended < 1 + 1, f"the call ran {ended:.1f} s against deadline=1"
    assert "deadline" in str(caught.value)
    assert caught.value.request_sent is not False  # the request went out; only its answer was cut
    # What was left running: the abandoned attempt ends once the server stops (it finally answers).
    left = [t for t in threading.enumerate() if t.ident not in before and t.name == "voucherify-attempt"]
    for thread in left:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in left)


@pytest.mark.serial
@pytest.mark.parametrize("behaviour", list(HOSTILE), ids=list(HOSTILE))
def test_async_call_over_the_callers_own_client_ends_within_the_deadline_plus_a_second(behaviour: str) -> None:
    import time

    import httpx

    async def scenario() -> None:
        async with httpx.AsyncClient() as own:
            vf = AsyncVoucherify(
                base_url=server.base_url, http_client=own, timeout=30, deadline=1, max_retries=0, **KEYS
            )
            await vf.get_redemption("r_1")

    with HostileServer(HOSTILE[behaviour]) as server, pytest.raises(APITimeoutError):
        started = time.monotonic()
        try:
            run_async("asyncio", scenario)
        finally:
            ended = time.monotonic() - started
    assert ended < 1 + 1, f"the call ran {ended:.1f} s against deadline=1"


def test_a_request_the_deadline_stops_before_it_is_sent_says_it_was_not_sent() -> None:
    import socket

    import httpx

    # A listener that never accepts, with a full backlog, makes connect hang; a 0.3 s deadline ends it first.
    with socket.create_server(("127.0.0.1", 0), backlog=0) as listener, httpx.Client() as own:
        port = listener.getsockname()[1]
        fillers = []
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        vf = Voucherify(base_url=f"http://127.0.0.1:{port}", http_client=own, deadline=0.3, max_retries=0, **KEYS)
        with pytest.raises(APITimeoutError) as caught:
            vf.get_redemption("r_1")
        vf.close()
        for filler in fillers:
            filler.close()
    assert caught.value.request_sent is False
