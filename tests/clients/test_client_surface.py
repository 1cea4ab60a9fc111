"""Both clients expose the same operations with the same signatures and documentation; only the I/O differs."""

from __future__ import annotations

import inspect

import pytest
from voucherify_rollbacks import AsyncVoucherify, Voucherify

OPERATIONS = ["rollback_stacked", "rollback", "redeem", "get_redemption", "redemptions"]


@pytest.mark.parametrize("name", OPERATIONS)
def test_sync_and_async_operations_share_signature_and_docstring(name: str) -> None:
    sync, asynchronous = getattr(Voucherify, name), getattr(AsyncVoucherify, name)
    sync_params = list(inspect.signature(sync).parameters.values())
    async_params = list(inspect.signature(asynchronous).parameters.values())
    assert sync_params == async_params
    assert sync.__doc__ and sync.__doc__ == asynchronous.__doc__
    assert sync.__name__ == asynchronous.__name__ == name


@pytest.mark.parametrize("name", ["rollback_stacked", "rollback", "redeem", "get_redemption"])
def test_async_operations_are_coroutines_and_sync_ones_are_not(name: str) -> None:
    assert inspect.iscoroutinefunction(getattr(AsyncVoucherify, name))
    assert not inspect.iscoroutinefunction(getattr(Voucherify, name))


def test_signatures_name_the_result_not_the_internal_plan() -> None:
    assert inspect.signature(Voucherify.rollback_stacked).return_annotation == "RollbackResult"
    assert inspect.signature(Voucherify.redemptions).return_annotation == "Iterator[Redemption | Rollback]"
    assert inspect.signature(AsyncVoucherify.redemptions).return_annotation == "AsyncIterator[Redemption | Rollback]"


def test_every_operation_argument_after_the_id_is_keyword_only() -> None:
    for name in OPERATIONS:
        params = list(inspect.signature(getattr(Voucherify, name)).parameters.values())[1:]
        positional = [p.name for p in params if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        assert len(positional) <= 1, (name, positional)
