"""Arguments the SDK refuses before sending anything: each refusal is a VoucherifyError, and still the ValueError or
TypeError that Python code around it may already catch."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import pytest
import voucherify_rollbacks
from voucherify_rollbacks import InvalidArgumentError, InvalidArgumentTypeError, VoucherifyError

from tests.support.scripted_api import ScriptedAPI

Call = Callable[[Any], object]

VALUE_ERRORS: list[tuple[str, Call, str | None]] = [
    ("empty id", lambda c: c.get_redemption(""), "redemption_id"),
    ("padded id", lambda c: c.get_redemption(" r_1"), "redemption_id"),
    ("id with a slash", lambda c: c.rollback_stacked("r_1/../x"), "parent_redemption_id"),
    ("no redeemables", lambda c: c.redeem([]), "redeemables"),
    ("empty voucher code", lambda c: c.redeem([" "]), "redeemables[0]"),
    ("unknown filter", lambda c: list(c.redemptions(nonsense_filter="x")), None),
    ("page_size 0", lambda c: list(c.redemptions(page_size=0)), "page_size"),
    ("unknown order", lambda c: list(c.redemptions(order="date")), "order"),
    ("id not a string", lambda c: c.get_redemption(42), "redemption_id"),
    ("redeemables one string", lambda c: c.redeem("CODE"), "redeemables"),
    ("created_after not a datetime", lambda c: list(c.redemptions(created_after="2024")), "created_after"),
    ("empty marker", lambda c: c.rollback("r_1", marker=""), "marker"),
]
TYPE_ERRORS: list[tuple[str, Call, str | None]] = [
    ("metadata not JSON", lambda c: c.rollback_stacked("r_1", metadata={"at": object()}), "metadata['at']"),
    ("metadata NaN", lambda c: c.redeem(["CODE"], metadata={"x": float("nan")}), "metadata['x']"),
    ("metadata not a mapping with a marker", lambda c: c.rollback("r_1", metadata=[1], marker="m"), "metadata"),
    ("unknown keyword option", lambda c: c.get_redemption("r_1", dedline=3), "dedline"),
]


@pytest.mark.parametrize(("call", "argument"), [pytest.param(c, a, id=n) for n, c, a in VALUE_ERRORS])
def test_a_refused_argument_is_an_invalid_argument_error_and_a_value_error(
    api: ScriptedAPI, call: Call, argument: str | None
) -> None:
    with api.client() as client, pytest.raises(InvalidArgumentError) as caught:
        call(client)
    assert isinstance(caught.value, VoucherifyError)
    assert isinstance(caught.value, ValueError)
    assert caught.value.argument == argument
    assert caught.value.to_dict()["error"] == "InvalidArgumentError"
    assert api.requests == []


@pytest.mark.parametrize(("call", "argument"), [pytest.param(c, a, id=n) for n, c, a in TYPE_ERRORS])
def test_an_argument_of_the_wrong_type_is_an_invalid_argument_type_error_and_a_type_error(
    api: ScriptedAPI, call: Call, argument: str | None
) -> None:
    with api.client() as client, pytest.raises(InvalidArgumentTypeError) as caught:
        call(client)
    assert isinstance(caught.value, VoucherifyError)
    assert isinstance(caught.value, TypeError)
    assert caught.value.argument == argument
    assert api.requests == []


def test_unknown_client_option_is_an_invalid_argument_type_error() -> None:
    with pytest.raises(InvalidArgumentTypeError, match="unexpected keyword argument 'app_tokn'") as caught:
        voucherify_rollbacks.Voucherify(app_id="a", app_token="t", app_tokn="x")  # type: ignore[call-arg]
    assert caught.value.argument == "app_tokn"


def test_argument_errors_pickle_with_their_argument() -> None:
    for error in (InvalidArgumentError("bad", argument="x"), InvalidArgumentTypeError("worse", argument="y")):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert (str(copy), copy.argument) == (str(error), error.argument)


def test_the_argument_errors_are_public_and_documented() -> None:
    assert {"InvalidArgumentError", "InvalidArgumentTypeError"} <= set(voucherify_rollbacks.__all__)
    for cls in (InvalidArgumentError, InvalidArgumentTypeError):
        assert cls.__doc__ and "before anything is sent" in cls.__doc__
