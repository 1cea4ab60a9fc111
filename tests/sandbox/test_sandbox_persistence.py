"""State in a SQLite file survives a restart; the in-memory default starts fresh."""

from __future__ import annotations

import httpx
from voucherify_sandbox import Sandbox

from tests.support.sandbox_helpers import auth_headers, redeem_body, voucher


def test_redeem_stop_start_on_the_same_file_then_rollback(tmp_path, schema_recorder) -> None:
    db = str(tmp_path / "sandbox.sqlite3")
    options = {"db": db, "app_id": "app", "app_token": "token", "on_response": schema_recorder.record}
    with Sandbox(**options) as first, httpx.Client(base_url=first.base_url, headers=auth_headers(first)) as api:
        redeemed = api.post(
            "/v1/redemptions", json=redeem_body(voucher("GIFT-100", gift={"credits": 4000}), voucher("SAVE10"))
        ).json()
    parent_id = redeemed["parent_redemption"]["id"]
    with Sandbox(**options) as second:
        assert second.voucher("GIFT-100")["gift"]["balance"] == 6000
        with httpx.Client(base_url=second.base_url, headers=auth_headers(second)) as api:
            assert api.get(f"/v1/redemptions/{parent_id}").json()["id"] == parent_id
            rolled = api.post(f"/v1/redemptions/{parent_id}/rollbacks", json={})
            assert rolled.status_code == 200, rolled.text
            assert [r["redemption"] for r in rolled.json()["rollbacks"]] == [r["id"] for r in redeemed["redemptions"]]
        assert second.voucher("GIFT-100")["gift"]["balance"] == 10000
    with Sandbox(**options) as third:
        assert third.redemption(parent_id)["status"] == "ROLLED_BACK"
        assert third.count_rollbacks(parent_id) == 1


def test_existing_file_is_not_reseeded(tmp_path, schema_recorder) -> None:
    db = str(tmp_path / "state.db")
    with Sandbox(db=db, vouchers=[{"code": "ONLY", "gift": {"amount": 100}}]) as first:
        assert first.voucher("ONLY")["gift"]["balance"] == 100
    with Sandbox(db=db) as second:  # default catalog offered, file keeps its own
        assert second.voucher("ONLY")["code"] == "ONLY"
        try:
            second.voucher("GIFT-100")
        except KeyError:
            pass
        else:
            raise AssertionError("the default catalog was seeded into an existing file")


def test_in_memory_state_is_fresh_on_each_start(schema_recorder) -> None:
    sandbox = Sandbox(on_response=schema_recorder.record)
    with sandbox:
        with httpx.Client(base_url=sandbox.base_url, headers=auth_headers(sandbox)) as api:
            assert api.post("/v1/redemptions", json=redeem_body(voucher("ONCE-5"))).status_code == 200
        assert sandbox.voucher("ONCE-5")["redemption"]["redeemed_quantity"] == 1
    assert not sandbox.running
    with sandbox:
        assert sandbox.voucher("ONCE-5")["redemption"]["redeemed_quantity"] == 0


def test_stop_cuts_idle_keep_alive_connections(schema_recorder) -> None:
    sandbox = Sandbox(on_response=schema_recorder.record).start()
    api = httpx.Client(base_url=sandbox.base_url, headers=auth_headers(sandbox))
    assert api.get("/v1/redemptions").status_code == 200
    sandbox.stop()
    sandbox.stop()  # idempotent
    try:
        api.get("/v1/redemptions", timeout=2)
    except httpx.TransportError:
        pass
    else:
        raise AssertionError("a stopped sandbox still answered")
    finally:
        api.close()
