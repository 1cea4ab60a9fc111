"""`export_redemptions` (sync and async) against the sandbox over real sockets, through the fault proxy: the rows are
exactly what the filter selects, typed; a lost answer while polling is asked again; a download reset or cut mid-body
starts again from its first byte; a trickled CSV is read whole, or ends at the call's deadline; a failed export, an
expired token and a URL off the download host are typed errors that never show the token."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import pytest
from voucherify_rollbacks import (
    Export,
    ExportDeadlineError,
    ExportDownloadError,
    ExportedRedemption,
    ExportFailedError,
    redemption_filters,
)
from voucherify_sandbox import Sandbox

from tests.support.fault_helpers import STACK_CODES, async_client, redeem_stack, run_async, sync_client
from tests.support.fault_proxy import Fault, FaultProxy

MODES = ["sync", "asyncio", "trio"]
FIELDS = ["id", "object", "date", "voucher_code", "order_amount", "result", "metadata"]


def _export(
    mode: str,
    sb: Sandbox,
    proxy: FaultProxy,
    filters: dict[str, Any],
    *,
    sleep: Callable[[], None] | None = None,
    **options: Any,
) -> tuple[Export, list[ExportedRedemption]]:
    """Run one export through the proxy and read every row."""
    if mode == "sync":
        client = {"sleep": (lambda _: sleep())} if sleep else {}
        with sync_client(sb, proxy, **client) as vf, vf.export_redemptions(filters, FIELDS, **options) as rows:
            return rows.export, list(rows)

    async def asleep(_: float) -> None:
        if sleep is not None:
            sleep()

    async def scenario() -> tuple[Export, list[ExportedRedemption]]:
        async with (
            async_client(sb, proxy, sleep=asleep) as vf,
            await vf.export_redemptions(filters, FIELDS, **options) as rows,
        ):
            return rows.export, [row async for row in rows]

    return run_async(mode, scenario)


def _selected(sb: Sandbox, **filters: Any) -> list[str]:
    with sb.client() as vf:
        return sorted(item.id for item in vf.redemptions(**filters))


@pytest.fixture
def redeemed(sandbox: Sandbox) -> list[str]:
    """Three stacks (one rolled back, so rollback records exist too): their parents' ids."""
    parents = [redeem_stack(sandbox, children=2) for _ in range(3)]
    with sandbox.client() as vf:
        vf.rollback_stacked(parents[0], reason="test")
    return parents


@pytest.mark.parametrize("mode", MODES)
def test_export_rows_are_exactly_the_redemptions_the_filter_selects_with_typed_fields(
    mode: str, sandbox: Sandbox, proxy: FaultProxy, redeemed: list[str]
) -> None:
    filters = redemption_filters(object="redemption", voucher_code=STACK_CODES[1])
    export, rows = _export(mode, sandbox, proxy, filters)

    assert export.status == "DONE"
    assert sorted(row.id or "" for row in rows) == _selected(sandbox, object="redemption", voucher_code=STACK_CODES[1])
    assert len(rows) == 3
    for row in rows:
        assert row.object == "redemption" and row.voucher_code == STACK_CODES[1] and row.result == "SUCCESS"
        assert isinstance(row.date, datetime.datetime) and row.date.tzinfo is not None
        assert isinstance(row.order_amount, int)
        assert row.extra == {}


@pytest.mark.parametrize("mode", MODES)
def test_a_lost_answer_while_polling_is_asked_again(
    mode: str, sandbox: Sandbox, proxy: FaultProxy, redeemed: list[str]
) -> None:
    proxy.inject(Fault.drop_after(method="GET", path="/v1/exports/exp_"))

    _, rows = _export(mode, sandbox, proxy, redemption_filters(object="redemption"))

    assert sorted(row.id or "" for row in rows) == _selected(sandbox, object="redemption")
    polls = [line for line in proxy.trail() if line.startswith("GET /v1/exports/")]
    assert polls[0].endswith("[drop_after]") and len(polls) >= 3  # the lost poll, its repeat, the download


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", [Fault.reset_mid_body, Fault.cut_mid_body])
def test_a_download_broken_mid_body_starts_again_from_its_first_byte(
    mode: str, fault: Callable[..., Fault], sandbox: Sandbox, proxy: FaultProxy, redeemed: list[str]
) -> None:
    proxy.inject(fault(path="token="))

    _, rows = _export(mode, sandbox, proxy, redemption_filters(object="redemption"))

    ids = [row.id for row in rows]
    assert sorted(row.id or "" for row in rows) == _selected(sandbox, object="redemption")
    assert len(ids) == len(set(ids))  # the broken first transfer left nothing behind
    downloads = [p for p in proxy.seen if "token=" in p.target]
    assert [p.fault for p in downloads] == [fault(path="").name, None]


@pytest.mark.parametrize("mode", MODES)
def test_a_trickled_csv_is_read_whole(mode: str, sandbox: Sandbox, proxy: FaultProxy, redeemed: list[str]) -> None:
    proxy.inject(Fault.trickle(0.0005, path="token="))

    _, rows = _export(mode, sandbox, proxy, redemption_filters(object="redemption"))

    assert sorted(row.id or "" for row in rows) == _selected(sandbox, object="redemption")


@pytest.mark.parametrize("mode", MODES)
def test_a_csv_trickled_past_the_deadline_raises_export_deadline_error(
    mode: str, sandbox: Sandbox, proxy: FaultProxy, redeemed: list[str]
) -> None:
    proxy.inject(Fault.trickle(0.2, path="token="))

    with pytest.raises(ExportDeadlineError) as raised:
        _export(mode, sandbox, proxy, redemption_filters(object="redemption"), deadline=1.0)

    assert raised.value.status == "DONE" and raised.value.export_id is not None


@pytest.mark.parametrize("mode", MODES)
def test_an_export_the_server_fails_raises_export_failed_error(mode: str, sandbox: Sandbox, proxy: FaultProxy) -> None:
    sandbox.fail_next_export()

    with pytest.raises(ExportFailedError) as raised:
        _export(mode, sandbox, proxy, redemption_filters(object="redemption"))

    assert raised.value.export["status"] == "ERROR"
    assert raised.value.export_id == raised.value.export["id"]


@pytest.mark.parametrize("mode", MODES)
def test_an_expired_download_token_raises_export_download_error_that_never_shows_it(
    mode: str, sandbox: Sandbox, proxy: FaultProxy, redeemed: list[str]
) -> None:
    # The first download is reset; the pause before the second expires every token (as Voucherify's would).
    proxy.inject(Fault.reset_mid_body(path="token="))

    with pytest.raises(ExportDownloadError) as raised:
        _export(mode, sandbox, proxy, redemption_filters(object="redemption"), sleep=sandbox.expire_export_tokens)

    error = raised.value
    assert error.status_code == 401 and "unauthorized" in error.body
    tokens = {p.target.split("token=", 1)[1] for p in proxy.seen if "token=" in p.target}
    assert tokens
    shown = str(error) + repr(error) + json.dumps(error.to_dict())
    assert not any(token in shown for token in tokens)


def test_the_export_object_never_shows_its_download_token(
    sandbox: Sandbox, proxy: FaultProxy, redeemed: list[str]
) -> None:
    export, _ = _export("sync", sandbox, proxy, redemption_filters(object="redemption"))

    assert export.url is not None and "token=" in export.url
    token = export.url.split("token=", 1)[1]
    assert token not in repr(export) and token not in json.dumps(export.to_dict())
