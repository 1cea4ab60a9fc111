"""Redeem a stack of two vouchers on the local sandbox and roll the stack back: the README's quickstart.

Run: python examples/rollback.py (no account, no credentials).
"""

from voucherify_sandbox import Sandbox

# A Voucherify-compatible server on 127.0.0.1 with a catalog of test vouchers: no account, no credentials.
with Sandbox() as sb, sb.client() as vf:
    stack = vf.redeem(["GIFT-100", "SAVE10"], order={"amount": 20000})  # a gift card and a coupon, stacked
    assert stack.redemption_id is not None  # the stack's parent redemption
    print("redeemed", stack.redemption_id, [r.id for r in stack.redemptions])

    result = vf.rollback_stacked(stack.redemption_id, reason="Order canceled")
    result.raise_for_failures()  # RollbackFailedError if any item came back FAILURE
    for rollback in result.rollbacks:
        print("rolled back", rollback.redemption, "by", rollback.id)
    print("gift card balance", sb.voucher("GIFT-100")["gift"]["balance"])  # 10000 again
