"""Request builders shared by the sandbox tests."""

from __future__ import annotations

import json
import math
from typing import Any

from voucherify_sandbox import Sandbox


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


def strict_loads(raw: bytes) -> Any:
    """Parse like the strictest consumers (Node's JSON.parse, Go, Java): ValueError on NaN/Infinity, on integers a
    64-bit consumer cannot hold, and on lone UTF-16 surrogates, which have no UTF-8 encoding."""

    def refuse(name: str) -> Any:
        raise ValueError(f"non-standard constant {name}")

    def integer(text: str) -> int:
        value = int(text)
        if not -(2**63) <= value < 2**63:
            raise ValueError(f"integer {text[:20]}… is outside the signed 64-bit range")
        return value

    def number(text: str) -> float:
        value = float(text)
        if math.isinf(value):
            raise ValueError(f"number {text[:20]} overflows a double")
        return value

    value = json.loads(raw.decode("utf-8"), parse_constant=refuse, parse_int=integer, parse_float=number)
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str) and any(0xD800 <= ord(ch) <= 0xDFFF for ch in item):
            raise ValueError(f"lone surrogate in {item[:40]!r}")
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return value
