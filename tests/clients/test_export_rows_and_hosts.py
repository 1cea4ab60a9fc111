"""The pure parts of exports: which download URLs a client follows (the region's download host, or a loopback base
URL's own origin), how a CSV's header labels and cells become typed rows, and the filters the shortcuts build."""

from __future__ import annotations

import datetime

import pytest
from voucherify_rollbacks import (
    Export,
    ExportDownloadError,
    InvalidArgumentError,
    marker_filters,
    redemption_filters,
)
from voucherify_rollbacks.operations.exports import download_url, read_rows, url_secrets


def _export(url: str) -> Export:
    return Export(id="exp_1", status="DONE", url=url)


@pytest.mark.parametrize(
    ("base_url", "url"),
    [
        ("https://api.voucherify.io", "https://download.voucherify.io/v1/exports/exp_1?token=t0k"),
        ("https://us1.api.voucherify.io", "https://us1.download.voucherify.io/v1/exports/exp_1?token=t0k"),
        ("https://as1.api.voucherify.io", "https://as1.download.voucherify.io/v1/exports/exp_1?token=t0k"),
        ("http://127.0.0.1:8799", "http://127.0.0.1:8799/v1/exports/exp_1?token=t0k"),
    ],
)
def test_a_download_on_the_regions_download_host_or_a_loopback_origin_is_followed(base_url: str, url: str) -> None:
    assert download_url(_export(url), base_url) == url


@pytest.mark.parametrize(
    ("base_url", "url"),
    [
        ("https://api.voucherify.io", "https://evil.example/v1/exports/exp_1?token=t0k"),
        ("https://api.voucherify.io", "http://download.voucherify.io/v1/exports/exp_1?token=t0k"),  # plain http
        ("https://api.voucherify.io", "https://us1.download.voucherify.io/v1/exports/exp_1?token=t0k"),  # region
        ("http://127.0.0.1:8799", "http://127.0.0.1:9999/v1/exports/exp_1?token=t0k"),  # another local port
        ("http://127.0.0.1:8799", "https://download.voucherify.io/v1/exports/exp_1?token=t0k"),
    ],
)
def test_a_download_anywhere_else_is_refused_without_showing_its_token(base_url: str, url: str) -> None:
    with pytest.raises(ExportDownloadError) as raised:
        download_url(_export(url), base_url)

    assert raised.value.status_code is None and raised.value.export_id == "exp_1"
    assert "t0k" not in str(raised.value) and "t0k" not in repr(raised.value)
    assert url_secrets(url) == ("t0k",)


def test_rows_read_voucherifys_labels_and_type_each_cell() -> None:
    csv_text = (
        "\ufeffID,Object,Date,Voucher Code,Order Amount,Loyalty Points,Result,Metadata,Customer ID\r\n"
        'r_1,redemption,2026-03-01T10:00:00.123Z,SAVE10,2000.00,,SUCCESS,"{""k"": 1}",cust_1\r\n'
    )
    (row,) = read_rows(csv_text.splitlines(keepends=True))

    assert row.id == "r_1" and row.object == "redemption" and row.voucher_code == "SAVE10"
    assert row.date == datetime.datetime(2026, 3, 1, 10, 0, 0, 123000, tzinfo=datetime.UTC)
    assert row.order_amount == 2000 and row.loyalty_points is None
    assert row.metadata == {"k": 1} and row.customer_id == "cust_1" and row.extra == {}


def test_unknown_columns_and_unreadable_cells_are_kept_as_text_in_extra() -> None:
    csv_text = "id,order_amount,date,parent_redemption_id,metadata.location,metadata.tier\nr_1,12.5,yesterday,r_0,L2,\n"
    (row,) = read_rows(csv_text.splitlines(keepends=True))

    assert row.order_amount is None and row.date is None
    assert row.extra == {"order_amount": "12.5", "date": "yesterday", "parent_redemption_id": "r_0"}
    assert row.metadata == {"location": "L2"}


def test_an_empty_csv_has_no_rows() -> None:
    assert list(read_rows([])) == []
    assert list(read_rows(["id,object\r\n"])) == []


def test_filters_are_voucherifys_export_conditions_with_array_values() -> None:
    after = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    filters = redemption_filters(result=["SUCCESS"], campaign="Summer", object="redemption", created_after=after)

    assert filters == {
        "junction": "and",
        "result": {"conditions": {"$is": ["SUCCESS"]}},
        "campaign_name": {"conditions": {"$is": ["Summer"]}},
        "object": {"conditions": {"$is": ["redemption"]}},
        "created_at": {"conditions": {"$after": ["2026-01-01T00:00:00.000Z"]}},
    }
    assert marker_filters("vrm_1")["metadata.voucherify_rollbacks_marker"] == {"conditions": {"$is": ["vrm_1"]}}
    with pytest.raises(InvalidArgumentError):
        redemption_filters(voucher_code="")
