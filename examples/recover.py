"""A rollback whose answer is lost after the server applied it, told apart from one made by someone else.

The sandbox drops the connection right after committing the rollback: the SDK looks the redemption up, finds the
rollback carrying this call's marker, and answers with it (`recovered=True`). A second call is refused, and the error
says the rollback was not made by that call. Run: python examples/recover.py
"""

from voucherify_rollbacks import AlreadyRolledBackError, RollbackResult, errors
from voucherify_sandbox import Sandbox

with Sandbox(faults=True) as sb, sb.client(markers=True) as vf:  # markers: prove which call made a rollback
    stack = vf.redeem(["GIFT-50", "PERCENT20"], order={"amount": 10000})
    assert stack.redemption_id is not None

    sb.inject_fault("rollback-stacked-redemptions", "drop-after-commit")  # applied, then the answer is lost
    result: RollbackResult | None
    try:
        result = vf.rollback_stacked(stack.redemption_id, reason="Order canceled")
    except errors.RollbackOutcomeUnknownError as e:  # the look-up itself failed: ask again, here or later
        result = vf.find_rollback(e.redemption_id)  # None: nothing was applied, safe to send again
    assert result is not None
    print("recovered:", result.recovered, [r.id for r in result.rollbacks])  # recovered: True [...]

    try:
        vf.rollback_stacked(stack.redemption_id, reason="Order canceled")
    except AlreadyRolledBackError as e:
        print("second call:", e.key, "made by this call:", e.made_by_this_call)  # already_rolled_back, False
