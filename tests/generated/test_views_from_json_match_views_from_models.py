"""Views read straight from the decoded JSON give exactly what views read from the generated models give, field by
field, over every real payload in tests/data/ and over payloads mutated the way real ones go wrong (fields removed,
nulled, of the wrong type, unknown enum values, bad dates, objects replaced by scalars or lists)."""

from __future__ import annotations

import copy
import gc
import json
import pickle
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from voucherify_client.models import OrdersGetResponseBody
from voucherify_rollbacks.operations.redemptions import read_item, read_page, read_rollback_stacked
from voucherify_rollbacks.operations.orders import read_order
from voucherify_rollbacks.operations.views import Order, Redemption, Rollback, Voucher
from voucherify_rollbacks.operations.results import RollbackResult
from voucherify_rollbacks.operations.reading import _Json, _model_fields

from tests.support.example_payloads import examples_dir, large_stack, seed_response, seed_response_filled


def _real_payloads() -> dict[str, Any]:
    payloads = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in sorted(examples_dir().glob("*"))}
    payloads["seed (raw, with placeholders)"] = seed_response()
    payloads["seed (filled)"] = seed_response_filled()
    payloads["large stack of 3"] = large_stack(3)
    return payloads


REAL = _real_payloads()


def _read_values(view: Any) -> dict[str, Any]:
    """Every field a caller reads from a view, nested voucher and order views included, and the passthrough of every
    field of its generated model."""
    if view is None:
        return {"view": None}
    values: dict[str, Any] = {"type": type(view).__name__}
    values.update({name: getattr(view, name) for name in type(view)._fields if name != "model"})
    if isinstance(view, Rollback | Redemption):
        values["voucher"] = _read_values(view.voucher)
        values["order"] = _read_values(view.order)
    if isinstance(view, Rollback):
        values["succeeded"] = view.succeeded
    if isinstance(view, Redemption):
        values["child_ids"] = view.child_ids
    values["model"] = view.model.to_dict()
    values["passthrough"] = {name: getattr(view, name) for name in _model_fields(type(view.model))}
    return values


def _result_values(result: RollbackResult) -> dict[str, Any]:
    return {
        "parent_rollback": _read_values(result.parent_rollback),
        "rollbacks": [_read_values(item) for item in result.rollbacks],
        "order": _read_values(result.order),
        "ok": result.ok,
        "failures": [item.id for item in result.failures],
        "repr": repr(result),
        "to_dict": result.to_dict(),
    }


def assert_stacked_reads_alike(payload: Any) -> None:
    body = json.dumps(payload).encode()
    from_json = RollbackResult._read(json.loads(body), body)
    from_models = RollbackResult(data=json.loads(body))
    assert _result_values(from_json) == _result_values(from_models)
    assert from_json.model == from_models.model


def assert_single_reads_alike(payload: Any) -> None:
    body = json.dumps(payload).encode()
    from_json = RollbackResult._read(json.loads(body), body, single=True)
    from_models = RollbackResult(data=json.loads(body), single=True)
    assert _result_values(from_json) == _result_values(from_models)


def assert_items_read_alike(payload: Any) -> None:
    """The payload as a rollback, a redemption and an order, and every object in it as a redemption and a rollback."""
    body = json.dumps(payload).encode()
    data = json.loads(body)
    objects = [data, *(value for value in data.values() if isinstance(value, dict))] if isinstance(data, dict) else []
    for key in ("redemptions", "rollbacks"):
        listed = data.get(key) if isinstance(data, dict) else None
        objects += [item for item in listed if isinstance(item, dict)] if isinstance(listed, list) else []
    for item in objects:
        source = (_Json(json.dumps(item).encode()), ())
        assert _read_values(Rollback._read(item, source)) == _read_values(Rollback.from_model(item))
        assert _read_values(Redemption._read(item, source)) == _read_values(Redemption.from_model(item))
        assert _read_values(Order._from_json(item, source)) == _read_values(
            Order.from_model(OrdersGetResponseBody.from_dict(item))
        )


