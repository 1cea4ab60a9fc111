"""Request builders shared by the sandbox tests."""

from __future__ import annotations

from typing import Any

from voucherify_rollbacks.sandbox import Sandbox


def auth_headers(sandbox: Sandbox) -> dict[str, str]:
    return {"X-App-Id": sandbox.app_id, "X-App-Token": sandbox.app_token}


def redeem_body(*redeemables: dict[str, Any], amount: int | None = 20000, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"redeemables": list(redeemables), "customer": {"source_id": "alice@example.com"}, **extra}
    if amount is not None and "order" not in extra:
        body["order"] = {"amount": amount, "source_id": "order-1"}
    return body


def voucher(code: str, **extra: Any) -> dict[str, Any]:
    return {"object": "voucher", "id": code, **extra}


def tier(tier_id: str) -> dict[str, Any]:
    return {"object": "promotion_tier", "id": tier_id}
