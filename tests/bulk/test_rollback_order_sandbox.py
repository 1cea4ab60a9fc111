"""rollback_order, rollback_many by order and the CLI's rollback-order against the sandbox over real sockets."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks.cli.output import EXIT_ALREADY_ROLLED_BACK, EXIT_OK
from voucherify_rollbacks.cli.router import run

POST = ("POST", "rollback-stacked-redemptions")


def _stack_with_order(sandbox: Any) -> tuple[str, str]:
    with sandbox.client() as vf:
        redeemed = vf.redeem(["GIFT-50", "SAVE10"], order={"amount": 20000})
    assert redeemed.redemption_id is not None and redeemed.order is not None and redeemed.order.id is not None
    return redeemed.redemption_id, redeemed.order.id


def test_rollback_order_twice_on_the_sandbox_rolls_back_once(sandbox: Any) -> None:
    parent, order_id = _stack_with_order(sandbox)
    with sandbox.client() as vf:
        assert vf.get_order(order_id).status == "PAID"
        first = vf.rollback_order(order_id, reason="order canceled")
        second = vf.rollback_order(order_id, reason="order canceled")
        assert vf.get_order(order_id).status == "CANCELED"
    assert [(o.redemption_id, o.status, o.ok) for o in first] == [(parent, "rolled_back", True)]
    assert [(o.redemption_id, o.status, o.rollback_id) for o in second] == [
        (parent, "already_rolled_back", first[0].rollback_id)
    ]
    assert sandbox.count_rollbacks(parent) == 1 and sandbox.seen[POST] == 1
    assert sandbox.voucher("GIFT-50")["gift"]["balance"] == 5000


def test_rollback_many_with_order_ids_on_the_sandbox(sandbox: Any, tmp_path: Path) -> None:
    stacks = [_stack_with_order(sandbox) for _ in range(3)]
    with sandbox.client() as vf:
        outcomes = list(vf.rollback_many([o for _, o in stacks], journal=str(tmp_path / "j"), requests_per_minute=None))
    assert sorted((o.item, o.redemption_id) for o in outcomes) == sorted((o, p) for p, o in stacks)
    assert {o.status for o in outcomes} == {"rolled_back"}
    assert all(sandbox.count_rollbacks(p) == 1 for p, _ in stacks)


def test_the_cli_rollback_order_dry_run_then_rollback_then_already(
    sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent, order_id = _stack_with_order(sandbox)
    monkeypatch.setenv("VOUCHERIFY_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("VOUCHERIFY_APP_ID", sandbox.app_id)
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", sandbox.app_token)
    out = io.StringIO()
    assert run("rollback-order", [order_id, "--dry-run"], stdout=out) == EXIT_OK
    assert parent in out.getvalue() and "would roll back" in out.getvalue() and sandbox.seen[POST] == 0
    out = io.StringIO()
    assert run("rollback-order", [order_id, "--json"], stdout=out) == EXIT_OK
    (line,) = [json.loads(text) for text in out.getvalue().splitlines()]
    assert line["status"] == "rolled_back" and line["result"]["order"]["status"] == "CANCELED"
    assert run("rollback-order", [order_id], stdout=io.StringIO()) == EXIT_ALREADY_ROLLED_BACK
    assert sandbox.count_rollbacks(parent) == 1