def test_every_real_payload_reads_alike_from_json_and_from_models() -> None:
    for name, payload in REAL.items():
        try:
            assert_stacked_reads_alike(payload)
            assert_single_reads_alike(payload)
            assert_items_read_alike(payload)
        except AssertionError as failure:
            raise AssertionError(f"{name}: {failure}") from None


def test_the_real_payloads_fill_the_fields_compared() -> None:
    # The comparison above means something only if the payloads carry values in the fields compared.
    result = read_rollback_stacked(httpx.Response(200, json=REAL["rollbacks_success.json"]))
    first = result.rollbacks[0]
    assert first.id and first.result == "SUCCESS" and first.date is not None and first.amount is not None
    assert result.order is not None and result.order.status and result.order.amount is not None
    voucher = next(item.voucher for item in result.rollbacks if item.voucher is not None)
    assert isinstance(voucher, Voucher) and voucher.code
    redeemed = REAL["redeem_stackable_response.json"]
    parent = copy.deepcopy(redeemed["parent_redemption"])
    children = [item["id"] for item in redeemed["redemptions"]]
    parent["order"]["redemptions"] = {parent["id"]: {"stacked": children}}
    assert Redemption._read(parent, (_Json(b"{}"), ())).child_ids == children
    assert Redemption.from_model(parent).child_ids == children


# Values that real payloads have carried where another type was documented, or that upstream may send tomorrow.
ODD_VALUES = [
    None,
    "12",
    12,
    -3,
    1.5,
    2.0,
    True,
    False,
    "",
    "AN_ENUM_VALUE_FROM_THE_FUTURE_9f3c",
    "not a date",
    "2024-01-31",
    "2024-13-45T25:61:00Z",
    "2022-02-17T08:18:15.085Z",
    10**30,
    [],
    ["rr_1", 2],
    [{"id": "rr_1"}, "x"],
    {},
    {"id": 5, "amount": "7"},
]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):
            found += _paths(item, (*path, index))
    return found


# The keys the views read; most mutations go to them, the others anywhere (a nested object the model parses).
READ_KEYS = frozenset(
    "id code type campaign campaign_id gift amount balance loyalty_card points redemption quantity redeemed_quantity"
    " redeemed_amount active source_id status discount_amount items_discount_amount total_discount_amount"
    " total_amount applied_discount_amount total_applied_discount_amount result failure_code failure_message date"
    " customer_id tracking_id related_object_type related_object_id metadata reason promotion_tier"
    " related_redemptions rollbacks redemptions stacked order voucher parent_rollback".split()
)


def _mutated(payload: Any, draws: list[tuple[int, int]]) -> Any:
    payload = copy.deepcopy(payload)
    for path_pick, value_pick in draws:
        paths = _paths(payload)
        read = [path for path in paths if path[-1] in READ_KEYS]
        paths = read if read and path_pick % 4 else paths
        if not paths:
            break
        *parents, last = paths[(path_pick // 4) % len(paths)]
        holder = payload
        for step in parents:
            holder = holder[step]
        if value_pick % (len(ODD_VALUES) + 1) == len(ODD_VALUES) and isinstance(holder, dict):
            del holder[last]
        else:
            holder[last] = copy.deepcopy(ODD_VALUES[value_pick % len(ODD_VALUES)])
    return payload


MUTATIONS = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), min_size=1, max_size=8)
FUZZ = settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
STACKED = ["rollbacks_success.json", "seed (filled)", "seed_rollbacks_response.json"]
ITEMS = ["rollback_item_failure_already_rolled_back.json", "redeem_stackable_response.json"]


@FUZZ
@given(st.sampled_from(STACKED), MUTATIONS)
def test_a_mutated_stacked_result_reads_alike_from_json_and_from_models(name: str, draws: list[Any]) -> None:
    assert_stacked_reads_alike(_mutated(REAL[name], draws))


@FUZZ
@given(st.sampled_from(ITEMS + STACKED), MUTATIONS)
def test_mutated_items_read_alike_from_json_and_from_models(name: str, draws: list[Any]) -> None:
    payload = _mutated(REAL[name], draws)
    listed = payload.get("rollbacks")
    single = listed[0] if isinstance(listed, list) and listed else payload
    if isinstance(single, dict):  # read_rollback reads only an object (anything else is MalformedResponseError)
        assert_single_reads_alike(single)
    assert_items_read_alike(payload)


