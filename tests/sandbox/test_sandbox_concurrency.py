"""Concurrent rollbacks of one parent over real HTTP: exactly one applies, balances are restored exactly once."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import httpx
from voucherify_sandbox import Sandbox

from tests.support.sandbox_helpers import auth_headers, redeem_body, voucher

THREADS = 8


def race(sb: Sandbox, path: str, body: dict[str, Any]) -> Counter[tuple[int, str]]:
    """POST `body` to `path` from THREADS clients released together; counts of (status, error key or "ok")."""
    barrier = threading.Barrier(THREADS)
    outcomes: list[tuple[int, str]] = []
    lock = threading.Lock()

    def attempt() -> None:
        with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb), timeout=10) as client:
            barrier.wait()
            response = client.post(path, json=body)
        with lock:
            outcomes.append((response.status_code, response.json().get("key", "ok")))

    threads = [threading.Thread(target=attempt) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    return Counter(outcomes)


def test_eight_concurrent_rollbacks_of_one_parent_apply_exactly_once(sb: Sandbox, api: httpx.Client) -> None:
    for round_number in range(3):  # a few rounds make a lucky interleaving less likely to hide a race
        stack = redeem_body(
            voucher("GIFT-100", gift={"credits": 1500}), voucher("LOYALTY-1000", reward={"id": "r", "points": 100})
        )
        redeemed = api.post("/v1/redemptions", json=stack).json()
        parent_id = redeemed["parent_redemption"]["id"]
        counts = race(sb, f"/v1/redemptions/{parent_id}/rollbacks", {"reason": "race"})
        assert counts[(200, "ok")] == 1, counts
        assert set(counts) <= {(200, "ok"), (400, "already_rolled_back"), (400, "multiple_requests")}, counts
        assert sum(counts.values()) == THREADS
        assert sb.voucher("GIFT-100")["gift"]["balance"] == 10000, f"round {round_number}"
        assert sb.voucher("LOYALTY-1000")["loyalty_card"]["balance"] == 1000
        assert sb.voucher("GIFT-100")["redemption"]["redeemed_quantity"] == 0
        assert sb.count_rollbacks(parent_id) == 1
        for child in redeemed["redemptions"]:
            assert sb.count_rollbacks(child["id"]) == 1


def test_concurrent_redeems_never_overspend_a_gift_card(sb: Sandbox) -> None:
    counts = race(sb, "/v1/redemptions", redeem_body(voucher("GIFT-50", gift={"credits": 2000})))
    assert counts == Counter({(200, "ok"): 2, (400, "gift_amount_exceeded"): THREADS - 2})  # 5000 covers two spends
    assert sb.voucher("GIFT-50")["gift"]["balance"] == 1000
