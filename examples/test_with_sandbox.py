"""Your own tests against the sandbox: its pytest plugin gives every test a fresh, running `voucherify_sandbox`
(default catalog, faults on), with nothing to configure once the sandbox is installed.

Run: python -m pytest examples/test_with_sandbox.py
"""

import pytest
from voucherify_rollbacks import AlreadyRolledBackError, Voucherify
from voucherify_sandbox import Sandbox


def refund_order(vf: Voucherify, parent_redemption_id: str) -> int:
    """The code under test: roll back a checkout's stack, answer how many redemptions were undone."""
    result = vf.rollback_stacked(parent_redemption_id, reason="refund")
    result.raise_for_failures()
    return len(result.rollbacks)


def test_a_refund_rolls_back_the_whole_stack_once_and_restores_the_balance(voucherify_sandbox: Sandbox) -> None:
    with voucherify_sandbox.client() as vf:
        stack = vf.redeem(["GIFT-100", "SAVE10"], order={"amount": 20000})
        assert stack.redemption_id is not None
        assert refund_order(vf, stack.redemption_id) == 2
        with pytest.raises(AlreadyRolledBackError):
            refund_order(vf, stack.redemption_id)
    assert voucherify_sandbox.voucher("GIFT-100")["gift"]["balance"] == 10000


def test_a_refund_survives_a_lost_answer(voucherify_sandbox: Sandbox) -> None:
    with voucherify_sandbox.client(markers=True) as vf:
        stack = vf.redeem(["GIFT-50"], order={"amount": 3000})
        assert stack.redemption_id is not None
        voucherify_sandbox.inject_fault("rollback-stacked-redemptions", "drop-after-commit")
        assert refund_order(vf, stack.redemption_id) == 1  # recovered by the look-up, not applied twice
    assert voucherify_sandbox.count_rollbacks(stack.redemption_id) == 1


@pytest.fixture
def voucherify_sandbox_options() -> dict[str, object]:
    """Other `Sandbox(...)` arguments for this module's tests: here, the default catalog and a fixed pair of keys."""
    return {"app_id": "my-app", "app_token": "my-token"}


def test_the_options_fixture_sets_the_sandbox_keys(voucherify_sandbox: Sandbox) -> None:
    assert voucherify_sandbox.app_id == "my-app"
