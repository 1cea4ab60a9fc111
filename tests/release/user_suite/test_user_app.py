"""A user's own test suite, as a team would write it against the installed package: no conftest, the
`voucherify_sandbox` fixture comes from the sandbox distribution's pytest plugin. `scripts/check-release` runs it from
a clean venv holding only the built wheels; the main suite runs it too."""

from __future__ import annotations

from typing import Any

import pytest
from voucherify_rollbacks import AlreadyRolledBackError, RollbackResult, __version__


def test_the_installed_version_is_the_packages(voucherify_sandbox: Any) -> None:
    from importlib.metadata import version

    assert version("voucherify-rollbacks") == __version__
    assert version("voucherify-rollbacks-sandbox") == __version__  # the sandbox extra pins its own release


def test_checkout_refund_rolls_back_the_whole_stack_once(voucherify_sandbox: Any) -> None:
    with voucherify_sandbox.client() as vf:
        stack = vf.redeem(["GIFT-100", "SAVE10"], order={"amount": 20000})
        assert stack.redemption_id is not None
        result = vf.rollback_stacked(stack.redemption_id, reason="refund")
        assert isinstance(result, RollbackResult)
        assert result.ok and len(result.rollbacks) == 2
        with pytest.raises(AlreadyRolledBackError):
            vf.rollback_stacked(stack.redemption_id, reason="refund")
    assert voucherify_sandbox.voucher("GIFT-100")["gift"]["balance"] == 10000


def test_an_async_call_finds_every_module_it_imports(voucherify_sandbox: Any) -> None:
    # httpcore imports sniffio on every async request; in a venv without it each call pays for a failed import.
    import asyncio
    import builtins

    failed: list[str] = []
    real_import = builtins.__import__

    def watching_import(name: str, *args: Any, **kwargs: Any) -> Any:
        try:
            return real_import(name, *args, **kwargs)
        except ImportError:
            failed.append(name)
            raise

    async def call() -> None:
        async with voucherify_sandbox.async_client() as vf:
            await vf.redeem(["SAVE10"], order={"amount": 5000})
            await vf.redeem(["SAVE10"], order={"amount": 5000})

    builtins.__import__ = watching_import
    try:
        asyncio.run(call())
    finally:
        builtins.__import__ = real_import
    assert failed == []
