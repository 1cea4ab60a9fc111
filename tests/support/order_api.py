"""A stateful stand-in for GET /v1/orders/{id} and the stacked rollback, serving the vendored real payloads.

`OrderAPI` starts from the real canceled-order example with its rollback entries removed (so the order's parent
redemption is not rolled back yet), answers a rollback with the real `rollbacks_success.json` and records it on the
order as Voucherify does, and refuses a second one with the real `already_rolled_back` error. `handler` plugs into
`httpx.MockTransport`, for both clients.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"


def example(name: str) -> Any:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


class OrderAPI:
    def __init__(self, *, extra_single: str | None = None, refuse: dict[str, tuple[int, dict[str, Any]]] | None = None):
        success = example("rollbacks_success.json")
        self.rollback_answer = copy.deepcopy(success)
        order = copy.deepcopy(success["order"])
        for entry in order["redemptions"].values():
            for key in ("rollback_id", "rollback_date", "rollback_stacked"):
                entry.pop(key, None)
        order["status"] = "PAID"
        if extra_single:  # a parent-less redemption applied to the same order by a second redeem call
            order["redemptions"][extra_single] = {
                "date": "2021-11-22T13:40:00.000Z",
                "related_object_type": "voucher",
                "related_object_id": "v_single",
            }
        self.order = order
        self.refuse = dict(refuse or {})
        self.requests: list[tuple[str, str]] = []

    @property
    def posts(self) -> list[str]:
        return [path for method, path in self.requests if method == "POST"]

    def handler(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.requests.append((request.method, path))
        if request.method == "GET" and path == f"/v1/orders/{self.order['id']}":
            return httpx.Response(200, json=self.order)
        if request.method == "GET" and path.startswith("/v1/orders/"):
            return httpx.Response(404, json=_not_found(path.rsplit("/", 1)[1], "order"))
        if request.method == "POST" and path.endswith("/rollbacks"):
            redemption_id = path.split("/")[3]
            if redemption_id in self.refuse:
                status, body = self.refuse[redemption_id]
                return httpx.Response(status, json=body)
            entry = self.order["redemptions"].get(redemption_id)
            if entry is None:
                return httpx.Response(404, json=_not_found(redemption_id, "redemption"))
            if "rollback_id" in entry:
                return httpx.Response(400, json=example("error_400_already_rolled_back.json"))
            answer = copy.deepcopy(self.rollback_answer)
            parent = answer.get("parent_rollback")
            # A real answer names the redemption asked for: the parent's rollback, or the only item's.
            (parent or answer["rollbacks"][0])["redemption"] = redemption_id
            own = parent or answer["rollbacks"][0]
            entry["rollback_id"], entry["rollback_date"] = own["id"], own["date"]
            if parent:
                entry["rollback_stacked"] = [r["id"] for r in answer["rollbacks"]]
            self.order["status"] = "CANCELED"
            return httpx.Response(200, json=answer)
        return httpx.Response(500, json={"code": 500, "message": f"unexpected {request.method} {path}"})


def _not_found(resource_id: str, kind: str) -> dict[str, Any]:
    return {
        "code": 404,
        "key": "not_found",
        "message": "Resource not found",
        "details": f"Cannot find {kind} with id {resource_id}",
        "request_id": "v-0a1b2c",
        "resource_id": resource_id,
        "resource_type": kind,
    }
