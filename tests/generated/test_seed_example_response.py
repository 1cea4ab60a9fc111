"""The seed page's example response: filled in it parses into typed models; raw, its "<any>" placeholders survive."""

from __future__ import annotations

import datetime
import subprocess
import sys
import textwrap

from voucherify_client.models import (
    BusValRuleAssignment,
    Category,
    RedemptionRollback,
    RedemptionsRollbacksCreateResponseBody,
    ValidityHoursDailyItem,
    Voucher,
    VoucherAssetsQr,
)

from tests.support.example_payloads import (
    PLACEHOLDER,
    assert_same_json,
    load_example,
    placeholder_paths,
    seed_response,
    seed_response_filled,
)
from tests.support.generated_helpers import REPO, MockServer


def test_seed_text_holds_the_same_response_as_the_example_file() -> None:
    assert seed_response() == load_example("seed_rollbacks_response.json")


def test_every_placeholder_of_the_seed_gets_a_typed_value() -> None:
    raw = seed_response()
    assert len(list(placeholder_paths(raw))) == 64
    assert list(placeholder_paths(seed_response_filled())) == []


def test_filled_seed_parses_into_typed_models_and_round_trips(server: MockServer) -> None:
    payload = seed_response_filled()
    server.answer(200, payload)

    body = server.call("rollback_stacked_redemptions").parsed

    assert isinstance(body, RedemptionsRollbacksCreateResponseBody)
    rollback = body.rollbacks[0]
    assert isinstance(rollback, RedemptionRollback)
    assert rollback.date == datetime.datetime(2021, 12, 22, 10, 13, 6, 487000, tzinfo=datetime.UTC)
    voucher = rollback.voucher
    assert isinstance(voucher, Voucher)
    (window,) = voucher.validity_hours.daily
    assert isinstance(window, ValidityHoursDailyItem)
    assert (window.start_time, window.expiration_time, window.days_of_week) == ("12:00", "14:00", [1])
    assert isinstance(voucher.assets.qr, VoucherAssetsQr)
    (category,) = voucher.categories
    assert isinstance(category, Category)
    assert category.hierarchy == 1
    assert isinstance(category.created_at, datetime.datetime)
    (assignment,) = voucher.validation_rules_assignments.data
    assert isinstance(assignment, BusValRuleAssignment)
    assert_same_json(body.to_dict(), payload)


def test_raw_seed_parses_reads_placeholders_as_none_and_keeps_each_where_it_was(server: MockServer) -> None:
    payload = seed_response()
    server.answer(200, payload)

    body = server.call("rollback_stacked_redemptions").parsed

    assert isinstance(body, RedemptionsRollbacksCreateResponseBody)
    voucher = body.rollbacks[0].voucher
    # Each placeholder is a value its field cannot hold: it reads None (a list leaves it out) and is kept as it came.
    assert voucher.validity_hours.daily == []
    assert voucher.categories[0].hierarchy is None
    assert voucher.categories[0].created_at is None
    assert voucher.validation_rules_assignments.data == []
    assert voucher.categories[0].to_dict()["hierarchy"] == PLACEHOLDER
    assert voucher.to_dict()["validity_hours"]["daily"] == [PLACEHOLDER]
    assert_same_json(body.to_dict(), payload)
    assert list(placeholder_paths(body.to_dict())) == list(placeholder_paths(payload))


def test_official_sdk_rejects_the_raw_seed_but_reads_the_filled_one() -> None:
    # The baseline this project improves on: voucherify 6.1.1 validates strictly and fails the whole response.
    # A subprocess keeps its 3-second, 1,400-module import out of this test process.
    script = textwrap.dedent(
        """
        import json
        from tests.support.example_payloads import seed_response, seed_response_filled
        from voucherify.models import RedemptionsRollbacksCreateResponseBody as Body
        try:
            Body.from_json(json.dumps(seed_response()))
        except Exception as error:
            print("raw:", type(error).__name__)
        else:
            print("raw: parsed")
        Body.from_json(json.dumps(seed_response_filled()))
        print("filled: parsed")
        """
    )
    run = subprocess.run(
        # `python -c` puts its working directory first on sys.path: from the repository root, `tests` imports.
        [sys.executable, "-c", script],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n")[:2] == ["raw: ValidationError", "filled: parsed"]
