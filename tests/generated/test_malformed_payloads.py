"""Nulls, missing keys and values of the wrong type anywhere: parsing never raises, and the value is kept as it came."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from voucherify_client.models import RedemptionsRollbacksCreateResponseBody

from tests.support.example_payloads import json_differences, load_example, seed_response_filled

Path = tuple[str | int, ...]
DELETED = object()
PAYLOADS: dict[str, Callable[[], Any]] = {
    "rollbacks_success": lambda: load_example("rollbacks_success.json"),
    "seed_filled": seed_response_filled,
}


def value_paths(value: Any, path: Path = ()) -> Iterator[Path]:
    """Every path below the root, containers included, parents before children."""
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in children:
        yield (*path, key)
        yield from value_paths(item, (*path, key))


def mutated(payload: Any, path: Path, replacement: Any) -> Any:
    changed = copy.deepcopy(payload)
    parent = changed
    for key in path[:-1]:
        parent = parent[key]
    if replacement is DELETED:
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    return changed


def problems_after(payload: Any, replacement: Any, paths: list[Path]) -> list[str]:
    """Parse each mutation and write it back; report exceptions and any value that did not survive."""
    problems = []
    for path in paths:
        changed = mutated(payload, path, replacement)
        where = "$" + "".join(f"[{key!r}]" for key in path)
        try:
            written = RedemptionsRollbacksCreateResponseBody.from_dict(changed).to_dict()
        except Exception as error:
            problems.append(f"{where}: {type(error).__name__}: {error}")
            continue
        problems += [f"{where}: {diff}" for diff in json_differences(written, changed)[:3]]
    return problems


@pytest.mark.parametrize("source", PAYLOADS)
def test_null_at_any_path_parses_and_is_written_back_as_null(source: str) -> None:
    payload = PAYLOADS[source]()
    paths = list(value_paths(payload))
    assert len(paths) > 100

    problems = problems_after(payload, None, paths)

    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("source", PAYLOADS)
def test_any_missing_key_parses_and_stays_missing(source: str) -> None:
    payload = PAYLOADS[source]()
    paths = [path for path in value_paths(payload) if isinstance(path[-1], str)]

    problems = problems_after(payload, DELETED, paths)

    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("wrong", [["a", 1], "x", 7], ids=["list", "string", "int"])
@pytest.mark.parametrize("source", PAYLOADS)
def test_value_of_the_wrong_type_at_any_path_is_kept_as_it_came(source: str, wrong: Any) -> None:
    payload = PAYLOADS[source]()

    problems = problems_after(payload, wrong, list(value_paths(payload)))

    assert not problems, "\n".join(problems[:30])


def test_a_model_given_a_value_it_cannot_read_reads_none_and_keeps_that_value() -> None:
    payload = mutated(load_example("rollbacks_success.json"), ("rollbacks", 0, "date"), "yesterday")
    payload = mutated(payload, ("rollbacks", 0, "order"), "ord_1")
    payload = mutated(payload, ("rollbacks", 1, "voucher", "discount", "amount_off"), "lots")

    body = RedemptionsRollbacksCreateResponseBody.from_dict(payload)

    assert body.rollbacks[0].date is None
    assert body.rollbacks[0].order is None
    assert body.rollbacks[1].voucher.discount.amount_off is None
    sent = body.to_dict()["rollbacks"]
    assert (sent[0]["date"], sent[0]["order"], sent[1]["voucher"]["discount"]["amount_off"]) == ("yesterday", "ord_1", "lots")
    assert body.rollbacks[0].to_dict() == payload["rollbacks"][0]
    assert body.rollbacks[1].customer.id == "cust_2FJk3ugCZ1sevAFNAWDwW5dv"
