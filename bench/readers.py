"""What every side reads from a stacked-rollback answer, the payloads, and the clients of each side.

The fields are those the issue names: per rollback its id, the redemption it undid, result, failure code, amount and
voucher code; the parent's id, result, failure code and amount; the order's status, amount and total; and whether
every item was rolled back (`ok` for ours, the same test written out for the others). `check_same_reads` proves once
per payload that the three sides read equal values, so no side can be fast by reading less.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from tests.support.example_payloads import examples_dir, large_stack, load_example, seed_response_filled

REPO = Path(__file__).resolve().parents[1]

SUCCESS_FILE = examples_dir() / "rollbacks_success.json"
PARENT = "r_5J38i6KjSnkHYw3bwLB4v72j"
REASON = "Order canceled"
BODY: dict[str, Any] = {
    "customer": {"source_id": "annie@lemon.com"},
    "order": {"source_id": "order-1"},
    "metadata": {"channel": "bench"},
}
APP_ID = "bench-app"
# A made-up credential for the local server only; never printed.
APP_TOKEN = "bench-token"
AUTH = {"X-App-Id": APP_ID, "X-App-Token": APP_TOKEN}


def payloads() -> dict[str, bytes]:
    """The payloads of the parse figures, as the wire bytes: the real answer, the seed example (its documentation
    placeholders filled, as the official SDK refuses them) and stacks of 30 and 100 rollbacks built from it."""
    return {
        "real": SUCCESS_FILE.read_bytes(),
        "seed": json.dumps(seed_response_filled()).encode(),
        "seed-stack-30": json.dumps(large_stack(30)).encode(),
        "seed-stack-100": json.dumps(large_stack(100)).encode(),
    }


def stack(rollbacks: int) -> bytes:
    """The filled seed answer with `rollbacks` child rollbacks."""
    return json.dumps(large_stack(rollbacks)).encode()


def _all_ok(parent: Any, results: list[Any]) -> bool:
    return bool(results or parent is not None) and all(r == "SUCCESS" for r in results + ([parent] if parent else []))


def read_ours(result: Any) -> tuple[Any, ...]:
    """The fields, from a RollbackResult (what Voucherify.rollback_stacked returns)."""
    rollbacks = [
        (r.id, r.redemption, r.result, r.failure_code, r.amount, r.voucher.code if r.voucher else None)
        for r in result.rollbacks
    ]
    p = result.parent_rollback
    o = result.order
    return (
        result.ok,
        rollbacks,
        (p.id, p.result, p.failure_code, p.amount) if p else None,
        (o.status, o.amount, o.total_amount) if o else None,
    )


def read_official(body: Any) -> tuple[Any, ...]:
    """The fields, from the official SDK's RedemptionsRollbacksCreateResponseBody."""
    items = body.rollbacks or []
    rollbacks = [
        (r.id, r.redemption, r.result, r.failure_code, r.amount, r.voucher.code if r.voucher else None) for r in items
    ]
    p = body.parent_rollback
    o = body.order
    return (
        _all_ok(p.result if p else None, [r.result for r in items]),
        rollbacks,
        (p.id, p.result, p.failure_code, p.amount) if p else None,
        (o.status, o.amount, o.total_amount) if o else None,
    )


def read_raw(data: Any) -> tuple[Any, ...]:
    """The fields, from the decoded JSON (raw httpx + json.loads)."""
    items = data.get("rollbacks") or []
    rollbacks = [
        (
            r.get("id"),
            r.get("redemption"),
            r.get("result"),
            r.get("failure_code"),
            r.get("amount"),
            (r.get("voucher") or {}).get("code"),
        )
        for r in items
    ]
    p = data.get("parent_rollback")
    o = data.get("order")
    return (
        _all_ok(p.get("result") if p else None, [r.get("result") for r in items]),
        rollbacks,
        (p.get("id"), p.get("result"), p.get("failure_code"), p.get("amount")) if p else None,
        (o.get("status"), o.get("amount"), o.get("total_amount")) if o else None,
    )


def check_same_reads(what: str, ours: Any, official: Any, raw: Any) -> None:
    """Stop the run when the sides did not read the same values (or read nothing)."""
    if not (ours == official == raw) or not ours[1]:
        raise SystemExit(f"{what}: the sides read different values:\n ours {ours}\n official {official}\n raw {raw}")


# --- the clients ----------------------------------------------------------------------------------------------


def our_result(body: bytes) -> Any:
    """Our RollbackResult from the wire bytes, built the way the client builds it from the transport's response."""
    from voucherify_rollbacks.operations.redemptions import read_rollback_stacked

    return read_rollback_stacked(response(body))


def response(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"Content-Type": "application/json", "X-Request-Id": "v-bench"})


def official_api(base_url: str, pool: int = 16) -> Any:
    """The official SDK's RedemptionsApi. Its urllib3 pool holds `pool` connections (its default is 5 per core: on
    2 cores, 16 threads would open and discard connections and log a warning for each)."""
    import voucherify

    config = voucherify.Configuration(host=base_url, api_key=dict(AUTH))
    config.connection_pool_maxsize = pool
    return voucherify.RedemptionsApi(voucherify.ApiClient(config))


def official_call(api: Any) -> Any:
    """One official call as a user writes it: the request body model built from the call's data, then the call."""
    import voucherify

    request_body = voucherify.RedemptionsRollbacksCreateRequestBody.from_dict(BODY)
    return api.rollback_stacked_redemptions(
        PARENT, reason=REASON, redemptions_rollbacks_create_request_body=request_body
    )


def rollbacks_url(base_url: str) -> str:
    return f"{base_url}/v1/redemptions/{PARENT}/rollbacks"


def raw_call(client: httpx.Client, url: str) -> Any:
    answer = client.post(url, params={"reason": REASON}, json=BODY)
    if answer.status_code != 200:
        raise RuntimeError(f"raw httpx got {answer.status_code}")
    return json.loads(answer.content)


async def raw_async_call(client: httpx.AsyncClient, url: str) -> Any:
    answer = await client.post(url, params={"reason": REASON}, json=BODY)
    if answer.status_code != 200:
        raise RuntimeError(f"raw async httpx got {answer.status_code}")
    return json.loads(answer.content)


def expected_reads() -> tuple[Any, ...]:
    """What every side must read from the local server's answer."""
    return read_raw(load_example(SUCCESS_FILE.name))