def test_a_result_keeps_the_body_and_what_it_read_not_the_decoded_dict() -> None:
    payload = large_stack(5)
    response = httpx.Response(200, json=payload)
    result = read_rollback_stacked(response)
    first = result.rollbacks[0]
    # Nothing the result or its views refer to is a dict of the answer (a view's metadata is its own copy).
    held = [result, *result.rollbacks, result.parent_rollback, result.order, first.voucher, first.order]
    decoded_objects = {id(o) for o in gc.get_referents(*(vars(view) for view in held if view is not None))}
    assert not any(id(value) in decoded_objects for value in _decoded_containers(json.loads(response.content)))
    assert not any(isinstance(o, dict) and "rollbacks" in o for o in gc.get_referents(vars(result)))
    assert "model" not in vars(result) and "model" not in vars(first)  # no model built before one is asked for
    assert first.model is result.model.rollbacks[0]  # type: ignore[union-attr]
    assert result.order.model is result.model.order  # type: ignore[union-attr]


def _decoded_containers(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [value, *(c for item in value.values() for c in _decoded_containers(item))]
    if isinstance(value, list):
        return [value, *(c for item in value for c in _decoded_containers(item))]
    return []


def test_views_read_from_json_pickle_compare_and_repr_like_views_from_models() -> None:
    payload = REAL["rollbacks_success.json"]
    from_json = read_rollback_stacked(httpx.Response(200, json=payload))
    from_models = RollbackResult(data=payload)
    for left, right in zip(from_json.rollbacks, from_models.rollbacks, strict=True):
        assert left == right and repr(left) == repr(right)
        again = pickle.loads(pickle.dumps(left))
        assert again == left and again.to_dict() == right.to_dict()
    assert from_json.order == from_models.order and repr(from_json.order) == repr(from_models.order)


def test_fetched_listed_and_order_views_build_their_model_from_the_body() -> None:
    rollback = REAL["rollback_item_failure_already_rolled_back.json"]
    fetched = read_item(httpx.Response(200, json=rollback))
    assert fetched == Rollback.from_model(rollback) and fetched.to_dict() == Rollback.from_model(rollback).to_dict()
    redemption = REAL["redeem_stackable_response.json"]["parent_redemption"]
    page = read_page(httpx.Response(200, json={"redemptions": [redemption, rollback, "neither"]}))
    assert [type(view) for view in page] == [Redemption, Rollback]
    assert page[0] == Redemption.from_model(redemption) and page[0].to_dict() == redemption
    order = REAL["rollbacks_success.json"]["order"]
    read = read_order(httpx.Response(200, json=order))
    assert type(read.model) is OrdersGetResponseBody and read.to_dict() == order
    assert read == Order.from_model(OrdersGetResponseBody.from_dict(order))


def test_the_differential_payloads_are_the_vendored_ones() -> None:
    assert {"rollbacks_success.json", "redeem_stackable_response.json"} <= set(REAL)
    assert all(Path(examples_dir(), name).is_file() for name in REAL if name.endswith(".json"))


def test_every_field_read_given_every_odd_value_reads_alike_from_json_and_from_models() -> None:
    # The fuzzing above samples; this grid tries each odd value (and removal) in each field a view reads.
    rollback = REAL["rollbacks_success.json"]["rollbacks"][0]
    fields = [path for path in _paths(rollback) if path[-1] in READ_KEYS and len(path) <= 3]
    assert len(fields) > 30
    for *parents, last in fields:
        for pick in range(len(ODD_VALUES) + 1):
            payload = copy.deepcopy(rollback)
            holder = payload
            for step in parents:
                holder = holder[step]
            if pick == len(ODD_VALUES):
                del holder[last]
            else:
                holder[last] = copy.deepcopy(ODD_VALUES[pick])
            try:
                assert_single_reads_alike(payload)
            except AssertionError:
                raise AssertionError(f"{[*parents, last]} = {holder.get(last, '<removed>')!r}") from None
