"""Helpers of the fault tests: clients through the proxy, async runners for asyncio and trio, stacks to roll back."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import anyio
from voucherify_rollbacks import AsyncVoucherify, Voucherify
from voucherify_sandbox import Sandbox

from tests.support.fault_proxy import FaultProxy

# Thirty discount vouchers, so a stack can hold the most redeemables Voucherify allows (facts §5).
STACK_CODES = [f"STACK-{i:02d}" for i in range(30)]
CATALOG = [{"code": code, "discount": {"type": "AMOUNT", "amount_off": 10}} for code in STACK_CODES]
ORDER = {"amount": 100_000}


def no_sleep(_: float) -> None:
    """Retries wait for nothing: the proxy's faults are one-shot."""


async def no_async_sleep(_: float) -> None:
    await anyio.sleep(0)


def sync_client(sb: Sandbox, proxy: FaultProxy, **kwargs: Any) -> Voucherify:
    kwargs.setdefault("sleep", no_sleep)
    return Voucherify(base_url=proxy.base_url, app_id=sb.app_id, app_token=sb.app_token, **kwargs)


def async_client(sb: Sandbox, proxy: FaultProxy, **kwargs: Any) -> AsyncVoucherify:
    kwargs.setdefault("sleep", no_async_sleep)
    return AsyncVoucherify(base_url=proxy.base_url, app_id=sb.app_id, app_token=sb.app_token, **kwargs)


def run_async(backend: str, function: Callable[[], Coroutine[Any, Any, Any]]) -> Any:
    """Run `function()` under asyncio or trio."""
    return anyio.run(function, backend=backend)


def redeem_stack(sb: Sandbox, children: int = 3) -> str:
    """A stacked redemption of `children` vouchers made directly on the sandbox (not through the proxy)."""
    with sb.client() as vf:
        redeemed = vf.redeem(STACK_CODES[:children], order=ORDER)
    assert redeemed.redemption_id is not None
    return redeemed.redemption_id


MODES = ["sync", "async"]


def call(mode: str, sb: Sandbox, proxy: FaultProxy, method: str, *args: Any, client: Any = None, **kwargs: Any) -> Any:
    """Call `method` on a sync or an async client through the proxy; return its result (or raise its error)."""
    options = dict(client or {})
    if mode == "sync":
        with sync_client(sb, proxy, **options) as vf:
            return getattr(vf, method)(*args, **kwargs)

    async def scenario() -> Any:
        async with async_client(sb, proxy, **options) as vf:
            return await getattr(vf, method)(*args, **kwargs)

    return run_async("trio" if mode == "trio" else "asyncio", scenario)


def rolled_back_children(sb: Sandbox, parent_id: str) -> list[int]:
    """How many successful rollbacks undo each child of the stack (exactly once: all 1)."""
    children = [item["id"] for item in sb.redemption(parent_id)["related_redemptions"]["redemptions"]]
    return [sb.count_rollbacks(child) for child in children]
