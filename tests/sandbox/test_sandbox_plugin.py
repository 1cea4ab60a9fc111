"""The pytest plugin's `voucherify_sandbox` fixture, as users get it."""

from __future__ import annotations

import httpx
from voucherify_sandbox import Sandbox


def test_fixture_yields_a_running_sandbox_with_default_catalog_and_faults(voucherify_sandbox: Sandbox) -> None:
    assert voucherify_sandbox.running and voucherify_sandbox.base_url.startswith("http://127.0.0.1:")
    assert voucherify_sandbox.voucher("GIFT-100")["gift"]["balance"] == 10000
    voucherify_sandbox.inject_fault("list-redemptions", "503")  # would raise RuntimeError with faults off
    response = httpx.get(
        f"{voucherify_sandbox.base_url}/v1/redemptions",
        headers={"Authorization": f"Bearer {voucherify_sandbox.bearer_token}"},
    )
    assert response.status_code == 503
