"""The real payloads vendored in tests/data/ and the seed page, and a JSON comparison that treats dates as instants.

Shared by the generated-client tests and by the benchmarks (bench.parse, bench.readers), so both measure and check
the same bytes.
"""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

PLACEHOLDER = "<any>"
SEED_FILE = "seed-rollback-stackable-redemptions.txt"
# Vendored copies of shared/api/ (real payloads and the seed page), so that a clone needs nothing beside it.
DATA_DIR = Path(__file__).resolve().parents[1] / "data"


def examples_dir() -> Path:
    return DATA_DIR / "examples"


def load_example(name: str) -> Any:
    return json.loads((examples_dir() / name).read_text(encoding="utf-8"))


def seed_text() -> str:
    return (DATA_DIR / SEED_FILE).read_text(encoding="utf-8")


def seed_request_body() -> Any:
    """The JSON of the seed's curl example (`--data '{...}'`)."""
    text = seed_text()
    start = text.index("--data '") + len("--data '")
    body, _ = json.JSONDecoder().raw_decode(text, start)
    return body


def seed_response() -> Any:
    """The seed's example response: it starts at the first line that is just `{` after the curl command."""
    text = seed_text()
    after_curl = text.index("--data '")
    start = text.index("\n{\n", after_curl) + 1
    response, _ = json.JSONDecoder().raw_decode(text, start)
    return response


# What each "<any>" stands for, by the key that holds it (or, for list items, the list's key).
_DAILY_WINDOW = {"start_time": "12:00", "expiration_time": "14:00", "days_of_week": [1]}
_ASSIGNMENT = {
    "id": "asgm_74F7QZoYVKoW2ZOy",
    "rule_id": "val_4j7DCRm2IS59",
    "related_object_id": "v_mkZN9v7vjYUadXnHrMza8W5c34fE5KiV",
    "related_object_type": "voucher",
    "created_at": "2022-02-17T08:18:15.085Z",
    "object": "validation_rules_assignment",
}
_CATEGORY_FIELDS = {
    "id": "cat_0b6152ce12414820dc",
    "name": "First",
    "hierarchy": 1,
    "object": "category",
    "created_at": "2022-07-14T10:45:13.156Z",
    "updated_at": "2022-08-16T10:52:08.094Z",
}
_ASSET_FIELDS = {"id": "U2FsdGVkX1+asset", "url": "https://dl.voucherify.io/api/v1/assets/qr/U2FsdGVkX1"}


def _filled(value: Any, path: tuple[str, ...]) -> Any:
    if isinstance(value, dict):
        return {key: _filled(item, (*path, key)) for key, item in value.items()}
    if isinstance(value, list):
        return [_filled(item, (*path, "[]")) for item in value]
    if value != PLACEHOLDER:
        return value
    if path[-2:] == ("daily", "[]"):
        return copy.deepcopy(_DAILY_WINDOW)
    if path[-2:] == ("data", "[]") and "validation_rules_assignments" in path:
        return copy.deepcopy(_ASSIGNMENT)
    if "categories" in path:
        return _CATEGORY_FIELDS[path[-1]]
    if "assets" in path:
        return _ASSET_FIELDS[path[-1]]
    raise AssertionError(f"no typed value for the placeholder at {'.'.join(path)}")


def seed_response_filled() -> Any:
    """The seed response with every "<any>" replaced by a value of the documented type."""
    return _filled(seed_response(), ())


def placeholder_paths(value: Any, path: str = "$") -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from placeholder_paths(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from placeholder_paths(item, f"{path}[{index}]")
    elif value == PLACEHOLDER:
        yield path


def large_stack(rollback_count: int = 30) -> Any:
    """The filled seed response with `rollback_count` child rollbacks (distinct ids), the size of a big stack."""
    payload = seed_response_filled()
    template = payload["rollbacks"][0]
    payload["rollbacks"] = []
    for index in range(rollback_count):
        rollback = copy.deepcopy(template)
        rollback["id"] = f"rr_{index:018x}"
        payload["rollbacks"].append(rollback)
    return payload


def _as_instant(value: str) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


def json_differences(actual: Any, expected: Any, path: str = "$") -> list[str]:
    """Where two JSON values differ. Two strings that name the same instant (or date) are equal."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        diffs = [f"{path}.{key}: missing" for key in expected if key not in actual]
        diffs += [f"{path}.{key}: unexpected" for key in actual if key not in expected]
        for key in expected.keys() & actual.keys():
            diffs += json_differences(actual[key], expected[key], f"{path}.{key}")
        return diffs
    if isinstance(expected, list) and isinstance(actual, list):
        if len(actual) != len(expected):
            return [f"{path}: {len(actual)} items instead of {len(expected)}"]
        diffs = []
        for index, (left, right) in enumerate(zip(actual, expected, strict=True)):
            diffs += json_differences(left, right, f"{path}[{index}]")
        return diffs
    if type(actual) is type(expected) and actual == expected:
        return []
    if isinstance(actual, str) and isinstance(expected, str):
        left, right = _as_instant(actual), _as_instant(expected)
        if left is not None and right is not None and left == right and left.tzinfo == right.tzinfo:
            return []
    return [f"{path}: {actual!r} instead of {expected!r}"]


def assert_same_json(actual: Any, expected: Any) -> None:
    diffs = json_differences(actual, expected)
    assert not diffs, "round trip changed the payload:\n  " + "\n  ".join(diffs[:40])
